import type { CardDraft, ChoiceOption, RootId, SourceKey } from '../../types.js';
import { MASTERY_ROOTS } from '../../types.js';
import { shuffleBySeed } from '../shuffle.js';

/** Examination-technique cards: how to test the dermatomes and myotomes, and how to score them. */

interface ExamParts {
  id: string;
  roots: readonly RootId[];
  prompt: string;
  explanation: string;
  source: SourceKey;
  difficulty: number;
}

function examFlip(spec: ExamParts & { back: string; answerText: string }): CardDraft {
  return {
    id: spec.id,
    type: 'examination',
    deck: 'examination',
    roots: [...spec.roots],
    prompt: spec.prompt,
    map: null,
    answer: { kind: 'flip', back: spec.back },
    explanation: spec.explanation,
    source: spec.source,
    difficulty: spec.difficulty,
    answerText: spec.answerText,
  };
}

/**
 * A multiple-choice examination card. Options on an ordinal scale (scores, grades) keep their natural
 * order, as on the scoring sheet; other options are shuffled by the card id.
 */
function examChoice(spec: ExamParts & { options: ChoiceOption[]; correct: string; ordinal?: boolean }): CardDraft {
  const correct = spec.options.find((o) => o.id === spec.correct);
  if (!correct) throw new Error(`${spec.id}: answer ${spec.correct} is not an option`);
  return {
    id: spec.id,
    type: 'examination',
    deck: 'examination',
    roots: [...spec.roots],
    prompt: spec.prompt,
    map: null,
    answer: {
      kind: 'choice',
      options: spec.ordinal ? spec.options : shuffleBySeed(spec.options, spec.id),
      correctOptionId: spec.correct,
    },
    explanation: spec.explanation,
    source: spec.source,
    difficulty: spec.difficulty,
    answerText: correct.text,
  };
}

const SENSORY_SCORES: ChoiceOption[] = [
  { id: '0', text: '0' },
  { id: '1', text: '1' },
  { id: '2', text: '2' },
  { id: 'NT', text: 'NT' },
];

function grades(from: number, to: number): ChoiceOption[] {
  const options: ChoiceOption[] = [];
  for (let grade = from; grade <= to; grade++) options.push({ id: String(grade), text: `Grade ${grade}` });
  return options;
}

const sensoryTechnique: CardDraft[] = [
  examFlip({
    id: 'ex-light-touch-technique',
    roots: MASTERY_ROOTS,
    prompt: 'How do you test light touch over a dermatome?',
    back:
      "Use a wisp of cotton wool or a soft brush. With the patient's eyes closed, touch the skin lightly at one " +
      'point, or brush it over no more than about a centimetre, and ask them to say when they feel it and whether ' +
      'it feels the same as on a normal reference area (the cheek in ISNCSCI, or the other leg). Vary the timing so ' +
      'they cannot answer by rhythm.',
    answerText: 'Cotton wisp or soft brush, eyes closed, compare with a normal reference',
    explanation:
      'Light touch tests the fine-touch pathway; a gentle, brief stimulus at one point keeps it from spreading to ' +
      'neighbouring skin, and irregular timing stops the patient guessing.',
    source: 'EXAM_TECHNIQUE',
    difficulty: 0.2,
  }),
  examFlip({
    id: 'ex-pinprick-sterile-pin',
    roots: MASTERY_ROOTS,
    prompt: 'How do you test pinprick, and what should you use?',
    back:
      'A sterile, single-use pin (a disposable neurological pin or safety pin), never a hypodermic needle that can ' +
      "pierce the skin. With the patient's eyes closed, touch with the sharp end or the blunt end in random order " +
      'and ask "sharp or dull?". Discard the pin after that patient.',
    answerText: 'Sterile single-use pin, sharp and blunt ends in random order, "sharp or dull?"',
    explanation:
      'Pinprick tests the pain pathway; what counts is whether the patient can tell sharp from dull, which is why ' +
      'both ends are used unpredictably. A new pin for each patient prevents the spread of blood-borne infection.',
    source: 'EXAM_TECHNIQUE',
    difficulty: 0.2,
  }),
  examFlip({
    id: 'ex-compare-left-with-right',
    roots: MASTERY_ROOTS,
    prompt: 'Why test each point on both legs, one after the other?',
    back:
      "Each person's normal is their own. Testing the same point on the left and then on the right, and asking " +
      'whether they feel the same, lets a subtle one-sided reduction stand out. When both legs may be affected, ' +
      'compare with a normal area higher up or with the face instead.',
    answerText: "Compare left with right: the other side is the patient's own normal",
    explanation:
      'Root lesions are usually one-sided, and a difference between sides is easier to judge than an absolute ' +
      'level of feeling; in polyneuropathy or cauda equina syndrome both sides can be abnormal, so a side-to-side ' +
      'comparison alone can mislead.',
    source: 'EXAM_TECHNIQUE',
    difficulty: 0.25,
  }),
  examFlip({
    id: 'ex-map-border-from-normal-skin',
    roots: MASTERY_ROOTS,
    prompt: 'You have found a numb area on the leg. How do you map its edge?',
    back:
      'Let the patient feel the stimulus on normal skin first, so they know what normal is. Then, by standard ' +
      'teaching, start in normal skin and move toward the abnormal area in small steps, marking where the feeling ' +
      'changes; repeat along several lines to outline it (crossing the border the other way as a check is also ' +
      "common). Then ask whether the outline follows a dermatome or a single nerve's territory.",
    answerText: 'From normal skin toward the abnormal area, in small steps along several lines',
    explanation:
      'A border found from several directions is more reliable than a single touch, and its shape is the clue: a ' +
      'strip that matches a root, or a patch that matches one nerve.',
    source: 'EXAM_TECHNIQUE',
    difficulty: 0.35,
  }),
  examFlip({
    id: 'ex-prepare-quiet-room-eyes-closed',
    roots: MASTERY_ROOTS,
    prompt: 'What do you set up before a sensory examination of the legs?',
    back:
      'A quiet, warm room; the patient lying comfortably with the legs uncovered and the skin clean and dry; a ' +
      'clear explanation of what you will do, with each stimulus shown first on normal skin (the cheek in ISNCSCI); ' +
      "then the patient's eyes closed during testing.",
    answerText: 'Quiet room, exposed clean skin, explanation and demonstration, eyes closed',
    explanation:
      "Sensory testing depends on the patient's attention and honest report: noise, cold and confusion about the " +
      'task make answers unreliable, and watching the pin lets the eyes answer instead of the skin.',
    source: 'EXAM_TECHNIQUE',
    difficulty: 0.2,
  }),
  examFlip({
    id: 'ex-isncsci-each-key-point',
    roots: MASTERY_ROOTS,
    prompt: 'In the ISNCSCI sensory examination, what is tested at each key point, and how is it recorded?',
    back:
      'Every key point is tested on both sides, twice: once with light touch and once with pinprick. Each test gets ' +
      'its own score of 0, 1, 2 or NT, judged against the cheek as the normal reference. On the perineum the S4-5 ' +
      'point (perianal skin) is scored the same way, and deep anal pressure is recorded separately.',
    answerText: 'Light touch and pinprick separately, both sides, each scored 0/1/2/NT against the face',
    explanation:
      'The two modalities travel in different pathways and can be affected differently, so each point and each ' +
      'modality is scored on its own; testing exactly the key point makes examinations comparable over time and ' +
      'between examiners.',
    source: 'ISNCSCI',
    difficulty: 0.4,
  }),
  examChoice({
    id: 'ex-isncsci-score-cannot-tell-sharp',
    roots: ['L5'],
    prompt:
      'ISNCSCI pinprick at the L5 key point (dorsum of the foot at the third metatarsophalangeal joint): the patient ' +
      'feels each touch but cannot tell the sharp end from the blunt end. What is the score?',
    options: SENSORY_SCORES,
    correct: '0',
    ordinal: true,
    explanation:
      'For pinprick, failing to tell sharp from dull scores 0 even though touch is felt. A score of 1 means sharp ' +
      'is felt but differs from the face (duller or more intense), 2 means the same as the face, and NT is for a ' +
      'point that cannot be tested.',
    source: 'ISNCSCI',
    difficulty: 0.5,
  }),
  examChoice({
    id: 'ex-isncsci-score-fainter-than-face',
    roots: ['S1'],
    prompt:
      'ISNCSCI light touch at the S1 key point (lateral heel): the patient feels the cotton every time but says it ' +
      'is fainter than on the cheek. What is the score?',
    options: SENSORY_SCORES,
    correct: '1',
    ordinal: true,
    explanation:
      'Touch that is felt but differs from the face scores 1 (altered). A score of 0 is for touch not felt at all, ' +
      '2 for touch that feels the same as on the face, and NT for a point that cannot be tested.',
    source: 'ISNCSCI',
    difficulty: 0.35,
  }),
  examChoice({
    id: 'ex-isncsci-score-heightened',
    roots: ['L4'],
    prompt:
      'ISNCSCI light touch at the L4 key point (medial malleolus): the patient says the cotton feels unpleasantly ' +
      'stronger there than on the cheek. What is the score?',
    options: SENSORY_SCORES,
    correct: '1',
    ordinal: true,
    explanation:
      'Altered sensation scores 1 whether it is reduced or heightened: only sensation that matches the face scores ' +
      '2. Heightened feeling is not normal and not absent, so neither 2 nor 0 fits.',
    source: 'ISNCSCI',
    difficulty: 0.55,
  }),
  examChoice({
    id: 'ex-isncsci-score-under-cast',
    roots: ['S1'],
    prompt:
      'After an ankle fracture, the S1 key point (lateral heel) is covered by a plaster cast. How is light touch at ' +
      'that point recorded?',
    options: SENSORY_SCORES,
    correct: 'NT',
    ordinal: true,
    explanation:
      'A point that cannot be reached or reliably tested is recorded as NT (not testable), never guessed as 0, 1 ' +
      'or 2; the reason is noted so the point can be tested later.',
    source: 'ISNCSCI',
    difficulty: 0.3,
  }),
];

const motorTechnique: CardDraft[] = [
  examChoice({
    id: 'ex-motor-grade-against-gravity-only',
    roots: ['L4'],
    prompt:
      'Testing ankle dorsiflexion, the patient lifts the foot through its full range against gravity but gives way ' +
      'as soon as you add the lightest resistance. What grade is this?',
    options: grades(1, 5),
    correct: '3',
    ordinal: true,
    explanation:
      'Grade 3 is full range against gravity with no added resistance. Grade 4 holds against some resistance, 5 is ' +
      'normal, 2 moves only with gravity eliminated, and 1 is a flicker without movement.',
    source: 'ISNCSCI',
    difficulty: 0.35,
  }),
  examChoice({
    id: 'ex-motor-grade-gravity-eliminated',
    roots: ['L3'],
    prompt:
      'With the patient lying on the side and the leg supported, the knee straightens through its full range, but ' +
      'sitting up the patient cannot straighten it against gravity. What grade is knee extension?',
    options: grades(0, 4),
    correct: '2',
    ordinal: true,
    explanation:
      'Grade 2 is full range of movement only with gravity eliminated. Grade 3 would lift the leg against gravity; ' +
      'grade 1 is a visible or palpable contraction without movement; grade 0 is total paralysis.',
    source: 'ISNCSCI',
    difficulty: 0.4,
  }),
  examChoice({
    id: 'ex-motor-grade-flicker',
    roots: ['L4'],
    prompt:
      'When the patient tries to pull the foot up, you can feel the tibialis anterior tendon tighten, but the foot ' +
      'does not move. What grade is this?',
    options: grades(0, 4),
    correct: '1',
    ordinal: true,
    explanation:
      'A palpable or visible contraction without any movement is grade 1. Grade 0 is no contraction at all; grade ' +
      '2 needs movement through the full range with gravity eliminated.',
    source: 'ISNCSCI',
    difficulty: 0.3,
  }),
  examChoice({
    id: 'ex-motor-grade-some-resistance',
    roots: ['L5'],
    prompt:
      'The great toe extends fully against gravity and holds against moderate pressure from your finger, but you ' +
      'can overcome it, whereas the other side you cannot. What grade is great toe extension?',
    options: grades(1, 5),
    correct: '4',
    ordinal: true,
    explanation:
      'Grade 4 is full range against gravity and some resistance, but less than normal; grade 5 would match the ' +
      'expected normal strength, and grade 3 would give way to any resistance. Comparing with the other side helps ' +
      'judge 4 against 5.',
    source: 'ISNCSCI',
    difficulty: 0.35,
  }),
  examChoice({
    id: 'ex-heel-walking-screens-dorsiflexion',
    roots: ['L4', 'L5'],
    prompt: 'Which quick bedside screen best shows weakness of ankle dorsiflexion (L4-L5, mainly tibialis anterior)?',
    options: [
      { id: 'heel-walk', text: 'Walking on the heels' },
      { id: 'toe-walk', text: 'Walking on the toes' },
      { id: 'one-leg-stance', text: 'Standing on one leg and watching the pelvis (Trendelenburg test)' },
      { id: 'femoral-stretch', text: 'Femoral stretch test' },
    ],
    correct: 'heel-walk',
    explanation:
      'Walking on the heels needs the forefoot held up against body weight, so weak dorsiflexors (L4-L5) let it ' +
      'slap down. Toe walking screens plantar flexion (S1), one-leg standing screens hip abduction (L5), and the ' +
      'femoral stretch test looks for irritation of the upper lumbar roots, not weakness. A screen never replaces ' +
      'grading each key muscle.',
    source: 'EXAM_TECHNIQUE',
    difficulty: 0.3,
  }),
  examFlip({
    id: 'ex-toe-walking-heel-raises-s1',
    roots: ['S1'],
    prompt: 'What do toe walking and repeated single-leg heel raises screen for, and why use them instead of your hand?',
    back:
      'Ankle plantar flexion, the S1 key muscle (gastrocnemius and soleus). The calf is so strong that an ' +
      "examiner's hand rarely detects mild weakness; body weight does: fewer heel raises than on the other side, " +
      'or a heel that sinks while walking on tiptoe, shows it.',
    answerText: 'Plantar flexion (S1): body weight reveals calf weakness a hand cannot',
    explanation:
      'Compared side to side, heel raises turn a subtle S1 weakness into a number (for example 3 against 15), which ' +
      'also makes it easy to follow over time.',
    source: 'EXAM_TECHNIQUE',
    difficulty: 0.35,
  }),
];

const rootTension: CardDraft[] = [
  examFlip({
    id: 'ex-femoral-stretch-versus-straight-leg-raise',
    roots: ['L3', 'L4', 'L5', 'S1'],
    prompt: 'How are the femoral stretch test and the straight leg raise done, and which roots does each stretch?',
    back:
      'Femoral stretch: the patient lies prone and the examiner bends the knee (and may lift the thigh into hip ' +
      'extension); pain in the front of the thigh suggests irritation of the upper lumbar roots (L2-L4, used ' +
      'mainly for L3-L4). Straight leg raise: the patient lies supine and the examiner lifts the leg by the heel ' +
      'with the knee straight; pain radiating below the knee, typically between about 30 and 70 degrees, suggests ' +
      'irritation of the lower roots (L5 and S1).',
    answerText: 'Femoral stretch (prone, knee bent): L3-L4; straight leg raise (supine, knee straight): L5-S1',
    explanation:
      'Each test pulls on the nerve roots behind it: the femoral nerve in front of the hip for the upper lumbar ' +
      'roots, the sciatic nerve behind it for L5 and S1. Back pain alone, or tight hamstrings felt behind the ' +
      'knee, is not a positive result.',
    source: 'EXAM_TECHNIQUE',
    difficulty: 0.45,
  }),
  examChoice({
    id: 'ex-which-test-stretches-l3-l4',
    roots: ['L3', 'L4'],
    prompt: 'Which bedside test puts the L3 and L4 roots under tension?',
    options: [
      { id: 'femoral-stretch', text: 'Femoral stretch test (prone, knee bent)' },
      { id: 'straight-leg-raise', text: 'Straight leg raise (supine, knee straight)' },
      { id: 'crossed-straight-leg-raise', text: 'Crossed straight leg raise (lifting the other leg)' },
      { id: 'heel-walk', text: 'Walking on the heels' },
    ],
    correct: 'femoral-stretch',
    explanation:
      'Bending the knee with the patient prone stretches the femoral nerve and, through it, the upper lumbar roots ' +
      '(mainly L3-L4). The straight leg raise and its crossed version stretch the sciatic nerve roots (L5-S1); heel ' +
      'walking is a strength screen, not a tension test.',
    source: 'EXAM_TECHNIQUE',
    difficulty: 0.4,
  }),
];

const diagnosticUse: CardDraft[] = [
  examFlip({
    id: 'ex-conditions-dermatomal-testing-helps',
    roots: MASTERY_ROOTS,
    prompt: 'Which conditions does dermatomal sensory testing help to diagnose?',
    back:
      "Radiculopathy, most often from a lumbar disc herniation or spinal stenosis (a deficit along one root's " +
      "strip), told apart from a peripheral nerve entrapment (one nerve's territory) and from peripheral " +
      'polyneuropathy (symmetrical stocking loss in both feet). It also sets the sensory level after spinal cord ' +
      'injury (ISNCSCI) and checks the saddle when cauda equina syndrome is suspected.',
    answerText: 'Disc herniation and stenosis (radiculopathy), versus nerve entrapment and polyneuropathy',
    explanation:
      'The shape of the deficit is the diagnosis: a strip that follows a root, a patch that follows a nerve, or a ' +
      'symmetrical, length-dependent stocking.',
    source: 'EXAM_TECHNIQUE',
    difficulty: 0.3,
  }),
  examChoice({
    id: 'ex-stocking-loss-is-polyneuropathy',
    roots: ['L4', 'L5', 'S1'],
    prompt:
      'A 70-year-old with long-standing diabetes has reduced pinprick over both feet and up to the middle of both ' +
      'shins, evenly all the way round the leg, with absent ankle jerks on both sides and normal strength. What ' +
      'pattern is this?',
    options: [
      { id: 'polyneuropathy', text: 'Length-dependent peripheral polyneuropathy' },
      { id: 'bilateral-s1', text: 'Bilateral S1 radiculopathy' },
      { id: 'bilateral-common-fibular', text: 'Bilateral common fibular nerve lesions' },
      { id: 'bilateral-l4', text: 'Bilateral L4 radiculopathy' },
    ],
    correct: 'polyneuropathy',
    explanation:
      'Loss that rings the leg evenly, rising from the toes to the same height on both sides, crosses the L4, L5 ' +
      'and S1 strips and belongs to no single root or nerve: it is a length-dependent polyneuropathy, and lost ' +
      'ankle jerks are typical of it. An S1 lesion would numb the heel, sole and outer foot only; fibular lesions ' +
      'would spare the sole and weaken dorsiflexion; L4 would numb the medial leg.',
    source: 'EXAM_TECHNIQUE',
    difficulty: 0.4,
  }),
];

const sacralLevels: CardDraft[] = [
  examFlip({
    id: 'ex-isncsci-s4-5-sacral-sparing',
    roots: ['S4-5'],
    prompt: 'How does the ISNCSCI examination test the lowest sacral level, and why does the result matter so much?',
    back:
      'Light touch and pinprick at the perianal key point (within 1 cm of the mucocutaneous junction), plus deep ' +
      'anal pressure and voluntary anal contraction on rectal examination. Any of these preserved is sacral ' +
      'sparing, which makes a spinal cord injury incomplete.',
    answerText:
      'Perianal light touch and pinprick, deep anal pressure, voluntary anal contraction: any one spared means incomplete',
    explanation:
      'S4-5 is scored as a single level at the perianal key point, and the rectal examination adds deep anal ' +
      'pressure and voluntary contraction of the anal sphincter. Preserved sacral function of any kind defines ' +
      'an incomplete injury, which carries a better outlook for recovery than a complete one.',
    source: 'ISNCSCI',
    difficulty: 0.55,
  }),
];

export const examinationCards: CardDraft[] = [
  ...sensoryTechnique,
  ...motorTechnique,
  ...rootTension,
  ...diagnosticUse,
  ...sacralLevels,
];
