import { FSRSAlgorithm, default_w, forgetting_curve, generatorParameters } from 'ts-fsrs';
import { MASTERY_ROOTS, type MasteryRoot, type RootId } from '@dermatome/data';
import {
  applyRating,
  recallProbability,
  type Rating,
  type RecallInput,
  type Schedule,
  type ScheduleLog,
  type SchedulerSettings,
} from './scheduler';
import { addDaysToDate, daysBetween, studyDate, studyDateStart, type DayBoundary } from './study-day';

/**
 * Scheduling for an exam date: pure functions shared by the review path, the queue, the progress
 * endpoint and the learning simulation (core/learning-simulation.ts, `pnpm bench:learning`).
 *
 * The policy, in days left until the exam (the learner's study dates, so the day boundary and
 * time zone are theirs):
 * - more than RAMP_FROM_DAYS left: desired retention is lowered to `normal - EARLY_DROP` (at least
 *   EARLY_FLOOR), so intervals grow and early reviews are cheap;
 * - from RAMP_FROM_DAYS to RAMP_TO_DAYS left it rises linearly to the exam target
 *   (max(normal, EXAM_TARGET), at most 0.97), and stays there in the last RAMP_TO_DAYS days;
 * - a card's next review is never put after the exam when its predicted recall on exam day would
 *   then be below the exam target: it is moved to the last day before the exam instead;
 * - in the last PULL_IN_DAYS days, cards with the lowest predicted exam-day recall are brought
 *   forward, only as far as the day's budget allows (natural due reviews first), so no day
 *   carries more than the cap (LOAD_CAP times the planned mean);
 * - on the exam day and after it, the learner's normal retention applies again.
 */
export const EXAM_POLICY = {
  EARLY_DROP: 0.12,
  EARLY_FLOOR: 0.75,
  RAMP_FROM_DAYS: 10,
  RAMP_TO_DAYS: 2,
  EXAM_TARGET: 0.9,
  PULL_IN_DAYS: 12,
  /** Cards whose predicted exam-day recall is below this are candidates to bring forward. */
  PULL_IN_TARGET: 0.97,
  /** Cards reviewed this few days ago are not brought forward again. */
  PULL_IN_MIN_GAP_DAYS: 3,
  /** The daily plan: at most this times the planned mean daily load. */
  LOAD_CAP: 1.3,
  /** And, after the first RUNNING_CAP_AFTER_DAYS study days, at most this times the mean of the days studied so far. */
  RUNNING_CAP: 1.45,
  RUNNING_CAP_AFTER_DAYS: 7,
  /** The planned reviews per card up to the exam (learning steps included), for the daily budget. */
  REVIEWS_PER_CARD: 6.5,
  /** New cards are all introduced this many days before the exam at the latest. */
  NEW_DONE_BEFORE_DAYS: 14,
} as const;

/** The latest exam date a learner may set: two years ahead. */
export const EXAM_MAX_DAYS_AHEAD = 730;

export type ExamDateSource = 'settings' | 'assignment' | 'exam';

/** Where a learner's exam date comes from ('auto': their cohorts' dates), and their own date. */
export interface ExamDateSettings extends DayBoundary {
  examMode: 'auto' | 'manual' | 'off';
  examDate: string | null;
}

/** The learner's own date, when it is the one scheduling aims at. */
export interface OwnExamDate {
  date: string;
  source: 'settings';
  label: string;
}

/**
 * The exam scheduling aims at: none in mode 'off', the learner's own date in mode 'manual', and in
 * mode 'auto' the nearest of their cohorts' dates (assignment target dates, assigned exams'
 * opening dates) still ahead. A date already past means no exam: scheduling is back to normal.
 */
export function learnerExam<T extends { date: string }>(
  settings: ExamDateSettings,
  now: Date,
  cohortDates: readonly T[],
): T | OwnExamDate | null {
  const today = studyDate(now, settings);
  if (settings.examMode === 'off') return null;
  if (settings.examMode === 'manual') {
    return settings.examDate && settings.examDate >= today
      ? { date: settings.examDate, source: 'settings', label: 'your exam date' }
      : null;
  }
  return cohortDates.filter((c) => c.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0] ?? null;
}

/**
 * A rating applied with the exam in view (the review path's one call): desired retention by the
 * exam policy for the days left, then the next review moved before the exam if needed.
 */
export function applyRatingForExam(
  settings: SchedulerSettings & DayBoundary,
  schedule: Schedule,
  now: Date,
  rating: Rating,
  examDate: string | null,
): { schedule: Schedule; log: ScheduleLog } {
  if (examDate === null) return applyRating(settings, schedule, now, rating);
  const desiredRetention = examRetention(daysUntilExam(now, examDate, settings), settings.desiredRetention);
  const rated = applyRating({ ...settings, desiredRetention }, schedule, now, rating);
  const adjusted = examAdjustedSchedule(
    rated.schedule,
    now,
    { date: examDate, normalRetention: settings.desiredRetention },
    settings,
  );
  return { schedule: adjusted, log: rated.log };
}

/** Whole study days from `now` (the learner's today) until the exam date; negative after it. */
export function daysUntilExam(now: Date, examDate: string, day: DayBoundary): number {
  return daysBetween(studyDate(now, day), examDate);
}

/** The exam's target recall on exam day for a learner whose normal retention is `normal`. */
export function examTarget(normal: number): number {
  return Math.min(0.97, Math.max(normal, EXAM_POLICY.EXAM_TARGET));
}

/** Desired retention `daysLeft` study days before the exam (the learner's normal one on exam day and after). */
export function examRetention(daysLeft: number | null, normal: number): number {
  if (daysLeft === null || daysLeft <= 0) return normal;
  const early = Math.max(EXAM_POLICY.EARLY_FLOOR, Math.min(normal, normal - EXAM_POLICY.EARLY_DROP));
  const target = examTarget(normal);
  if (daysLeft > EXAM_POLICY.RAMP_FROM_DAYS) return early;
  if (daysLeft <= EXAM_POLICY.RAMP_TO_DAYS) return target;
  const share = (EXAM_POLICY.RAMP_FROM_DAYS - daysLeft) / (EXAM_POLICY.RAMP_FROM_DAYS - EXAM_POLICY.RAMP_TO_DAYS);
  return round3(early + (target - early) * share);
}

/** FSRS recall after `days` with stability `stability` (default FSRS-6 weights unless given). */
export function recallAfter(days: number, stability: number, weights: readonly number[] = default_w): number {
  if (days <= 0) return 1;
  return forgetting_curve(weights as number[], days, stability);
}

/** FSRS's interval for a desired retention: the days until recall falls to `retention`. */
export function intervalFor(stability: number, retention: number, weights: readonly number[] = default_w): number {
  const decay = -(weights[20] ?? 0.1542);
  const factor = Math.pow(0.9, 1 / decay) - 1;
  return Math.max(1, Math.round((stability / factor) * (Math.pow(retention, 1 / decay) - 1)));
}

/**
 * The interval (whole days from the review day) capped for the exam: if the next review would fall
 * on or after the exam and the card's predicted recall on exam day is below the target, the card
 * comes back on the last day before the exam instead. Intervals that end before the exam, and
 * every interval once the exam is past, are left as they are.
 */
export function capIntervalForExam(input: {
  intervalDays: number;
  stability: number;
  daysLeft: number | null;
  target: number;
  weights?: readonly number[];
}): number {
  const { intervalDays, stability, daysLeft, target } = input;
  if (daysLeft === null || daysLeft <= 1 || intervalDays < daysLeft) return intervalDays;
  if (recallAfter(daysLeft, stability, input.weights) >= target) return intervalDays;
  return Math.max(1, daysLeft - 1);
}

/**
 * The review path's one call: a schedule just produced by FSRS, adjusted for the exam. Only
 * review-state cards (learning steps are minutes, not days) with a day interval are moved; the
 * new due date keeps the time of day FSRS chose. Returns the schedule unchanged without an exam.
 */
export function examAdjustedSchedule(
  schedule: Schedule,
  now: Date,
  exam: { date: string; normalRetention: number } | null,
  day: DayBoundary,
): Schedule {
  if (!exam || schedule.state !== 2) return schedule;
  const daysLeft = daysUntilExam(now, exam.date, day);
  if (daysLeft <= 1) return schedule;
  const today = studyDate(now, day);
  const intervalDays = daysBetween(today, studyDate(schedule.due, day));
  const capped = capIntervalForExam({
    intervalDays,
    stability: schedule.stability,
    daysLeft,
    target: examTarget(exam.normalRetention),
  });
  if (capped === intervalDays) return schedule;
  const offset = schedule.due.getTime() - studyDateStart(studyDate(schedule.due, day), day).getTime();
  const due = new Date(studyDateStart(addDaysToDate(today, capped), day).getTime() + offset);
  return { ...schedule, due, scheduledDays: capped };
}

/**
 * The daily budget of reviews up to the exam: the planned mean (REVIEWS_PER_CARD per card still to
 * learn or review, over the study days left) times LOAD_CAP, at least `floor`.
 */
export function dailyBudget(input: { cards: number; daysLeft: number; done?: number; floor?: number }): number {
  const days = Math.max(1, input.daysLeft);
  const planned = Math.max(0, input.cards * EXAM_POLICY.REVIEWS_PER_CARD - (input.done ?? 0)) / days;
  return Math.max(input.floor ?? 10, Math.ceil(planned * EXAM_POLICY.LOAD_CAP));
}

/**
 * Today's cap on reviews: the planned budget, and after the first RUNNING_CAP_AFTER_DAYS study days
 * at most RUNNING_CAP times the mean load of the days studied so far. Later days only raise that
 * mean when they are fuller, so no day ends above RUNNING_CAP times the final mean either.
 */
export function dailyCap(budget: number, studiedLoads: readonly number[]): number {
  if (studiedLoads.length < EXAM_POLICY.RUNNING_CAP_AFTER_DAYS) return budget;
  const mean = studiedLoads.reduce((a, b) => a + b, 0) / studiedLoads.length;
  return Math.min(budget, Math.floor(EXAM_POLICY.RUNNING_CAP * mean));
}

/**
 * The review path's budget for bringing cards forward: LOAD_CAP times the learner's mean reviews
 * per study day over the recent days given (at least `floor`).
 */
export function recentBudget(recentLoads: readonly number[], floor = 20): number {
  if (recentLoads.length === 0) return floor;
  const mean = recentLoads.reduce((a, b) => a + b, 0) / recentLoads.length;
  return Math.max(floor, Math.floor(EXAM_POLICY.LOAD_CAP * mean));
}

/** How many new cards to introduce today so every card is seen NEW_DONE_BEFORE_DAYS before the exam. */
export function newCardPace(input: { unseen: number; daysLeft: number; newPerDay: number }): number {
  const days = Math.max(1, input.daysLeft - EXAM_POLICY.NEW_DONE_BEFORE_DAYS);
  return Math.min(input.newPerDay, Math.ceil(input.unseen / days));
}

/** One studied card as the pull-in sees it. */
export interface ExamCard {
  cardId: string;
  schedule: RecallInput & { due: Date; difficulty: number };
}

/** Predicted recall of a card at the exam's start (unseen cards 0). */
export function examRecall(schedule: RecallInput | null, examStart: Date): number {
  return schedule ? recallProbability(schedule, examStart) : 0;
}

/**
 * The cards to bring forward today, in the last PULL_IN_DAYS days before the exam: review cards not
 * due today, not reviewed in the last PULL_IN_MIN_GAP_DAYS days, whose predicted exam-day recall is
 * below PULL_IN_TARGET, the largest expected gain first (reviewGain), at most `room` of them.
 */
export function pullInCards(input: {
  cards: readonly ExamCard[];
  now: Date;
  examDate: string;
  day: DayBoundary;
  target: number;
  room: number;
}): string[] {
  const daysLeft = daysUntilExam(input.now, input.examDate, input.day);
  if (daysLeft <= 0 || daysLeft > EXAM_POLICY.PULL_IN_DAYS || input.room <= 0) return [];
  const today = studyDate(input.now, input.day);
  const tomorrow = studyDateStart(addDaysToDate(today, 1), input.day).getTime();
  const examStart = studyDateStart(input.examDate, input.day);
  return input.cards
    .filter((c) => c.schedule.state === 2 && c.schedule.lastReview !== null && c.schedule.due.getTime() >= tomorrow)
    .filter((c) => daysBetween(studyDate(c.schedule.lastReview as Date, input.day), today) >= EXAM_POLICY.PULL_IN_MIN_GAP_DAYS)
    .filter((c) => examRecall(c.schedule, examStart) < input.target)
    .map((c) => ({
      id: c.cardId,
      gain: reviewGain({
        stability: c.schedule.stability,
        difficulty: c.schedule.difficulty,
        elapsedDays: daysBetween(studyDate(c.schedule.lastReview as Date, input.day), today),
        daysLeft,
      }),
    }))
    .sort((a, b) => b.gain - a.gain || a.id.localeCompare(b.id))
    .slice(0, input.room)
    .map((c) => c.id);
}

const defaultAlgorithm = new FSRSAlgorithm(generatorParameters({ enable_short_term: true }));

/**
 * The expected gain in exam-day recall from reviewing a card today rather than leaving it: with
 * the recall probability today, the stabilities after Good and after Again (FSRS), and the recall
 * those give on exam day, minus the exam-day recall without a review. The pull-in takes the
 * largest gains first: a card reviewed too early, or one that will be forgotten again anyway,
 * gains little.
 */
export function reviewGain(input: {
  stability: number;
  difficulty: number;
  elapsedDays: number;
  daysLeft: number;
  algorithm?: FSRSAlgorithm;
}): number {
  const algorithm = input.algorithm ?? defaultAlgorithm;
  const w = algorithm.parameters.w;
  const memory = { stability: input.stability, difficulty: input.difficulty };
  const now = recallAfter(input.elapsedDays, input.stability, w);
  const ok = algorithm.next_state(memory, input.elapsedDays, 3).stability;
  const fail = algorithm.next_state(memory, input.elapsedDays, 1).stability;
  const after = now * recallAfter(input.daysLeft, ok, w) + (1 - now) * recallAfter(input.daysLeft, fail, w);
  return after - recallAfter(input.elapsedDays + input.daysLeft, input.stability, w);
}

/** One card for the exam-day forecast: its roots and schedule (null if never studied). */
export interface ForecastCard {
  roots: readonly RootId[];
  schedule: (RecallInput & { due: Date }) | null;
}

export interface ExamForecast {
  daysLeft: number;
  /** Mean predicted recall at the exam's start over all the learner's cards (unseen 0). */
  predictedRecall: number;
  roots: { root: MasteryRoot; predictedRecall: number; seen: number; total: number }[];
  /** Expected reviews per day until the exam: reviews due before it plus REVIEWS_PER_CARD per unseen card, over the days left. */
  reviewsPerDay: number;
}

/** Predicted recall on exam day (FSRS R at the exam date's start in the learner's day) per root and overall, and the workload. */
export function examForecast(cards: readonly ForecastCard[], now: Date, examDate: string, day: DayBoundary): ExamForecast {
  const examStart = studyDateStart(examDate, day);
  const daysLeft = daysUntilExam(now, examDate, day);
  // One pass over the cards (a dashboard forecasts every student of a cohort): sums in card order per root.
  const byRoot = new Map(MASTERY_ROOTS.map((root) => [root as string, { sum: 0, seen: 0, total: 0 }]));
  let sum = 0;
  let dueBefore = 0;
  let unseen = 0;
  for (const c of cards) {
    const r = examRecall(c.schedule, examStart);
    sum += r;
    if (c.schedule === null) unseen++;
    else if (c.schedule.due < examStart) dueBefore++;
    for (const root of c.roots) {
      const acc = byRoot.get(root);
      if (!acc) continue;
      acc.sum += r;
      acc.total++;
      if (c.schedule !== null) acc.seen++;
    }
  }
  const mean = meanRecall(cards, { overall: sum, byRoot: new Map([...byRoot].map(([root, acc]) => [root, acc.sum])) });
  return {
    daysLeft,
    predictedRecall: mean.predictedRecall,
    roots: mean.roots.map((r) => ({ ...r, seen: byRoot.get(r.root)!.seen })),
    reviewsPerDay: daysLeft <= 0 ? 0 : Math.ceil((dueBefore + unseen * EXAM_POLICY.REVIEWS_PER_CARD) / daysLeft),
  };
}

/** Exam-day recall summed over a learner's cards: over all of them, and per root over the cards of that root. */
export interface RecallSums {
  overall: number;
  byRoot: ReadonlyMap<string, number>;
}

/**
 * Mean predicted exam-day recall overall and per root over `cards`, from the sums of their recall
 * (unseen cards add 0 to the sums and count in the means), rounded as every forecast shows it.
 */
export function meanRecall(
  cards: readonly { roots: readonly string[] }[],
  sums: RecallSums,
): { predictedRecall: number; roots: { root: MasteryRoot; predictedRecall: number; total: number }[] } {
  const totals = new Map<string, number>();
  for (const c of cards) for (const root of c.roots) totals.set(root, (totals.get(root) ?? 0) + 1);
  return {
    predictedRecall: cards.length === 0 ? 0 : round3(sums.overall / cards.length),
    roots: MASTERY_ROOTS.map((root) => {
      const total = totals.get(root) ?? 0;
      return { root, predictedRecall: total === 0 ? 0 : round3((sums.byRoot.get(root) ?? 0) / total), total };
    }),
  };
}

/** Why an exam date cannot be set (null when it can): not a date, in the past, or more than two years ahead. */
export function examDateProblem(value: string, now: Date, day: DayBoundary): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return `examDate must be a date as YYYY-MM-DD, not "${value}"`;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(y, m - 1, d));
  if (parsed.getUTCFullYear() !== y || parsed.getUTCMonth() !== m - 1 || parsed.getUTCDate() !== d)
    return `examDate "${value}" is not a real date`;
  const today = studyDate(now, day);
  if (value < today) return `examDate ${value} is in the past (today is ${today})`;
  if (daysBetween(today, value) > EXAM_MAX_DAYS_AHEAD) return `examDate ${value} is more than two years ahead`;
  return null;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
