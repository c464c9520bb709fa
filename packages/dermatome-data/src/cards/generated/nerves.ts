import type { CardDraft, ChoiceOption, NerveId, RootId } from '../../types.js';
import { nerveById, nerves, rootById, rootIndex, roots } from '../../facts/index.js';
import { choiceAnswer, plainOptions } from './options.js';

function nerveOptions(ids: NerveId[]): ChoiceOption[] {
  return ids.map((id) => ({ id, text: nerveById(id).name }));
}

/** Roots whose zone shares skin with the nerve (the mastery tags of its cards). */
function rootsSharingSkin(nerve: NerveId): RootId[] {
  const sharing = roots.filter((r) => r.overlappingNerves.includes(nerve)).map((r) => r.id);
  return sharing.length > 0 ? sharing : nerveById(nerve).roots;
}

function rangeText(rootIds: RootId[]): string {
  const first = rootIds[0];
  const last = rootIds[rootIds.length - 1];
  if (!first || !last) throw new Error('empty root list');
  return first === last ? first : `${first}-${last}`;
}

/** Nerve -> roots, only where the reference gives one undisputed range (not the sural: sources vary). */
const NERVE_ROOT_DISTRACTORS: Partial<Record<NerveId, string[]>> = {
  ilioinguinal: ['L2-L3', 'L3-L4', 'S1-S2'],
  genitofemoral: ['L2-L4', 'L3-L4', 'S1-S3'],
  'lateral-femoral-cutaneous': ['L1', 'L4-S1', 'S1-S3'],
  femoral: ['L1', 'L4-S2', 'S1-S3'],
  obturator: ['L1', 'L4-S2', 'S1-S3'],
  saphenous: ['L1', 'L5-S1', 'S1-S3'],
  'posterior-femoral-cutaneous': ['L1', 'L2-L4', 'L3-L4'],
  sciatic: ['L1-L3', 'L2-L4', 'S2-S4'],
};

function nerveRootsCard(nerve: NerveId, distractors: string[]): CardDraft {
  const facts = nerveById(nerve);
  const id = `nerve-roots:${nerve}`;
  const correct = rangeText(facts.roots);
  return {
    id,
    type: 'peripheral',
    deck: 'peripheral-nerves',
    roots: [...facts.roots],
    prompt: `Which roots feed the ${facts.name.toLowerCase()}?`,
    map: null,
    answer: choiceAnswer(id, plainOptions([correct, ...distractors]), correct),
    explanation:
      `The ${facts.name.toLowerCase()} carries ${correct} fibres (skin: ${facts.skin.toLowerCase()}), so a lesion of ` +
      `the nerve can numb the same skin as those roots. ${facts.distinguishingFeatures}`,
    source: facts.source,
    difficulty: 0.55,
    answerText: correct,
  };
}

/**
 * Skin -> nerve. Distractors share or border the skin but never contain it (no parent/branch pairs); where
 * few nerves qualify (the sciatic and pudendal nerves) the card has three of them rather than a far-off fourth.
 */
const SKIN_DISTRACTORS: Record<NerveId, NerveId[]> = {
  ilioinguinal: ['genitofemoral', 'lateral-femoral-cutaneous', 'obturator', 'femoral'],
  genitofemoral: ['ilioinguinal', 'lateral-femoral-cutaneous', 'obturator', 'femoral'],
  'lateral-femoral-cutaneous': ['femoral', 'obturator', 'genitofemoral', 'posterior-femoral-cutaneous'],
  femoral: ['lateral-femoral-cutaneous', 'obturator', 'ilioinguinal', 'posterior-femoral-cutaneous'],
  obturator: ['femoral', 'ilioinguinal', 'lateral-femoral-cutaneous', 'genitofemoral'],
  saphenous: ['obturator', 'superficial-fibular', 'sural', 'tibial-tarsal-tunnel'],
  'common-fibular': ['saphenous', 'sural', 'tibial-tarsal-tunnel', 'posterior-femoral-cutaneous'],
  'superficial-fibular': ['deep-fibular', 'saphenous', 'sural', 'tibial-tarsal-tunnel'],
  'deep-fibular': ['superficial-fibular', 'saphenous', 'sural', 'tibial-tarsal-tunnel'],
  sural: ['superficial-fibular', 'saphenous', 'tibial-tarsal-tunnel', 'deep-fibular'],
  'tibial-tarsal-tunnel': ['sural', 'saphenous', 'superficial-fibular', 'deep-fibular'],
  'medial-calcaneal': ['sural', 'lateral-plantar', 'medial-plantar', 'saphenous'],
  'medial-plantar': ['lateral-plantar', 'saphenous', 'superficial-fibular', 'medial-calcaneal'],
  'lateral-plantar': ['sural', 'medial-plantar', 'medial-calcaneal', 'superficial-fibular'],
  'posterior-femoral-cutaneous': ['lateral-femoral-cutaneous', 'obturator', 'sural', 'femoral'],
  // The sciatic nerve contains the fibular, tibial and sural nerves: only nerves outside it are offered.
  sciatic: ['femoral', 'saphenous', 'posterior-femoral-cutaneous'],
  pudendal: ['posterior-femoral-cutaneous', 'ilioinguinal', 'genitofemoral'],
};

function motorClause(nerve: NerveId): string {
  const facts = nerveById(nerve);
  if (facts.purelySensory) return 'Purely sensory.';
  if (facts.motor.length === 0) return 'No leg muscle.';
  return `Motor: ${facts.motor.join('; ')}.`;
}

/** What the nerve does besides its skin, and what the mimicked roots would add. */
function signatureContrast(nerve: NerveId, mimicked: RootId[]): string {
  const facts = nerveById(nerve);
  const own = facts.motor.length > 0 ? `weakens ${listText(facts.motor)}` : 'weakens no leg muscle';
  const reflex = facts.reflex ? `its reflex sign: ${lowerFirst(facts.reflex)}` : 'it changes no tendon reflex';
  const rootSigns = mimicked
    .map((id) => `${id}: ${lowerFirst(rootById(id).syndrome.motor)}; ${lowerFirst(rootById(id).syndrome.reflex)}`)
    .join('. ');
  return `The ${facts.name.toLowerCase()} ${own}, and ${reflex}. Compare the root${mimicked.length > 1 ? 's' : ''}, ${rootSigns}.`;
}

/** "a", "a and b", "a, b and c". */
function listText(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function skinCard(nerve: NerveId): CardDraft {
  const facts = nerveById(nerve);
  const id = `nerve-skin:${nerve}`;
  return {
    id,
    type: 'peripheral',
    deck: 'peripheral-nerves',
    roots: rootsSharingSkin(nerve),
    prompt: `Which nerve supplies this skin: ${lowerFirst(facts.skin)}? (${motorClause(nerve)})`,
    map: null,
    answer: choiceAnswer(id, nerveOptions([nerve, ...SKIN_DISTRACTORS[nerve]]), nerve),
    explanation: `${facts.name}: ${facts.skin.toLowerCase()}. ${facts.distinguishingFeatures}`,
    source: facts.source,
    difficulty: 0.5,
    answerText: facts.name,
  };
}

interface OverlapSpec {
  root: RootId;
  nerve: NerveId;
  distractors: NerveId[];
}

/**
 * Root -> the nerve that mimics it. Other nerves overlapping the same root are never offered; the distractors
 * are nerves of the same part of the limb (a thigh nerve is no real choice for a foot zone).
 */
const OVERLAP_SPECS: OverlapSpec[] = [
  { root: 'L1', nerve: 'ilioinguinal', distractors: ['lateral-femoral-cutaneous', 'obturator', 'femoral', 'pudendal'] },
  { root: 'L4', nerve: 'saphenous', distractors: ['sural', 'superficial-fibular', 'common-fibular', 'tibial-tarsal-tunnel'] },
  {
    root: 'L5',
    nerve: 'common-fibular',
    distractors: ['saphenous', 'sural', 'tibial-tarsal-tunnel', 'posterior-femoral-cutaneous'],
  },
  { root: 'S1', nerve: 'sural', distractors: ['saphenous', 'superficial-fibular', 'deep-fibular', 'common-fibular'] },
  {
    root: 'S2',
    nerve: 'posterior-femoral-cutaneous',
    distractors: ['lateral-femoral-cutaneous', 'obturator', 'saphenous', 'common-fibular'],
  },
];

function overlapCard(spec: OverlapSpec): CardDraft {
  const root = rootById(spec.root);
  const nerve = nerveById(spec.nerve);
  const id = `root-nerve:${spec.root}`;
  return {
    id,
    type: 'peripheral',
    deck: 'peripheral-nerves',
    roots: [spec.root],
    prompt:
      `Numbness in the ${spec.root} zone (${root.zone.description.toLowerCase()}) could also come from a peripheral ` +
      'nerve. Which one shares that skin?',
    map: null,
    answer: choiceAnswer(id, nerveOptions([spec.nerve, ...spec.distractors]), spec.nerve),
    explanation: `The ${nerve.name.toLowerCase()} (${nerve.skin.toLowerCase()}) mimics ${spec.root}. ${nerve.distinguishingFeatures}`,
    source: 'NERVE_ANATOMY',
    difficulty: 0.45,
    answerText: nerve.name,
  };
}

/**
 * Tell-apart cards whose answer was rewritten to name the deciding finding (issue 10): the old answers
 * contrasted findings that nerve and root share, so the rewritten cards carry a new id.
 */
const TELL_APART_REVISION: Partial<Record<NerveId, number>> = {
  ilioinguinal: 2,
  genitofemoral: 2,
  'posterior-femoral-cutaneous': 2,
};

/** How a card names the roots a nerve passes for: "L1", "L2 or L3", "L2-L4", "S3 or S4-5". */
export function rootLabel(rootIds: RootId[]): string {
  if (rootIds.length === 0) throw new Error('empty root list');
  if (rootIds.length === 1) return rootIds[0]!;
  if (rootIds.length === 2) return `${rootIds[0]} or ${rootIds[1]}`;
  const indexes = rootIds.map(rootIndex);
  const contiguous = indexes.every((index, i) => i === 0 || index === indexes[i - 1]! + 1);
  return contiguous ? rangeText(rootIds) : `${rootIds.slice(0, -1).join(', ')} or ${rootIds[rootIds.length - 1]}`;
}

function tellApartCard(nerve: NerveId): CardDraft {
  const facts = nerveById(nerve);
  const mimicked = rootsSharingSkin(nerve);
  const revision = TELL_APART_REVISION[nerve];
  const label = rootLabel(mimicked);
  return {
    id: revision ? `nerve-vs-root:${nerve}:v${revision}` : `nerve-vs-root:${nerve}`,
    type: 'peripheral',
    deck: 'peripheral-nerves',
    roots: mimicked,
    // "an": every root name (L.., S..) starts with a vowel sound.
    prompt: `Numbness in the territory of the ${facts.name.toLowerCase()} can pass for an ${label} root lesion. What tells them apart?`,
    map: null,
    answer: { kind: 'flip', back: facts.distinguishingFeatures },
    explanation: `What decides: ${lowerFirst(facts.decidingFinding)} ${signatureContrast(nerve, mimicked)}`,
    source: facts.source,
    difficulty: 0.65,
    answerText: facts.distinguishingFeatures,
  };
}

interface SignSpec {
  nerve: NerveId;
  prompt: string;
  distractors: NerveId[];
  deciding: string;
}

/** Motor and reflex signatures that single out one nerve among its neighbours. */
const SIGN_SPECS: SignSpec[] = [
  {
    nerve: 'obturator',
    prompt: 'Weak hip adduction with normal knee extension and a normal knee jerk. Which nerve?',
    distractors: ['femoral', 'lateral-femoral-cutaneous', 'saphenous', 'genitofemoral'],
    deciding:
      "Adduction is the obturator nerve's movement; the femoral nerve would weaken knee extension and lower the knee jerk.",
  },
  {
    nerve: 'femoral',
    prompt: 'Weak knee extension and a reduced knee jerk, while hip adduction is full. Which nerve?',
    distractors: ['obturator', 'saphenous', 'lateral-femoral-cutaneous', 'genitofemoral'],
    deciding: 'Full adduction spares the obturator nerve, so the lesion is the femoral nerve rather than the L3/L4 roots.',
  },
  {
    nerve: 'common-fibular',
    prompt: 'Weak ankle dorsiflexion AND weak eversion, with normal inversion and a numb lateral calf. Which nerve?',
    distractors: ['deep-fibular', 'superficial-fibular', 'tibial-tarsal-tunnel', 'sural'],
    deciding:
      'Dorsiflexion (deep branch) plus eversion (superficial branch) means the common trunk, usually at the fibular head; normal inversion rules out L5.',
  },
  {
    nerve: 'superficial-fibular',
    prompt: 'Weak eversion only, dorsiflexion normal, numb dorsum of the foot sparing the first web space. Which nerve?',
    distractors: ['deep-fibular', 'sural', 'saphenous', 'tibial-tarsal-tunnel'],
    deciding: 'Eversion with dorsal-foot numbness that spares the first web space is the superficial branch alone.',
  },
  {
    nerve: 'deep-fibular',
    prompt: 'Weak dorsiflexion and toe extension, eversion normal, numbness only in the first web space. Which nerve?',
    distractors: ['superficial-fibular', 'sural', 'saphenous', 'tibial-tarsal-tunnel'],
    deciding: "The first web space is the deep branch's only skin; eversion (superficial branch) is spared.",
  },
  {
    nerve: 'genitofemoral',
    prompt:
      'After a hernia operation the cremasteric reflex is lost on that side and the skin over the upper femoral triangle is numb. Which nerve?',
    distractors: ['ilioinguinal', 'lateral-femoral-cutaneous', 'obturator', 'femoral'],
    deciding:
      "Only the genitofemoral nerve carries the cremasteric reflex's motor limb; the ilioinguinal nerve numbs the groin but moves no muscle of that reflex.",
  },
];

function signCard(spec: SignSpec): CardDraft {
  const facts = nerveById(spec.nerve);
  const id = `nerve-sign:${spec.nerve}`;
  return {
    id,
    type: 'peripheral',
    deck: 'peripheral-nerves',
    roots: rootsSharingSkin(spec.nerve),
    prompt: spec.prompt,
    map: null,
    answer: choiceAnswer(id, nerveOptions([spec.nerve, ...spec.distractors]), spec.nerve),
    explanation: spec.deciding,
    source: facts.source,
    difficulty: 0.55,
    answerText: facts.name,
  };
}

export function peripheralNerveCards(): CardDraft[] {
  const rootsCards = Object.entries(NERVE_ROOT_DISTRACTORS).map(([nerve, distractors]) =>
    nerveRootsCard(nerve as NerveId, distractors ?? []),
  );
  return [
    ...rootsCards,
    ...nerves.map((n) => skinCard(n.id)),
    ...OVERLAP_SPECS.map(overlapCard),
    ...nerves.map((n) => tellApartCard(n.id)),
    ...SIGN_SPECS.map(signCard),
  ];
}
