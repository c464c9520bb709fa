import { isNerveId, nerveById } from '../facts/index.js';
import { isCompoundNerve, keyPoints, mapViews, territoryNerves } from '../maps/index.js';
import { MASTERY_ROOTS, ROOT_IDS } from '../types.js';
import type {
  AnswerMap,
  Card,
  CardDraft,
  CardFace,
  CardMap,
  MapLayer,
  NerveId,
  RootId,
  SideChoice,
  SideId,
  ViewId,
} from '../types.js';
import { bestNerveView } from './generated/map-geometry.js';
import { examinationLesion, type ExaminationLesionId } from '../examination/lesions.js';
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

/** The indexes of the zones of the given roots on the given side(s) in `mapViews[view].zones`. */
function zoneIndexes(view: ViewId, roots: readonly RootId[], side: SideChoice): number[] {
  return mapViews[view].zones.flatMap((zone, index) =>
    (roots as readonly string[]).includes(zone.root) && (side === 'both' || zone.side === side) ? [index] : [],
  );
}

/** The indexes of the nerves' leaf territories on the given side(s) in `mapViews[view].nerves`. */
function nerveIndexes(view: ViewId, nerveIds: readonly NerveId[], side: SideChoice): number[] {
  const leaves = new Set(nerveIds.flatMap((n) => territoryNerves(n)));
  return mapViews[view].nerves.flatMap((t, index) =>
    leaves.has(t.nerve) && (side === 'both' || t.side === side) ? [index] : [],
  );
}

/** The layer a card map draws: as set, else the nerve layer when only nerves are shaded. */
export function cardMapLayer(map: CardMap): MapLayer {
  if (map.layer) return map.layer;
  return map.highlight.length === 0 && (map.highlightNerves?.length ?? 0) > 0 ? 'nerves' : 'dermatomes';
}

/**
 * What may be shown before the learner answers: no correct option, no click target, no back side,
 * and nothing that names a root or a nerve (the areas to shade are indexes, which also carry the
 * side; the id is opaque).
 */
export function toCardFace(card: Card): CardFace {
  const { answer } = card;
  const map = card.map;
  const side = map?.side ?? 'both';
  return {
    id: card.id,
    type: card.type,
    deck: card.deck,
    prompt: card.prompt,
    map: map
      ? {
          view: map.view,
          layer: cardMapLayer(map),
          shade: zoneIndexes(map.view, map.highlight, side),
          shadeNerves: nerveIndexes(map.view, map.highlightNerves ?? [], side),
          ...(map.markPoint ? { markPoint: { ...map.markPoint } } : {}),
        }
      : null,
    answerKind: answer.kind,
    options: answer.kind === 'choice' ? answer.options.map((o) => ({ id: o.id, text: o.text })) : null,
    clickView: answer.kind === 'click' ? answer.view : null,
  };
}

const SIDE_WORDS: Record<SideChoice, string> = {
  right: 'the patient’s right side',
  left: 'the patient’s left side',
  both: 'both sides',
};

/**
 * The nerve a card is about: its answer (a nerve option or a nerve territory to click), the nerve
 * its map shades, the nerve of its case findings, or a nerve its readable name carries
 * (e.g. "nerve-vs-root:sural"). null for a card about roots only.
 */
export function cardNerve(card: Card): NerveId | null {
  const { answer } = card;
  if (answer.kind === 'choice' && isNerveId(answer.correctOptionId)) return answer.correctOptionId;
  if (answer.kind === 'click' && 'nerve' in answer.target) return answer.target.nerve;
  const shaded = card.map?.highlightNerves?.[0];
  if (shaded) return shaded;
  const fromFindings = card.findings?.sensoryPattern.nerve;
  if (fromFindings) return fromFindings;
  return card.key.split(':').find((part): part is NerveId => isNerveId(part)) ?? null;
}

/** A card that weighs a root against a nerve: its options mix roots and nerves, or its name says so. */
function contrastsRootAndNerve(card: Card): boolean {
  if (/^(nerve-vs-root|root-nerve|pattern):/.test(card.key)) return true;
  if (card.answer.kind !== 'choice') return false;
  const ids = card.answer.options.map((o) => o.id);
  return ids.some((id) => isNerveId(id)) && ids.some((id) => (ROOT_IDS as readonly string[]).includes(id));
}

/** The side a card's text puts the lesion on ("right groin", "left foot"...), else the right. */
function sideInText(card: Card): SideId {
  const match =
    /\b(right|left)\s+(?:leg|foot|thigh|groin|calf|knee|ankle|side|heel|shin|hip|inguinal|buttock|sole|lower|upper|first|big|great)/i.exec(
      card.prompt,
    );
  return match?.[1]?.toLowerCase() === 'left' ? 'left' : 'right';
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

function nerveAnswerMap(card: Card, nerve: NerveId): AnswerMap | null {
  const facts = nerveById(nerve);
  const view =
    (card.map && cardMapHasNerve(card.map, nerve) ? card.map.view : null) ??
    (card.answer.kind === 'click' && 'nerve' in card.answer.target ? card.answer.view : null) ??
    bestNerveView(nerve);
  if (!view) return null;
  const side: SideChoice =
    card.map?.side ??
    (card.answer.kind === 'click' ? card.answer.side : undefined) ??
    (card.findings?.bilateral ? 'both' : sideInText(card));
  const drawn = new Set<string>(mapViews[view].zones.map((z) => z.root));
  const mimicked = card.roots.filter((r) => drawn.has(r) && (MASTERY_ROOTS as readonly string[]).includes(r));
  const name = lowerFirst(facts.name);
  const branches = territoryNerves(nerve).filter((leaf) => leaf !== nerve);
  const compound = isCompoundNerve(nerve)
    ? ` (with ${branches.length > 1 ? 'its branches' : 'its branch'}: ${branches.map((leaf) => lowerFirst(nerveById(leaf).name).replace(/ nerve\b.*$/, '')).join(', ')})`
    : '';
  if (contrastsRootAndNerve(card) && mimicked.length > 0) {
    const roots = mimicked.join(' and ');
    return {
      view,
      layer: 'both',
      side,
      highlight: mimicked,
      highlightNerves: [nerve],
      keyPoints: [],
      caption:
        `Bold outline: the ${name}${compound}; coloured strip: the ${roots} dermatome (${SIDE_WORDS[side]}). ` +
        'A nerve lesion stays inside the outline; a root lesion follows the strip.',
    };
  }
  return {
    view,
    layer: 'nerves',
    side,
    highlight: [],
    highlightNerves: [nerve],
    keyPoints: [],
    caption: `Shaded: the skin of the ${name}${compound}, on ${SIDE_WORDS[side]}; the hatched rim varies between people.`,
  };
}

function cardMapHasNerve(map: CardMap, nerve: NerveId): boolean {
  const leaves = territoryNerves(nerve);
  return mapViews[map.view].nerves.some((t) => leaves.includes(t.nerve));
}

/**
 * The labelled map to show with the answer. A card about a nerve shows that nerve's territory
 * (never a dermatome in its place); a card weighing a root against a nerve shows both, overlaid,
 * with a caption naming the difference; a card about roots shows their zones and the key points
 * that matter. Null when nothing of the card is drawn.
 */
export function answerMap(card: Card): AnswerMap | null {
  if (card.answer.kind === 'examination') return examinationAnswerMap(card.answer.lesion, card.answer.side);
  const nerve = cardNerve(card);
  if (nerve) return nerveAnswerMap(card, nerve);
  const rival = contrastNerve(card);
  if (rival) return rootVersusNerveMap(card, rival);
  const target = card.answer.kind === 'click' ? card.answer.target : null;
  const targetRoot = target && 'zone' in target ? target.zone : target && 'keyPoint' in target ? target.keyPoint : null;
  const roots = targetRoot ? [targetRoot] : card.roots;
  const view = card.map?.view ?? (card.answer.kind === 'click' ? card.answer.view : bestView(roots));
  if (!view) return null;
  const drawn = new Set<string>(mapViews[view].zones.map((z) => z.root));
  const highlight = roots.filter((r) => drawn.has(r));
  if (highlight.length === 0) return null;
  const keyPoints = (target && 'keyPoint' in target) || card.type === 'key-point' ? highlight : [];
  const side: SideChoice = card.map?.side ?? (card.answer.kind === 'click' ? card.answer.side : undefined) ?? 'both';
  const contested = mapViews[view].contested.filter((c) => c.roots.some((r) => highlight.includes(r)));
  const caption =
    `Shaded: the ${highlight.join(' and ')} dermatome${highlight.length > 1 ? 's' : ''} on ${SIDE_WORDS[side]}` +
    (keyPoints.length ? ', with the ISNCSCI key point' : '') +
    (contested.length ? '; cross-hatched areas are contested between sources and count for either root.' : '.');
  return { view, layer: 'dermatomes', side, highlight, highlightNerves: [], keyPoints, caption };
}

/** An examination case's answer: the hidden lesion's skin, on its side(s), on the view that shows most of it. */
function examinationAnswerMap(lesionId: ExaminationLesionId, side: SideChoice): AnswerMap | null {
  const lesion = examinationLesion(lesionId);
  if (lesion.kind === 'nerve') {
    const nerve = lesionId as NerveId;
    const view = bestNerveView(nerve);
    if (!view) return null;
    return {
      view,
      layer: 'nerves',
      side,
      highlight: [],
      highlightNerves: [nerve],
      keyPoints: [],
      caption: `The hidden lesion: the ${lowerFirst(nerveById(nerve).name)}; shaded, its skin on ${SIDE_WORDS[side]}.`,
    };
  }
  const roots = lesion.skinRoots;
  const view = bestView(roots);
  if (!view) return null;
  const drawn = new Set<string>(mapViews[view].zones.map((z) => z.root));
  return {
    view,
    layer: 'dermatomes',
    side,
    highlight: roots.filter((r) => drawn.has(r)),
    highlightNerves: [],
    keyPoints: roots.filter((r) => drawn.has(r)),
    caption: `The hidden lesion: ${lowerFirst(lesion.name)}; shaded, ${roots.join(', ')} skin on ${SIDE_WORDS[side]}, with the ISNCSCI key points.`,
  };
}

/** On a card whose answer is a root, the nerve offered against it (the first nerve among its options). */
function contrastNerve(card: Card): NerveId | null {
  if (card.answer.kind !== 'choice' || !(ROOT_IDS as readonly string[]).includes(card.answer.correctOptionId)) return null;
  const nerveOption = card.answer.options.map((o) => o.id).find((id): id is NerveId => isNerveId(id));
  return nerveOption && bestNerveView(nerveOption) ? nerveOption : null;
}

/** A root answer weighed against a nerve: the root's strip coloured, the nerve outlined, on the view that shows the nerve. */
function rootVersusNerveMap(card: Card, nerve: NerveId): AnswerMap | null {
  const root = (card.answer as { correctOptionId: RootId }).correctOptionId;
  const view = bestNerveView(nerve);
  if (!view || !mapViews[view].zones.some((z) => z.root === root)) return null;
  const side: SideChoice = card.findings?.bilateral ? 'both' : sideInText(card);
  return {
    view,
    layer: 'both',
    side,
    highlight: [root],
    highlightNerves: [nerve],
    keyPoints: [],
    caption:
      `Coloured strip: the ${root} dermatome (the answer); bold outline: the ${lowerFirst(nerveById(nerve).name)} (${SIDE_WORDS[side]}). ` +
      'A root lesion follows the strip; a nerve lesion stays inside the outline.',
  };
}

/** The view where most of the roots are tested: where their ISNCSCI key points lie (the front on a tie). */
function bestView(roots: readonly RootId[]): ViewId | null {
  const points = keyPoints.filter((k) => k.side === 'right' && (roots as readonly string[]).includes(k.root));
  if (points.length === 0) return null;
  const back = points.filter((k) => k.view === 'posterior').length;
  return back > points.length - back ? 'posterior' : 'anterior';
}
