import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/configuration';
import { migrations } from '../../src/database/migrations';
import { createTestDatabase, type TestDatabase } from '../support/databases';

/** Two API instances on one PostgreSQL, as behind a load balancer. */
describe('several API instances on one database', () => {
  const databases: TestDatabase[] = [];
  const apps: INestApplication[] = [];
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const db of databases) await db.drop();
  });

  async function startTwoAtOnce(db: TestDatabase): Promise<INestApplication[]> {
    const config = () =>
      loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'false', DATABASE_URL: db.url, DATABASE_POOL_SIZE: '3' });
    // Both boot (connect, migrate, start the job queue) at the same moment on the empty database.
    const started = await Promise.allSettled([createApp(config()), createApp(config())]);
    const ok = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    apps.push(...ok);
    const failures = started.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
    expect(failures).toEqual([]);
    for (const app of ok) await app.init();
    return ok;
  }

  it.each([1, 2, 3])('both come up healthy on a fresh database, which is migrated once (round %i)', async () => {
    const db = await createTestDatabase('dt_scale');
    databases.push(db);
    const pair = await startTwoAtOnce(db);
    expect(pair).toHaveLength(2);
    for (const app of pair) {
      const res = await request(app.getHttpServer()).get('/api/health').expect(200);
      expect(res.body).toMatchObject({ status: 'ok', database: 'postgres', databaseStatus: 'up' });
    }
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const applied = (await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id')).rows.map((r) => r.name);
    await client.end();
    expect(applied).toEqual(migrations.map((m) => m.name));
    // A learner registered through one instance is signed in on the other: sessions live in the database.
    const agent = request.agent(pair[0]!.getHttpServer());
    const reg = await agent
      .post('/api/auth/register')
      .send({ email: `scale-${db.name}@example.edu`, password: 'correct-horse-42', displayName: 'Scale' })
      .expect(201);
    const cookie = reg.headers['set-cookie']![0]!.split(';')[0]!;
    await request(pair[1]!.getHttpServer()).get('/api/auth/me').set('cookie', cookie).expect(200);
    // Each instance runs the job queue on a pool of its own; closing the app stops it and closes that pool.
    const jobConnections = async () => {
      const admin = new Client({ connectionString: db.url });
      await admin.connect();
      const { rows } = await admin.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'dermatome-jobs'`,
        [db.name],
      );
      await admin.end();
      return Number(rows[0]!.n);
    };
    expect(await jobConnections()).toBeGreaterThan(0);
    for (const app of pair.splice(0)) {
      await app.close();
      apps.splice(apps.indexOf(app), 1);
    }
    expect(await jobConnections()).toBe(0);
  });
});
