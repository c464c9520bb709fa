import { blueprintRoot } from './exam-draw';

/** The card types an exam can ask, by the groups a learner chooses from. */
export const EXAM_TYPE_GROUPS = {
  vignettes: ['vignette', 'peripheral'],
  locate: ['locate'],
  'key-points': ['key-point'],
  'disc-levels': ['disc-level'],
  'red-flags': ['red-flag'],
  'myotomes-reflexes': ['myotome-reflex'],
  'examination-cases': ['examination-case'],
} as const;
export type ExamTypeGroup = keyof typeof EXAM_TYPE_GROUPS;
export const EXAM_TYPE_GROUP_NAMES = Object.keys(EXAM_TYPE_GROUPS) as ExamTypeGroup[];
/**
 * The kinds an exam asks when none are chosen: all but the examination cases, which take minutes
 * each (examining a patient) and are asked only when chosen.
 */
export const DEFAULT_EXAM_TYPE_GROUPS = EXAM_TYPE_GROUP_NAMES.filter((g) => g !== 'examination-cases');

/** A question a network delay should not cost: saves arriving this soon after the deadline still count. */
export const DEADLINE_GRACE_MS = 2000;

export function cardTypesOf(groups: readonly ExamTypeGroup[]): string[] {
  return [...new Set(groups.flatMap((g) => EXAM_TYPE_GROUPS[g]))];
}

/**
 * When an attempt must end: the time limit (longer by a student's extra-time accommodation),
 * and never after the exam closes (plus the same extension). Null when untimed and unbounded.
 */
export function attemptDeadline(input: {
  startedAt: Date;
  timeLimitSeconds: number | null;
  extraTimePercent: number;
  closesAt: Date | null;
}): Date | null {
  const extraMs = input.timeLimitSeconds === null ? 0 : (input.timeLimitSeconds * 1000 * input.extraTimePercent) / 100;
  const byLimit = input.timeLimitSeconds === null ? null : input.startedAt.getTime() + input.timeLimitSeconds * 1000 + extraMs;
  const byClose = input.closesAt === null ? null : input.closesAt.getTime() + extraMs;
  const candidates = [byLimit, byClose].filter((t): t is number => t !== null);
  return candidates.length === 0 ? null : new Date(Math.min(...candidates));
}

/** A learner's own time limit: the exam's plus their extra time (null when untimed). */
export function personalTimeLimitSeconds(timeLimitSeconds: number | null, extraTimePercent: number): number | null {
  return timeLimitSeconds === null ? null : Math.round(timeLimitSeconds * (1 + extraTimePercent / 100));
}

export type WindowStatus = 'upcoming' | 'open' | 'closed';

export function windowStatus(exam: { opensAt: Date | null; closesAt: Date | null }, now: Date): WindowStatus {
  if (exam.opensAt && now < exam.opensAt) return 'upcoming';
  if (exam.closesAt && now >= exam.closesAt) return 'closed';
  return 'open';
}

export interface ScoredQuestion {
  cardId: string;
  roots: readonly string[];
  type: string;
  correct: boolean | null;
  partial: boolean | null;
}

/** Right = 1 mark, partly right (a click in a transition band) = 0.5, wrong or unanswered = 0. */
export function questionScore(q: Pick<ScoredQuestion, 'correct' | 'partial'>): number {
  return q.correct ? 1 : q.partial ? 0.5 : 0;
}

export function totalScore(questions: readonly ScoredQuestion[]): number {
  return questions.reduce((sum, q) => sum + questionScore(q), 0);
}

export interface Breakdown {
  key: string;
  questions: number;
  score: number;
  percent: number;
}

/** Score per blueprint root (L1..S2, or the saddle) and per card type. */
export function breakdowns(questions: readonly ScoredQuestion[]): { byRoot: Breakdown[]; byType: Breakdown[] } {
  return {
    byRoot: group(questions, (q) => blueprintRoot({ id: q.cardId, roots: q.roots as never })),
    byType: group(questions, (q) => q.type),
  };
}

function group(questions: readonly ScoredQuestion[], keyOf: (q: ScoredQuestion) => string): Breakdown[] {
  const groups = new Map<string, { questions: number; score: number }>();
  for (const q of questions) {
    const key = keyOf(q);
    const g = groups.get(key) ?? { questions: 0, score: 0 };
    g.questions++;
    g.score += questionScore(q);
    groups.set(key, g);
  }
  return [...groups]
    .map(([key, g]) => ({
      key,
      questions: g.questions,
      score: g.score,
      percent: Math.round((g.score / g.questions) * 1000) / 10,
    }))
    .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
}
