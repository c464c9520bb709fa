import type { Card, Deck, DeckId, SubdeckId } from './types.js';
import { BUILT_IN_DECK_ID, SUBDECK_IDS } from './types.js';
import { cards } from './cards/index.js';

const SUBDECKS: Record<SubdeckId, { title: string; description: string }> = {
  maps: {
    title: 'Maps',
    description: 'Name the shaded zone, click where a root is tested, and match ISNCSCI key points to their roots.',
  },
  'myotomes-reflexes': {
    title: 'Myotomes and reflexes',
    description: 'The key muscle of each root, the reflexes it changes and the syndrome they add up to.',
  },
  'disc-levels': {
    title: 'Disc levels',
    description: 'Which root a posterolateral or far-lateral herniation compresses: traversing versus exiting.',
  },
  vignettes: {
    title: 'Vignettes',
    description: 'Clinical cases that combine sensory, motor and reflex findings to point to one root.',
  },
  'peripheral-nerves': {
    title: 'Peripheral nerves',
    description: 'Dermatomal or peripheral? Nerves that numb the same skin as a root, and how to tell them apart.',
  },
  'red-flags': {
    title: 'Red flags',
    description: 'Triage back and leg symptoms, above all recognising cauda equina syndrome as an emergency.',
  },
  examination: {
    title: 'Examination',
    description: 'How to test light touch and pinprick, compare sides and score the ISNCSCI key points.',
  },
  'examination-cases': {
    title: 'Examination cases',
    description: 'Examine a simulated patient on both legs (skin, power, reflexes), then name the lesion and its side.',
  },
};

export const decks: Deck[] = [
  {
    id: BUILT_IN_DECK_ID,
    title: 'Dermatomes of the leg',
    description: 'The built-in deck: every map, myotome, reflex, disc-level, case, red-flag and examination card.',
    parentId: null,
  },
  ...SUBDECK_IDS.map((id): Deck => ({ id, ...SUBDECKS[id], parentId: BUILT_IN_DECK_ID })),
];

export function deckById(id: string): Deck | undefined {
  return decks.find((d) => d.id === id);
}

/** The deck itself and every deck below it. */
function deckAndDescendants(id: DeckId): Set<DeckId> {
  const found = new Set<DeckId>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const deck of decks) {
      if (deck.parentId !== null && found.has(deck.parentId) && !found.has(deck.id)) {
        found.add(deck.id);
        grew = true;
      }
    }
  }
  return found;
}

/** Cards of a deck; a parent deck includes the cards of all its sub-decks. Unknown ids give []. */
export function cardsInDeck(deckId: string): Card[] {
  const deck = deckById(deckId);
  if (!deck) return [];
  const included = deckAndDescendants(deck.id);
  return cards.filter((card) => included.has(card.deck));
}
