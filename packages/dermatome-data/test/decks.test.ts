import { BUILT_IN_DECK_ID, SUBDECK_IDS } from '../src/types.js';
import { cardsInDeck, deckById, decks } from '../src/decks.js';
import { cards } from '../src/cards/index.js';

describe('decks', () => {
  it('has the built-in deck "Dermatomes of the leg" at the top', () => {
    const top = decks.filter((d) => d.parentId === null);
    expect(top).toEqual([expect.objectContaining({ id: BUILT_IN_DECK_ID, title: 'Dermatomes of the leg' })]);
  });

  it('has every sub-deck once, under the built-in deck, with a title and a one-line description', () => {
    const subdecks = decks.filter((d) => d.parentId !== null);
    expect(subdecks.map((d) => d.id)).toEqual([...SUBDECK_IDS]);
    for (const deck of subdecks) {
      expect(deck.parentId).toBe(BUILT_IN_DECK_ID);
      expect(deck.title.length).toBeGreaterThan(3);
      expect(deck.description.length).toBeGreaterThan(20);
      expect(deck.description).not.toMatch(/\n/);
    }
    expect(new Set(decks.map((d) => d.title)).size).toBe(decks.length);
  });

  it('puts each card in exactly its own sub-deck', () => {
    for (const id of SUBDECK_IDS) {
      expect(cardsInDeck(id)).toEqual(cards.filter((c) => c.deck === id));
    }
    const total = SUBDECK_IDS.reduce((sum, id) => sum + cardsInDeck(id).length, 0);
    expect(total).toBe(cards.length);
  });

  it('includes all sub-deck cards in the parent deck', () => {
    expect(cardsInDeck(BUILT_IN_DECK_ID)).toEqual(cards);
  });

  it('has no card in an unknown deck', () => {
    expect(cardsInDeck('no-such-deck')).toEqual([]);
    expect(deckById('no-such-deck')).toBeUndefined();
    expect(deckById('maps')?.title).toBe('Maps');
  });

  it('keeps every sub-deck non-empty', () => {
    for (const id of SUBDECK_IDS) expect({ id, size: cardsInDeck(id).length > 0 }).toEqual({ id, size: true });
  });
});
