import type { INestApplication } from '@nestjs/common';
import { createApiClient, type ApiClient } from '@dermatome/api-client';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { AdjustableClock } from '../../src/common/clock';
import { loadConfig } from '../../src/config/configuration';
import { createTestDatabase, TestDatabase } from './databases';

export type DbMode = 'postgres' | 'embedded';

export function testDbMode(): DbMode {
  const mode = process.env.TEST_DB_MODE;
  if (mode !== 'postgres' && mode !== 'embedded')
    throw new Error('TEST_DB_MODE must be postgres or embedded (set by the jest project)');
  return mode;
}

export interface TestApp {
  app: INestApplication;
  mode: DbMode;
  dataSource: DataSource;
  clock: AdjustableClock;
  baseUrl: string;
  /** A supertest agent: keeps cookies between requests, like a browser. */
  agent(): ReturnType<typeof request.agent>;
  http(): ReturnType<typeof request>;
  /** The typed API client with a cookie jar of its own (one per simulated browser). */
  client(): ApiClient;
  close(): Promise<void>;
}

/**
 * Boots the whole application on a fresh database: a new PostgreSQL database (dropped on close)
 * or an in-memory embedded one, depending on the jest project. It listens on a free port.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const mode = testDbMode();
  let database: TestDatabase | undefined;
  // Every test request comes from 127.0.0.1: the per-address login limit has its own test (auth.test.ts).
  const baseEnv: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '100000',
    // The job workers poll every half second (pg-boss's minimum), so jobs run promptly in tests.
    JOB_POLL_INTERVAL_MS: '500',
  };
  if (mode === 'postgres') {
    database = await createTestDatabase();
    baseEnv.DATABASE_URL = database.url;
  } else {
    baseEnv.EMBEDDED_DATA_DIR = 'memory://';
  }
  const config = loadConfig({ ...baseEnv, ...env });
  const clock = new AdjustableClock();
  const app = await createApp(config, { clock });
  await app.listen(0, '127.0.0.1');
  await startupJobsDone(app.get(DataSource));
  const server = app.getHttpServer();
  const address = server.address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    mode,
    clock,
    baseUrl,
    dataSource: app.get(DataSource),
    agent: () => request.agent(server),
    http: () => request(server),
    client: () => createApiClient({ baseUrl, fetch: cookieJarFetch() }),
    close: async () => {
      await app.close();
      await database?.drop();
    },
  };
}

/**
 * Waits for the work the API does once at start-up (the rebuild of the daily mastery series a
 * migration asked for), so that it never lands in the middle of a test.
 */
async function startupJobsDone(dataSource: DataSource): Promise<void> {
  const end = Date.now() + 60_000;
  for (;;) {
    const rows: { n: string }[] = await dataSource.query(`SELECT count(*) AS n FROM mastery_rebuilds WHERE done_at IS NULL`);
    if (Number(rows[0]?.n ?? 0) === 0) return;
    if (Date.now() > end) throw new Error('the start-up rebuild of the mastery series did not finish within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A fetch that remembers cookies the server sets, like a browser tab. */
export function cookieJarFetch(): typeof fetch {
  const jar = new Map<string, string>();
  return async (input, init) => {
    const req = new Request(input, init);
    if (jar.size > 0) req.headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(req);
    for (const header of res.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const [name, ...value] = pair!.split('=');
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value.join('=') === '';
      if (expired) jar.delete(name!.trim());
      else jar.set(name!.trim(), value.join('='));
    }
    return res;
  };
}
