import type { CardDraft, RootId, ViewId } from '../../types.js';
import { ROOT_IDS } from '../../types.js';
import { rootById } from '../../facts/index.js';
import { keyPointOf } from './map-geometry.js';
import { choiceAnswer, neighbouringRoots, plainOptions } from './options.js';

/** What decides the zone: where it lies and what borders it (own words, after the base map). */
const ZONE_CLUES: Record<RootId, string> = {
  L1: 'The groin crease and the top of the inner thigh are L1 (the ilioinguinal nerve shares this skin); L2 begins below, on the mid-anterior thigh.',
  L2: 'The middle of the front of the thigh is L2, between L1 in the groin and L3 just above the knee.',
  L3: 'The lower anterior thigh running onto the inner side of the knee is L3; below the knee the medial leg belongs to L4.',
  L4: 'The medial leg from below the knee down to and around the medial malleolus is L4; the lateral leg and dorsum of the foot are L5.',
  L5: 'The lateral leg and the dorsum of the foot are L5; the medial malleolus is L4, and the lateral border of the foot, heel and sole are S1.',
  S1: 'The lateral border of the foot, the heel and the sole are S1; the dorsum of the foot is L5 and the back of the calf S2.',
  S2: 'The strip down the back of the thigh and calf through the popliteal fossa is S2; the heel and sole below it are S1.',
  S3: 'The skin over the ischial tuberosity is S3, the outer saddle ring around the S4-5 perianal skin. Saddle numbness is a cauda equina red flag.',
  'S4-5':
    'The innermost ring around the anus is S4-5. New numbness here, with bladder or bowel change, means suspected cauda equina syndrome.',
};

/**
 * The lumbar strips are taught from the front; on the back view only their wrapped-round edges show.
 * (S1..S4-5 are taught from the back, and their clue above already fits that view.)
 */
const BACK_VIEW_CLUES: Partial<Record<RootId, string>> = {
  L1: 'From behind, L1 is the band across the top of the buttock where its strip wraps round from the groin.',
  L2: 'From behind, L2 is the band just below L1, wrapping round the hip towards the mid-anterior thigh.',
  L3: 'From behind, L3 shows only where its strip wraps round: the outer thigh and the inner side of the knee.',
  L4: 'From behind, L4 is the inner (medial) edge of the calf, down towards the medial malleolus.',
  L5: 'From behind, L5 is the outer (lateral) edge of the calf, the back of its lateral-leg strip.',
};

function zoneClue(root: RootId, view: ViewId): string {
  const viewClue = view === 'posterior' ? BACK_VIEW_CLUES[root] : view === 'plantar' ? SOLE_CLUES[root] : undefined;
  return viewClue ? `${viewClue} ${ZONE_CLUES[root]}` : ZONE_CLUES[root];
}

/** On the sole, S1 takes the heel and the lateral sole; the medial forefoot is drawn L5. */
const SOLE_CLUES: Partial<Record<RootId, string>> = {
  S1: 'On the sole, S1 is the heel and the lateral sole out to the little toe.',
  L5: 'On the sole, L5 is drawn over the medial forefoot (charts differ here; the base map teaches L5 on the dorsum).',
};

const VIEW_TEXT: Record<ViewId, string> = {
  anterior: 'front (anterior)',
  posterior: 'back (posterior)',
  plantar: 'sole (plantar)',
};

/**
 * Where each root's zone is taught: the lumbar roots from the front and the back, the sacral roots
 * from the back, and the two roots that own most of the sole on the plantar view.
 */
const ZONE_CARD_VIEWS: [RootId, ViewId][] = [
  ...(['L1', 'L2', 'L3', 'L4', 'L5'] as const).map((root) => [root, 'anterior'] as [RootId, ViewId]),
  ...ROOT_IDS.map((root) => [root, 'posterior'] as [RootId, ViewId]),
  ['S1', 'plantar'],
  ['L5', 'plantar'],
];

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function zoneAnswerText(root: RootId): string {
  return `${root}: ${lowerFirst(rootById(root).zone.description)}`;
}

/** Saddle roots are harder: they are drawn small and taught mainly for red flags. */
function zoneDifficulty(root: RootId, view: ViewId): number {
  if (root === 'S3' || root === 'S4-5') return 0.5;
  if (view === 'posterior' && BACK_VIEW_CLUES[root]) return 0.6;
  return view === 'anterior' ? 0.3 : 0.4;
}

function zoneCard(root: RootId, view: ViewId): CardDraft {
  const answerText = zoneAnswerText(root);
  return {
    id: `zone:${view}:${root}`,
    type: 'zone',
    deck: 'maps',
    roots: [root],
    prompt: `Which root's dermatome is shaded on both sides of this ${VIEW_TEXT[view]} view?`,
    map: { view, highlight: [root], side: 'both' },
    answer: { kind: 'flip', back: `${answerText}. Key sensory point: ${lowerFirst(rootById(root).keyPoint.description)}.` },
    explanation: zoneClue(root, view),
    source: 'BASE_MAP',
    difficulty: zoneDifficulty(root, view),
    answerText,
  };
}

function locateZoneCard(root: RootId, view: ViewId): CardDraft {
  return {
    id: `locate-zone:${view}:${root}`,
    type: 'locate',
    deck: 'maps',
    roots: [root],
    prompt: `Click anywhere in the ${root} dermatome on this ${VIEW_TEXT[view]} view (either leg).`,
    map: { view, highlight: [] },
    answer: { kind: 'click', view, target: { zone: root } },
    explanation: `${zoneClue(root, view)} A click in a transition band next to ${root} earns partial credit: neighbouring dermatomes overlap there.`,
    source: 'BASE_MAP',
    difficulty: zoneDifficulty(root, view) + 0.05,
    answerText: zoneAnswerText(root),
  };
}

function locateKeyPointCard(root: RootId): CardDraft {
  const point = keyPointOf(root);
  const description = rootById(root).keyPoint.description;
  return {
    id: `locate-keypoint:${root}`,
    type: 'locate',
    deck: 'maps',
    roots: [root],
    prompt: `Click where the ${root} key sensory point is tested (on either side).`,
    map: { view: point.view, highlight: [] },
    answer: { kind: 'click', view: point.view, target: { keyPoint: root } },
    explanation:
      `ISNCSCI tests ${root} at one fixed spot: ${lowerFirst(description)}. A click close to it is right; ` +
      `elsewhere in the ${root} zone it is partly right, since the whole zone is ${root} skin but the score uses the key point.`,
    source: 'ISNCSCI',
    difficulty: root === 'L1' || root === 'L2' ? 0.6 : 0.5,
    answerText: `${root} key point: ${lowerFirst(description)}`,
  };
}

function keyPointCard(root: RootId): CardDraft {
  const point = keyPointOf(root);
  const id = `keypoint:${root}`;
  return {
    id,
    type: 'key-point',
    deck: 'maps',
    roots: [root],
    prompt: 'An ISNCSCI key sensory point is marked on the patient’s right side. Which root is tested there?',
    map: { view: point.view, highlight: [], side: 'right', markPoint: { x: point.x, y: point.y } },
    answer: choiceAnswer(id, plainOptions(neighbouringRoots(root, 5)), root),
    explanation: `The marked spot is the ${root} key point: ${lowerFirst(rootById(root).keyPoint.description)}.`,
    source: 'ISNCSCI',
    difficulty: root === 'L1' || root === 'S3' ? 0.6 : 0.45,
    answerText: root,
  };
}

export function mapCards(): CardDraft[] {
  const zoneViews = ZONE_CARD_VIEWS;
  return [
    ...zoneViews.map(([root, view]) => zoneCard(root, view)),
    ...zoneViews.map(([root, view]) => locateZoneCard(root, view)),
    ...ROOT_IDS.map(locateKeyPointCard),
    ...ROOT_IDS.map(keyPointCard),
  ];
}
