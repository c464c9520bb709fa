import { SIDE_IDS, VIEW_IDS, type SideChoice, type SideId, type ViewId } from '../types.js';
import { mapViews } from '../maps/geometry.js';
import { distanceToBoundary, pointInPolygon } from '../maps/hit-test.js';
import { keyPoints } from '../maps/key-points.js';
import { NERVE_PARENT } from '../maps/nerves.js';
import { nerveById } from '../facts/nerves.js';
import {
  EXAMINATION_LESION_IDS,
  EXAMINATION_ROOTS,
  examinationLesion,
  lesionSides,
  type ExaminationLesionId,
} from './lesions.js';
import {
  MOTOR_TEST_IDS,
  MOTOR_TEST_NAMES,
  REFLEX_TEST_IDS,
  REFLEX_TEST_NAMES,
  isUncertainFinding,
  motorGrade,
  reflexFinding,
  type MotorTestId,
  type MrcGrade,
  type ReflexFinding,
  type ReflexTestId,
} from './motor.js';
import { lossLevel, skinSpot, type ProbeAnswer, type SkinSpot } from './response.js';

/** A lesion on a side: what a learner names, and what a case hides. */
export interface LesionOnSide {
  lesion: ExaminationLesionId;
  side: SideChoice;
}

/** One step of an examination, with what this patient shows there. */
export type ExaminationStep =
  | { kind: 'probe'; view: ViewId; side: SideId; x: number; y: number; modality: 'pinprick'; expected: ProbeAnswer }
  | { kind: 'motor'; test: MotorTestId; side: SideId; expected: MrcGrade }
  | { kind: 'reflex'; test: ReflexTestId; side: SideId; expected: ReflexFinding };

export interface EfficientExamination {
  /** The fewest steps found (greedy set cover) that tell the lesion from every look-alike. */
  steps: ExaminationStep[];
  /** Per step, the look-alikes it rules out (first step that does so). */
  separates: LesionOnSide[][];
  /** The look-alikes considered. */
  lookAlikes: LesionOnSide[];
  /** Look-alikes that no step on the figure can tell apart (expected empty). */
  unseparated: LesionOnSide[];
}

const sameLesion = (a: LesionOnSide, b: LesionOnSide): boolean => a.lesion === b.lesion && a.side === b.side;

/**
 * The lesions a lesion is mistaken for: reference section 6 (nerves that numb a root's skin) and
 * section 9 (the distractor pairs), the neighbouring roots, and the nerves of one branch family.
 */
const LOOK_ALIKES: Record<ExaminationLesionId, readonly ExaminationLesionId[]> = {
  L1: ['L2', 'ilioinguinal', 'genitofemoral'],
  L2: ['L1', 'L3', 'lateral-femoral-cutaneous', 'genitofemoral', 'femoral', 'obturator'],
  L3: ['L2', 'L4', 'lateral-femoral-cutaneous', 'femoral', 'obturator', 'saphenous'],
  L4: ['L3', 'L5', 'saphenous', 'femoral', 'obturator'],
  L5: ['L4', 'S1', 'common-fibular', 'superficial-fibular', 'deep-fibular', 'sciatic'],
  S1: ['L5', 'S2', 'sural', 'tibial-tarsal-tunnel', 'lateral-plantar', 'medial-calcaneal', 'sciatic'],
  S2: ['S1', 'S3-S5', 'posterior-femoral-cutaneous'],
  'S3-S5': ['S2', 'cauda-equina', 'pudendal'],
  'cauda-equina': ['S3-S5', 'S1', 'S2', 'sciatic'],
  ilioinguinal: ['L1', 'genitofemoral'],
  genitofemoral: ['L1', 'L2', 'ilioinguinal'],
  'lateral-femoral-cutaneous': ['L2', 'L3', 'femoral'],
  femoral: ['L2', 'L3', 'L4', 'obturator', 'saphenous', 'lateral-femoral-cutaneous'],
  obturator: ['L2', 'L3', 'L4', 'femoral'],
  saphenous: ['L3', 'L4', 'femoral'],
  'common-fibular': ['L5', 'superficial-fibular', 'deep-fibular', 'sciatic'],
  'superficial-fibular': ['L5', 'common-fibular', 'deep-fibular'],
  'deep-fibular': ['L5', 'common-fibular', 'superficial-fibular'],
  sural: ['S1', 'S2', 'tibial-tarsal-tunnel', 'lateral-plantar', 'sciatic'],
  'tibial-tarsal-tunnel': ['S1', 'L5', 'sural', 'medial-plantar', 'lateral-plantar', 'medial-calcaneal', 'sciatic'],
  'medial-calcaneal': ['S1', 'tibial-tarsal-tunnel', 'sural'],
  'medial-plantar': ['L4', 'L5', 'tibial-tarsal-tunnel', 'lateral-plantar'],
  'lateral-plantar': ['S1', 'sural', 'tibial-tarsal-tunnel', 'medial-plantar'],
  'posterior-femoral-cutaneous': ['S2', 'S1', 'sciatic'],
  sciatic: ['L5', 'S1', 'common-fibular', 'tibial-tarsal-tunnel', 'cauda-equina'],
  pudendal: ['S3-S5', 'S2', 'posterior-femoral-cutaneous'],
};

/** The look-alikes of a lesion on a side: the same lesion on the other side, and the lesions it is mistaken for on any side. */
export function lookAlikesOf(truth: LesionOnSide): LesionOnSide[] {
  const out: LesionOnSide[] = [];
  for (const side of lesionSides(truth.lesion)) if (side !== truth.side) out.push({ lesion: truth.lesion, side });
  for (const lesion of LOOK_ALIKES[truth.lesion]) {
    for (const side of lesionSides(lesion)) out.push({ lesion, side });
  }
  return out;
}

/** Every pair the reference names as look-alikes (for tests and content checks). */
export const lookAlikeLesions = (lesion: ExaminationLesionId): readonly ExaminationLesionId[] => LOOK_ALIKES[lesion];

interface CandidatePoint {
  view: ViewId;
  x: number;
  y: number;
  spot: SkinSpot;
  /**
   * How far the point lies from the nearest border of what it lies in (its zone, whose border
   * includes the skin's edge, and its nerve territories), in view units, with a bonus for an ISNCSCI key point: on a tie the
   * examination touches the most central, least ambiguous spot.
   */
  clearance?: number;
  keyPoint: boolean;
}

const KEY_POINT_BONUS = 20;
/** A probe this close to a border (about 8 mm of skin) is not trusted to decide while another will do. */
const MIN_CLEARANCE = 12;

/** The point's clearance, computed once when first needed. */
function clearance(point: CandidatePoint): number {
  if (point.clearance === undefined) {
    point.clearance = clearanceOf(point.view, point.x, point.y, point.spot) + (point.keyPoint ? KEY_POINT_BONUS : 0);
  }
  return point.clearance;
}

function clearanceOf(view: ViewId, x: number, y: number, spot: SkinSpot): number {
  const map = mapViews[view];
  const polygons = [
    ...map.zones.filter((z) => z.side === spot.side && z.root === spot.root).flatMap((z) => z.polygons),
    ...map.nerves.filter((t) => t.side === spot.side && spot.inside.includes(t.nerve)).flatMap((t) => t.polygons),
  ];
  let best = Infinity;
  for (const polygon of polygons) if (pointInPolygon(x, y, polygon)) best = Math.min(best, distanceToBoundary(x, y, polygon));
  return Number.isFinite(best) ? best : 0;
}

const GRID_STEP = 16;
let candidateCache: CandidatePoint[] | null = null;

/**
 * Where an examiner might touch: first the ISNCSCI key points and the label spots of every zone and
 * territory (the places a student would choose), then a grid over the skin.
 */
function candidatePoints(): CandidatePoint[] {
  if (candidateCache) return candidateCache;
  const raw: { view: ViewId; x: number; y: number; key?: boolean }[] = [];
  for (const kp of keyPoints) raw.push({ view: kp.view, x: kp.x, y: kp.y, key: true });
  for (const view of VIEW_IDS) {
    for (const zone of mapViews[view].zones)
      for (const l of zone.labels) raw.push({ view, x: l.leader?.x ?? l.x, y: l.leader?.y ?? l.y });
    for (const t of mapViews[view].nerves)
      for (const l of t.labels) raw.push({ view, x: l.leader?.x ?? l.x, y: l.leader?.y ?? l.y });
  }
  for (const view of VIEW_IDS) {
    const { width, height } = mapViews[view];
    for (let y = GRID_STEP / 2; y < height; y += GRID_STEP) {
      for (let x = GRID_STEP / 2; x < width; x += GRID_STEP) raw.push({ view, x, y });
    }
  }
  const out: CandidatePoint[] = [];
  for (const p of raw) {
    const spot = skinSpot(p.view, p.x, p.y);
    if (spot) out.push({ view: p.view, x: p.x, y: p.y, spot, keyPoint: p.key === true });
  }
  candidateCache = out;
  return out;
}

const LEVEL_ANSWER: readonly ProbeAnswer[] = ['normal', 'slightly-reduced', 'reduced', 'absent'];

/** True when a probe at this spot tells the two apart beyond the patient's variability: normal for one, clearly lost for the other. */
function probeSeparates(spot: SkinSpot, a: LesionOnSide, b: LesionOnSide): boolean {
  const la = lossLevel(a.lesion, a.side, spot);
  const lb = lossLevel(b.lesion, b.side, spot);
  return (la === 0 && lb >= 2) || (lb === 0 && la >= 2);
}

type ProbeCandidate = { kind: 'probe'; point: CandidatePoint };
type Candidate =
  ProbeCandidate | { kind: 'motor'; test: MotorTestId; side: SideId } | { kind: 'reflex'; test: ReflexTestId; side: SideId };

function separates(candidate: Candidate, a: LesionOnSide, b: LesionOnSide): boolean {
  if (candidate.kind === 'probe') return probeSeparates(candidate.point.spot, a, b);
  if (isUncertainFinding(a.lesion, candidate.test) || isUncertainFinding(b.lesion, candidate.test)) return false;
  if (candidate.kind === 'motor') {
    return (
      motorGrade(a.lesion, a.side, candidate.test, candidate.side) !==
      motorGrade(b.lesion, b.side, candidate.test, candidate.side)
    );
  }
  return (
    reflexFinding(a.lesion, a.side, candidate.test, candidate.side) !==
    reflexFinding(b.lesion, b.side, candidate.test, candidate.side)
  );
}

function toStep(candidate: Candidate, truth: LesionOnSide): ExaminationStep {
  if (candidate.kind === 'probe') {
    const { view, x, y, spot } = candidate.point;
    return {
      kind: 'probe',
      view,
      side: spot.side,
      x,
      y,
      modality: 'pinprick',
      expected: LEVEL_ANSWER[lossLevel(truth.lesion, truth.side, spot)]!,
    };
  }
  if (candidate.kind === 'motor') {
    return {
      kind: 'motor',
      test: candidate.test,
      side: candidate.side,
      expected: motorGrade(truth.lesion, truth.side, candidate.test, candidate.side),
    };
  }
  return {
    kind: 'reflex',
    test: candidate.test,
    side: candidate.side,
    expected: reflexFinding(truth.lesion, truth.side, candidate.test, candidate.side),
  };
}

const efficientCache = new Map<string, EfficientExamination>();

/**
 * The fewest probes and tests (greedy set cover; motor and reflex tests are preferred on a tie, as
 * one button press is cheaper than a hunt over the skin) that tell this lesion on this side from
 * each of its look-alikes. Cached: the first call builds the candidate points once.
 */
export function efficientExamination(truth: LesionOnSide): EfficientExamination {
  const cacheKey = `${truth.lesion}|${truth.side}`;
  const cached = efficientCache.get(cacheKey);
  if (cached) return cached;
  const lookAlikes = lookAlikesOf(truth);
  const candidates: Candidate[] = [];
  for (const side of SIDE_IDS) {
    for (const test of MOTOR_TEST_IDS) candidates.push({ kind: 'motor', test, side });
    for (const test of REFLEX_TEST_IDS) candidates.push({ kind: 'reflex', test, side });
  }
  for (const point of candidatePoints()) {
    if (
      lossLevel(truth.lesion, truth.side, point.spot) === 0 &&
      lookAlikes.every((l) => lossLevel(l.lesion, l.side, point.spot) === 0)
    ) {
      continue;
    }
    candidates.push({ kind: 'probe', point });
  }
  let remaining = lookAlikes.slice();
  const steps: ExaminationStep[] = [];
  const separatesList: LesionOnSide[][] = [];
  const take = (candidate: Candidate, hits: LesionOnSide[]): void => {
    steps.push(toStep(candidate, truth));
    separatesList.push(hits);
    remaining = remaining.filter((l) => !hits.some((h) => sameLesion(h, l)));
  };
  // First find the numb skin: the probe inside the lesion's skin that rules out the most look-alikes
  // (a sensory examination starts from the deficit, whatever power and reflexes add), away from any
  // border where it can be helped; a tiny territory with no such spot takes its best spot.
  for (const strict of [true, false]) {
    let first: ProbeCandidate | null = null;
    let firstHits: LesionOnSide[] = [];
    let firstLevel = 0;
    for (const candidate of candidates) {
      if (candidate.kind !== 'probe' || (strict && clearance(candidate.point) < MIN_CLEARANCE)) continue;
      const level = lossLevel(truth.lesion, truth.side, candidate.point.spot);
      if (level < 2) continue;
      const hits = remaining.filter((l) => separates(candidate, truth, l));
      const better =
        first === null ||
        hits.length > firstHits.length ||
        (hits.length === firstHits.length &&
          (level > firstLevel || (level === firstLevel && clearance(candidate.point) > clearance(first.point))));
      if (better) [first, firstHits, firstLevel] = [candidate, hits, level];
    }
    if (first) {
      take(first, firstHits);
      break;
    }
  }
  // Then the test that rules out the most of what is left, again and again (a button press before a
  // probe on a tie; among probes the most central one). Probes near a border, where territories
  // differ between people, are used only when nothing else tells the rest apart.
  let strict = true;
  while (remaining.length > 0) {
    let best: Candidate | null = null;
    let bestHits: LesionOnSide[] = [];
    for (const candidate of candidates) {
      if (strict && candidate.kind === 'probe' && clearance(candidate.point) < MIN_CLEARANCE) continue;
      const hits = remaining.filter((l) => separates(candidate, truth, l));
      if (hits.length > bestHits.length) [best, bestHits] = [candidate, hits];
      else if (
        hits.length > 0 &&
        hits.length === bestHits.length &&
        best?.kind === 'probe' &&
        candidate.kind === 'probe' &&
        clearance(candidate.point) > clearance(best.point)
      ) {
        [best, bestHits] = [candidate, hits];
      }
    }
    if (best) take(best, bestHits);
    else if (strict) strict = false;
    else break;
  }
  const result: EfficientExamination = { steps, separates: separatesList, lookAlikes, unseparated: remaining };
  efficientCache.set(cacheKey, result);
  return result;
}

/**
 * Computes and caches the efficient examination of every lesion on every side (well under a
 * second on an idle machine; `pnpm --filter @dermatome/data bench:examination` prints figures): call
 * it once at start-up so that no learner waits for the first one.
 */
export function precomputeEfficientExaminations(): void {
  for (const l of ALL_LESIONS_ON_SIDES) efficientExamination(l);
}

/** A human name for a lesion on a side, e.g. "L5 root, left" or "Cauda equina syndrome, both sides". */
export function lesionLabel(l: LesionOnSide): string {
  const name = examinationLesion(l.lesion).name;
  return `${name}, ${l.side === 'both' ? 'both sides' : l.side}`;
}

export interface DecidingFinding {
  step: ExaminationStep;
  /** One line: what to do, what this patient shows, and what it rules out. */
  text: string;
}

const PROBE_WORDS: Record<ProbeAnswer, string> = {
  normal: 'normal',
  'slightly-reduced': 'slightly reduced',
  reduced: 'reduced',
  absent: 'absent',
};

/** Where a probe lies, in the names of the maps: the dermatome, and the nerve territory if any. */
export function describeSpot(view: ViewId, x: number, y: number): string {
  const spot = skinSpot(view, x, y);
  if (!spot) return 'off the figure';
  const parts: string[] = [];
  if (spot.root) parts.push(`the ${spot.root} dermatome`);
  const nerve = spot.inside[0];
  if (nerve) {
    const name = nerveById(nerve).name;
    parts.push(`the territory of the ${name.charAt(0).toLowerCase()}${name.slice(1)}`);
  }
  const where = parts.length ? parts.join(' and ') : 'the skin';
  return `${where} (${view} view, ${spot.side} side)`;
}

function describeStep(step: ExaminationStep): string {
  if (step.kind === 'probe') return `Pinprick over ${describeSpot(step.view, step.x, step.y)}: ${PROBE_WORDS[step.expected]}`;
  if (step.kind === 'motor') return `${MOTOR_TEST_NAMES[step.test]}, ${step.side}: MRC ${step.expected}`;
  return `${REFLEX_TEST_NAMES[step.test]}, ${step.side}: ${step.expected}`;
}

/** The findings that decide a case: each step of the efficient examination, with what it rules out. */
export function decidingFindings(truth: LesionOnSide): DecidingFinding[] {
  const exam = efficientExamination(truth);
  return exam.steps.map((step, i) => {
    const ruled = (exam.separates[i] ?? []).map(lesionLabel);
    return { step, text: `${describeStep(step)}; rules out ${ruled.join('; ')}.` };
  });
}

export type ExaminationGrade = 'right' | 'partial' | 'wrong';

export interface ExaminationGrading {
  grade: ExaminationGrade;
  truth: LesionOnSide;
  answer: LesionOnSide;
  /** Why partial or wrong, in one line (empty when right). */
  reason: string;
}

const ROOT_CHAIN: readonly ExaminationLesionId[] = [...EXAMINATION_ROOTS, 'S3-S5'];

/** Two lesions that are "next to" each other: neighbouring roots, the saddle and the cauda equina, a nerve and its branch. */
export function adjacentLesions(a: ExaminationLesionId, b: ExaminationLesionId): boolean {
  const ia = ROOT_CHAIN.indexOf(a);
  const ib = ROOT_CHAIN.indexOf(b);
  if (ia >= 0 && ib >= 0) return Math.abs(ia - ib) === 1;
  const pair = new Set([a, b]);
  if (pair.has('S3-S5') && pair.has('cauda-equina')) return true;
  const isNerve = (id: ExaminationLesionId): id is keyof typeof NERVE_PARENT => id in NERVE_PARENT;
  if (isNerve(a) && isNerve(b)) return NERVE_PARENT[a] === b || NERVE_PARENT[b] === a;
  return false;
}

/**
 * Grades a named lesion: right (lesion and side), partial (the right lesion on the wrong side, or an
 * adjacent lesion on the right side), wrong otherwise.
 */
export function gradeExamination(truth: LesionOnSide, answer: LesionOnSide): ExaminationGrading {
  const sameSide = truth.side === answer.side;
  if (truth.lesion === answer.lesion) {
    if (sameSide) return { grade: 'right', truth, answer, reason: '' };
    return { grade: 'partial', truth, answer, reason: `The right lesion, but on the wrong side: it is ${lesionLabel(truth)}.` };
  }
  if (adjacentLesions(truth.lesion, answer.lesion) && sameSide) {
    return { grade: 'partial', truth, answer, reason: `Next to it, on the right side: it is ${lesionLabel(truth)}.` };
  }
  return { grade: 'wrong', truth, answer, reason: `It is ${lesionLabel(truth)}.` };
}

/**
 * The pre-selected FSRS rating (1 Again, 2 Hard, 3 Good, 4 Easy): wrong is Again, partial is Hard;
 * a right answer is Easy when the examination was about as short as the efficient one, Good when it
 * took a few times as many steps, Hard when it took many more.
 */
export function suggestedExaminationRating(grade: ExaminationGrade, probesUsed: number, efficientCount: number): 1 | 2 | 3 | 4 {
  if (grade === 'wrong') return 1;
  if (grade === 'partial') return 2;
  const efficient = Math.max(1, efficientCount);
  if (probesUsed <= efficient * 2 + 2) return 4;
  if (probesUsed <= efficient * 5 + 5) return 3;
  return 2;
}

/** Every lesion on every side it can be on. */
export const ALL_LESIONS_ON_SIDES: readonly LesionOnSide[] = EXAMINATION_LESION_IDS.flatMap((lesion) =>
  lesionSides(lesion).map((side) => ({ lesion, side })),
);

/** A nerve's display name for lists (the lesion picker), e.g. "Sural nerve". */
export const lesionName = (lesion: ExaminationLesionId): string => examinationLesion(lesion).name;
