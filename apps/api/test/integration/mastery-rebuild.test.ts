import { MASTERY_REBUILD_JOB, MasteryRebuildJob } from '../../src/progress/mastery-rebuild.job';
import { count, signUp } from '../support/accounts';
import { seedHistory } from '../support/history';
import { startTestApp, type TestApp } from '../support/test-app';

async function series(t: TestApp, userId: string) {
  return t.dataSource.query(
    `SELECT root, to_char(day, 'YYYY-MM-DD') AS d, mastery, coverage, recall, seen, total FROM mastery_daily
      WHERE user_id = $1 ORDER BY day, root`,
    [userId],
  );
}

describe('the daily mastery series rebuilt from the review log after the definition changed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('the migration asks for a rebuild; the job (sent at start-up) replays every learner and marks it done', async () => {
    expect(await count(t, `SELECT count(*) AS n FROM pgboss.job WHERE name = $1`, [MASTERY_REBUILD_JOB])).toBeGreaterThanOrEqual(
      1,
    );
    // The start-up job found the migration's request (nobody to rebuild on a fresh database) and marked it done.
    const end = Date.now() + 30_000;
    while ((await count(t, `SELECT count(*) AS n FROM mastery_rebuilds WHERE done_at IS NULL`)) > 0 && Date.now() < end)
      await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await count(t, `SELECT count(*) AS n FROM mastery_rebuilds WHERE done_at IS NOT NULL`)).toBe(1);
    const { user } = await signUp(t);
    await seedHistory(t, user.id, 20, 3);
    // A series stored under the old definition: recall now, close to 1 after every review.
    await t.dataSource.query(
      `INSERT INTO mastery_daily (user_id, root, day, mastery, coverage, recall, seen, total)
       SELECT $1, r, (now() - interval '3 days')::date, 1, 1, 1, 10, 10 FROM unnest(ARRAY['L1','L2','L3','L4','L5','S1','S2']) AS r
       ON CONFLICT (user_id, root, day) DO UPDATE SET mastery = 1, recall = 1`,
      [user.id],
    );
    await t.dataSource.query(`UPDATE mastery_rebuilds SET done_at = NULL`);
    const job = t.app.get(MasteryRebuildJob);
    expect(await job.run()).toBeGreaterThanOrEqual(1);
    expect(await count(t, `SELECT count(*) AS n FROM mastery_rebuilds WHERE done_at IS NULL`)).toBe(0);
    const rebuilt = await series(t, user.id);
    expect(rebuilt.length).toBeGreaterThan(7 * 15);
    expect(rebuilt.filter((r: { mastery: number }) => Number(r.mastery) === 1)).toEqual([]);
    // Nothing pending: the next run does nothing; a rebuild again gives the same rows.
    expect(await job.run()).toBe(0);
    await t.dataSource.query(`UPDATE mastery_rebuilds SET done_at = NULL`);
    await job.run();
    expect(await series(t, user.id)).toEqual(rebuilt);
  });
});
