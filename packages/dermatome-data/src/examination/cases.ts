import type { SideChoice } from '../types.js';
import { EXAMINATION_LESION_IDS, examinationLesion, lesionSides, type ExaminationLesionId } from './lesions.js';
import { unitHash } from './response.js';

/** Where the patient feels the trouble, in words that fit every look-alike of the lesion. */
type Complaint = 'upper' | 'back' | 'lower' | 'saddle';

export interface ExaminationHistory {
  age: number;
  sex: 'female' | 'male';
  /** Two or three sentences; they never name the lesion, its side or a finding that decides. */
  story: string;
}

/**
 * A simulated patient: a hidden lesion on a side, and a history. `id` is opaque and stable (it
 * comes from the lesion and the side, never from the seed), so it may travel to the browser; `key`
 * is the readable name and must stay on the server.
 */
export interface ExaminationCase {
  id: string;
  key: string;
  lesion: ExaminationLesionId;
  side: SideChoice;
  history: ExaminationHistory;
}

/** The seed of the built-in cases' histories. */
export const EXAMINATION_SEED = 'dermatome-examination-1';

function complaintOf(lesion: ExaminationLesionId): Complaint {
  const kind = examinationLesion(lesion).kind;
  if (kind === 'saddle' || kind === 'cauda-equina' || lesion === 'pudendal') return 'saddle';
  const upper: readonly string[] = [
    'L1',
    'L2',
    'L3',
    'ilioinguinal',
    'genitofemoral',
    'lateral-femoral-cutaneous',
    'femoral',
    'obturator',
  ];
  if (upper.includes(lesion)) return 'upper';
  return lesion === 'S2' || lesion === 'posterior-femoral-cutaneous' ? 'back' : 'lower';
}

const OPENINGS: Record<Complaint, readonly string[]> = {
  upper: [
    'has had pins and needles around the hip and thigh for some weeks',
    'noticed that a part of one thigh feels strange to the touch',
    'describes a numb, burning patch somewhere between the groin and the knee',
    'says that one thigh has felt "dead" in places since a recent illness',
    'complains of tingling in the upper leg that comes and goes',
  ],
  back: [
    'feels a strange numbness at the back of the leg, most of all when sitting',
    'noticed that the back of one leg feels different to the touch',
    'has had pins and needles somewhere behind the thigh or the knee for a few weeks',
    'describes a patch at the back of the leg that feels "like cardboard"',
  ],
  lower: [
    'has had tingling below the knee for about a month',
    'says part of one leg or foot feels numb, without being able to say exactly where',
    'noticed a change in feeling in the lower leg while getting dressed',
    'describes a patch of pins and needles somewhere on the leg or foot',
    'has had an odd, woolly feeling in one lower limb for some weeks',
  ],
  saddle: [
    'feels that sitting is somehow different, as if the skin were not quite their own',
    'reports an odd numbness when sitting and some change in passing urine',
    'describes a strange feeling in the seat area over the last days',
    'noticed reduced feeling when wiping after the toilet',
  ],
};

const BACKGROUNDS: readonly string[] = [
  'Works long hours at a desk.',
  'Has had back pain on and off for years.',
  'Recently took up running again.',
  'Had an operation some months ago and is otherwise well.',
  'Is otherwise fit and takes no regular medicine.',
  'Lifts heavy boxes at work.',
  'Has diabetes, well controlled.',
  'Drives a lot for work.',
];

const CLOSINGS: readonly string[] = [
  'Examine the legs and name the lesion.',
  'Test the skin, power and reflexes, then decide where the lesion is.',
  'Compare the two sides and find the lesion.',
];

const pick = <T>(list: readonly T[], u: number): T => list[Math.min(list.length - 1, Math.floor(u * list.length))]!;

/** A short history for a lesion, varied by the seed; the same seed always gives the same words. */
export function examinationHistory(lesion: ExaminationLesionId, side: SideChoice, seed: string): ExaminationHistory {
  const key = `${seed}|${lesion}|${side}`;
  const complaint = complaintOf(lesion);
  const age = 22 + Math.floor(unitHash(`${key}|age`) * 55);
  const sex: 'female' | 'male' = unitHash(`${key}|sex`) < 0.5 ? 'female' : 'male';
  const person = sex === 'female' ? 'woman' : 'man';
  const opening = pick(OPENINGS[complaint], unitHash(`${key}|opening`));
  const background = pick(BACKGROUNDS, unitHash(`${key}|background`));
  const closing = pick(CLOSINGS, unitHash(`${key}|closing`));
  return { age, sex, story: `A ${age}-year-old ${person} ${opening}. ${background} ${closing}` };
}

/** The readable, server-only name of a case. */
export const examinationCaseKey = (lesion: ExaminationLesionId, side: SideChoice): string => `examination-case:${lesion}:${side}`;

/** An opaque id from a readable key (cyrb53 in base 36): stable, and it does not tell the lesion. */
export function opaqueExaminationId(key: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `c${value.toString(36).padStart(11, '0')}`;
}

/** Every case (each lesion on each of its sides), histories from `seed`; ids do not depend on the seed. */
export function generateExaminationCases(seed: string = EXAMINATION_SEED): ExaminationCase[] {
  return EXAMINATION_LESION_IDS.flatMap((lesion) =>
    lesionSides(lesion).map((side): ExaminationCase => {
      const key = examinationCaseKey(lesion, side);
      return { id: opaqueExaminationId(key), key, lesion, side, history: examinationHistory(lesion, side, seed) };
    }),
  );
}

/** The built-in cases. */
export const EXAMINATION_CASES: readonly ExaminationCase[] = generateExaminationCases();

const BY_ID = new Map<string, ExaminationCase>(EXAMINATION_CASES.map((c) => [c.id, c]));
const BY_KEY = new Map<string, ExaminationCase>(EXAMINATION_CASES.map((c) => [c.key, c]));

/** A built-in case by its opaque id (or its readable key); undefined for anything else. */
export function examinationCase(id: string): ExaminationCase | undefined {
  return BY_ID.get(id) ?? BY_KEY.get(id);
}
