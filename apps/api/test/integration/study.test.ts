import { randomUUID } from 'node:crypto';
import { answerMap, cards as bankCards, toCardFace } from '@dermatome/data';
import { count, signUp } from '../support/accounts';
import { aCard, correctOption, keyPointClickCard, wrongOption } from '../support/cards';
import { startTestApp, TestApp } from '../support/test-app';

const MINUTE = 60_000;

describe('study: settings, queue, reviews, undo, suspend and bury', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-23T10:00:00Z'));
  });
  afterAll(() => t.close());

  describe('settings', () => {
    it('start with the Anki defaults and change only what is sent', async () => {
      const { client } = await signUp(t);
      const { data } = await client.GET('/api/study/settings');
      expect(data).toEqual({
        desiredRetention: 0.9,
        newPerDay: 20,
        reviewsPerDay: 200,
        learningSteps: ['1m', '10m'],
        relearningSteps: ['10m'],
        timeZone: 'UTC',
        dayStartHour: 4,
        suspendLeeches: false,
        examMissesFirst: true,
        examDate: null,
        examMode: 'auto',
      });
      const updated = await client.PUT('/api/study/settings', {
        body: { desiredRetention: 0.85, timeZone: 'America/Chicago', learningSteps: ['2m', '15m', '1h'] },
      });
      expect(updated.data).toMatchObject({
        desiredRetention: 0.85,
        timeZone: 'America/Chicago',
        learningSteps: ['2m', '15m', '1h'],
        newPerDay: 20,
      });
      expect((await client.GET('/api/study/settings')).data).toEqual(updated.data);
    });

    it.each([
      [{ desiredRetention: 0.99 }, 'desiredRetention must be between 0.70 and 0.97'],
      [{ desiredRetention: 'high' }, 'desiredRetention must be a number'],
      [{ newPerDay: -1 }, 'newPerDay must be between 0 and 9999'],
      [{ reviewsPerDay: 2.5 }, 'reviewsPerDay must be a whole number'],
      [{ learningSteps: ['1 minute'] }, 'each of learningSteps must be a duration such as 1m, 10m, 1h or 1d'],
      [{ timeZone: 'Europe/Atlantis' }, 'timeZone must be an IANA time zone'],
      [{ dayStartHour: 24 }, 'dayStartHour must be a whole hour from 0 to 23'],
      [{ theme: 'dark' }, 'property theme should not exist'],
    ])('reject %j with a clear 400 and change nothing', async (body, message) => {
      const { client } = await signUp(t);
      const before = (await client.GET('/api/study/settings')).data;
      const { error, response } = await client.PUT('/api/study/settings', { body: body as never });
      expect(response.status).toBe(400);
      expect(error!.message).toContain(message);
      expect((await client.GET('/api/study/settings')).data).toEqual(before);
    });
  });

  describe('queue', () => {
    it('serves today’s new cards with counts, faces without answers and four rating previews', async () => {
      const { client } = await signUp(t);
      const { data } = await client.GET('/api/study/queue');
      expect(data!.counts).toEqual({ new: 20, learning: 0, review: 0 });
      expect(data!.cards).toHaveLength(20);
      expect(new Set(data!.cards.map((c) => c.cardId)).size).toBe(20);
      for (const c of data!.cards) {
        expect(c.kind).toBe('new');
        expect(c.version).toBe(0);
        expect(c.previews.map((p) => p.rating)).toEqual([1, 2, 3, 4]);
        expect(c.previews[0]!.label).toBe('1m');
      }
      expect(JSON.stringify(data)).not.toMatch(/correctOptionId|"explanation"|"answerText"|"back"/);
    });

    it('follows the new-card limit and the learner’s study day', async () => {
      const { client } = await signUp(t);
      await client.PUT('/api/study/settings', { body: { newPerDay: 3, timeZone: 'Asia/Tokyo', dayStartHour: 4 } });
      const { data } = await client.GET('/api/study/queue', { params: { query: { limit: 2 } } });
      expect(data!.counts.new).toBe(3);
      expect(data!.cards).toHaveLength(2);
      expect(data!.studyDate).toBe('2026-11-23'); // 19:00 in Tokyo
      expect(data!.nextDayStart).toBe('2026-11-23T19:00:00.000Z'); // 04:00 on the 24th in Tokyo
    });

    it('narrows to one of the learner decks and refuses a deck that is not theirs', async () => {
      const { client } = await signUp(t);
      const only = await client.GET('/api/study/queue', { params: { query: { deckId: 'maps' } } });
      expect(only.data!.cards.every((c) => c.face.deck === 'maps')).toBe(true);
      await client.DELETE('/api/study/decks/{deckId}', { params: { path: { deckId: 'dermatomes-of-the-leg' } } });
      const refused = await client.GET('/api/study/queue', { params: { query: { deckId: 'maps' } } });
      expect(refused.response.status).toBe(404);
      expect(refused.error!.message).toBe('Deck "maps" is not one of your decks');
      const empty = await client.GET('/api/study/queue');
      expect(empty.data!.cards).toEqual([]);
    });

    it('names no root before the answer: opaque ids, zones to shade by index; the answer side brings the labelled map', async () => {
      const { client } = await signUp(t);
      const zone = bankCards.find((c) => c.type === 'zone')!;
      const face = (await client.GET('/api/cards/{cardId}', { params: { path: { cardId: zone.id } } })).data!;
      expect(face).not.toHaveProperty('roots');
      expect(face.id).toMatch(/^c[0-9a-z]{11}$/);
      // one entry per root per side: a zone card shades its root on one leg or both
      expect(face.map!.shade).toEqual(toCardFace(zone).map!.shade);
      expect(face.map!.shade.length).toBeGreaterThan(0);
      expect(JSON.stringify(face)).not.toMatch(/"(L[1-5]|S[1-5]|S4-5)"/);
      const revealed = (
        await client.POST('/api/study/cards/{cardId}/reveal', { params: { path: { cardId: zone.id } }, body: {} })
      ).data!;
      expect(revealed.answerMap).toEqual(answerMap(zone));
      expect(revealed.answerMap).toMatchObject({ view: zone.map!.view, layer: 'dermatomes', highlight: zone.map!.highlight });
    });

    it('lists the learner’s decks with what is due in each sub-deck', async () => {
      const { client } = await signUp(t);
      const [deck] = (await client.GET('/api/study/decks')).data!;
      expect(deck!.deck.id).toBe('dermatomes-of-the-leg');
      expect(deck!.subdecks.map((s) => s.deck.id)).toEqual([
        'maps',
        'myotomes-reflexes',
        'disc-levels',
        'vignettes',
        'peripheral-nerves',
        'red-flags',
        'examination',
        'examination-cases',
      ]);
      for (const s of deck!.subdecks) expect(s.counts.new).toBe(Math.min(20, s.deck.cardCount));
    });

    it('rejects a bad limit', async () => {
      const { client } = await signUp(t);
      const { error, response } = await client.GET('/api/study/queue', { params: { query: { limit: 0 } } });
      expect(response.status).toBe(400);
      expect(error!.message).toBe('limit must be between 1 and 200');
    });
  });

  describe('answering', () => {
    it('grades a multiple-choice answer, schedules with FSRS and logs the review in one go', async () => {
      const { client, user } = await signUp(t);
      const card = aCard('choice');
      const reviewId = randomUUID();
      const { data, response } = await client.POST('/api/study/reviews', {
        body: { cardId: card.id, rating: 3, reviewId, durationMs: 8200, version: 0, answer: { optionId: correctOption(card) } },
      });
      expect(response.status).toBe(201);
      expect(data).toMatchObject({
        reviewId,
        cardId: card.id,
        rating: 3,
        grade: { correct: true, partial: false },
        suggestedRating: 3,
        expected: { kind: 'choice', optionId: correctOption(card) },
        explanation: card.explanation,
        answerText: card.answerText,
        state: { state: 'learning', reps: 1, version: 1, suspended: false },
        intervalSeconds: 600,
      });
      expect(data!.source.key).toBe(card.source);
      const logs: { rating: number; correct: boolean; duration_ms: number; state: number }[] = await t.dataSource.query(
        `SELECT rating, correct, duration_ms, state FROM review_logs WHERE user_id = $1`,
        [user.id],
      );
      expect(logs).toEqual([{ rating: 3, correct: true, duration_ms: 8200, state: 0 }]);
    });

    it('grades a wrong choice and suggests Again', async () => {
      const { client } = await signUp(t);
      const card = aCard('choice');
      const reveal = await client.POST('/api/study/cards/{cardId}/reveal', {
        params: { path: { cardId: card.id } },
        body: { answer: { optionId: wrongOption(card) } },
      });
      expect(reveal.data).toMatchObject({
        grade: { correct: false, partial: false },
        suggestedRating: 1,
        expected: { optionId: correctOption(card) },
      });
    });

    it('grades a click on the map with the shared geometry', async () => {
      const { client } = await signUp(t);
      const { card, point } = keyPointClickCard();
      const hit = await client.POST('/api/study/cards/{cardId}/reveal', {
        params: { path: { cardId: card.id } },
        body: { answer: point },
      });
      expect(hit.data).toMatchObject({
        grade: { correct: true },
        suggestedRating: 3,
        expected: { kind: 'click', view: point.view },
      });
      const miss = await client.POST('/api/study/cards/{cardId}/reveal', {
        params: { path: { cardId: card.id } },
        body: { answer: { view: point.view, x: -50, y: -50 } },
      });
      expect(miss.data).toMatchObject({ grade: { correct: false, partial: false }, suggestedRating: 1 });
    });

    it('reveals a flip card without grading it', async () => {
      const { client } = await signUp(t);
      const card = aCard('flip');
      const { data } = await client.POST('/api/study/cards/{cardId}/reveal', { params: { path: { cardId: card.id } }, body: {} });
      expect(data).toMatchObject({ grade: null, suggestedRating: null, expected: { kind: 'flip' }, answerText: card.answerText });
    });

    it('applies the same reviewId once and returns the same result', async () => {
      const { client, user } = await signUp(t);
      const card = aCard('flip');
      const body = { cardId: card.id, rating: 3 as const, reviewId: randomUUID(), durationMs: 1000, version: 0 };
      const first = await client.POST('/api/study/reviews', { body });
      t.clock.advance(5 * MINUTE);
      const again = await client.POST('/api/study/reviews', { body });
      expect(again.data).toEqual(first.data);
      expect(await count(t, `SELECT count(*) AS n FROM review_logs WHERE user_id = $1`, [user.id])).toBe(1);
      const state = await client.GET('/api/study/cards/{cardId}/state', { params: { path: { cardId: card.id } } });
      expect(state.data!.version).toBe(1);
    });

    it('refuses a stale version with 409 and changes nothing', async () => {
      const { client, user } = await signUp(t);
      const card = aCard('flip');
      await client.POST('/api/study/reviews', {
        body: { cardId: card.id, rating: 3, reviewId: randomUUID(), durationMs: 1000, version: 0 },
      });
      const stale = await client.POST('/api/study/reviews', {
        body: { cardId: card.id, rating: 1, reviewId: randomUUID(), durationMs: 1000, version: 0 },
      });
      expect(stale.response.status).toBe(409);
      expect(stale.error!.message).toMatch(/changed since you loaded it \(version 1, not 0\)/);
      expect(await count(t, `SELECT count(*) AS n FROM review_logs WHERE user_id = $1`, [user.id])).toBe(1);
    });

    it('lets only one of two concurrent answers to the same card through', async () => {
      const { client, user } = await signUp(t);
      const card = aCard('flip');
      const answer = (rating: 1 | 3) =>
        client.POST('/api/study/reviews', {
          body: { cardId: card.id, rating, reviewId: randomUUID(), durationMs: 500, version: 0 },
        });
      const [a, b] = await Promise.all([answer(3), answer(1)]);
      expect([a.response.status, b.response.status].sort()).toEqual([201, 409]);
      expect(await count(t, `SELECT count(*) AS n FROM review_logs WHERE user_id = $1`, [user.id])).toBe(1);
      const state = await client.GET('/api/study/cards/{cardId}/state', { params: { path: { cardId: card.id } } });
      expect(state.data!.version).toBe(1);
    });

    it('refuses a reviewId another learner used', async () => {
      const a = await signUp(t);
      const b = await signUp(t);
      const card = aCard('flip');
      const reviewId = randomUUID();
      await a.client.POST('/api/study/reviews', { body: { cardId: card.id, rating: 3, reviewId, durationMs: 500, version: 0 } });
      const other = await b.client.POST('/api/study/reviews', {
        body: { cardId: card.id, rating: 3, reviewId, durationMs: 500, version: 0 },
      });
      expect(other.response.status).toBe(409);
      expect(other.error!.message).toMatch(/already used/);
    });

    it('answers a card outside the learner decks with 404', async () => {
      const { client } = await signUp(t);
      await client.DELETE('/api/study/decks/{deckId}', { params: { path: { deckId: 'dermatomes-of-the-leg' } } });
      const card = aCard('flip');
      const res = await client.POST('/api/study/reviews', {
        body: { cardId: card.id, rating: 3, reviewId: randomUUID(), durationMs: 500, version: 0 },
      });
      expect(res.response.status).toBe(404);
      expect(res.error!.message).toBe(`Card "${card.id}" is not in your decks`);
      const unknown = await client.GET('/api/study/cards/{cardId}/state', { params: { path: { cardId: 'no-such-card' } } });
      expect(unknown.response.status).toBe(404);
    });

    it.each([
      [{ rating: 5 }, 'rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)'],
      [{ reviewId: 'abc' }, 'reviewId must be a UUID made by the client'],
      [{ durationMs: -5 }, 'durationMs must be between 0 and 3600000'],
      [{ version: undefined }, 'version must be the whole number the queue gave'],
      [{ answer: { optionId: 'L5', x: 3 } }, 'answer must be either { optionId } or { view, x, y }'],
      [{ answer: { view: 'sideways', x: 1, y: 2 } }, 'view must be one of anterior, posterior, plantar'],
      [{ answer: { optionId: 'no-such-option' } }, 'has no option "no-such-option"'],
      [{ answer: { view: 'anterior', x: 10, y: 10 } }, 'multiple choice'],
    ])('rejects an invalid review %j with 400 and writes nothing', async (patch, message) => {
      const { client, user } = await signUp(t);
      const card = aCard('choice');
      const body = { cardId: card.id, rating: 3, reviewId: randomUUID(), durationMs: 500, version: 0, ...patch };
      const res = await client.POST('/api/study/reviews', { body: body as never });
      expect(res.response.status).toBe(400);
      expect(res.error!.message).toContain(message);
      expect(await count(t, `SELECT count(*) AS n FROM review_logs WHERE user_id = $1`, [user.id])).toBe(0);
      expect(await count(t, `SELECT count(*) AS n FROM card_states WHERE user_id = $1`, [user.id])).toBe(0);
    });
  });

  it('lists the day’s reviews, each once, undone ones marked', async () => {
    const { client } = await signUp(t);
    const cards = (await client.GET('/api/study/queue', { params: { query: { limit: 3 } } })).data!.cards;
    const ids = [];
    for (const c of cards) {
      const reviewId = randomUUID();
      ids.push(reviewId);
      await client.POST('/api/study/reviews', {
        body: { cardId: c.cardId, rating: 3, reviewId, durationMs: 2000, version: c.version },
      });
    }
    await client.POST('/api/study/undo');
    const list = (await client.GET('/api/study/reviews')).data!;
    expect(list.map((r) => r.reviewId)).toEqual(ids);
    expect(list.map((r) => r.undone)).toEqual([false, false, true]);
    const bad = await client.GET('/api/study/reviews', { params: { query: { from: '2026-12-01', to: '2026-11-01' } } });
    expect(bad.error!.message).toBe('from must be on or before to');
  });

  describe('undo', () => {
    it('says when there is nothing to undo', async () => {
      const { client } = await signUp(t);
      const res = await client.POST('/api/study/undo');
      expect(res.response.status).toBe(409);
      expect(res.error!.message).toBe('There is no review to undo');
    });

    it('rolls back the latest review, marks its log row undone and keeps it', async () => {
      const { client, user } = await signUp(t);
      const card = aCard('flip');
      const first = await client.POST('/api/study/reviews', {
        body: { cardId: card.id, rating: 3, reviewId: randomUUID(), durationMs: 500, version: 0 },
      });
      t.clock.advance(11 * MINUTE);
      const second = await client.POST('/api/study/reviews', {
        body: { cardId: card.id, rating: 1, reviewId: randomUUID(), durationMs: 500, version: 1 },
      });
      const undone = await client.POST('/api/study/undo');
      expect(undone.data).toMatchObject({ reviewId: second.data!.reviewId, cardId: card.id, rating: 1 });
      expect(undone.data!.state).toMatchObject({
        reps: first.data!.state.reps,
        stability: first.data!.state.stability,
        difficulty: first.data!.state.difficulty,
        version: 3,
      });
      const logs: { review_id: string; undone_at: Date | null }[] = await t.dataSource.query(
        `SELECT review_id, undone_at FROM review_logs WHERE user_id = $1 ORDER BY id`,
        [user.id],
      );
      expect(logs).toHaveLength(2);
      expect(logs[0]!.undone_at).toBeNull();
      expect(logs[1]!.undone_at).not.toBeNull();
      // The undone card is due again at once, so it comes straight back.
      const queue = await client.GET('/api/study/queue');
      expect(queue.data!.cards[0]).toMatchObject({ cardId: card.id, version: 3 });
      const next = await client.POST('/api/study/undo');
      expect(next.data!.reviewId).toBe(first.data!.reviewId);
    });
  });

  describe('suspend, bury and leeches', () => {
    it('keeps suspended and buried cards out of the queue until unsuspended or the next day', async () => {
      const { client } = await signUp(t);
      await client.PUT('/api/study/settings', { body: { newPerDay: 500 } });
      const [a, b] = (await client.GET('/api/study/queue', { params: { query: { limit: 2 } } })).data!.cards;
      const suspended = await client.POST('/api/study/cards/{cardId}/suspend', { params: { path: { cardId: a!.cardId } } });
      expect(suspended.data).toMatchObject({ suspended: true, version: 1 });
      const buried = await client.POST('/api/study/cards/{cardId}/bury', { params: { path: { cardId: b!.cardId } } });
      expect(buried.data!.buriedUntil).toBe('2026-11-24T04:00:00.000Z');
      const ids = async () =>
        (await client.GET('/api/study/queue', { params: { query: { limit: 200 } } })).data!.cards.map((c) => c.cardId);
      expect(await ids()).not.toContain(a!.cardId);
      expect(await ids()).not.toContain(b!.cardId);
      const review = await client.POST('/api/study/reviews', {
        body: { cardId: a!.cardId, rating: 3, reviewId: randomUUID(), durationMs: 500, version: 1 },
      });
      expect(review.response.status).toBe(409);
      await client.POST('/api/study/cards/{cardId}/unsuspend', { params: { path: { cardId: a!.cardId } } });
      expect(await ids()).toContain(a!.cardId);
      await client.POST('/api/study/cards/{cardId}/unbury', { params: { path: { cardId: b!.cardId } } });
      expect(await ids()).toContain(b!.cardId);
    });

    it('tags a card as a leech at 8 lapses and suspends it when the learner asks for that', async () => {
      const { client } = await signUp(t);
      await client.PUT('/api/study/settings', { body: { suspendLeeches: true } });
      const card = aCard('flip');
      let version = 0;
      const rate = async (rating: 1 | 2 | 3 | 4) => {
        const res = await client.POST('/api/study/reviews', {
          body: { cardId: card.id, rating, reviewId: randomUUID(), durationMs: 500, version },
        });
        expect(res.response.status).toBe(201);
        version = res.data!.state.version;
        t.clock.set(new Date(res.data!.nextDue));
        return res.data!;
      };
      await rate(4);
      let last;
      for (let lapse = 1; lapse <= 8; lapse++) {
        last = await rate(1);
        expect(last.state.lapses).toBe(lapse);
        if (lapse < 8) await rate(4);
      }
      expect(last!.becameLeech).toBe(true);
      expect(last!.state).toMatchObject({ leech: true, suspended: true });
    });
  });
});
