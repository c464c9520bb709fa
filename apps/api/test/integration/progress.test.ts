import { randomUUID } from 'node:crypto';
import { cards as bankCards } from '@dermatome/data';
import { MasteryService } from '../../src/progress/mastery.service';
import { signUp } from '../support/accounts';
import { startTestApp, TestApp } from '../support/test-app';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Client = Awaited<ReturnType<typeof signUp>>['client'];

/** Reviews every card the queue offers, rating them all `rating`. */
async function reviewQueue(client: Client, rating: 1 | 2 | 3 | 4 = 3, max = 200): Promise<number> {
  const { data } = await client.GET('/api/study/queue', { params: { query: { limit: max } } });
  for (const card of data!.cards) {
    const res = await client.POST('/api/study/reviews', {
      body: { cardId: card.cardId, rating, reviewId: randomUUID(), durationMs: 4000, version: card.version },
    });
    if (res.response.status !== 201) throw new Error(JSON.stringify(res.error));
  }
  return data!.cards.length;
}

describe('progress', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('starts with every root not started', async () => {
    t.clock.set(new Date('2026-11-02T09:00:00Z'));
    const { client } = await signUp(t);
    const { data } = await client.GET('/api/progress/mastery');
    expect(data!.roots.map((r) => r.root)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2']);
    for (const r of data!.roots) {
      expect(r).toMatchObject({ mastery: 0, coverage: 0, seen: 0, level: 'not-started' });
      expect(r.total).toBe(bankCards.filter((c) => c.roots.includes(r.root)).length);
    }
    const summary = await client.GET('/api/progress/summary');
    expect(summary.data!.today).toMatchObject({ reviewed: 0, recallRate: null, timeSpentMs: 0 });
    expect(summary.data!.streak).toBe(0);
    expect(summary.data!.cardCounts).toMatchObject({ new: bankCards.length, learning: 0, review: 0, total: bankCards.length });
  });

  it('raises mastery as cards are learnt, keeps a daily series and summarises the days', async () => {
    t.clock.set(new Date('2026-11-02T09:00:00Z'));
    const { client, user } = await signUp(t, { timeZone: 'Europe/Berlin' });
    await client.PUT('/api/study/settings', { body: { newPerDay: 40 } });

    // Day 1: learn 40 new cards (Easy graduates them at once).
    expect(await reviewQueue(client, 4)).toBe(40);
    const day1 = (await client.GET('/api/progress/mastery')).data!;
    const touched = day1.roots.filter((r) => r.seen > 0);
    expect(touched.length).toBeGreaterThan(0);
    for (const r of touched) {
      expect(r.mastery).toBeGreaterThan(0);
      // Durability: an Easy card (stability about 8 days) keeps about 0.79 of recall 30 days ahead.
      expect(r.recall).toBeGreaterThan(0.75);
      expect(r.recall).toBeLessThan(0.85);
      expect(r.coverage).toBeCloseTo(r.seen / r.total, 3);
    }

    // Away for three days, back on day 5 for another session.
    t.clock.set(new Date('2026-11-06T09:00:00Z'));
    await reviewQueue(client, 3, 30);

    const history = (
      await client.GET('/api/progress/mastery/history', { params: { query: { from: '2026-11-01', to: '2026-11-07' } } })
    ).data!;
    expect(history.series.map((s) => s.root)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2']);
    const root = touched[0]!.root;
    const points = history.series.find((s) => s.root === root)!.points;
    expect(points.map((p) => p.date)).toEqual([
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
    ]);
    expect(points[0]).toMatchObject({ mastery: 0, level: 'not-started' });
    // Between sessions mastery decays day by day (FSRS forgetting), stored as reviews arrived.
    expect(points[1]!.mastery).toBeGreaterThan(points[2]!.mastery);
    expect(points[2]!.mastery).toBeGreaterThan(points[4]!.mastery);
    const stored: { n: string }[] = await t.dataSource.query(`SELECT count(*) AS n FROM mastery_daily WHERE user_id = $1`, [
      user.id,
    ]);
    expect(Number(stored[0]!.n)).toBe(5 * 7); // 2..6 November, seven roots

    const summary = (await client.GET('/api/progress/summary')).data!;
    expect(summary.today.date).toBe('2026-11-06');
    expect(summary.today.reviewed).toBeGreaterThan(0);
    expect(summary.today.timeSpentMs).toBe(summary.today.reviewed * 4000);
    expect(summary.today.recallRate).toBe(1);
    expect(summary.streak).toBe(1);
    expect(summary.forecast).toHaveLength(30);
    expect(summary.forecast[0]!.date).toBe('2026-11-06');
    expect(summary.calendar).toHaveLength(365);
    expect(summary.calendar.find((d) => d.date === '2026-11-02')!.count).toBe(40);
    expect(summary.recallHistory).toHaveLength(90);
    const counts = summary.cardCounts;
    expect(counts.total).toBe(bankCards.length);
    expect(counts.new + counts.learning + counts.review + counts.relearning).toBe(counts.total);
    expect(counts.new).toBeLessThanOrEqual(bankCards.length - 40);

    // The stored series is a cache: rebuilding it from the review log gives the same past days.
    const before = await t.dataSource.query(
      `SELECT root, to_char(day, 'YYYY-MM-DD') AS d, mastery, coverage, recall, seen, total FROM mastery_daily WHERE user_id = $1 AND day < '2026-11-06' ORDER BY d, root`,
      [user.id],
    );
    const settings = { timeZone: 'Europe/Berlin', dayStartHour: 4 };
    await t.dataSource.transaction((m) => t.app.get(MasteryService).rebuild(m, user.id, t.clock.now(), settings));
    const after = await t.dataSource.query(
      `SELECT root, to_char(day, 'YYYY-MM-DD') AS d, mastery, coverage, recall, seen, total FROM mastery_daily WHERE user_id = $1 AND day < '2026-11-06' ORDER BY d, root`,
      [user.id],
    );
    expect(after).toEqual(before);
  });

  it('counts a streak of consecutive study days', async () => {
    const { client } = await signUp(t);
    for (let day = 0; day < 3; day++) {
      t.clock.set(new Date(Date.parse('2026-11-10T12:00:00Z') + day * DAY));
      await reviewQueue(client, 3, 3);
    }
    expect((await client.GET('/api/progress/summary')).data!.streak).toBe(3);
  });

  it.each([
    [{ from: '2026/11/01' }, 'from must be a date written YYYY-MM-DD'],
    [{ from: '2026-11-10', to: '2026-11-01' }, 'from must be on or before to'],
    [{ from: '2024-01-01', to: '2026-11-01' }, 'A history covers at most 366 days'],
  ])('rejects a bad history range %j', async (query, message) => {
    const { client } = await signUp(t);
    const res = await client.GET('/api/progress/mastery/history', { params: { query } });
    expect(res.response.status).toBe(400);
    expect(res.error!.message).toBe(message);
  });

  it('shows each learner only their own progress', async () => {
    t.clock.set(new Date('2026-11-12T12:00:00Z'));
    const busy = await signUp(t);
    await reviewQueue(busy.client, 4, 10);
    const idle = await signUp(t);
    const mine = (await idle.client.GET('/api/progress/summary')).data!;
    expect(mine.today.reviewed).toBe(0);
    expect((await idle.client.GET('/api/progress/mastery')).data!.roots.every((r) => r.seen === 0)).toBe(true);
  });
});
