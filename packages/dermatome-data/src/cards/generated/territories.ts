import { nerveById, rootById } from '../../facts/index.js';
import { isBranchOf, territoryNerves } from '../../maps/index.js';
import type { CardDraft, ChoiceOption, NerveId, RootId, SideChoice, SideId, ViewId } from '../../types.js';
import { bestNerveView } from './map-geometry.js';
import { choiceAnswer } from './options.js';

/**
 * Cards drawn from the nerve layer of the figure (reference sections 6 and 6b): a shaded
 * territory to name, a territory to click on one side, and deficits drawn on the figure to sort
 * into dermatomal or peripheral. Each id names what the card asks and its answer.
 */

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const SIDE_TEXT: Record<SideChoice, string> = {
  right: 'the patient’s right leg',
  left: 'the patient’s left leg',
  both: 'both legs',
};

function nerveOption(nerve: NerveId): ChoiceOption {
  return { id: nerve, text: nerveById(nerve).name };
}

/** The roots a nerve card counts towards: the nerve's own roots, within L1..S4-5. */
const nerveRoots = (nerve: NerveId): RootId[] => [...nerveById(nerve).roots];

/**
 * Shaded territory -> which nerve. Distractors have skin near the shaded area but are neither a
 * branch nor a parent of the answer (a parent's skin contains the answer's, which would make it
 * right too).
 */
const WHICH_NERVE: { nerve: NerveId; side: SideId; distractors: NerveId[] }[] = [
  { nerve: 'ilioinguinal', side: 'right', distractors: ['genitofemoral', 'obturator', 'lateral-femoral-cutaneous'] },
  { nerve: 'genitofemoral', side: 'left', distractors: ['ilioinguinal', 'lateral-femoral-cutaneous', 'obturator'] },
  { nerve: 'lateral-femoral-cutaneous', side: 'right', distractors: ['femoral', 'obturator', 'genitofemoral'] },
  { nerve: 'femoral', side: 'left', distractors: ['lateral-femoral-cutaneous', 'obturator', 'ilioinguinal'] },
  { nerve: 'obturator', side: 'right', distractors: ['femoral', 'ilioinguinal', 'saphenous'] },
  { nerve: 'saphenous', side: 'left', distractors: ['superficial-fibular', 'obturator', 'common-fibular'] },
  { nerve: 'posterior-femoral-cutaneous', side: 'right', distractors: ['sciatic', 'obturator', 'lateral-femoral-cutaneous'] },
  { nerve: 'common-fibular', side: 'left', distractors: ['saphenous', 'tibial-tarsal-tunnel', 'sural'] },
  { nerve: 'superficial-fibular', side: 'right', distractors: ['deep-fibular', 'saphenous', 'sural'] },
  { nerve: 'deep-fibular', side: 'left', distractors: ['superficial-fibular', 'saphenous', 'sural'] },
  { nerve: 'sural', side: 'right', distractors: ['superficial-fibular', 'saphenous', 'tibial-tarsal-tunnel'] },
  { nerve: 'tibial-tarsal-tunnel', side: 'left', distractors: ['sural', 'saphenous', 'common-fibular'] },
  { nerve: 'medial-plantar', side: 'right', distractors: ['lateral-plantar', 'medial-calcaneal', 'saphenous'] },
  { nerve: 'lateral-plantar', side: 'left', distractors: ['medial-plantar', 'sural', 'medial-calcaneal'] },
  { nerve: 'medial-calcaneal', side: 'right', distractors: ['sural', 'lateral-plantar', 'saphenous'] },
  { nerve: 'sciatic', side: 'left', distractors: ['femoral', 'posterior-femoral-cutaneous', 'obturator'] },
  { nerve: 'pudendal', side: 'right', distractors: ['posterior-femoral-cutaneous', 'ilioinguinal', 'obturator'] },
];

function viewOf(nerve: NerveId): ViewId {
  const view = bestNerveView(nerve);
  if (!view) throw new Error(`the ${nerve} nerve has no territory on the figure`);
  return view;
}

function whichNerveCard(spec: (typeof WHICH_NERVE)[number]): CardDraft {
  const facts = nerveById(spec.nerve);
  const id = `territory-which:${spec.nerve}`;
  const bad = spec.distractors.filter((d) => isBranchOf(d, spec.nerve) || isBranchOf(spec.nerve, d));
  if (bad.length) throw new Error(`${id}: ${bad.join(', ')} contains or lies within the answer`);
  const branches = territoryNerves(spec.nerve).filter((leaf) => leaf !== spec.nerve);
  const union = branches.length
    ? ` Its skin is the union of its branches' territories (${branches.map((b) => lowerFirst(nerveById(b).name)).join(', ')}).`
    : '';
  return {
    id,
    type: 'peripheral',
    deck: 'peripheral-nerves',
    roots: nerveRoots(spec.nerve),
    prompt: `The shaded skin on ${SIDE_TEXT[spec.side]} is the territory of one peripheral nerve. Which nerve?`,
    map: { view: viewOf(spec.nerve), highlight: [], highlightNerves: [spec.nerve], side: spec.side, layer: 'nerves' },
    answer: choiceAnswer(id, [spec.nerve, ...spec.distractors].map(nerveOption), spec.nerve),
    explanation: `${facts.name}: ${lowerFirst(facts.skin)}.${union} The edge of every territory varies between people; the core is what identifies the nerve.`,
    source: 'NERVE_TERRITORIES',
    difficulty: branches.length ? 0.6 : 0.5,
    answerText: facts.name,
  };
}

/** Click the territory of a nerve, on a named side (the other leg is wrong). */
const CLICK_NERVE: { nerve: NerveId; side: SideId }[] = [
  { nerve: 'sural', side: 'left' },
  { nerve: 'saphenous', side: 'right' },
  { nerve: 'lateral-femoral-cutaneous', side: 'left' },
  { nerve: 'superficial-fibular', side: 'left' },
  { nerve: 'deep-fibular', side: 'right' },
  { nerve: 'common-fibular', side: 'right' },
  { nerve: 'obturator', side: 'left' },
  { nerve: 'posterior-femoral-cutaneous', side: 'left' },
  { nerve: 'medial-plantar', side: 'left' },
  { nerve: 'lateral-plantar', side: 'right' },
  { nerve: 'medial-calcaneal', side: 'left' },
  { nerve: 'tibial-tarsal-tunnel', side: 'right' },
  { nerve: 'femoral', side: 'right' },
  { nerve: 'ilioinguinal', side: 'left' },
];

function clickNerveCard(spec: (typeof CLICK_NERVE)[number]): CardDraft {
  const facts = nerveById(spec.nerve);
  const view = viewOf(spec.nerve);
  return {
    id: `territory-click:${spec.nerve}:${spec.side}`,
    type: 'locate',
    deck: 'maps',
    roots: nerveRoots(spec.nerve),
    prompt: `Click in the skin of the ${lowerFirst(facts.name)} on ${SIDE_TEXT[spec.side]}.`,
    map: { view, highlight: [], layer: 'nerves' },
    answer: { kind: 'click', view, target: { nerve: spec.nerve }, side: spec.side },
    explanation:
      `${facts.name}: ${lowerFirst(facts.skin)}. A click inside the territory is right; in its hatched rim, where ` +
      'territories vary between people, partly right; on the other leg it is wrong, because the card asks for one side.',
    source: 'NERVE_TERRITORIES',
    difficulty: 0.55,
    answerText: `${facts.name} (${SIDE_TEXT[spec.side]})`,
  };
}

/**
 * A deficit drawn on the figure: dermatomal or peripheral, and which? Each pair is a root and the
 * nerve that shares its skin (reference section 6); one card draws the root's strip, the other the
 * nerve's territory. `rootClue` and `nerveClue` name what decides.
 */
interface PatternPair {
  root: RootId;
  nerve: NerveId;
  view: ViewId;
  otherRoot: RootId;
  otherNerve: NerveId;
  rootSide: SideChoice;
  nerveSide: SideId;
  rootClue: string;
  nerveClue: string;
}

const PATTERNS: PatternPair[] = [
  {
    root: 'L5',
    nerve: 'deep-fibular',
    view: 'anterior',
    otherRoot: 'L4',
    otherNerve: 'superficial-fibular',
    rootSide: 'right',
    nerveSide: 'left',
    rootClue:
      'The loss runs as one strip from below the knee down the lateral leg onto the dorsum of the foot: the L5 dermatome.',
    nerveClue:
      'The loss is a small patch between the great and second toes, the first web space, and nothing else: the deep fibular nerve.',
  },
  {
    root: 'L3',
    nerve: 'obturator',
    view: 'anterior',
    otherRoot: 'L2',
    otherNerve: 'femoral',
    rootSide: 'left',
    nerveSide: 'right',
    rootClue:
      'The loss is an oblique band over the lower front of the thigh that runs onto the inner side of the knee: the L3 dermatome.',
    nerveClue:
      'The loss is a patch on the inner thigh, its middle and lower thirds, sparing the front of the thigh and the knee: the obturator nerve.',
  },
  {
    root: 'S1',
    nerve: 'sural',
    view: 'posterior',
    otherRoot: 'S2',
    otherNerve: 'tibial-tarsal-tunnel',
    rootSide: 'both',
    nerveSide: 'right',
    rootClue:
      'The loss takes the heel, the whole sole and the lower calf on both sides: S1 dermatomes (bilateral, as with a central lesion).',
    nerveClue:
      'The loss is the lower back of the calf and the lateral border of the foot, sparing the heel pad and the sole: the sural nerve.',
  },
  {
    root: 'S2',
    nerve: 'posterior-femoral-cutaneous',
    view: 'posterior',
    otherRoot: 'S1',
    otherNerve: 'sciatic',
    rootSide: 'left',
    nerveSide: 'left',
    rootClue: 'The loss is a strip down the back of the thigh that carries on down the calf: S2.',
    nerveClue: 'The loss covers the back of the thigh and stops at the upper calf: the posterior femoral cutaneous nerve.',
  },
  {
    root: 'L2',
    nerve: 'lateral-femoral-cutaneous',
    view: 'anterior',
    otherRoot: 'L3',
    otherNerve: 'femoral',
    rootSide: 'right',
    nerveSide: 'right',
    rootClue:
      'The loss is an oblique band across the middle of the front of the thigh, from lateral to medial: the L2 dermatome.',
    nerveClue:
      'The loss is an oval on the anterolateral thigh that spares the medial thigh: the lateral femoral cutaneous nerve.',
  },
  {
    root: 'L1',
    nerve: 'ilioinguinal',
    view: 'anterior',
    otherRoot: 'L2',
    otherNerve: 'genitofemoral',
    rootSide: 'left',
    nerveSide: 'left',
    rootClue: 'The loss is a band along and below the groin crease, from the hip to the inner thigh: the L1 dermatome.',
    nerveClue:
      'The loss covers the skin over the pubis, the root of the genitals and a small patch of the upper inner thigh: the ilioinguinal nerve.',
  },
  {
    root: 'S1',
    nerve: 'tibial-tarsal-tunnel',
    view: 'plantar',
    otherRoot: 'L5',
    otherNerve: 'sural',
    rootSide: 'right',
    nerveSide: 'left',
    rootClue:
      'The loss takes the heel and the lateral sole out to the little toe, and the medial forefoot is spared: the S1 dermatome.',
    nerveClue:
      'The loss covers the heel and the whole sole with the undersides of the toes, sparing the lateral and medial borders: the tibial nerve at the tarsal tunnel.',
  },
];

function patternOptions(pair: PatternPair): ChoiceOption[] {
  return [
    { id: pair.root, text: `Dermatomal: the ${pair.root} root` },
    { id: pair.otherRoot, text: `Dermatomal: the ${pair.otherRoot} root` },
    { id: pair.nerve, text: `Peripheral: the ${lowerFirst(nerveById(pair.nerve).name)}` },
    { id: pair.otherNerve, text: `Peripheral: the ${lowerFirst(nerveById(pair.otherNerve).name)}` },
  ];
}

function patternCards(pair: PatternPair): CardDraft[] {
  const nerve = nerveById(pair.nerve);
  const rootId = `pattern:${pair.view}:${pair.root}-vs-${pair.nerve}:root:${pair.rootSide}`;
  const nerveId = `pattern:${pair.view}:${pair.root}-vs-${pair.nerve}:nerve:${pair.nerveSide}`;
  const prompt = (side: SideChoice): string =>
    `The shaded skin on ${SIDE_TEXT[side]} is where sensation is lost. Is the pattern dermatomal or peripheral, and which root or nerve?`;
  const decide = `${nerve.distinguishingFeatures}`;
  return [
    {
      id: rootId,
      type: 'peripheral',
      deck: 'peripheral-nerves',
      roots: [pair.root],
      prompt: prompt(pair.rootSide),
      map: { view: pair.view, highlight: [pair.root], side: pair.rootSide, layer: 'both' },
      answer: choiceAnswer(rootId, patternOptions(pair), pair.root),
      explanation: `${pair.rootClue} (${pair.root}: ${lowerFirst(rootById(pair.root).zone.description)}; the ${lowerFirst(nerve.name)} supplies ${lowerFirst(nerve.skin)}.) ${decide}`,
      source: 'NERVE_TERRITORIES',
      difficulty: 0.6,
      answerText: `Dermatomal: ${pair.root}`,
    },
    {
      id: nerveId,
      type: 'peripheral',
      deck: 'peripheral-nerves',
      roots: [pair.root],
      prompt: prompt(pair.nerveSide),
      map: { view: pair.view, highlight: [], highlightNerves: [pair.nerve], side: pair.nerveSide, layer: 'both' },
      answer: choiceAnswer(nerveId, patternOptions(pair), pair.nerve),
      explanation: `${pair.nerveClue} ${decide}`,
      source: 'NERVE_TERRITORIES',
      difficulty: 0.6,
      answerText: `Peripheral: ${nerve.name}`,
    },
  ];
}

export function territoryCards(): CardDraft[] {
  return [...WHICH_NERVE.map(whichNerveCard), ...CLICK_NERVE.map(clickNerveCard), ...PATTERNS.flatMap(patternCards)];
}
