// Starts what the end-to-end tests need: a fresh PostgreSQL database, the built API and the
// built web app (which proxies /api to the API). Drops the database when stopped.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const webDir = dirname(dirname(fileURLToPath(import.meta.url)));
const apiMain = join(webDir, '..', 'api', 'dist', 'main.js');
const webMain = join(webDir, 'build', 'index.js');
const WEB_PORT = process.env.E2E_WEB_PORT ?? '3100';
const API_PORT = process.env.E2E_API_PORT ?? '3101';
const adminUrl = process.env.TEST_ADMIN_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

for (const file of [apiMain, webMain]) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run pnpm build first.`);
    process.exit(1);
  }
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const dbName = `dt_e2e_${Date.now()}_${process.pid}`;
try {
  await admin(`CREATE DATABASE "${dbName}"`);
} catch (error) {
  console.error(`PostgreSQL is required for the end-to-end tests (${adminUrl}): ${error.message}`);
  process.exit(1);
}
const dbUrl = new URL(adminUrl);
dbUrl.pathname = `/${dbName}`;

const children = [];
function run(name, file, env) {
  const child = spawn(process.execPath, [file], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`${name} exited with code ${code}`);
      stop(1);
    }
  });
  children.push(child);
}

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
      (c) => new Promise((resolve) => (c.exitCode !== null ? resolve() : (c.once('exit', resolve), c.kill('SIGTERM')))),
    ),
  );
  await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch((e) =>
    console.error(`could not drop ${dbName}: ${e.message}`),
  );
  process.exit(code);
}
process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));

run('api', apiMain, {
  NODE_ENV: 'production',
  DATABASE_URL: dbUrl.toString(),
  API_PORT,
  API_HOST: '127.0.0.1',
  COOKIE_SECURE: 'false',
  LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
  SEED_DEMO: process.env.E2E_SEED_DEMO ?? 'false',
  // Every account of the end-to-end run signs up from 127.0.0.1; the per-address limit has its own API test.
  LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '1000',
  ...(process.env.E2E_API_ENV ? JSON.parse(process.env.E2E_API_ENV) : {}),
});
run('web', webMain, {
  PORT: WEB_PORT,
  HOST: '127.0.0.1',
  ORIGIN: `http://127.0.0.1:${WEB_PORT}`,
  API_ORIGIN: `http://127.0.0.1:${API_PORT}`,
});
