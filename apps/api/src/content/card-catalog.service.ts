import { Injectable, NotFoundException } from '@nestjs/common';
import {
  BUILT_IN_DECK_ID,
  cards as bankCards,
  cardsInDeck,
  decks as bankDecks,
  sources,
  toCardFace,
  type Card,
  type CardFace,
  type Deck,
  type DeckId,
  type Source,
} from '@dermatome/data';

/**
 * The card bank of @dermatome/data, indexed for the API. The database holds a synced copy
 * (for history and integrity); grading and display read from here.
 */
@Injectable()
export class CardCatalog {
  readonly builtInDeckId = BUILT_IN_DECK_ID;
  private readonly byId = new Map(bankCards.map((c) => [c.id, c]));
  private readonly deckById = new Map(bankDecks.map((d) => [d.id as string, d]));
  private readonly deckCardIds = new Map(bankDecks.map((d) => [d.id as string, cardsInDeck(d.id).map((c) => c.id)]));

  get cards(): readonly Card[] {
    return bankCards;
  }

  get decks(): readonly Deck[] {
    return bankDecks;
  }

  card(id: string): Card | undefined {
    return this.byId.get(id);
  }

  /** A card that must exist, or a 404 naming it. */
  requireCard(id: string): Card {
    const card = this.byId.get(id);
    if (!card) throw new NotFoundException(`No card with id "${id}"`);
    return card;
  }

  deck(id: string): Deck | undefined {
    return this.deckById.get(id);
  }

  requireDeck(id: string): Deck {
    const deck = this.deckById.get(id);
    if (!deck) throw new NotFoundException(`No deck with id "${id}"`);
    return deck;
  }

  /** Card ids of a deck, its sub-decks included, in the bank's order. */
  cardIdsOf(deckId: string): readonly string[] {
    return this.deckCardIds.get(deckId) ?? [];
  }

  isDeckId(id: string): id is DeckId {
    return this.deckById.has(id);
  }

  face(card: Card): CardFace {
    return toCardFace(card);
  }

  source(card: Card): Source {
    return sources[card.source];
  }
}
