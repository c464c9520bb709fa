import { keyPoints, mapViews } from '../maps/index.js';
import type { AnswerMap, Card, CardDraft, CardFace, RootId, ViewId } from '../types.js';
import { authoredCards } from './authored/index.js';
import { generatedCards } from './generated.js';

/**
 * An opaque, stable id for a readable card name: the same name always gives the same id, and
 * nothing in it tells the answer (readable names such as "zone:anterior:L5" do).
 */
export function opaqueCardId(key: string): string {
  // cyrb53: a well-mixed 53-bit string hash; the bank's tests check that ids never collide.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `c${value.toString(36).padStart(11, '0')}`;
}

function toBankCard(draft: CardDraft): Card {
  return { ...draft, key: draft.id, id: opaqueCardId(draft.id) };
}

/** The whole card bank: cards generated from the facts and maps, then the hand-written cases. */
export const cards: Card[] = [...generatedCards, ...authoredCards].map(toBankCard);

const cardsById = new Map<string, Card>(cards.map((card) => [card.id, card]));
const cardsByKey = new Map<string, Card>(cards.map((card) => [card.key, card]));

/** A card by its (opaque) id. */
export function cardById(id: string): Card | undefined {
  return cardsById.get(id);
}

/** A card by the readable name it was authored under (tests, content tools). */
export function cardByKey(key: string): Card | undefined {
  return cardsByKey.get(key);
}

/** The index of each root's zone in `mapViews[view].zones`. */
function zoneIndexes(view: ViewId, roots: readonly RootId[]): number[] {
  return mapViews[view].zones.flatMap((zone, index) => (roots.includes(zone.root) ? [index] : []));
}

/**
 * What may be shown before the learner answers: no correct option, no click target, no back side,
 * and nothing that names a root (the zones to shade are indexes, the id is opaque).
 */
export function toCardFace(card: Card): CardFace {
  const { answer } = card;
  return {
    id: card.id,
    type: card.type,
    deck: card.deck,
    prompt: card.prompt,
    map: card.map
      ? {
          view: card.map.view,
          shade: zoneIndexes(card.map.view, card.map.highlight),
          ...(card.map.markPoint ? { markPoint: { ...card.map.markPoint } } : {}),
        }
      : null,
    answerKind: answer.kind,
    options: answer.kind === 'choice' ? answer.options.map((o) => ({ id: o.id, text: o.text })) : null,
    clickView: answer.kind === 'click' ? answer.view : null,
  };
}

/**
 * The labelled map to show with the answer: the card's own view, or the view that shows its roots
 * best; the roots it teaches shaded, and the key points that matter marked. Null when no root of
 * the card is drawn on either view.
 */
export function answerMap(card: Card): AnswerMap | null {
  const target = card.answer.kind === 'click' ? card.answer.target : null;
  const targetRoot = target ? ('zone' in target ? target.zone : target.keyPoint) : null;
  const roots = targetRoot ? [targetRoot] : card.roots;
  const view = card.map?.view ?? (card.answer.kind === 'click' ? card.answer.view : bestView(roots));
  if (!view) return null;
  const drawn = new Set(mapViews[view].zones.map((z) => z.root));
  const highlight = roots.filter((r) => drawn.has(r));
  if (highlight.length === 0) return null;
  const keyPoints = (target && 'keyPoint' in target) || card.type === 'key-point' ? highlight : [];
  return { view, highlight, keyPoints };
}

/** The view where most of the roots are tested: where their ISNCSCI key points lie (the front on a tie). */
function bestView(roots: readonly RootId[]): ViewId | null {
  const points = keyPoints.filter((k) => roots.includes(k.root));
  if (points.length === 0) return null;
  const back = points.filter((k) => k.view === 'posterior').length;
  return back > points.length - back ? 'posterior' : 'anterior';
}
