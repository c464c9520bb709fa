/**
 * The virtual sensory examination (issue 13): a simulated patient with a hidden lesion, examined by
 * touching the figure and testing power and reflexes, then named. Everything here is pure.
 *
 * Interface (stable; the API and the web build on it):
 * - Lesions: `ExaminationLesionId` = 'L1'..'S1' | 'S2' | 'S3-S5' (saddle, bilateral) | 'cauda-equina'
 *   (bilateral) | NerveId. `EXAMINATION_LESION_IDS`, `EXAMINATION_LESIONS`, `examinationLesion(id)`
 *   (name, kind, skin, mastery roots, bilateral), `lesionSides(id)`, `isExaminationLesionId(x)`,
 *   `lesionName(id)`.
 * - Cases: `EXAMINATION_CASES` (one per lesion and side, histories from `EXAMINATION_SEED`),
 *   `generateExaminationCases(seed)`, `examinationCase(idOrKey)`. `case.id` is opaque and stable and
 *   equals the id of the case's card in the bank; `case.key`, `case.lesion` and `case.side` must stay
 *   on the server until the learner submits.
 * - Probes: `ExaminationProbe = { view, side?, x, y, modality: 'light-touch' | 'pinprick' }` in the
 *   coordinates of `mapViews[view]`. `validateProbe(unknown)` -> `{ ok: true, view, side, x, y,
 *   modality }` or `{ ok: false, reason }` (unknown view or modality, not finite, off the figure,
 *   side mismatch). `probeResponse(caseOrSubject, probe, sequence)` -> 'normal' | 'slightly-reduced'
 *   | 'reduced' | 'absent' (throws RangeError on an invalid probe). `PROBE_ANSWER_TEXT` words them.
 *   `EXAMINATION_PROBE_LIMIT` = 200 probes and tests per case.
 * - Motor and reflexes: `MOTOR_TEST_IDS`, `REFLEX_TEST_IDS` ('knee', 'ankle', 'plantar'),
 *   `motorTest(case, test, side)` -> MRC 0..5, `reflexTest(case, reflex, side)` -> 'normal' |
 *   'reduced' | 'absent' | 'flexor' | 'extensor'. Names: `MOTOR_TEST_NAMES`, `REFLEX_TEST_NAMES`.
 *   `validateExaminationTest(unknown)` -> `{ ok: true, kind: 'motor' | 'reflex', test, side }` or
 *   `{ ok: false, reason }`.
 * - After submission: `efficientExamination(case)` -> { steps, separates, lookAlikes, unseparated },
 *   `decidingFindings(case)` -> [{ step, text }], `gradeExamination(case, { lesion, side })` ->
 *   { grade: 'right' | 'partial' | 'wrong', truth, answer, reason },
 *   `suggestedExaminationRating(grade, stepsUsed, efficientCount)` -> FSRS rating 1..4 (count probes
 *   and tests alike: `efficientCount` is `efficientExamination(case).steps.length`),
 *   `precomputeEfficientExaminations()` (warm the cache at start-up),
 *   `examinationTerritory(case)` (what to draw on the answer side).
 */
import type { SideId } from '../types.js';
import type { ExaminationLesionId } from './lesions.js';
import type { SideChoice } from '../types.js';
import { motorGrade, reflexFinding, type MotorTestId, type MrcGrade, type ReflexFinding, type ReflexTestId } from './motor.js';
import { examinationLesion } from './lesions.js';
import type { NerveId, RootId } from '../types.js';

export * from './lesions.js';
export * from './motor.js';
export * from './response.js';
export * from './cases.js';
export * from './efficient.js';

/** The MRC grade of a motor test on one side of the patient. */
export function motorTest(subject: { lesion: ExaminationLesionId; side: SideChoice }, test: MotorTestId, side: SideId): MrcGrade {
  return motorGrade(subject.lesion, subject.side, test, side);
}

/** A reflex finding on one side of the patient. */
export function reflexTest(
  subject: { lesion: ExaminationLesionId; side: SideChoice },
  test: ReflexTestId,
  side: SideId,
): ReflexFinding {
  return reflexFinding(subject.lesion, subject.side, test, side);
}

/** What to draw on the answer side: the lesion's dermatomes or nerve territories, on its side(s). */
export interface ExaminationTerritory {
  layer: 'dermatomes' | 'nerves';
  side: SideChoice;
  roots: RootId[];
  nerves: NerveId[];
}

export function examinationTerritory(subject: { lesion: ExaminationLesionId; side: SideChoice }): ExaminationTerritory {
  const lesion = examinationLesion(subject.lesion);
  return {
    layer: lesion.kind === 'nerve' ? 'nerves' : 'dermatomes',
    side: subject.side,
    roots: [...lesion.skinRoots],
    nerves: [...lesion.skinNerves],
  };
}
