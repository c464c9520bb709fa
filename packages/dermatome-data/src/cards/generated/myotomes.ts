import type { CardDraft, ChoiceOption, ReflexFact, RootFacts, RootId } from '../../types.js';
import { reflexById, rootById, roots } from '../../facts/index.js';
import { choiceAnswer, plainOptions } from './options.js';

/** Roots with an ISNCSCI key muscle in the leg: L2, L3, L4, L5, S1. */
const keyMuscleRoots = roots.filter(
  (r): r is RootFacts & { keyMuscle: NonNullable<RootFacts['keyMuscle']> } => r.keyMuscle !== null,
);
const KEY_MUSCLE_ROOT_IDS = keyMuscleRoots.map((r) => r.id);

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '');
}

const KEY_MUSCLE_SUMMARY =
  'L2 hip flexion, L3 knee extension, L4 ankle dorsiflexion, L5 long toe extension, S1 ankle plantar flexion';

function myotomeCard(root: (typeof keyMuscleRoots)[number]): CardDraft {
  const id = `myotome:${root.id}`;
  const { action, muscle } = root.keyMuscle;
  return {
    id,
    type: 'myotome-reflex',
    deck: 'myotomes-reflexes',
    roots: [root.id],
    prompt: `ISNCSCI grades ${action.toLowerCase()} (${muscle}) as the key muscle function of which root?`,
    map: null,
    answer: choiceAnswer(id, plainOptions(KEY_MUSCLE_ROOT_IDS), root.id),
    explanation:
      `${action} is the ${root.id} key muscle function. Most leg muscles get two or three roots, so the ` +
      `standard picks one movement per level by convention: ${KEY_MUSCLE_SUMMARY}.`,
    source: 'ISNCSCI',
    difficulty: 0.4,
    answerText: root.id,
  };
}

function actionOptions(): ChoiceOption[] {
  return keyMuscleRoots.map((r) => ({ id: slug(r.keyMuscle.action), text: r.keyMuscle.action }));
}

function keyMovementCard(root: (typeof keyMuscleRoots)[number]): CardDraft {
  const id = `myotome-action:${root.id}`;
  const { action, muscle } = root.keyMuscle;
  return {
    id,
    type: 'myotome-reflex',
    deck: 'myotomes-reflexes',
    roots: [root.id],
    prompt: `Which movement do you grade to test the ${root.id} myotome (ISNCSCI key muscle)?`,
    map: null,
    answer: choiceAnswer(id, actionOptions(), slug(action)),
    explanation: `${root.id} is graded on ${action.toLowerCase()} (${muscle}). The five leg key muscles: ${KEY_MUSCLE_SUMMARY}.`,
    source: 'ISNCSCI',
    difficulty: 0.4,
    answerText: action,
  };
}

function noKeyMuscleCard(): CardDraft {
  const id = 'myotome:none:S2';
  return {
    id,
    type: 'myotome-reflex',
    deck: 'myotomes-reflexes',
    roots: ['S2'],
    prompt: 'Which of these roots has no ISNCSCI key muscle in the leg, so its level is judged on sensation alone?',
    map: null,
    answer: choiceAnswer(id, plainOptions(['L2', 'L3', 'L4', 'S1', 'S2']), 'S2'),
    explanation:
      'ISNCSCI names key muscles only for L2 to S1 in the leg. S2 (like L1) has none, so its level rests on ' +
      'the sensory key point in the popliteal fossa.',
    source: 'ISNCSCI',
    difficulty: 0.55,
    answerText: 'S2',
  };
}

/** Options that are reflexes; the id is the reflex id. `adductor` (obturator) is a plausible extra. */
const REFLEX_OPTION_TEXT: Record<ReflexFact['id'] | 'adductor', string> = {
  knee: 'Knee jerk',
  ankle: 'Ankle jerk',
  'medial-hamstring': 'Medial hamstring reflex',
  cremasteric: 'Cremasteric reflex',
  adductor: 'Adductor reflex',
};

function reflexOptions(ids: (keyof typeof REFLEX_OPTION_TEXT)[]): ChoiceOption[] {
  return ids.map((id) => ({ id, text: REFLEX_OPTION_TEXT[id] }));
}

function reflexRangeText(id: ReflexFact['id']): string {
  const reflex = reflexById(id);
  return `${reflex.name}: ${reflex.range.roots.join(', ')} across sources`;
}

/** Ask only the robust part of each reflex (reference section 3); no accepted root is ever a wrong option. */
function reflexCards(): CardDraft[] {
  const ankleId = 'reflex:ankle';
  const kneeId = 'reflex:knee';
  const hamstringId = 'reflex:medial-hamstring';
  const l5PatternId = 'reflex:pattern:L5';
  const cremastericId = 'reflex:cremasteric';
  return [
    {
      id: ankleId,
      type: 'myotome-reflex',
      deck: 'myotomes-reflexes',
      roots: ['S1'],
      prompt: 'One ankle jerk is clearly reduced, the knee jerks are equal. Which root does that point to?',
      map: null,
      answer: choiceAnswer(ankleId, plainOptions(['L3', 'L4', 'L5', 'S1']), 'S1'),
      explanation:
        'The ankle jerk is the S1 reflex (some sources add S2, so S2 is not offered). L5 leaves the ankle jerk ' +
        'normal, and L3-L4 lower the knee jerk instead.',
      source: 'HARRISON',
      difficulty: 0.25,
      answerText: 'S1',
    },
    {
      id: kneeId,
      type: 'myotome-reflex',
      deck: 'myotomes-reflexes',
      roots: ['L3', 'L4'],
      prompt: 'A reduced knee jerk on one side points to which roots?',
      map: null,
      answer: choiceAnswer(kneeId, plainOptions(['L3-L4', 'L5', 'L5-S1', 'S1-S2']), 'L3-L4'),
      explanation:
        "The knee jerk runs through the femoral nerve from L3-L4 (Harrison's stresses L4, a few sources add L2). " +
        'An L5 or S1 lesion leaves it normal.',
      source: 'HARRISON',
      difficulty: 0.3,
      answerText: 'L3-L4',
    },
    {
      id: hamstringId,
      type: 'myotome-reflex',
      deck: 'myotomes-reflexes',
      roots: ['L5'],
      prompt:
        'Knee and ankle jerks are normal and symmetric, but the medial hamstring reflex is reduced on one side. Which root?',
      map: null,
      answer: choiceAnswer(hamstringId, plainOptions(['L2', 'L3', 'L4', 'L5']), 'L5'),
      explanation:
        'The medial hamstring reflex is the only reflex that can flag L5. It is less reliable than the knee and ' +
        'ankle jerks, but normal knee and ankle jerks are exactly what an L5 lesion leaves behind.',
      source: 'HARRISON',
      difficulty: 0.5,
      answerText: 'L5',
    },
    {
      id: l5PatternId,
      type: 'myotome-reflex',
      deck: 'myotomes-reflexes',
      roots: ['L5'],
      prompt: 'In an isolated L5 radiculopathy, what do you expect of the knee and ankle jerks?',
      map: null,
      answer: choiceAnswer(
        l5PatternId,
        [
          { id: 'both-normal', text: 'Both normal' },
          { id: 'knee-reduced', text: 'Knee jerk reduced, ankle jerk normal' },
          { id: 'ankle-reduced', text: 'Ankle jerk reduced, knee jerk normal' },
          { id: 'both-reduced', text: 'Both reduced' },
        ],
        'both-normal',
      ),
      explanation:
        'Neither big tendon reflex belongs to L5: the knee jerk is L3-L4 and the ankle jerk S1. A reduced ankle jerk ' +
        'therefore argues for S1 over L5; only the medial hamstring reflex may drop in L5.',
      source: 'HARRISON',
      difficulty: 0.45,
      answerText: 'Both normal',
    },
    {
      id: cremastericId,
      type: 'myotome-reflex',
      deck: 'myotomes-reflexes',
      roots: ['L1', 'L2'],
      prompt: 'Stroking the upper inner thigh makes the testis on that side rise. Which segments does this reflex test?',
      map: null,
      answer: choiceAnswer(cremastericId, plainOptions(['L1-L2', 'L3-L4', 'L5-S1', 'S2-S4']), 'L1-L2'),
      explanation:
        'This is the cremasteric reflex: afferents from the upper inner thigh, efferents in the genital branch of ' +
        'the genitofemoral nerve, both at L1-L2. It is one of the few reflex checks for L1, which has no key muscle.',
      source: 'NERVE_ANATOMY',
      difficulty: 0.45,
      answerText: 'L1-L2',
    },
  ];
}

interface ReflexOfSpec {
  root: RootId;
  correct: ReflexFact['id'];
  others: (keyof typeof REFLEX_OPTION_TEXT)[];
  prompt: string;
  explanation: string;
}

const REFLEX_OF_SPECS: ReflexOfSpec[] = [
  {
    root: 'L1',
    correct: 'cremasteric',
    others: ['knee', 'ankle', 'medial-hamstring'],
    prompt: 'L1 has no key muscle. Which reflex can you still use to check the L1 segment?',
    explanation:
      'The cremasteric reflex runs through L1-L2. No source puts the knee jerk above L2, and the others are lower still.',
  },
  {
    root: 'L4',
    correct: 'knee',
    others: ['ankle', 'medial-hamstring', 'cremasteric'],
    prompt: 'Which reflex does an L4 radiculopathy typically reduce?',
    explanation: "The knee jerk: every source includes L4 and Harrison's names L4 as its root. The ankle jerk is S1.",
  },
  {
    root: 'L5',
    correct: 'medial-hamstring',
    others: ['knee', 'ankle', 'cremasteric'],
    prompt: 'Which reflex, if any, can be reduced in an L5 radiculopathy?',
    explanation: 'Only the medial hamstring reflex (less reliable). The knee jerk (L3-L4) and ankle jerk (S1) stay normal in L5.',
  },
  {
    root: 'S1',
    correct: 'ankle',
    others: ['knee', 'adductor', 'cremasteric'],
    prompt: 'Which reflex is reduced or lost in an S1 radiculopathy?',
    explanation: 'The ankle jerk is the S1 reflex. The knee and adductor reflexes are L2-L4, the cremasteric L1-L2.',
  },
];

function reflexOfCard(spec: ReflexOfSpec): CardDraft {
  const id = `reflex-of:${spec.root}`;
  return {
    id,
    type: 'myotome-reflex',
    deck: 'myotomes-reflexes',
    roots: [spec.root],
    prompt: spec.prompt,
    map: null,
    answer: choiceAnswer(id, reflexOptions([spec.correct, ...spec.others]), spec.correct),
    explanation: `${spec.explanation} (${reflexRangeText(spec.correct)}.)`,
    source: spec.correct === 'cremasteric' ? 'NERVE_ANATOMY' : 'HARRISON',
    difficulty: 0.35,
    answerText: REFLEX_OPTION_TEXT[spec.correct],
  };
}

function syndromeCard(rootId: RootId): CardDraft {
  const root = rootById(rootId);
  const { sensory, motor, reflex, source } = root.syndrome;
  const back = `${root.id}. Sensory: ${sensory}. Motor: ${motor}. Reflexes: ${reflex}.`;
  return {
    id: `syndrome:${root.id}`,
    type: 'myotome-reflex',
    deck: 'myotomes-reflexes',
    roots: [root.id],
    prompt: `Describe a typical ${root.id} root lesion: which skin goes numb, what is weak, and what happens to the reflexes?`,
    map: null,
    answer: { kind: 'flip', back },
    explanation:
      `A root lesion is recognised by the combination: ${root.id} skin (${root.zone.description.toLowerCase()}) ` +
      `together with its motor and reflex signature. Pain location alone does not decide the root.`,
    source,
    difficulty: 0.6,
    answerText: back,
  };
}

export function myotomeReflexCards(): CardDraft[] {
  return [
    ...keyMuscleRoots.map(myotomeCard),
    ...keyMuscleRoots.map(keyMovementCard),
    noKeyMuscleCard(),
    ...reflexCards(),
    ...REFLEX_OF_SPECS.map(reflexOfCard),
    ...(['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2'] as const).map(syndromeCard),
  ];
}
