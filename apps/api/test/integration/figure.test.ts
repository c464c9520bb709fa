import { randomUUID } from 'node:crypto';
import { answerMap, cardByKey, expectedAnswer, NERVE_IDS, toCardFace, type Card } from '@dermatome/data';
import { count, signUp } from '../support/accounts';
import { startTestApp, TestApp } from '../support/test-app';

type Client = Awaited<ReturnType<typeof signUp>>['client'];

function bankCard(key: string): Card {
  const card = cardByKey(key);
  if (!card) throw new Error(`the bank has no card ${key}`);
  return card;
}

/** The spot the data package shows as "the right spot" of a click card. */
function rightSpot(card: Card): { view: 'anterior' | 'posterior' | 'plantar'; x: number; y: number } {
  const expected = expectedAnswer(card);
  if (expected.kind !== 'click' || !expected.point) throw new Error(`no point to click for ${card.id}`);
  return { view: expected.view, x: expected.point.x, y: expected.point.y };
}

function reveal(client: Client, card: Card, body: object) {
  return client.POST('/api/study/cards/{cardId}/reveal', { params: { path: { cardId: card.id } }, body: body as never });
}

/** Sends a JSON text as it is: numbers such as 1e999 (Infinity once parsed) cannot be written by JSON.stringify. */
function revealRaw(client: Client, card: Card, json: string) {
  return client.POST('/api/study/cards/{cardId}/reveal', {
    params: { path: { cardId: card.id } },
    body: {} as never,
    bodySerializer: () => json,
  });
}

describe('the redrawn figure through the API: layers, sides, nerves and bad clicks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-11-23T10:00:00Z'));
  });
  afterAll(() => t.close());

  it('sends a nerve-territory question with its layer and territories by index, naming no nerve', async () => {
    const { client } = await signUp(t);
    const card = bankCard('territory-which:sural');
    const face = (await client.GET('/api/cards/{cardId}', { params: { path: { cardId: card.id } } })).data!;
    const fromPackage = toCardFace(card);
    expect(face.map).toEqual(fromPackage.map);
    expect(face.map!.layer).toBe('nerves');
    expect(face.map!.shadeNerves.length).toBeGreaterThan(0);
    expect(face.map!.shade).toEqual([]);
    const json = JSON.stringify({ ...face, options: null });
    for (const nerve of NERVE_IDS) expect(json).not.toContain(`"${nerve}"`);
    expect(json).not.toMatch(/sural/i);
  });

  it('grades "click the territory of the sural nerve" on the side the card names, and brings the nerve layer for the answer', async () => {
    const { client } = await signUp(t);
    const card = bankCard('territory-click:sural:left');
    const spot = rightSpot(card);
    const hit = await reveal(client, card, { answer: spot });
    expect(hit.response.status).toBe(200);
    expect(hit.data).toMatchObject({
      grade: { correct: true, partial: false },
      suggestedRating: 3,
      expected: { kind: 'click', view: 'posterior', nerve: 'sural', side: 'left', point: { x: spot.x, y: spot.y } },
    });
    expect(hit.data!.expected).not.toHaveProperty('root');
    expect(hit.data!.answerMap).toEqual(answerMap(card));
    expect(hit.data!.answerMap).toMatchObject({ view: 'posterior', layer: 'nerves', side: 'left', highlightNerves: ['sural'] });
    expect(hit.data!.answerMap!.caption).toMatch(/sural/);

    // the same spot on the other leg: the figure is mirrored about the midline
    const mirrored = await reveal(client, card, { answer: { ...spot, x: 600 - spot.x } });
    expect(mirrored.data).toMatchObject({ grade: { correct: false, partial: false }, suggestedRating: 1 });
  });

  it('shows a root-versus-nerve pattern card’s answer with both layers and a caption naming the difference', async () => {
    const { client } = await signUp(t);
    const card = bankCard('pattern:anterior:L5-vs-deep-fibular:nerve:left');
    const { data } = await reveal(client, card, {});
    expect(data!.answerMap).toEqual(answerMap(card));
    expect(data!.answerMap!.layer).toBe('both');
    expect(data!.answerMap!.caption.length).toBeGreaterThan(20);
  });

  it('accepts clicks on the plantar view', async () => {
    const { client } = await signUp(t);
    const card = bankCard('territory-click:medial-plantar:left');
    const spot = rightSpot(card);
    expect(spot.view).toBe('plantar');
    const { data, response } = await reveal(client, card, { answer: spot });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ grade: { correct: true }, expected: { view: 'plantar', nerve: 'medial-plantar' } });
  });

  it.each([
    ['far off the figure', { x: -5000, y: 99999 }],
    ['between the legs', { x: 300, y: 1500 }],
    ['on another view', { view: 'anterior' }],
  ])('grades a click %s as simply wrong', async (_what, patch) => {
    const { client } = await signUp(t);
    const card = bankCard('territory-click:sural:left');
    const { data, response } = await reveal(client, card, { answer: { ...rightSpot(card), ...patch } });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ grade: { correct: false, partial: false }, suggestedRating: 1 });
  });

  const badClicks: [string, string, string][] = [
    ['an infinite x', '{"answer":{"view":"posterior","x":1e999,"y":1200}}', 'x must be a finite number'],
    ['a minus-infinite y', '{"answer":{"view":"posterior","x":170,"y":-1e999}}', 'y must be a finite number'],
    ['NaN as text', '{"answer":{"view":"posterior","x":"NaN","y":1200}}', 'x must be a finite number'],
    ['a null coordinate', '{"answer":{"view":"posterior","x":null,"y":1200}}', 'x must be a finite number'],
    ['an unknown view', '{"answer":{"view":"lateral","x":170,"y":1200}}', 'view must be one of anterior, posterior, plantar'],
    ['a null view', '{"answer":{"view":null,"x":170,"y":1200}}', 'view must be one of anterior, posterior, plantar'],
    ['a side (read from the point, not sent)', '{"answer":{"view":"posterior","x":170,"y":1200,"side":"middle"}}', 'side'],
  ];

  it.each(badClicks)('answers 400 for a click with %s, saying what is wrong', async (_what, json, message) => {
    const { client } = await signUp(t);
    const card = bankCard('territory-click:sural:left');
    const res = await revealRaw(client, card, json);
    expect(res.response.status).toBe(400);
    expect(res.error!.message).toContain(message);
  });

  it.each(badClicks)('refuses a review whose click has %s and writes nothing', async (_what, json, message) => {
    const { client, user } = await signUp(t);
    const card = bankCard('territory-click:sural:left');
    const answerJson = json.slice('{"answer":'.length, -1);
    const serialized = `{"cardId":"${card.id}","rating":3,"reviewId":"${randomUUID()}","durationMs":500,"version":0,"answer":${answerJson}}`;
    const res = await client.POST('/api/study/reviews', { body: {} as never, bodySerializer: () => serialized });
    expect(res.response.status).toBe(400);
    expect(res.error!.message).toContain(message);
    expect(await count(t, `SELECT count(*) AS n FROM review_logs WHERE user_id = $1`, [user.id])).toBe(0);
    expect(await count(t, `SELECT count(*) AS n FROM card_states WHERE user_id = $1`, [user.id])).toBe(0);
  });

  it('refuses a bad click in an exam with 400 and keeps the saved answer as it was', async () => {
    const { client } = await signUp(t);
    const attempt = (
      await client.POST('/api/exams/practice', {
        body: { deckId: 'dermatomes-of-the-leg', questionCount: 5, cardTypes: ['locate'] },
      })
    ).data!;
    const question = attempt.questions[0]!;
    expect(question.face.answerKind).toBe('click');
    const res = await client.PUT('/api/exams/attempts/{attemptId}/questions/{position}', {
      params: { path: { attemptId: attempt.id, position: 1 } },
      body: {} as never,
      bodySerializer: () => `{"answer":{"view":"${question.face.clickView}","x":1e999,"y":10}}`,
    });
    expect(res.response.status).toBe(400);
    expect(res.error!.message).toContain('x must be a finite number');
    const reloaded = (await client.GET('/api/exams/attempts/{attemptId}', { params: { path: { attemptId: attempt.id } } })).data!;
    expect(reloaded.questions[0]!.answer).toBeNull();
  });
});
