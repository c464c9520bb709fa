import {
  decidingFindings,
  efficientExamination,
  examinationCase,
  examinationLesion,
  examinationTerritory,
  gradeExamination,
  isExaminationLesionId,
  motorTest,
  MOTOR_TEST_NAMES,
  PROBE_ANSWER_TEXT,
  probeResponse,
  reflexTest,
  REFLEX_TEST_NAMES,
  suggestedExaminationRating,
  validateExaminationTest,
  validateProbe,
  type Card,
  type ExaminationCase,
  type SideChoice,
} from '@dermatome/data';
import type { ExaminationResultDto } from './examination.dto';

/**
 * The API's side of the data package's examination core: turns requests into the package's calls
 * and its answers into what is stored and sent. Pure; the service orchestrates.
 */

/** The card type of a simulated patient. */
export const EXAMINATION_CARD_TYPE = 'examination-case';

export interface ProbeStep {
  kind: 'probe';
  request: { modality: string; view: string; side: string; x: number; y: number };
  response: { answer: string; answerText: string };
}

export interface TestStep {
  kind: 'test';
  request: { kind: 'motor' | 'reflex'; test: string; name: string; side: string };
  response: { grade: number | null; finding: string | null };
}

/** The case a card of the bank examines (its id is the case's id). */
export function caseOfCard(card: Card): ExaminationCase {
  const found = examinationCase(card.id) ?? examinationCase(card.key);
  if (!found) throw new Error(`card ${card.id} is no examination case`);
  return found;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The patient's answer to one probe, or what is wrong with it. The variability is seeded by the
 * examination's own seed, so two examinations of the same case differ a little, a replay never.
 */
export function answerProbe(
  patient: ExaminationCase,
  seed: number,
  probe: { modality: string; view: string; x: number; y: number },
  sequence: number,
): Omit<ProbeStep, 'kind'> | { error: string } {
  const checked = validateProbe({ view: probe.view, modality: probe.modality, x: probe.x, y: probe.y });
  if (!checked.ok) return { error: checked.reason };
  const subject = { id: `${patient.id}:${seed}`, lesion: patient.lesion, side: patient.side };
  const answer = probeResponse(subject, checked, sequence);
  return {
    request: { modality: checked.modality, view: checked.view, side: checked.side, x: round1(checked.x), y: round1(checked.y) },
    response: { answer, answerText: PROBE_ANSWER_TEXT[answer] },
  };
}

/** A motor test (MRC grade) or a reflex (finding) on one side. */
export function answerTest(
  patient: ExaminationCase,
  test: { test: string; side: string },
): Omit<TestStep, 'kind'> | { error: string } {
  const checked = validateExaminationTest(test);
  if (!checked.ok) return { error: checked.reason };
  if (checked.kind === 'motor') {
    return {
      request: { kind: 'motor', test: checked.test, name: MOTOR_TEST_NAMES[checked.test], side: checked.side },
      response: { grade: motorTest(patient, checked.test, checked.side), finding: null },
    };
  }
  return {
    request: { kind: 'reflex', test: checked.test, name: REFLEX_TEST_NAMES[checked.test], side: checked.side },
    response: { grade: null, finding: reflexTest(patient, checked.test, checked.side) },
  };
}

/** A lesion's display name; the id itself when unknown (an answer stored by an older version). */
export function lesionName(id: string): string {
  return isExaminationLesionId(id) ? examinationLesion(id).name : id;
}

/** Grades a diagnosis and builds the answer side: truth, territory, deciding findings, efficiency, rating. */
export function gradeSubmission(
  patient: ExaminationCase,
  answer: { lesion: string; side: SideChoice },
  steps: readonly (ProbeStep | TestStep)[],
): { truth: { lesion: string; side: SideChoice }; result: Omit<ExaminationResultDto, 'submittedAt'> } {
  if (!isExaminationLesionId(answer.lesion)) throw new RangeError(`unknown lesion ${answer.lesion}`);
  const truth = { lesion: patient.lesion, side: patient.side };
  const graded = gradeExamination(truth, { lesion: answer.lesion, side: answer.side });
  const efficient = efficientExamination(truth);
  const territory = examinationTerritory(truth);
  const used = steps.length;
  return {
    truth,
    result: {
      grade: graded.grade,
      correct: graded.grade === 'right',
      partial: graded.grade === 'partial',
      answer: { lesion: answer.lesion, side: answer.side, name: lesionName(answer.lesion) },
      truth: { lesion: truth.lesion, side: truth.side, name: lesionName(truth.lesion) },
      explanation: graded.reason || 'Right: the lesion and its side.',
      territory: { layer: territory.layer, roots: territory.roots, nerves: territory.nerves, side: territory.side },
      decidingFindings: decidingFindings(truth).map((f) => f.text),
      efficiency: { used, efficient: efficient.steps.length },
      suggestedRating: suggestedExaminationRating(graded.grade, used, efficient.steps.length),
    },
  };
}
