import type { CardDraft, CaseFindings, ChoiceOption, NerveId, RootId, SourceKey } from '../../types.js';
import { ROOT_IDS } from '../../types.js';
import { pickBySeed, shuffleBySeed } from '../shuffle.js';

export const TRIAGE_LEVELS = ['self-care', 'routine', 'urgent', 'emergency'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

/** What a case option may name: a root or a peripheral nerve (the sciatic nerve trunk included). */
export type LesionOption = RootId | NerveId;

const ROOT_LABELS: Record<RootId, string> = {
  L1: 'L1 nerve root',
  L2: 'L2 nerve root',
  L3: 'L3 nerve root',
  L4: 'L4 nerve root',
  L5: 'L5 nerve root',
  S1: 'S1 nerve root',
  S2: 'S2 nerve root',
  S3: 'S3 nerve root',
  'S4-5': 'S4-S5 nerve roots',
};

const NERVE_LABELS: Record<NerveId, string> = {
  ilioinguinal: 'Ilioinguinal nerve',
  genitofemoral: 'Genitofemoral nerve',
  'lateral-femoral-cutaneous': 'Lateral femoral cutaneous nerve',
  femoral: 'Femoral nerve',
  obturator: 'Obturator nerve',
  saphenous: 'Saphenous nerve',
  'common-fibular': 'Common fibular (peroneal) nerve at the fibular head',
  'superficial-fibular': 'Superficial fibular (peroneal) nerve',
  'deep-fibular': 'Deep fibular (peroneal) nerve',
  sural: 'Sural nerve',
  'tibial-tarsal-tunnel': 'Tibial nerve in the tarsal tunnel',
  'medial-calcaneal': 'Medial calcaneal branch of the tibial nerve',
  'medial-plantar': 'Medial plantar nerve',
  'lateral-plantar': 'Lateral plantar nerve',
  'posterior-femoral-cutaneous': 'Posterior femoral cutaneous nerve',
  sciatic: 'Sciatic nerve',
  pudendal: 'Pudendal nerve',
};

const TRIAGE_LABELS: Record<TriageLevel, string> = {
  'self-care': 'Self-care: keep active, simple pain relief, and clear advice on which changes should bring them back',
  routine: 'Routine: a non-urgent review in primary care or physiotherapy over the coming weeks',
  urgent: 'Urgent: specialist spinal assessment and imaging within days, not weeks',
  emergency: 'Emergency: same-day hospital assessment with an MRI scan within hours',
};

export function isRootId(value: string): value is RootId {
  return (ROOT_IDS as readonly string[]).includes(value);
}

export function lesionLabel(id: LesionOption): string {
  return isRootId(id) ? ROOT_LABELS[id] : NERVE_LABELS[id];
}

export function triageLabel(level: TriageLevel): string {
  return TRIAGE_LABELS[level];
}

const ROOT_QUESTIONS = [
  'Which nerve root is most likely affected?',
  'Which single nerve root best explains these findings?',
  'Which root is the most likely source?',
];
const LESION_QUESTIONS = [
  'Which lesion best explains these findings?',
  'Root or peripheral nerve: which lesion fits best?',
  'Where is the lesion most likely to be?',
];
const TRIAGE_QUESTIONS = [
  'How urgently does this patient need assessment?',
  'Which triage decision is right?',
  'What level of urgency fits this presentation?',
];

/** The hand-written parts of a case; the card (prompt, options, answer text) is composed from them. */
interface CaseParts {
  /** Stable id: it names the case, never its wording. */
  id: string;
  /** Mastery tags: the root(s) the case teaches. */
  roots: RootId[];
  /** Who the patient is and what happened. */
  story: string;
  /** What the examiner finds: sensory, motor and reflex statements (checked against `findings`). */
  exam: string;
  findings: CaseFindings;
  explanation: string;
  source: SourceKey;
  difficulty: number;
}

export interface LesionCase extends CaseParts {
  options: LesionOption[];
  answer: LesionOption;
}

export interface TriageCase extends CaseParts {
  answer: TriageLevel;
}

function checkOptions(id: string, optionIds: readonly string[], answer: string): void {
  if (new Set(optionIds).size !== optionIds.length) throw new Error(`${id}: repeated option`);
  if (optionIds.length < 4 || optionIds.length > 5) throw new Error(`${id}: needs 4-5 options`);
  if (!optionIds.includes(answer)) throw new Error(`${id}: answer ${answer} is not an option`);
}

function lesionCard(spec: LesionCase, type: 'vignette' | 'peripheral'): CardDraft {
  checkOptions(spec.id, spec.options, spec.answer);
  const allRoots = spec.options.every((option) => isRootId(option));
  const question = pickBySeed(allRoots ? ROOT_QUESTIONS : LESION_QUESTIONS, spec.id);
  const options: ChoiceOption[] = spec.options.map((id) => ({ id, text: lesionLabel(id) }));
  return {
    id: spec.id,
    type,
    deck: type === 'vignette' ? 'vignettes' : 'peripheral-nerves',
    roots: spec.roots,
    prompt: `${spec.story} ${spec.exam} ${question}`,
    map: null,
    answer: { kind: 'choice', options: shuffleBySeed(options, spec.id), correctOptionId: spec.answer },
    explanation: spec.explanation,
    source: spec.source,
    difficulty: spec.difficulty,
    answerText: lesionLabel(spec.answer),
    findings: spec.findings,
  };
}

/** A root vignette (deck "vignettes"). */
export function vignette(spec: LesionCase): CardDraft {
  return lesionCard(spec, 'vignette');
}

/** A dermatomal-vs-peripheral case (deck "peripheral-nerves"). */
export function peripheralCase(spec: LesionCase): CardDraft {
  return lesionCard(spec, 'peripheral');
}

/**
 * A red-flag triage case. The four levels keep their order of urgency (the same on every card,
 * so the position tells nothing) rather than being shuffled.
 */
export function triageCase(spec: TriageCase): CardDraft {
  const question = pickBySeed(TRIAGE_QUESTIONS, spec.id);
  return {
    id: spec.id,
    type: 'red-flag',
    deck: 'red-flags',
    roots: spec.roots,
    prompt: `${spec.story} ${spec.exam} ${question}`,
    map: null,
    answer: {
      kind: 'choice',
      options: TRIAGE_LEVELS.map((level) => ({ id: level, text: triageLabel(level) })),
      correctOptionId: spec.answer,
    },
    explanation: spec.explanation,
    source: spec.source,
    difficulty: spec.difficulty,
    answerText: triageLabel(spec.answer),
    findings: spec.findings,
  };
}
