import type { SideChoice, SideId } from '../types.js';
import type { ExaminationLesionId } from './lesions.js';
import { affectsSide } from './lesions.js';

/**
 * The motor tests of the examination: the ISNCSCI key muscles and the muscles that tell a root
 * from a nerve (reference sections 3, 4 and 6).
 */
export const MOTOR_TEST_IDS = [
  'hip-flexion',
  'hip-adduction',
  'hip-abduction',
  'knee-extension',
  'ankle-dorsiflexion',
  'great-toe-extension',
  'foot-eversion',
  'foot-inversion',
  'ankle-plantar-flexion',
] as const;
export type MotorTestId = (typeof MOTOR_TEST_IDS)[number];

export const MOTOR_TEST_NAMES: Record<MotorTestId, string> = {
  'hip-flexion': 'Hip flexion',
  'hip-adduction': 'Hip adduction',
  'hip-abduction': 'Hip abduction',
  'knee-extension': 'Knee extension',
  'ankle-dorsiflexion': 'Ankle dorsiflexion',
  'great-toe-extension': 'Great-toe extension',
  'foot-eversion': 'Foot eversion',
  'foot-inversion': 'Foot inversion',
  'ankle-plantar-flexion': 'Ankle plantar flexion',
};

/** The reflexes of the examination. */
export const REFLEX_TEST_IDS = ['knee', 'ankle', 'plantar'] as const;
export type ReflexTestId = (typeof REFLEX_TEST_IDS)[number];

export const REFLEX_TEST_NAMES: Record<ReflexTestId, string> = {
  knee: 'Knee jerk',
  ankle: 'Ankle jerk',
  plantar: 'Plantar response',
};

/** MRC grade 0..5 (5 normal). */
export type MrcGrade = 0 | 1 | 2 | 3 | 4 | 5;

/**
 * A reflex finding: a tendon jerk is normal, reduced or absent; the plantar response is flexor
 * (normal: every lesion here is of the lower motor neuron) or, never in these cases, extensor.
 */
export type ReflexFinding = 'normal' | 'reduced' | 'absent' | 'flexor' | 'extensor';

export const isMotorTestId = (value: unknown): value is MotorTestId =>
  typeof value === 'string' && (MOTOR_TEST_IDS as readonly string[]).includes(value);
export const isReflexTestId = (value: unknown): value is ReflexTestId =>
  typeof value === 'string' && (REFLEX_TEST_IDS as readonly string[]).includes(value);

interface Signature {
  weak: Partial<Record<MotorTestId, MrcGrade>>;
  reflexes: Partial<Record<'knee' | 'ankle', 'reduced' | 'absent'>>;
}

/**
 * What each lesion does to power and reflexes on its side(s), from the reference: section 4 (root
 * syndromes), section 3 (key muscles, reflexes: only the robust parts; the knee jerk is left normal
 * at L2 and the ankle jerk at S2, where sources disagree) and section 6 (the nerves' motor
 * signatures). Anything not listed is normal (MRC 5, reflex normal).
 */
const SIGNATURES: Record<ExaminationLesionId, Signature> = {
  L1: { weak: {}, reflexes: {} },
  L2: { weak: { 'hip-flexion': 4 }, reflexes: {} },
  L3: { weak: { 'knee-extension': 4, 'hip-adduction': 4 }, reflexes: { knee: 'reduced' } },
  L4: { weak: { 'knee-extension': 4, 'ankle-dorsiflexion': 4, 'foot-inversion': 4 }, reflexes: { knee: 'reduced' } },
  L5: {
    weak: { 'great-toe-extension': 3, 'ankle-dorsiflexion': 4, 'foot-inversion': 4, 'hip-abduction': 4 },
    reflexes: {},
  },
  S1: { weak: { 'ankle-plantar-flexion': 4 }, reflexes: { ankle: 'absent' } },
  S2: { weak: {}, reflexes: {} },
  'S3-S5': { weak: {}, reflexes: {} },
  'cauda-equina': { weak: { 'ankle-plantar-flexion': 4 }, reflexes: { ankle: 'absent' } },
  ilioinguinal: { weak: {}, reflexes: {} },
  genitofemoral: { weak: {}, reflexes: {} },
  'lateral-femoral-cutaneous': { weak: {}, reflexes: {} },
  femoral: { weak: { 'knee-extension': 3 }, reflexes: { knee: 'reduced' } },
  obturator: { weak: { 'hip-adduction': 3 }, reflexes: {} },
  saphenous: { weak: {}, reflexes: {} },
  'common-fibular': { weak: { 'ankle-dorsiflexion': 2, 'great-toe-extension': 2, 'foot-eversion': 3 }, reflexes: {} },
  'superficial-fibular': { weak: { 'foot-eversion': 4 }, reflexes: {} },
  'deep-fibular': { weak: { 'ankle-dorsiflexion': 3, 'great-toe-extension': 3 }, reflexes: {} },
  sural: { weak: {}, reflexes: {} },
  // the foot intrinsics are not among the tests: the tibial branches at the ankle leave them all normal
  'tibial-tarsal-tunnel': { weak: {}, reflexes: {} },
  'medial-calcaneal': { weak: {}, reflexes: {} },
  'medial-plantar': { weak: {}, reflexes: {} },
  'lateral-plantar': { weak: {}, reflexes: {} },
  'posterior-femoral-cutaneous': { weak: {}, reflexes: {} },
  // hip abduction (superior gluteal nerve) and hip adduction are spared; everything below the knee is weak
  sciatic: {
    weak: {
      'ankle-dorsiflexion': 2,
      'great-toe-extension': 2,
      'foot-eversion': 3,
      'foot-inversion': 3,
      'ankle-plantar-flexion': 3,
    },
    reflexes: { ankle: 'reduced' },
  },
  pudendal: { weak: {}, reflexes: {} },
};

/**
 * Findings the simulated patient shows but that sources disagree on, so that no deciding finding
 * may rest on them: the knee jerk in an L2 lesion (some tables include L2), the ankle jerk in an S2
 * lesion (some give S1-S2), dorsiflexion and inversion in an L4 lesion (weak or not: "±"), hip
 * flexion in a femoral lesion (weak only when the lesion lies within the pelvis).
 */
const UNCERTAIN: Partial<Record<ExaminationLesionId, readonly (MotorTestId | ReflexTestId)[]>> = {
  L2: ['knee'],
  S2: ['ankle'],
  L4: ['ankle-dorsiflexion', 'foot-inversion'],
  femoral: ['hip-flexion'],
};

/** True when sources disagree on what this lesion does to this test (it may not decide a case). */
export const isUncertainFinding = (lesion: ExaminationLesionId, test: MotorTestId | ReflexTestId): boolean =>
  UNCERTAIN[lesion]?.includes(test) ?? false;

/** The MRC grade of a motor test on one side of a patient with this lesion. */
export function motorGrade(lesion: ExaminationLesionId, lesionSide: SideChoice, test: MotorTestId, side: SideId): MrcGrade {
  if (!affectsSide(lesionSide, side)) return 5;
  return SIGNATURES[lesion].weak[test] ?? 5;
}

/** The reflex finding on one side of a patient with this lesion. */
export function reflexFinding(
  lesion: ExaminationLesionId,
  lesionSide: SideChoice,
  test: ReflexTestId,
  side: SideId,
): ReflexFinding {
  if (test === 'plantar') return 'flexor';
  if (!affectsSide(lesionSide, side)) return 'normal';
  return SIGNATURES[lesion].reflexes[test] ?? 'normal';
}

export type ExaminationTestValidation =
  | { ok: true; kind: 'motor'; test: MotorTestId; side: SideId }
  | { ok: true; kind: 'reflex'; test: ReflexTestId; side: SideId }
  | { ok: false; reason: string };

/**
 * Checks a motor or reflex test that comes from outside: `{ test, side }` with a known test id (a
 * motor test or a reflex) and the side 'right' or 'left'. Never throws; the reason says what is wrong.
 */
export function validateExaminationTest(input: unknown): ExaminationTestValidation {
  if (typeof input !== 'object' || input === null) return { ok: false, reason: 'A test must be an object { test, side }.' };
  const { test, side } = input as Record<string, unknown>;
  if (side !== 'right' && side !== 'left') return { ok: false, reason: 'side must be right or left.' };
  if (isMotorTestId(test)) return { ok: true, kind: 'motor', test, side };
  if (isReflexTestId(test)) return { ok: true, kind: 'reflex', test, side };
  return {
    ok: false,
    reason: `Unknown test: use one of ${[...MOTOR_TEST_IDS, ...REFLEX_TEST_IDS].join(', ')}.`,
  };
}
