import { randomUUID } from 'node:crypto';
import { CardCatalog } from '../../src/content/card-catalog.service';
import { examForecast } from '../../src/core/exam-date';
import { forgettingCurve, recallProbability, recallProbabilitySql } from '../../src/core/scheduler';
import { signUp } from '../support/accounts';
import { startTestApp, TestApp } from '../support/test-app';

type Client = Awaited<ReturnType<typeof signUp>>['client'];

async function reviewQueue(client: Client, rating: 1 | 2 | 3 | 4, max = 200): Promise<string[]> {
  const { data } = await client.GET('/api/study/queue', { params: { query: { limit: max } } });
  for (const card of data!.cards) {
    const res = await client.POST('/api/study/reviews', {
      body: { cardId: card.cardId, rating, reviewId: randomUUID(), durationMs: 4000, version: card.version },
    });
    if (res.response.status !== 201) throw new Error(JSON.stringify(res.error));
  }
  return data!.cards.map((c) => c.cardId);
}

describe('exam date', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses a past date, one more than two years ahead, or not a date, with a 400 saying so, and writes nothing', async () => {
    // 01:30 UTC on 10 March is 02:30 in Berlin: the learner's today is still 9 March.
    t.clock.set(new Date('2026-03-10T01:30:00Z'));
    const { client } = await signUp(t, { timeZone: 'Europe/Berlin' });
    for (const [examDate, message] of [
      ['2026-03-08', /in the past/],
      ['2028-03-10', /more than two years ahead/],
      ['2026-02-30', /not a real date/],
      ['soon', /YYYY-MM-DD/],
    ] as const) {
      const res = await client.PUT('/api/study/settings', { body: { examDate, examMode: 'manual' } });
      expect(res.response.status).toBe(400);
      expect((res.error as { message: string }).message).toMatch(message);
    }
    const wrongType = await client.PUT('/api/study/settings', { body: { examDate: 20260315 as unknown as string } });
    expect(wrongType.response.status).toBe(400);
    const badMode = await client.PUT('/api/study/settings', { body: { examMode: 'sometimes' as 'auto' } });
    expect(badMode.response.status).toBe(400);
    const settings = (await client.GET('/api/study/settings')).data!;
    expect(settings).toMatchObject({ examDate: null, examMode: 'auto' });
    // Today in the learner's day is accepted, although UTC says the 10th.
    const today = await client.PUT('/api/study/settings', { body: { examDate: '2026-03-09', examMode: 'manual' } });
    expect(today.response.status).toBe(200);
    expect(today.data).toMatchObject({ examDate: '2026-03-09', examMode: 'manual' });
    const cleared = await client.PUT('/api/study/settings', { body: { examDate: null, examMode: 'off' } });
    expect(cleared.data).toMatchObject({ examDate: null, examMode: 'off' });
  });

  it('forecasts exam-day recall per root, days left and the load, and caps the next review before the exam', async () => {
    t.clock.set(new Date('2026-03-01T09:00:00Z'));
    const { client } = await signUp(t);
    const none = (await client.GET('/api/progress/exam')).data!;
    expect(none).toMatchObject({ exam: null, daysLeft: null, predictedRecall: null, roots: [] });
    expect(none.todayLoad).toBe(20);

    const set = await client.PUT('/api/study/settings', { body: { examDate: '2026-03-21', examMode: 'manual' } });
    expect(set.response.status).toBe(200);
    const before = (await client.GET('/api/progress/exam')).data!;
    expect(before).toMatchObject({ exam: { date: '2026-03-21', source: 'settings' }, daysLeft: 20, predictedRecall: 0 });
    expect(before.roots.map((r) => r.root)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2']);
    expect(before.reviewsPerDay).toBeGreaterThan(0);

    // Learn 20 cards with Easy (they graduate at once).
    const learnt = await reviewQueue(client, 4);
    expect(learnt).toHaveLength(20);
    const after = (await client.GET('/api/progress/exam')).data!;
    expect(after.predictedRecall!).toBeGreaterThan(0);
    expect(after.roots.some((r) => r.seen > 0 && r.predictedRecall > 0)).toBe(true);

    // Weeks on: reviews of these cards that FSRS would push past the exam come back before it
    // whenever exam-day recall would be under the target.
    t.clock.set(new Date('2026-03-12T09:00:00Z'));
    const { data: queue } = await client.GET('/api/study/queue', { params: { query: { limit: 200 } } });
    for (const card of queue!.cards.filter((c) => c.kind === 'review')) {
      const res = await client.POST('/api/study/reviews', {
        body: { cardId: card.cardId, rating: 2, reviewId: randomUUID(), durationMs: 3000, version: card.version },
      });
      expect(res.response.status).toBe(201);
      const due = res.data!.nextDue.slice(0, 10);
      expect(due <= '2026-03-21' || res.data!.intervalSeconds > 30 * 86_400).toBe(true);
    }
  });

  it('inherits the date from an assignment target and shows predicted recall on the cohort dashboard and in the roster CSV', async () => {
    t.clock.set(new Date('2026-04-01T09:00:00Z'));
    const teacher = await signUp(t, { role: 'instructor' });
    const cohort = (await teacher.client.POST('/api/cohorts', { body: { name: 'Exam cohort' } })).data!;
    const assigned = await teacher.client.POST('/api/cohorts/{cohortId}/assignments', {
      params: { path: { cohortId: cohort.id } },
      body: { deckId: 'red-flags', startDate: '2026-04-01', newPerDay: 5, targetDate: '2026-04-30' },
    });
    expect(assigned.response.status).toBe(201);
    const student = await signUp(t);
    expect((await student.client.POST('/api/memberships', { body: { code: cohort.joinCode } })).response.status).toBe(201);
    const inherited = (await student.client.GET('/api/progress/exam')).data!;
    expect(inherited.exam).toMatchObject({ date: '2026-04-30', source: 'assignment' });
    expect(inherited.daysLeft).toBe(29);
    // The learner overrides it with their own date.
    await student.client.PUT('/api/study/settings', { body: { examDate: '2026-04-20', examMode: 'manual' } });
    expect((await student.client.GET('/api/progress/exam')).data!.exam).toMatchObject({ date: '2026-04-20', source: 'settings' });

    await reviewQueue(student.client, 4);
    const dash = (await teacher.client.GET('/api/cohorts/{cohortId}/dashboard', { params: { path: { cohortId: cohort.id } } }))
      .data!;
    expect(dash.examDate).toBe('2026-04-30');
    const row = dash.students.find((s) => s.userId === student.user.id)!;
    expect(row.examRecall!.date).toBe('2026-04-30');
    expect(row.examRecall!.predictedRecall).toBeGreaterThan(0);
    expect(row.examRecall!.roots.map((r) => r.root)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2']);
    // The dashboard reads instants as epoch milliseconds: the same figures as the core's forecast
    // over the states as pg parses them.
    const states: { card_id: string; state: number; stability: number; last_review: Date; due: Date }[] =
      await t.dataSource.query(
        `SELECT card_id, state, stability, last_review, due FROM card_states WHERE user_id = $1 AND state <> 0`,
        [student.user.id],
      );
    const byCard = new Map(
      states.map((s) => [s.card_id, { state: s.state as 2, stability: s.stability, lastReview: s.last_review, due: s.due }]),
    );
    const catalog = t.app.get(CardCatalog);
    const expected = examForecast(
      catalog.cardIdsOf('red-flags').map((id) => ({ roots: catalog.requireCard(id).roots, schedule: byCard.get(id) ?? null })),
      t.clock.now(),
      '2026-04-30',
      { timeZone: 'UTC', dayStartHour: 4 },
    );
    expect(row.examRecall!.predictedRecall).toBe(expected.predictedRecall);
    expect(row.examRecall!.roots.map((r) => r.predictedRecall)).toEqual(expected.roots.map((r) => r.predictedRecall));

    const csv = await teacher.client.GET('/api/cohorts/{cohortId}/export/roster.csv', {
      params: { path: { cohortId: cohort.id } },
      parseAs: 'text',
    });
    const [header, line] = (csv.data as unknown as string).trimEnd().split('\r\n');
    const columns = header!.split(',');
    const values = line!.split(',');
    expect(values[columns.indexOf('exam_date')]).toBe('2026-04-30');
    expect(Number(values[columns.indexOf('predicted_exam_recall')])).toBeCloseTo(row.examRecall!.predictedRecall, 3);

    // Another student cannot read the dashboard.
    const other = await signUp(t, { role: 'instructor' });
    const denied = await other.client.GET('/api/cohorts/{cohortId}/dashboard', { params: { path: { cohortId: cohort.id } } });
    expect([403, 404]).toContain(denied.response.status);
  });

  it('computes recall in the database as the core does, for the cohort forecast', async () => {
    const at = new Date('2026-06-01T04:00:00Z');
    const DAY_MS = 86_400_000;
    const cases: { state: 0 | 2; lastReview: Date | null; stability: number }[] = [
      { state: 0, lastReview: new Date(at.getTime() - 3 * DAY_MS), stability: 5 },
      { state: 2, lastReview: null, stability: 5 },
    ];
    for (const stability of [0.1, 0.5, 1.234567891, 3, 17.5, 100.000000005, 365.25, 2000])
      for (const before of [-1000, 0, 1, 3_600_000, DAY_MS - 1, DAY_MS, DAY_MS + 1, 2.5 * DAY_MS, 30 * DAY_MS + 7, 400 * DAY_MS])
        cases.push({ state: 2, lastReview: new Date(at.getTime() - before), stability });
    const curve = forgettingCurve();
    const rows: { i: number; r: number }[] = await t.dataSource.query(
      `SELECT x.i, ${recallProbabilitySql('x', '$1::float8', { factor: '$2', decay: '$3' })} AS r
         FROM unnest($4::int[], $5::smallint[], $6::timestamptz[], $7::float8[]) AS x(i, state, last_review, stability)`,
      [
        at.getTime(),
        curve.factor,
        curve.decay,
        cases.map((_, i) => i),
        cases.map((c) => c.state),
        cases.map((c) => c.lastReview),
        cases.map((c) => c.stability),
      ],
    );
    expect(rows).toHaveLength(cases.length);
    for (const row of rows) expect(Number(row.r)).toBe(recallProbability(cases[row.i]!, at));
  });

  it('brings weak cards forward in the last days before the exam, within the day budget', async () => {
    t.clock.set(new Date('2026-05-01T09:00:00Z'));
    const { client } = await signUp(t);
    await client.PUT('/api/study/settings', { body: { examDate: '2026-05-12', examMode: 'manual', newPerDay: 30 } });
    expect(await reviewQueue(client, 4)).toHaveLength(30);
    // Six days before the exam, nothing new: with the exam, cards not due yet are brought forward.
    t.clock.set(new Date('2026-05-06T09:00:00Z'));
    await client.PUT('/api/study/settings', { body: { newPerDay: 0, examMode: 'off' } });
    const plain = (await client.GET('/api/study/queue', { params: { query: { limit: 200 } } })).data!;
    await client.PUT('/api/study/settings', { body: { examMode: 'manual' } });
    const withExam = (await client.GET('/api/study/queue', { params: { query: { limit: 200 } } })).data!;
    expect(withExam.counts.review).toBeGreaterThan(plain.counts.review);
    // The budget: 1.3 times the 30 reviews of the one recent study day.
    expect(withExam.counts.review).toBeLessThanOrEqual(Math.floor(1.3 * 30));
    expect(plain.cards.every((c) => withExam.cards.some((w) => w.cardId === c.cardId))).toBe(true);
  });
});
