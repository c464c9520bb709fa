import { cards as bankCards } from '@dermatome/data';
import { ContentSyncService } from '../../src/content/content-sync.service';
import { signUp } from '../support/accounts';
import { startTestApp, TestApp } from '../support/test-app';

describe('content', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('has synced every card and deck of the data package at start-up', async () => {
    const rows: { n: string }[] = await t.dataSource.query(`SELECT count(*) AS n FROM cards WHERE retired_at IS NULL`);
    expect(Number(rows[0]!.n)).toBe(bankCards.length);
  });

  it('lists the built-in deck and its sub-decks with card counts', async () => {
    const { client } = await signUp(t);
    const { data } = await client.GET('/api/decks');
    const root = data!.find((d) => d.id === 'dermatomes-of-the-leg')!;
    expect(root.parentId).toBeNull();
    expect(root.cardCount).toBe(bankCards.length);
    expect(root.subdeckIds.length).toBeGreaterThanOrEqual(5);
    const sum = data!.filter((d) => d.parentId === root.id).reduce((n, d) => n + d.cardCount, 0);
    expect(sum).toBe(root.cardCount);
  });

  it("shows a deck's cards as faces, never their answers", async () => {
    const { client } = await signUp(t);
    const { data } = await client.GET('/api/decks/{deckId}/cards', { params: { path: { deckId: 'vignettes' } } });
    expect(data!.cards.length).toBeGreaterThan(0);
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/correctOptionId|"explanation"|"answerText"|"back"/);
    const choice = bankCards.find((c) => c.answer.kind === 'choice')!;
    const face = await client.GET('/api/cards/{cardId}', { params: { path: { cardId: choice.id } } });
    expect(face.data).toMatchObject({ id: choice.id, answerKind: 'choice', prompt: choice.prompt });
    expect(JSON.stringify(face.data)).not.toContain('correctOptionId');
  });

  it('answers unknown decks and cards with 404', async () => {
    const { client } = await signUp(t);
    const deck = await client.GET('/api/decks/{deckId}', { params: { path: { deckId: 'no-such-deck' } } });
    expect(deck.response.status).toBe(404);
    expect(deck.error!.message).toBe('No deck with id "no-such-deck"');
    const card = await client.GET('/api/cards/{cardId}', { params: { path: { cardId: 'nope' } } });
    expect(card.response.status).toBe(404);
  });

  it('re-syncs idempotently: updates changed wording, retires removed cards, keeps their history', async () => {
    const sync = t.app.get(ContentSyncService);
    expect(await sync.sync()).toMatchObject({ added: 0, updated: 0, retired: 0 });

    const victim = bankCards[0]!;
    await t.dataSource.query(
      `UPDATE cards SET content_hash = 'old-wording', content = jsonb_set(content, '{prompt}', '"old wording"') WHERE id = $1`,
      [victim.id],
    );
    await t.dataSource.query(
      `INSERT INTO cards (id, deck_id, type, roots, content, content_hash, position) VALUES ('gone-card', 'maps', 'zone', ARRAY['L5'], '{}', 'x', 9999)`,
    );
    const { user } = await signUp(t);
    await t.dataSource.query(
      `INSERT INTO review_logs (review_id, user_id, card_id, rating, state, due, stability, difficulty, elapsed_days, last_elapsed_days,
         scheduled_days, learning_steps, reviewed_at, study_date, duration_ms, flags_before, state_after, version_after, response)
       VALUES (gen_random_uuid(), $1, 'gone-card', 3, 0, now(), 0, 0, 0, 0, 0, 0, now(), current_date, 1000, '{}', '{}', 1, '{}')`,
      [user.id],
    );

    const summary = await sync.sync();
    expect(summary).toMatchObject({ added: 0, updated: 1, retired: 1 });
    const restored: { prompt: string }[] = await t.dataSource.query(
      `SELECT content->>'prompt' AS prompt FROM cards WHERE id = $1`,
      [victim.id],
    );
    expect(restored[0]!.prompt).toBe(victim.prompt);
    const gone: { retired_at: Date | null }[] = await t.dataSource.query(`SELECT retired_at FROM cards WHERE id = 'gone-card'`);
    expect(gone[0]!.retired_at).not.toBeNull();
    const history: unknown[] = await t.dataSource.query(`SELECT 1 FROM review_logs WHERE card_id = 'gone-card'`);
    expect(history).toHaveLength(1);
    expect(await sync.sync()).toMatchObject({ added: 0, updated: 0, retired: 0 });
  });
});
