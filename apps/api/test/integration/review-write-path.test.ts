import { randomUUID } from 'node:crypto';
import { cards, MASTERY_ROOTS } from '@dermatome/data';
import { count, signUp } from '../support/accounts';
import { aCard, correctOption } from '../support/cards';
import { startTestApp, TestApp } from '../support/test-app';

const MINUTE = 60_000;

/**
 * The review write path's guarantees, one read and one write per review: idempotency by reviewId
 * (also under concurrency), the version check, ownership, exam locks, and the batch endpoint that
 * applies each review on its own.
 */
describe('review write path and batch submit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-23T10:00:00Z'));
  });
  afterAll(() => t.close());

  const flip = (i: number) => cards.filter((c) => c.answer.kind === 'flip')[i]!;
  const body = (cardId: string, extra: Partial<{ rating: 1 | 2 | 3 | 4; version: number; reviewId: string }> = {}) => ({
    cardId,
    rating: 3 as const,
    reviewId: randomUUID(),
    durationMs: 1500,
    version: 0,
    ...extra,
  });

  it('applies two concurrent submissions of one reviewId once, and both get the same result', async () => {
    const { client, user } = await signUp(t);
    const review = body(flip(0).id);
    const [a, b] = await Promise.all([
      client.POST('/api/study/reviews', { body: review }),
      client.POST('/api/study/reviews', { body: review }),
    ]);
    expect([a.response.status, b.response.status]).toEqual([201, 201]);
    expect(b.data).toEqual(a.data);
    expect(await count(t, `SELECT count(*) AS n FROM review_logs WHERE user_id = $1`, [user.id])).toBe(1);
    expect(await count(t, `SELECT reviews AS n FROM learner_daily_activity WHERE user_id = $1`, [user.id])).toBe(1);
    expect(await count(t, `SELECT version AS n FROM card_states WHERE user_id = $1`, [user.id])).toBe(1);
  });

  it('lets one of two concurrent reviews of one card through (the other gets 409) and counts it once', async () => {
    const { client, user } = await signUp(t);
    const card = flip(1);
    await client.POST('/api/study/reviews', { body: body(card.id) });
    t.clock.advance(10 * MINUTE);
    const [a, b] = await Promise.all([
      client.POST('/api/study/reviews', { body: body(card.id, { version: 1, rating: 3 }) }),
      client.POST('/api/study/reviews', { body: body(card.id, { version: 1, rating: 1 }) }),
    ]);
    expect([a.response.status, b.response.status].sort()).toEqual([201, 409]);
    expect(await count(t, `SELECT count(*) AS n FROM review_logs WHERE user_id = $1`, [user.id])).toBe(2);
    expect(await count(t, `SELECT reviews AS n FROM learner_daily_activity WHERE user_id = $1`, [user.id])).toBe(2);
    expect(await count(t, `SELECT version AS n FROM card_states WHERE user_id = $1`, [user.id])).toBe(2);
  });

  it('replays a reviewId with the stored result whatever the order of the keys sent or stored', async () => {
    const { client, user } = await signUp(t);
    const card = aCard('choice');
    const reviewId = randomUUID();
    const first = await client.POST('/api/study/reviews', {
      body: { cardId: card.id, rating: 3, reviewId, durationMs: 900, version: 0, answer: { optionId: correctOption(card) } },
    });
    expect(first.response.status).toBe(201);
    t.clock.advance(MINUTE);
    // The same review, its keys in another order (as another client or a JSON round trip may send it).
    const again = await client.POST('/api/study/reviews', {
      body: { answer: { optionId: correctOption(card) }, version: 0, durationMs: 900, reviewId, rating: 3, cardId: card.id },
    });
    expect(again.response.status).toBe(201);
    expect(again.data).toEqual(first.data);
    // jsonb keeps its own key order: what is stored reads back equal, not byte for byte.
    const stored: { response: unknown }[] = await t.dataSource.query(`SELECT response FROM review_logs WHERE review_id = $1`, [
      reviewId,
    ]);
    expect(stored[0]!.response).toEqual(first.data);
    expect(await count(t, `SELECT count(*) AS n FROM review_logs WHERE user_id = $1`, [user.id])).toBe(1);
  });

  /** A learner's answers, each at the version the last one left. */
  function rater(client: Awaited<ReturnType<typeof signUp>>['client']) {
    const versions = new Map<string, number>();
    return async (cardId: string, rating: 1 | 2 | 3 | 4 = 3) => {
      const r = await client.POST('/api/study/reviews', { body: body(cardId, { rating, version: versions.get(cardId) ?? 0 }) });
      expect(r.response.status).toBe(201);
      versions.set(cardId, r.data!.state.version);
    };
  }

  /** Today's stored mastery rows against a full count over all the learner's cards, at the same instant. */
  async function expectStoredMasteryToMatchFullCount(userId: string, client: Awaited<ReturnType<typeof signUp>>['client']) {
    const stored: { root: string; mastery: number; seen: number; total: number }[] = await t.dataSource.query(
      `SELECT root, mastery, seen, total FROM mastery_daily
        WHERE user_id = $1 AND day = (SELECT max(day) FROM mastery_daily WHERE user_id = $1)`,
      [userId],
    );
    // Every root has a row for the day (the first review of the day writes them all).
    expect(stored.map((r) => r.root).sort()).toEqual([...MASTERY_ROOTS].sort());
    const progress = await client.GET('/api/progress/mastery');
    expect(progress.response.status).toBe(200);
    for (const full of progress.data!.roots) {
      const row = stored.find((r) => r.root === full.root)!;
      expect({ root: row.root, seen: Number(row.seen), total: Number(row.total) }).toEqual({
        root: full.root,
        seen: full.seen,
        total: full.total,
      });
      expect(Number(row.mastery)).toBeCloseTo(full.mastery, 3);
    }
    return stored;
  }

  it('moves today’s mastery of the card’s roots by each review, equal to a full count through learning, graduation and a lapse', async () => {
    const { client, user } = await signUp(t);
    const rate = rater(client);
    const l5 = cards.filter((c) => c.answer.kind === 'flip' && c.roots.includes('L5')).slice(0, 3);
    // New cards into their learning steps: seen, no durability yet (the first one stores every root).
    for (const c of l5) await rate(c.id, 3);
    await expectStoredMasteryToMatchFullCount(user.id, client);
    // Past the 10-minute step they graduate: durability counts.
    t.clock.advance(10 * MINUTE);
    for (const c of l5) await rate(c.id, 3);
    const graduated = await expectStoredMasteryToMatchFullCount(user.id, client);
    expect(Number(graduated.find((r) => r.root === 'L5')!.mastery)).toBeGreaterThan(0);
    // A lapse takes that card's durability away again.
    t.clock.advance(MINUTE);
    await rate(l5[0]!.id, 1);
    const lapsed = await expectStoredMasteryToMatchFullCount(user.id, client);
    expect(Number(lapsed.find((r) => r.root === 'L5')!.mastery)).toBeLessThan(
      Number(graduated.find((r) => r.root === 'L5')!.mastery),
    );
  });

  it('counts the roots again in full when the learner’s cards changed since today’s rows were stored', async () => {
    const { client, user } = await signUp(t);
    const rate = rater(client);
    const [first, second] = cards.filter((c) => c.deck === 'vignettes' && c.roots.includes('L5'));
    await rate(first!.id);
    const before = await expectStoredMasteryToMatchFullCount(user.id, client);
    // From the whole bank to one of its decks: every root has fewer cards now.
    expect((await client.POST('/api/study/decks', { body: { deckId: 'vignettes' } })).response.status).toBe(204);
    const removed = await client.DELETE('/api/study/decks/{deckId}', { params: { path: { deckId: 'dermatomes-of-the-leg' } } });
    expect(removed.response.status).toBe(204);
    t.clock.advance(MINUTE);
    await rate(second!.id);
    const after = await expectStoredMasteryToMatchFullCount(user.id, client);
    const total = (rows: typeof after) => Number(rows.find((r) => r.root === 'L5')!.total);
    expect(total(after)).toBeLessThan(total(before));
  });

  describe('POST /api/study/reviews/batch', () => {
    it('applies each review on its own, in order, with one result each: applied, replayed, or refused with its reason', async () => {
      const { client, user } = await signUp(t);
      const other = await signUp(t);
      await other.client.DELETE('/api/study/decks/{deckId}', { params: { path: { deckId: 'dermatomes-of-the-leg' } } });
      const sent = body(flip(20).id);
      await client.POST('/api/study/reviews', { body: sent });
      // A practice exam holds its cards while it is open.
      const exam = await client.POST('/api/exams/practice', {
        body: { deckId: 'vignettes', questionCount: 5, cardTypes: ['vignettes'] },
      });
      expect(exam.response.status).toBe(201);
      const held: { card_id: string }[] = await t.dataSource.query(
        `SELECT i.card_id FROM exam_attempt_items i JOIN exam_attempts a ON a.id = i.attempt_id WHERE a.user_id = $1`,
        [user.id],
      );
      const heldIds = new Set(held.map((h) => h.card_id));
      const free = cards.filter((c) => c.answer.kind === 'flip' && !heldIds.has(c.id));
      const stale = free[0]!;
      await client.POST('/api/study/reviews', { body: body(stale.id) });
      const reviews = [
        body(free[1]!.id),
        sent, // replayed
        body(stale.id, { version: 0 }), // 409 stale
        body(held[0]!.card_id), // 409 exam
        body('no-such-card'), // 404
        body(free[2]!.id),
        body(free[1]!.id, { version: 1, rating: 1 }), // the first one's card again, at its new version
      ];
      const res = await client.POST('/api/study/reviews/batch', { body: { reviews } });
      expect(res.response.status).toBe(200);
      const results = res.data!.results;
      expect(results.map((r) => r.reviewId)).toEqual(reviews.map((r) => r.reviewId));
      expect(results.map((r) => [r.outcome, r.status ?? null])).toEqual([
        ['applied', null],
        ['replayed', null],
        ['refused', 409],
        ['refused', 409],
        ['refused', 404],
        ['applied', null],
        ['applied', null],
      ]);
      expect(results[2]!.message).toMatch(/changed since you loaded it/);
      expect(results[3]!.message).toMatch(/exam you are taking/);
      expect(results[4]!.message).toMatch(/not in your decks/);
      expect(results[0]!.result!.state.version).toBe(1);
      expect(results[6]!.result!.state.version).toBe(2);
      expect(results[1]!.result!.reviewId).toBe(sent.reviewId);
      // 2 single reviews before + 3 applied in the batch; the refused ones wrote nothing.
      expect(await count(t, `SELECT count(*) AS n FROM review_logs WHERE user_id = $1`, [user.id])).toBe(5);
      expect(await count(t, `SELECT reviews AS n FROM learner_daily_activity WHERE user_id = $1`, [user.id])).toBe(5);
      expect(
        await count(t, `SELECT count(*) AS n FROM card_states WHERE user_id = $1 AND card_id = $2`, [user.id, held[0]!.card_id]),
      ).toBe(0);
      // Another learner sending the same reviewId is refused (it is taken), nothing applied for them.
      const theirs = await other.client.POST('/api/study/reviews/batch', { body: { reviews: [sent] } });
      expect(theirs.data!.results[0]).toMatchObject({ outcome: 'refused', status: 409 });
      expect(theirs.data!.results[0]!.message).toMatch(/already used/);
    });

    it.each([
      [{ reviews: [] }, 'reviews must hold between 1 and 100 reviews'],
      [
        {
          reviews: Array.from({ length: 101 }, () => ({
            cardId: 'x',
            rating: 3,
            reviewId: randomUUID(),
            durationMs: 1,
            version: 0,
          })),
        },
        'between 1 and 100',
      ],
      [{ reviews: [{ cardId: 'x', rating: 7, reviewId: randomUUID(), durationMs: 1, version: 0 }] }, 'rating must be 1 (Again)'],
      [{}, 'reviews'],
    ])('rejects a bad batch %# with 400 and writes nothing', async (batch, message) => {
      const { client, user } = await signUp(t);
      const res = await client.POST('/api/study/reviews/batch', { body: batch as never });
      expect(res.response.status).toBe(400);
      expect(JSON.stringify(res.error)).toContain(message);
      expect(await count(t, `SELECT count(*) AS n FROM review_logs WHERE user_id = $1`, [user.id])).toBe(0);
    });

    it('needs a session', async () => {
      const res = await fetch(`${t.baseUrl}/api/study/reviews/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reviews: [body(flip(0).id)] }),
      });
      expect(res.status).toBe(401);
    });
  });
});
