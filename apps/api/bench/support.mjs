// Shared by the benchmark scripts: a throw-away PostgreSQL database, the built API in a child
// process (as in production), a cookie-keeping fetch, and percentiles.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ADMIN_URL = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function admin(sql) {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/**
 * Creates a fresh database; returns its URL and a function that drops it. BENCH_REUSE_DB names an
 * existing one to use instead (kept afterwards), and BENCH_KEEP_DB=1 keeps the new one, so a slow
 * seed can be measured again while investigating.
 */
export async function freshDatabase(prefix) {
  const reuse = process.env.BENCH_REUSE_DB;
  const name = reuse ?? `${prefix}_${Date.now()}`;
  if (!reuse) await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const keep = !!reuse || process.env.BENCH_KEEP_DB === '1';
  return {
    name,
    url: url.toString(),
    reused: !!reuse,
    drop: () => (keep ? console.log(`(database ${name} kept)`) : admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the built API (dist/main.js) on the database and waits until it answers. */
export async function startApi(databaseUrl, poolSize = 10) {
  const port = await freePort();
  const child = spawn(process.execPath, [fileURLToPath(new URL('../dist/main.js', import.meta.url))], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(poolSize),
      API_PORT: String(port),
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      NODE_ENV: 'production',
      COOKIE_SECURE: 'false',
      // Benchmarks sign the same accounts in again and again, run after run.
      LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '100000',
      LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '100000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) {
        const stop = async () => {
          child.kill('SIGTERM');
          await new Promise((resolve) => child.once('exit', resolve));
        };
        return { baseUrl, stop, pid: child.pid };
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error('the API did not start');
}

/**
 * A fetch that keeps the session cookie, like a browser. A request that meets a keep-alive socket
 * the server has just closed is sent once more (every write the benchmarks make is idempotent).
 */
export function cookieFetch() {
  let cookie = '';
  const fetchWithCookie = async (input, init) => {
    const req = new Request(input, init);
    if (cookie) req.headers.set('cookie', cookie);
    const spare = req.clone();
    let res;
    try {
      res = await fetch(req);
    } catch (error) {
      if (error?.cause?.code !== 'UND_ERR_SOCKET' && error?.cause?.code !== 'ECONNRESET') throw error;
      res = await fetch(spare);
    }
    const set = res.headers.getSetCookie().find((h) => h.startsWith('dt_session='));
    if (set) cookie = set.split(';')[0];
    return res;
  };
  fetchWithCookie.cookie = () => cookie;
  return fetchWithCookie;
}

/**
 * The write benchmarks' load generator: JSON POSTs over one keep-alive connection with node:http,
 * carrying a session cookie, as a load tool (autocannon, wrk) would send them. fetch through the
 * typed client cost the load generator 0.9 ms of CPU a request, on the same two cores as the API
 * it measures; this costs about a third of that. Set-up and reads still go through the typed client.
 */
export function jsonPoster(baseUrl, cookie) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const { hostname, port } = new URL(baseUrl);
  const send = (path, body) =>
    new Promise((resolve, reject) => {
      const payload = Buffer.from(JSON.stringify(body));
      const req = http.request(
        {
          agent,
          hostname,
          port,
          path,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': payload.length, cookie },
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode, data: text ? JSON.parse(text) : undefined });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  return {
    // A keep-alive socket the server has just closed: sent once more (the benchmarks' writes are idempotent by reviewId).
    post: (path, body) =>
      send(path, body).catch((error) => {
        if (error?.code !== 'ECONNRESET') throw error;
        return send(path, body);
      }),
    close: () => agent.destroy(),
  };
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const fmt = (n, d = 1) => n.toFixed(d);

const TICKS_PER_SECOND = 100;
function cpuSecondsOf(pid) {
  try {
    // utime and stime are fields 14 and 15; the command name (field 2) may hold spaces, so count after its ')'.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0; // gone, or not Linux
  }
}
function postgresPids() {
  try {
    return fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d) && cpuCommand(d) === 'postgres');
  } catch {
    return [];
  }
}
function cpuCommand(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

/**
 * CPU seconds spent so far by the API process, this (load-generating) process and every PostgreSQL
 * process, read from /proc: the difference of two snapshots says where a phase's time went.
 * Backends that exited between the snapshots are not counted (the pools keep theirs open).
 */
export function cpuSnapshot(apiPid) {
  return {
    api: apiPid ? cpuSecondsOf(apiPid) : 0,
    client: cpuSecondsOf(process.pid),
    postgres: postgresPids().reduce((sum, pid) => sum + cpuSecondsOf(pid), 0),
  };
}

/** CPU seconds used between two snapshots, by process group. */
export function cpuUsed(before, after) {
  return Object.fromEntries(Object.keys(before).map((k) => [k, after[k] - before[k]]));
}

export function addCpu(a, b) {
  return a === null ? b : Object.fromEntries(Object.keys(b).map((k) => [k, a[k] + b[k]]));
}

/** "API 2.10 ms, load generator 1.00 ms, PostgreSQL 1.20 ms": CPU used per item. */
export function cpuPerItem(used, items) {
  const ms = (k) => fmt((used[k] * 1000) / items, 2);
  return `API ${ms('api')} ms, load generator ${ms('client')} ms, PostgreSQL ${ms('postgres')} ms`;
}

/** The 1, 5 and 15 minute load averages, to print beside every figure (the machine may be shared). */
export function loadAverage() {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

// Examination cases are rated only after their virtual examination (the API answers 409 before
// it): a write benchmark answers the other cards of a queue.
const { cards: bankCards } = createRequire(import.meta.url)('@dermatome/data');
const examinationCaseIds = new Set(bankCards.filter((c) => c.type === 'examination-case').map((c) => c.id));
export const withoutExaminationCases = (queue) => queue.filter((c) => !examinationCaseIds.has(c.cardId));
