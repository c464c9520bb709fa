/**
 * Checks specific to the hand-written cards (src/cards/authored): the counts issue 3 asks for, that each
 * prompt says what its structured findings say, that every distractor is ruled out by a finding, and that
 * the cases read as different people. The correctness rules shared by all cards live in cards.test.ts.
 */
import { MASTERY_ROOTS, ROOT_IDS, type CardDraft, type CaseFindings, type NerveId, type RootId } from '../src/types.js';
import { authoredCards } from '../src/cards/authored/index.js';
import { TRIAGE_LEVELS } from '../src/cards/authored/case.js';
import { hashText, pickBySeed, shuffleBySeed } from '../src/cards/shuffle.js';

type ChoiceCard = CardDraft & { answer: Extract<CardDraft['answer'], { kind: 'choice' }> };
type CaseCard = ChoiceCard & { findings: CaseFindings };
type Action =
  | 'hip flexion'
  | 'hip adduction'
  | 'hip abduction'
  | 'knee extension'
  | 'ankle dorsiflexion'
  | 'great toe extension'
  | 'ankle inversion'
  | 'ankle eversion'
  | 'ankle plantar flexion';
type ReflexId = keyof CaseFindings['reflexes'];

// ---------------------------------------------------------------------------------------------------------
// The clinical model these tests hold the cases to (shared/reference/dermatomes.md, sections 3, 4 and 6).

const NERVE_ROOTS: Record<NerveId, RootId[]> = {
  ilioinguinal: ['L1'],
  genitofemoral: ['L1', 'L2'],
  'lateral-femoral-cutaneous': ['L2', 'L3'],
  femoral: ['L2', 'L3', 'L4'],
  obturator: ['L2', 'L3', 'L4'],
  saphenous: ['L3', 'L4'],
  'common-fibular': ['L4', 'L5', 'S1', 'S2'],
  'superficial-fibular': ['L4', 'L5', 'S1'],
  'deep-fibular': ['L4', 'L5', 'S1'],
  sural: ['S1', 'S2'],
  'tibial-tarsal-tunnel': ['L4', 'L5', 'S1', 'S2', 'S3'],
  'medial-calcaneal': ['S1', 'S2'],
  'medial-plantar': ['L4', 'L5'],
  'lateral-plantar': ['S1', 'S2'],
  'posterior-femoral-cutaneous': ['S1', 'S2', 'S3'],
  sciatic: ['L4', 'L5', 'S1', 'S2', 'S3'],
  pudendal: ['S2', 'S3', 'S4-5'],
};
const NERVE_IDS = Object.keys(NERVE_ROOTS) as NerveId[];
const PURELY_SENSORY: NerveId[] = [
  'lateral-femoral-cutaneous',
  'saphenous',
  'sural',
  'medial-calcaneal',
  'posterior-femoral-cutaneous',
];

/** Movements a lesion can weaken; `core` movements are the ones a stated-normal finding argues against. */
const LESION_MOTOR: Record<string, { allowed: Action[]; core: Action[] }> = {
  L1: { allowed: [], core: [] },
  L2: { allowed: ['hip flexion', 'hip adduction'], core: ['hip flexion'] },
  L3: { allowed: ['knee extension', 'hip adduction', 'hip flexion'], core: ['knee extension', 'hip adduction'] },
  L4: { allowed: ['knee extension', 'ankle dorsiflexion', 'ankle inversion'], core: ['knee extension'] },
  L5: {
    allowed: ['great toe extension', 'ankle dorsiflexion', 'ankle inversion', 'hip abduction', 'ankle eversion'],
    core: ['great toe extension', 'ankle inversion', 'hip abduction'],
  },
  S1: { allowed: ['ankle plantar flexion', 'ankle eversion'], core: ['ankle plantar flexion'] },
  S2: { allowed: [], core: [] },
  S3: { allowed: [], core: [] },
  'S4-5': { allowed: [], core: [] },
  ilioinguinal: { allowed: [], core: [] },
  genitofemoral: { allowed: [], core: [] },
  'lateral-femoral-cutaneous': { allowed: [], core: [] },
  femoral: { allowed: ['knee extension', 'hip flexion'], core: ['knee extension'] },
  obturator: { allowed: ['hip adduction'], core: ['hip adduction'] },
  saphenous: { allowed: [], core: [] },
  'common-fibular': {
    allowed: ['ankle dorsiflexion', 'great toe extension', 'ankle eversion'],
    core: ['ankle dorsiflexion', 'ankle eversion'],
  },
  'superficial-fibular': { allowed: ['ankle eversion'], core: ['ankle eversion'] },
  'deep-fibular': { allowed: ['ankle dorsiflexion', 'great toe extension'], core: ['ankle dorsiflexion'] },
  sural: { allowed: [], core: [] },
  'tibial-tarsal-tunnel': { allowed: [], core: [] },
  'medial-calcaneal': { allowed: [], core: [] },
  'medial-plantar': { allowed: [], core: [] },
  'lateral-plantar': { allowed: [], core: [] },
  'posterior-femoral-cutaneous': { allowed: [], core: [] },
  pudendal: { allowed: [], core: [] },
  sciatic: {
    allowed: ['ankle dorsiflexion', 'great toe extension', 'ankle inversion', 'ankle eversion', 'ankle plantar flexion'],
    core: ['ankle dorsiflexion', 'ankle plantar flexion'],
  },
};

/** Every root some source gives for each reflex (section 3): a lowered reflex outside this list rules a lesion out. */
const REFLEX_ROOTS: Record<ReflexId, RootId[]> = {
  knee: ['L2', 'L3', 'L4'],
  ankle: ['S1', 'S2'],
  'medial-hamstring': ['L5'],
  cremasteric: ['L1', 'L2'],
};
const NERVE_REFLEX: Partial<Record<string, ReflexId>> = { femoral: 'knee', genitofemoral: 'cremasteric', sciatic: 'ankle' };

/** The single root whose skin a nerve's territory can pass for (the femoral nerve spans several). */
const SKIN_MIMIC: Record<NerveId, RootId[]> = {
  ilioinguinal: ['L1'],
  genitofemoral: ['L1'],
  'lateral-femoral-cutaneous': ['L2', 'L3'],
  femoral: [],
  obturator: ['L2', 'L3'],
  saphenous: ['L3', 'L4'],
  'common-fibular': ['L5'],
  'superficial-fibular': ['L5'],
  'deep-fibular': ['L5'],
  sural: ['S1'],
  'tibial-tarsal-tunnel': ['S1'],
  'medial-calcaneal': ['S1'],
  'medial-plantar': ['L5', 'S1'],
  'lateral-plantar': ['S1'],
  'posterior-femoral-cutaneous': ['S2'],
  sciatic: ['L5', 'S1'],
  pudendal: ['S3', 'S4-5'],
};

// ---------------------------------------------------------------------------------------------------------
// Reading a prompt: which movements, reflexes and skin it reports, and how.

const ACTION_WORDS: Record<Action, RegExp> = {
  'hip flexion': /hip flexion|iliopsoas/i,
  'hip adduction': /adduct/i,
  'hip abduction': /abduct|pelvis (sags|drops|level)|trendelenburg/i,
  'knee extension':
    /knee extension|quadriceps|straighten(ing)? (the|his|her) knee|keep (his|her) (left |right )?knee straight|knee (buckles|buckled|gives way|has buckled|has been giving way)/i,
  'ankle dorsiflexion': /dorsiflex|walk(s|ing)? on (his|her) (left |right )?heels?|heel[- ]walk|tibialis anterior/i,
  'great toe extension': /(great|big) toe (extension|will not lift)|extensor hallucis/i,
  'ankle inversion': /\binver(sion|ts?|ting)\b/i,
  'ankle eversion': /\bever(sion|ts?|ting)\b/i,
  'ankle plantar flexion': /plantar flexion|heel raises?|tiptoe|on(to)? (his|her) (left |right )?toes|calf strength/i,
};
const ACTIONS = Object.keys(ACTION_WORDS) as Action[];

const WEAK_WORDS =
  /\b(weak|weakness|[0-4]\/5|cannot|unable|struggles?|gives? way|buckles|buckled|drops|slaps?|slapping|sags|drags|only (one|two|three|four|five|\d+))\b/i;
const NORMAL_WORDS = /\b(full|normal|strong|5\/5|easily|without difficulty|intact)\b/i;
const GENERIC_POWER = /\b(power|strength)\b/i;

const REFLEX_WORDS: Record<ReflexId, RegExp> = {
  knee: /knee (and ankle )?(jerk|reflex)|patellar/i,
  ankle: /ankle (jerk|reflex)|knee and ankle (jerks|reflexes)|achilles reflex/i,
  'medial-hamstring': /medial hamstring/i,
  cremasteric: /cremasteric/i,
};
const REFLEX_STATE_WORDS: Record<'normal' | 'reduced' | 'absent' | 'brisk', RegExp> = {
  normal: /\b(normal|present|preserved|intact|symmetrical|equal|equal to)\b/i,
  reduced: /\b(reduced|diminished|depressed|weaker|sluggish)\b/i,
  absent: /\b(absent|lost|unobtainable)\b/i,
  brisk: /\b(brisk|exaggerated)\b/i,
};

const SENSORY_WORDS = /numb|sensation|pinprick|light touch|tingl|feels? (blunt|dull)/i;
const ROOT_SKIN: Record<RootId, RegExp> = {
  L1: /groin|inguinal/i,
  L2: /mid-anterior|middle (third )?of the front of the|front of (his|her|the) (left |right )?thigh/i,
  L3: /knee|lower (front|anterior|third)/i,
  L4: /medial (leg|lower leg|shin|malleolus|ankle)|inner (shin|ankle)|inside of (his|her) (left |right )?(shin|lower leg|leg)/i,
  L5: /dorsum|top of the foot|lateral (leg|calf|shin)|outer (shin|leg|calf)|outside of (his|her) (left |right )?leg/i,
  S1: /heel|sole|outer (edge|border|side) of the foot|lateral (border|edge) of the foot|lateral (foot|sole)|little toe/i,
  S2: /back of the (left |right )?(thigh|calf)|posterior thigh|popliteal|behind (his|her) (left |right )?(thigh|knee)/i,
  S3: /buttock|ischial/i,
  'S4-5': /perianal|anus|saddle/i,
};
const NERVE_SKIN: Record<NerveId, RegExp> = {
  ilioinguinal: /groin|inner thigh|mons|penis/i,
  genitofemoral: /femoral triangle|upper (front|anterior)|scrotum|labium/i,
  'lateral-femoral-cutaneous':
    /anterolateral|outer (front of the )?(left |right )?thigh|outside of (his|her) (left |right )?thigh/i,
  femoral: /front of the (left |right )?thigh|anterior thigh/i,
  obturator: /inner thigh|inside of (her|his) (left |right )?thigh/i,
  saphenous: /medial (knee|leg)|inner (knee|shin)|inside of (her|his) (left |right )?(knee|leg)/i,
  'common-fibular': /lateral calf|outer side of the lower leg|dorsum|top of the foot/i,
  'superficial-fibular': /dorsum|top of (the|her|his) (left |right )?foot/i,
  'deep-fibular': /first web space|between (her|his) big toe and second toe/i,
  sural: /outer (edge|border)|lateral (border|heel)|little toe|outside of (her|his) (left |right )?foot/i,
  'tibial-tarsal-tunnel': /\bsole/i,
  'medial-calcaneal': /heel/i,
  'medial-plantar': /\bsole/i,
  'lateral-plantar': /\bsole/i,
  'posterior-femoral-cutaneous': /back of the (left |right )?thigh|behind (his|her) (left |right )?thigh/i,
  sciatic: /lateral (leg|calf)|outer (side of the )?(leg|calf|shin)|dorsum|top of the foot|\bsole/i,
  pudendal: /perine|perianal|around the anus|scrotum|labia/i,
};

/** Clauses: sentences split further at semicolons, at ", and", and at "but", "while", "whereas". */
function clausesOf(text: string): string[] {
  return text
    .split(/[.;:?!]|,\s+and\b|\bbut\b|\bwhile\b|\bwhereas\b/i)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

function isGenericFullPower(clause: string): boolean {
  return (
    GENERIC_POWER.test(clause) &&
    NORMAL_WORDS.test(clause) &&
    !WEAK_WORDS.test(clause) &&
    !/otherwise/i.test(clause) &&
    !ACTIONS.some((a) => ACTION_WORDS[a].test(clause))
  );
}

type Strength = 'weak' | 'normal' | null;
const strengthOf = (text: string): Strength => (WEAK_WORDS.test(text) ? 'weak' : NORMAL_WORDS.test(text) ? 'normal' : null);

/**
 * What the prompt says about each movement: weak, stated normal, or nothing. A clause is cut into list items
 * ("Dorsiflexion is 3/5, eversion 4/5 and inversion 5/5"); an item without its own grade takes the one that
 * follows it ("Eversion, inversion and hip abduction are full"), or else the one before it.
 */
function motorStatements(prompt: string): { weak: Set<Action>; normal: Set<Action>; genericNormal: boolean } {
  const weak = new Set<Action>();
  const normal = new Set<Action>();
  let genericNormal = false;
  for (const clause of clausesOf(prompt)) {
    if (isGenericFullPower(clause)) genericNormal = true;
    const items = clause.split(/,|\band\b/i);
    const own = items.map(strengthOf);
    items.forEach((item, i) => {
      const strength =
        own[i] ??
        own.slice(i + 1).find((s) => s !== null) ??
        own
          .slice(0, i)
          .reverse()
          .find((s) => s !== null);
      for (const action of ACTIONS) {
        if (!ACTION_WORDS[action].test(item)) continue;
        if (strength === 'weak') weak.add(action);
        else if (strength === 'normal') normal.add(action);
      }
    });
  }
  return { weak, normal, genericNormal };
}

function statedNormal(card: CaseCard, action: Action): boolean {
  const motor = motorStatements(card.prompt);
  return motor.normal.has(action) || (motor.genericNormal && card.findings.weakActions.length === 0);
}

const choiceCards = authoredCards.filter((c): c is ChoiceCard => c.answer.kind === 'choice');
const caseCards = choiceCards.filter((c): c is CaseCard => c.findings !== undefined);
const lesionCases = caseCards.filter((c) => c.type === 'vignette' || c.type === 'peripheral');
const redFlags = caseCards.filter((c) => c.type === 'red-flag');
const vignettes = lesionCases.filter((c) => c.type === 'vignette');
const peripherals = lesionCases.filter((c) => c.type === 'peripheral');
const examCards = authoredCards.filter((c) => c.type === 'examination');

const isRoot = (id: string): id is RootId => (ROOT_IDS as readonly string[]).includes(id);
const isNerve = (id: string): id is NerveId => (NERVE_IDS as string[]).includes(id);
const answerOf = (card: ChoiceCard): string => card.answer.correctOptionId;
const wrongOptionsOf = (card: ChoiceCard): string[] => card.answer.options.map((o) => o.id).filter((id) => id !== answerOf(card));
const isDown = (state: string | undefined): boolean => state === 'reduced' || state === 'absent';

/**
 * Each test collects every broken card rather than stopping at the first, so one run lists them all;
 * afterEach fails the test when anything was collected.
 */
let problems: string[] = [];
function fail(card: CardDraft, message: string): void {
  problems.push(`card ${card.id}: ${message}`);
}
beforeEach(() => {
  problems = [];
});
afterEach(() => {
  expect(problems).toEqual([]);
});

// ---------------------------------------------------------------------------------------------------------

describe('authored cards: what issue 3 asks for', () => {
  it('use ids that name the kind of card, and the type and deck that go with it', () => {
    const kinds: Record<string, [CardDraft['type'], CardDraft['deck']]> = {
      'vig-': ['vignette', 'vignettes'],
      'per-': ['peripheral', 'peripheral-nerves'],
      'rf-': ['red-flag', 'red-flags'],
      'ex-': ['examination', 'examination'],
    };
    for (const card of authoredCards) {
      const prefix = Object.keys(kinds).find((p) => card.id.startsWith(p));
      if (!prefix) {
        fail(card, 'id must start with vig-, per-, rf- or ex-');
        continue;
      }
      expect({ id: card.id, type: card.type, deck: card.deck }).toEqual({
        id: card.id,
        type: kinds[prefix]![0],
        deck: kinds[prefix]![1],
      });
      if (!/^[a-z0-9]+(-[a-z0-9]+)+$/.test(card.id)) fail(card, 'id must be lower-case words joined by hyphens');
    }
    const ids = authoredCards.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(MASTERY_ROOTS)('has at least 8 root vignettes answering %s, tagged with that root', (root) => {
    const forRoot = vignettes.filter((c) => answerOf(c) === root);
    expect(forRoot.length).toBeGreaterThanOrEqual(8);
    for (const card of forRoot) expect({ id: card.id, roots: card.roots }).toEqual({ id: card.id, roots: [root] });
  });

  it('answers every root vignette with a root', () => {
    expect(vignettes.length).toBeGreaterThanOrEqual(56);
    for (const card of vignettes) if (!isRoot(answerOf(card))) fail(card, 'a vignette answers a root');
  });

  it('has at least 36 dermatomal-vs-peripheral cases, each nerve the answer twice, and some roots as answers', () => {
    expect(peripherals.length).toBeGreaterThanOrEqual(36);
    for (const nerve of NERVE_IDS) {
      const count = peripherals.filter((c) => answerOf(c) === nerve).length;
      expect({ nerve, atLeastTwo: count >= 2 }).toEqual({ nerve, atLeastTwo: true });
    }
    const rootAnswers = peripherals.filter((c) => isRoot(answerOf(c)));
    expect(rootAnswers.length).toBeGreaterThanOrEqual(8);
    expect(new Set(rootAnswers.map(answerOf)).size).toBeGreaterThanOrEqual(6);
  });

  it('tags a nerve answer with the roots it mimics: roots of that nerve or the root whose skin it passes for', () => {
    for (const card of peripherals.filter((c) => isNerve(answerOf(c)))) {
      const nerve = answerOf(card) as NerveId;
      if (card.roots.length === 0) fail(card, 'no mastery root');
      for (const root of card.roots) {
        if (!NERVE_ROOTS[nerve].includes(root) && !SKIN_MIMIC[nerve].includes(root)) {
          fail(card, `${root} is neither a root of ${nerve} nor the root it mimics`);
        }
      }
    }
  });

  it('has at least 12 red-flag cases spanning every triage level, with several cauda equina presentations', () => {
    expect(redFlags.length).toBeGreaterThanOrEqual(12);
    const byLevel = (level: string) => redFlags.filter((c) => answerOf(c) === level);
    expect(byLevel('emergency').length).toBeGreaterThanOrEqual(5);
    expect(byLevel('urgent').length).toBeGreaterThanOrEqual(2);
    expect(byLevel('routine').length).toBeGreaterThanOrEqual(1);
    expect(byLevel('self-care').length).toBeGreaterThanOrEqual(1);
    const emergencies = byLevel('emergency');
    const features: Record<string, RegExp> = {
      retention: /retention|not managed to pass urine|has not passed urine|not felt any need/i,
      hesitancy: /strain to start|hesitancy/i,
      incontinence: /soiled|incontinen/i,
      rectalSensation: /feeling that she needs to open her bowels|rectal/i,
      sexualDysfunction: /erection|sexual/i,
      bilateralSciatica: /both legs/i,
      saddleNumbness: /perianal|around the anus|around his anus/i,
    };
    for (const [feature, pattern] of Object.entries(features)) {
      const shown = emergencies.some((c) => pattern.test(c.prompt));
      expect({ feature, shown }).toEqual({ feature, shown: true });
    }
    const smallResidual = emergencies.filter((c) => {
      const volume = /(\d+) mL/.exec(c.prompt);
      return volume !== null && Number(volume[1]) < 200;
    });
    expect(smallResidual.length).toBeGreaterThanOrEqual(1);
    for (const card of smallResidual) {
      if (!/200 mL/.test(card.explanation)) fail(card, 'must teach that a residual under 200 mL does not exclude');
    }
  });

  it('gives triage cases the four levels in order of urgency, tags saddle cases S3 and S4-5, and cites a CES source', () => {
    for (const card of redFlags) {
      expect(card.answer.options.map((o) => o.id)).toEqual([...TRIAGE_LEVELS]);
      for (const option of card.answer.options) {
        if (!option.text.toLowerCase().startsWith(`${option.id}:`)) fail(card, `option ${option.id} text must name it`);
      }
      if (card.findings.sensoryPattern.saddle) {
        if (!card.roots.includes('S3') || !card.roots.includes('S4-5')) fail(card, 'saddle case must tag S3 and S4-5');
      }
      if (!['GIRFT_CES', 'BMJ_BP_CES', 'AJEM_CES'].includes(card.source)) fail(card, `source ${card.source}`);
      if (answerOf(card) === 'emergency' && !/within hours/i.test(card.explanation)) {
        fail(card, 'an emergency explanation says how fast: within hours');
      }
    }
  });

  it('has at least 14 examination cards, flip and choice, covering the technique the reference teaches', () => {
    expect(examCards.length).toBeGreaterThanOrEqual(14);
    expect(examCards.some((c) => c.answer.kind === 'flip')).toBe(true);
    expect(examCards.some((c) => c.answer.kind === 'choice')).toBe(true);
    const text = (c: CardDraft) =>
      `${c.prompt} ${c.answer.kind === 'flip' ? c.answer.back : ''} ${c.answerText} ${c.explanation}`;
    const topics: Record<string, RegExp> = {
      cottonOrBrush: /cotton|soft brush/i,
      sterilePin: /sterile, single-use pin/i,
      sharpDull: /sharp.*dull|sharp from dull/i,
      leftRight: /left.*right/i,
      normalToAbnormal: /start in normal skin and move toward the abnormal/i,
      scoring: /\b0, 1, 2 or NT\b/,
      notTestable: /not testable/i,
      motorGrades: /grade 3/i,
      quietRoomEyesClosed: /quiet.*eyes closed/i,
      heelWalking: /walking on the heels/i,
      toeWalking: /toe walking/i,
      femoralStretch: /femoral stretch/i,
      straightLegRaise: /straight leg raise/i,
      conditions: /disc herniation.*stenosis.*polyneuropathy/i,
    };
    for (const [topic, pattern] of Object.entries(topics)) {
      const covered = examCards.some((c) => pattern.test(text(c)));
      expect({ topic, covered }).toEqual({ topic, covered: true });
    }
    for (const card of examCards) {
      if (!['EXAM_TECHNIQUE', 'ISNCSCI'].includes(card.source)) fail(card, `source ${card.source}`);
      if (card.findings !== undefined) fail(card, 'an examination card has no case findings');
    }
  });
});

describe('authored cases: the prompt says what the findings say', () => {
  it('gives the age and a sex that matches every gendered word', () => {
    const female = /\b(woman|girl|she|her|hers|herself|mother)\b/gi;
    const male = /\b(man|boy|he|his|him|himself)\b/gi;
    // Global patterns keep state between calls; match() resets it, test() would not.
    for (const card of caseCards) {
      const { age, sex } = card.findings;
      if (!card.prompt.includes(`${age}-year-old`)) fail(card, `prompt does not give the age ${age}`);
      const own = sex === 'female' ? female : male;
      const other = sex === 'female' ? male : female;
      if (!card.prompt.match(own)) fail(card, `prompt has no ${sex} word`);
      const stray = card.prompt.match(other);
      if (stray) fail(card, `a ${sex} patient is called "${stray.join(', ')}"`);
    }
  });

  it('makes a sensory statement that names the skin of the sensory pattern', () => {
    for (const card of caseCards) {
      if (!SENSORY_WORDS.test(card.prompt)) fail(card, 'no sensory statement');
      const { roots = [], nerve } = card.findings.sensoryPattern;
      for (const root of roots) if (!ROOT_SKIN[root].test(card.prompt)) fail(card, `does not describe ${root} skin`);
      if (nerve && !NERVE_SKIN[nerve].test(card.prompt)) fail(card, `does not describe the ${nerve} territory`);
      if (card.findings.sensoryPattern.saddle && !ROOT_SKIN['S4-5'].test(card.prompt)) fail(card, 'no saddle skin');
    }
  });

  it('reports each weak movement as weak, and no other movement as weak', () => {
    for (const card of caseCards) {
      const { weak } = motorStatements(card.prompt);
      const recorded = new Set(card.findings.weakActions);
      for (const action of recorded) {
        if (!ACTIONS.includes(action as Action)) fail(card, `unknown movement "${action}"`);
        if (!weak.has(action as Action)) fail(card, `findings say weak ${action}, the prompt does not`);
      }
      for (const action of weak) if (!recorded.has(action)) fail(card, `prompt calls ${action} weak, findings do not`);
    }
  });

  it('states normal power in words when nothing is weak, and never calls a weak movement normal', () => {
    for (const card of caseCards) {
      const motor = motorStatements(card.prompt);
      if (card.findings.weakActions.length === 0 && !motor.genericNormal && motor.normal.size === 0) {
        fail(card, 'power is normal but the prompt never says so');
      }
      for (const action of card.findings.weakActions) {
        if (motor.normal.has(action as Action)) fail(card, `${action} is both weak and normal in the prompt`);
      }
      if (motor.genericNormal && card.findings.weakActions.length > 0) fail(card, '"power is full" beside a weakness');
    }
  });

  it('states every reflex of the findings with its state, and no contradicting state', () => {
    for (const card of caseCards) {
      const entries = Object.entries(card.findings.reflexes) as [ReflexId, keyof typeof REFLEX_STATE_WORDS][];
      if (entries.length === 0) fail(card, 'no reflex finding');
      const clauses = clausesOf(card.prompt);
      for (const [reflex, state] of entries) {
        const mentions = clauses.filter((c) => REFLEX_WORDS[reflex].test(c));
        if (mentions.length === 0) fail(card, `the ${reflex} reflex is not in the prompt`);
        if (!mentions.some((c) => REFLEX_STATE_WORDS[state].test(c))) fail(card, `the ${reflex} reflex is not ${state}`);
        for (const [other, words] of Object.entries(REFLEX_STATE_WORDS)) {
          if (other !== state && mentions.some((c) => words.test(c))) {
            fail(card, `the ${reflex} reflex is ${state} but a clause also says ${other}`);
          }
        }
      }
      for (const reflex of Object.keys(REFLEX_WORDS) as ReflexId[]) {
        const mentioned = clauses.some((c) => REFLEX_WORDS[reflex].test(c));
        if (mentioned && card.findings.reflexes[reflex] === undefined) fail(card, `prompt tests ${reflex}, findings do not`);
      }
    }
  });

  it('never rests on pain alone: every lesion case has a sensory, a motor and a reflex statement', () => {
    for (const card of lesionCases) {
      const motor = motorStatements(card.prompt);
      const motorStated = motor.weak.size + motor.normal.size > 0 || motor.genericNormal;
      if (!SENSORY_WORDS.test(card.prompt) || !motorStated) fail(card, 'needs sensory and motor statements');
      if (!Object.values(REFLEX_WORDS).some((w) => w.test(card.prompt))) fail(card, 'needs a reflex statement');
    }
  });
});

describe('authored cases: the findings fit the answer and rule out every distractor', () => {
  it('offers 4-5 options that are roots or nerves, and names every distractor in the explanation', () => {
    const named: Record<NerveId, RegExp> = {
      ilioinguinal: /ilioinguinal/i,
      genitofemoral: /genitofemoral/i,
      'lateral-femoral-cutaneous': /lateral femoral cutaneous/i,
      femoral: /(?<!(lateral|posterior) )\bfemoral\b(?! cutaneous| triangle| artery)/i,
      obturator: /obturator/i,
      saphenous: /saphenous nerve/i,
      'common-fibular': /common fibular/i,
      'superficial-fibular': /superficial fibular/i,
      'deep-fibular': /deep fibular/i,
      sural: /sural/i,
      'tibial-tarsal-tunnel': /tarsal tunnel/i,
      'posterior-femoral-cutaneous': /posterior femoral cutaneous/i,
      'medial-calcaneal': /medial calcaneal/i,
      'medial-plantar': /medial plantar/i,
      'lateral-plantar': /lateral plantar/i,
      sciatic: /sciatic/i,
      pudendal: /pudendal/i,
    };
    for (const card of lesionCases) {
      const ids = card.answer.options.map((o) => o.id);
      if (ids.length < 4 || ids.length > 5) fail(card, `${ids.length} options`);
      for (const id of ids) if (!isRoot(id) && !isNerve(id)) fail(card, `unknown option ${id}`);
      for (const wrong of wrongOptionsOf(card)) {
        const pattern = isRoot(wrong) ? new RegExp(`\\b${wrong}\\b`) : isNerve(wrong) ? named[wrong] : undefined;
        if (!pattern?.test(card.explanation)) fail(card, `explanation never says why ${wrong} is wrong`);
      }
    }
  });

  it('explains in 2-4 sentences', () => {
    for (const card of authoredCards) {
      const sentences = card.explanation.split(/(?<=[.!?])\s+(?=[A-Z(])/).length;
      if (sentences < 1 || sentences > 4) fail(card, `explanation has ${sentences} sentences`);
      if (card.type !== 'examination' && sentences < 2) fail(card, 'a case explanation needs at least 2 sentences');
    }
  });

  it('keeps each weakness and each lowered reflex within what the answer can cause', () => {
    for (const card of lesionCases) {
      const answer = answerOf(card);
      const motor = LESION_MOTOR[answer];
      if (!motor) {
        fail(card, `no motor model for ${answer}`);
        continue;
      }
      for (const action of card.findings.weakActions) {
        if (!motor.allowed.includes(action as Action)) fail(card, `${answer} cannot weaken ${action}`);
      }
      for (const [reflex, state] of Object.entries(card.findings.reflexes) as [ReflexId, string][]) {
        if (!isDown(state)) continue;
        const fits = isRoot(answer) ? REFLEX_ROOTS[reflex].includes(answer) : NERVE_REFLEX[answer] === reflex;
        if (!fits) fail(card, `${answer} cannot lower the ${reflex} reflex`);
      }
    }
  });

  it('gives purely sensory nerve answers no weakness at all', () => {
    for (const card of peripherals.filter((c) => (PURELY_SENSORY as string[]).includes(answerOf(c)))) {
      expect({ id: card.id, weak: card.findings.weakActions }).toEqual({ id: card.id, weak: [] });
    }
  });

  it('puts the answer root, and no distractor root, in the sensory pattern of a root answer', () => {
    for (const card of lesionCases.filter((c) => isRoot(answerOf(c)))) {
      const numb = card.findings.sensoryPattern.roots ?? [];
      expect({ id: card.id, numb }).toEqual({ id: card.id, numb: [answerOf(card)] });
    }
    for (const card of lesionCases.filter((c) => isNerve(answerOf(c)))) {
      if (card.findings.sensoryPattern.nerve !== answerOf(card)) fail(card, 'sensory pattern must be the nerve');
    }
  });

  /**
   * A distractor is ruled out by a motor or reflex finding: a weakness it cannot cause, a lowered reflex
   * outside its range, or one of its core movements stated normal. Exempt are the lesions with no leg muscle
   * to test (L1, S2, S3, S4-5 and the purely sensory nerves): those are told apart by the extent of the skin
   * change and the story, which the explanation must give. A contested reflex value never counts.
   */
  it('rules every distractor out with a motor or reflex finding, not with a contested reflex alone', () => {
    for (const card of lesionCases) {
      const answer = answerOf(card);
      for (const wrong of wrongOptionsOf(card)) {
        const motor = LESION_MOTOR[wrong];
        if (!motor) {
          fail(card, `no motor model for ${wrong}`);
          continue;
        }
        if (motor.allowed.length === 0) continue;
        if (isNerve(answer) && isRoot(wrong) && !SKIN_MIMIC[answer].includes(wrong)) continue;
        const weakOutside = card.findings.weakActions.some((a) => !motor.allowed.includes(a as Action));
        const coreNormal = motor.core.some((a) => statedNormal(card, a));
        const reflexOutside = (Object.entries(card.findings.reflexes) as [ReflexId, string][]).some(
          ([reflex, state]) =>
            isDown(state) && (isRoot(wrong) ? !REFLEX_ROOTS[reflex].includes(wrong) : NERVE_REFLEX[wrong] !== reflex),
        );
        if (!weakOutside && !coreNormal && !reflexOutside) {
          fail(card, `no motor or reflex finding rules out ${wrong}`);
        }
      }
    }
  });

  it('never teaches a disc level against the traversing/exiting rule', () => {
    const rules: [RegExp, RootId][] = [
      [/posterolateral disc herniation at L1-2/, 'L2'],
      [/posterolateral disc herniation at L2-3/, 'L3'],
      [/posterolateral disc herniation at L3-4/, 'L4'],
      [/posterolateral disc herniation at L4-5/, 'L5'],
      [/posterolateral disc herniation at L5-S1/, 'S1'],
      [/far-lateral disc herniation at L1-2/, 'L1'],
      [/far-lateral disc herniation at L2-3/, 'L2'],
      [/far-lateral disc herniation at L3-4/, 'L3'],
      [/far-lateral disc herniation at L4-5/, 'L4'],
      [/far-lateral disc herniation at L5-S1/, 'L5'],
      [/lateral recess (narrowing )?at L2-3/, 'L3'],
      [/lateral recess (narrowing )?at L3-4/, 'L4'],
      [/lateral recess (narrowing )?at L5-S1/, 'S1'],
    ];
    let checked = 0;
    for (const card of lesionCases) {
      for (const [pattern, root] of rules) {
        if (!pattern.test(card.prompt)) continue;
        checked++;
        if (answerOf(card) !== root) fail(card, `${pattern.source} compresses ${root}`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });
});

describe('authored cases read as different people', () => {
  it('span teenagers to people in their 80s, every decade between, and both sexes evenly', () => {
    const ages = caseCards.map((c) => c.findings.age);
    expect(Math.min(...ages)).toBeLessThan(20);
    expect(Math.max(...ages)).toBeGreaterThanOrEqual(80);
    for (let decade = 10; decade <= 80; decade += 10) {
      expect({ decade, present: ages.some((a) => a >= decade && a < decade + 10) }).toEqual({ decade, present: true });
    }
    expect(new Set(ages).size).toBeGreaterThanOrEqual(40);
    const women = caseCards.filter((c) => c.findings.sex === 'female').length;
    expect(women / caseCards.length).toBeGreaterThan(0.4);
    expect(women / caseCards.length).toBeLessThan(0.6);
  });

  it('varies age and sex within each root', () => {
    for (const root of MASTERY_ROOTS) {
      const cases = lesionCases.filter((c) => answerOf(c) === root);
      const sexes = new Set(cases.map((c) => c.findings.sex));
      const ages = cases.map((c) => c.findings.age);
      expect({ root, bothSexes: sexes.size === 2 }).toEqual({ root, bothSexes: true });
      expect({ root, spread: Math.max(...ages) - Math.min(...ages) >= 30 }).toEqual({ root, spread: true });
    }
  });

  it('shares no sentence of eight words or more between two prompts', () => {
    const seen = new Map<string, string>();
    for (const card of caseCards) {
      const sentences = card.prompt.split(/(?<=[.!?])\s+/).filter((s) => !s.trim().endsWith('?'));
      for (const sentence of sentences) {
        if (sentence.split(/\s+/).length < 8) continue;
        const key = sentence
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, ' ')
          .trim();
        const first = seen.get(key);
        if (first && first !== card.id) fail(card, `repeats a sentence of ${first}: "${sentence}"`);
        seen.set(key, card.id);
      }
    }
  });

  it('begins every story differently', () => {
    const openings = caseCards.map((c) => c.prompt.split(/\s+/).slice(0, 6).join(' '));
    expect(openings.filter((o, i) => openings.indexOf(o) !== i)).toEqual([]);
  });
});

describe('option order', () => {
  it('does not give the answer away by its position', () => {
    const shuffled = choiceCards.filter((c) => c.type === 'vignette' || c.type === 'peripheral');
    const positions = shuffled.map((c) => c.answer.options.findIndex((o) => o.id === answerOf(c)));
    for (let position = 0; position < 4; position++) {
      const share = positions.filter((p) => p === position).length / shuffled.length;
      expect({ position, share: share > 0.1 && share < 0.4 }).toEqual({ position, share: true });
    }
  });

  it('is a deterministic permutation seeded by the card id', () => {
    const items = ['L4', 'L5', 'S1', 'common-fibular', 'sciatic'];
    const once = shuffleBySeed(items, 'vig-l5-gardener-foot-drop');
    expect(shuffleBySeed(items, 'vig-l5-gardener-foot-drop')).toEqual(once);
    expect([...once].sort()).toEqual([...items].sort());
    const orders = new Set(['a', 'b', 'c', 'd', 'e', 'f'].map((seed) => shuffleBySeed(items, seed).join()));
    expect(orders.size).toBeGreaterThan(1);
    expect(hashText('abc')).toBe(hashText('abc'));
    expect(hashText('abc')).not.toBe(hashText('abd'));
    expect(pickBySeed(['x', 'y', 'z'], 'seed')).toBe(pickBySeed(['x', 'y', 'z'], 'seed'));
    expect(() => pickBySeed([], 'seed')).toThrow();
  });
});
