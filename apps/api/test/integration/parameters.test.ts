import { DEFAULT_WEIGHTS, MIN_REVIEWS_TO_OPTIMISE, optimiserItems } from '../../src/core/fsrs-fit';
import { runOptimiser } from '../../src/parameters/optimiser-runner';
import { FSRS_FIT_JOB, ParametersService } from '../../src/parameters/parameters.service';
import { count, signUp } from '../support/accounts';
import { seedHistory } from '../support/history';
import { startTestApp, type TestApp } from '../support/test-app';

/** Polls the database until `check` holds, or fails after `timeoutMs`. */
async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function reviewLogDigest(t: TestApp, userId: string): Promise<string> {
  const rows: { d: string }[] = await t.dataSource.query(
    `SELECT md5(string_agg(review_id::text || rating || state || stability || reviewed_at::text || state_after::text, ',' ORDER BY id)) AS d
       FROM review_logs WHERE user_id = $1`,
    [userId],
  );
  return rows[0]!.d;
}

const opts = { enableShortTerm: true, numRelearningSteps: 1, timeoutMs: 60_000 };

describe('per-learner FSRS parameters', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('needs an account', async () => {
    expect((await t.http().get('/api/study/parameters')).status).toBe(401);
    expect((await t.http().post('/api/study/parameters/optimise')).status).toBe(401);
  });

  it('with too few reviews: 400 saying how many more are needed, defaults kept, nothing queued', async () => {
    const { client, user } = await signUp(t);
    const status = await client.GET('/api/study/parameters');
    expect(status.data).toMatchObject({
      reviewCount: 0,
      minReviews: MIN_REVIEWS_TO_OPTIMISE,
      reviewsMissing: MIN_REVIEWS_TO_OPTIMISE,
      usingFittedWeights: false,
      pending: null,
      lastFit: null,
      keptFit: null,
    });
    const res = await client.POST('/api/study/parameters/optimise');
    expect(res.response.status).toBe(400);
    expect(JSON.stringify(res.error)).toContain(`${MIN_REVIEWS_TO_OPTIMISE} more are needed`);
    expect((await client.GET('/api/study/settings')).data!.fsrsWeights).toBeNull();
    expect(await count(t, `SELECT count(*) AS n FROM fsrs_fits WHERE user_id = $1`, [user.id])).toBe(0);
  });

  it('fits in the background on request (202), keeps weights only if they lower log loss, reschedules without touching the log', async () => {
    const { client, user } = await signUp(t);
    const reviews = await seedHistory(t, user.id, 60, 11);
    expect(reviews).toBeGreaterThan(MIN_REVIEWS_TO_OPTIMISE);
    const digest = await reviewLogDigest(t, user.id);
    // Two requests at once (a double click): one fit, both answered 202 with it.
    const [res, again] = await Promise.all([
      client.POST('/api/study/parameters/optimise'),
      client.POST('/api/study/parameters/optimise'),
    ]);
    expect(res.response.status).toBe(202);
    expect(again.response.status).toBe(202);
    expect(res.data!.fit.finishedAt).toBeNull();
    expect(again.data!.fit.requestedAt).toBe(res.data!.fit.requestedAt);
    expect(res.data!.message).toMatch(/background/);
    expect(await count(t, `SELECT count(*) AS n FROM fsrs_fits WHERE user_id = $1`, [user.id])).toBe(1);
    expect(await count(t, `SELECT count(*) AS n FROM pgboss.job WHERE name = $1`, [FSRS_FIT_JOB])).toBeGreaterThan(0);

    await eventually(
      async () => (await client.GET('/api/study/parameters')).data!.lastFit !== null,
      'the fit to finish',
      120_000,
    );
    const status = (await client.GET('/api/study/parameters')).data!;
    const fit = status.lastFit!;
    expect(status.pending).toBeNull();
    expect(fit.reviewsUsed).toBe(reviews);
    expect(fit.trainItems).toBeGreaterThan(64);
    expect(fit.scoredReviews).toBeGreaterThan(20);
    expect(fit.logLossBefore).toBeGreaterThan(0);
    expect(fit.logLossAfter).toBeGreaterThan(0);
    expect(fit.kept).toBe(fit.logLossAfter! < fit.logLossBefore!);
    // This simulated learner (seed 11) gets weights that predict their later reviews better.
    expect(fit.kept).toBe(true);
    expect(fit.outcome).toMatch(/log loss on later reviews fell/);
    const settings = (await client.GET('/api/study/settings')).data!;
    expect(status.usingFittedWeights).toBe(true);
    {
      expect(settings.fsrsWeights).toHaveLength(21);
      expect(settings.fsrsWeights).not.toEqual([...DEFAULT_WEIGHTS]);
      expect(status.keptFit).toEqual(fit);
      // Review cards now fall due from their last review by their new interval.
      const states: { last_review: Date; due: Date; scheduled_days: number }[] = await t.dataSource.query(
        `SELECT last_review, due, scheduled_days FROM card_states WHERE user_id = $1 AND state = 2`,
        [user.id],
      );
      expect(states.length).toBeGreaterThan(0);
      for (const s of states)
        expect(new Date(s.due).getTime()).toBe(new Date(s.last_review).getTime() + s.scheduled_days * 86_400_000);
    }
    expect(await reviewLogDigest(t, user.id)).toBe(digest);
  }, 180_000);

  it('the periodic sweep queues a fit for a learner with a few hundred new reviews, once', async () => {
    const { user } = await signUp(t);
    await seedHistory(t, user.id, 45, 5);
    const service = t.app.get(ParametersService);
    await service.sweep();
    await service.sweep();
    const rows: { trigger: string }[] = await t.dataSource.query(`SELECT trigger FROM fsrs_fits WHERE user_id = $1`, [user.id]);
    expect(rows).toEqual([{ trigger: 'sweep' }]);
    await eventually(
      async () =>
        (await count(t, `SELECT count(*) AS n FROM fsrs_fits WHERE user_id = $1 AND finished_at IS NOT NULL`, [user.id])) === 1,
      'the swept fit to finish',
      120_000,
    );
    // Nothing new since: the next sweep leaves the learner alone.
    await service.sweep();
    expect(await count(t, `SELECT count(*) AS n FROM fsrs_fits WHERE user_id = $1`, [user.id])).toBe(1);
  }, 180_000);

  it('a poisoned history cannot take the API down: filtered out, and even unfiltered it only ends the child process', async () => {
    // Histories with every review on the first day: fsrs-rs panics on them and aborts its process.
    const poison = {
      reviews: [
        { rating: 1 as const, deltaT: 0 },
        { rating: 3 as const, deltaT: 0 },
      ],
    };
    const good = Array.from({ length: 40 }, (_, i) => ({
      reviews: [
        { rating: 3 as const, deltaT: 0 },
        { rating: (i % 4 ? 3 : 1) as 1 | 3, deltaT: 1 + (i % 6) },
      ],
    }));
    await expect(runOptimiser([...good, poison], opts)).rejects.toThrow(/optimiser process ended/);
    // The API still answers, reads and writes.
    expect((await t.http().get('/api/health')).status).toBe(200);
    const { client } = await signUp(t);
    expect((await client.GET('/api/study/parameters')).response.status).toBe(200);
    // The same history through the item builder is filtered and fits.
    const reviews = [
      ...good.flatMap((item, i) =>
        item.reviews.map((r, j) => ({
          cardId: `g${i}`,
          reviewedAt: new Date(Date.UTC(2026, 10, 1 + (j ? r.deltaT : 0), 10, j)),
          studyDate: new Date(Date.UTC(2026, 10, 1 + (j ? r.deltaT : 0))).toISOString().slice(0, 10),
          rating: r.rating,
        })),
      ),
      { cardId: 'p', reviewedAt: new Date(Date.UTC(2026, 10, 1, 10)), studyDate: '2026-11-01', rating: 1 as const },
      { cardId: 'p', reviewedAt: new Date(Date.UTC(2026, 10, 1, 11)), studyDate: '2026-11-01', rating: 3 as const },
    ];
    const items = optimiserItems(reviews);
    expect(items).toHaveLength(40);
    expect(await runOptimiser(items, opts)).toHaveLength(21);
  });
});
