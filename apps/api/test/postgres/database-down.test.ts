import { signUp } from '../support/accounts';
import { withAdminClient } from '../support/databases';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The database becomes unreachable under a running API: its database stops accepting connections
 * and every open one is terminated (the shared PostgreSQL server itself keeps running).
 */
describe('with the database down', () => {
  let t: TestApp;
  let name: string;
  beforeAll(async () => {
    t = await startTestApp();
    name = t.dataSource.driver.database!;
  });
  afterAll(async () => {
    await setReachable(true);
    await t.close();
  });

  async function setReachable(reachable: boolean): Promise<void> {
    await withAdminClient(async (c) => {
      await c.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS ${reachable}`);
      if (!reachable)
        await c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [
          name,
        ]);
    });
  }

  it('answers 503 with Retry-After (not 500), reports the database down, and recovers by itself', async () => {
    const learner = await signUp(t);
    expect((await learner.client.GET('/api/study/queue')).response.status).toBe(200);

    await setReachable(false);
    const health = await t.http().get('/api/health');
    expect(health.status).toBe(503);
    expect(health.headers['retry-after']).toBe('5');
    expect(health.body).toMatchObject({ status: 'unavailable', databaseStatus: 'down', database: 'postgres' });

    for (const call of [
      () => learner.client.GET('/api/study/queue'),
      () => learner.client.GET('/api/progress/summary'),
      () => learner.client.PUT('/api/study/settings', { body: { newPerDay: 15 } }),
      () => t.client().POST('/api/auth/login', { body: { email: learner.email, password: 'correct-horse-42' } }),
    ]) {
      const { response, error } = await call();
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(error).toMatchObject({
        statusCode: 503,
        message: 'The database cannot be reached at the moment; try again shortly',
      });
    }

    await setReachable(true);
    const backAt = Date.now();
    let status = 0;
    while (Date.now() - backAt < 15_000) {
      status = (await t.http().get('/api/health')).status;
      if (status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
    expect((await learner.client.GET('/api/study/queue')).response.status).toBe(200);
  });
});
