import {
  computeDecayFactor,
  createEmptyCard,
  date_diff,
  default_w,
  forgetting_curve,
  fsrs,
  type Card as FsrsCard,
  type FSRS,
  type Grade,
  type ReviewLog,
  type StepUnit,
} from 'ts-fsrs';

/** A learner's scheduling preferences (a subset of their study settings). */
export interface SchedulerSettings {
  desiredRetention: number;
  learningSteps: string[];
  relearningSteps: string[];
  /** The learner's fitted FSRS-6 weights; absent or null: the defaults. */
  fsrsWeights?: readonly number[] | null;
}

export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardStateName = (typeof CARD_STATES)[number];

/** Everything FSRS keeps about one learner's card (the persisted columns). */
export interface Schedule {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs State). */
  state: 0 | 1 | 2 | 3;
  lastReview: Date | null;
}

/** ts-fsrs's review log: the card as it was before the rating (enough to roll the rating back). */
export interface ScheduleLog {
  rating: Rating;
  state: 0 | 1 | 2 | 3;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: Date;
}

export type Rating = 1 | 2 | 3 | 4;
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];
export const RATING_NAMES: Record<Rating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };
/** Anki's leech threshold: a card forgotten this many times is tagged (and suspended if the learner wants). */
export const LEECH_LAPSES = 8;
const STEP = /^\d+(\.\d+)?[mhd]$/;

export interface RatingPreview {
  rating: Rating;
  due: Date;
  intervalSeconds: number;
}

/** The FSRS scheduler for a learner's settings, with interval fuzz on (as Anki does). */
export function schedulerFor(settings: SchedulerSettings): FSRS {
  return fsrs({
    request_retention: settings.desiredRetention,
    enable_fuzz: true,
    enable_short_term: true,
    maximum_interval: 36500,
    learning_steps: settings.learningSteps.filter((s) => STEP.test(s)) as StepUnit[],
    relearning_steps: settings.relearningSteps.filter((s) => STEP.test(s)) as StepUnit[],
    ...(isWeightSet(settings.fsrsWeights) ? { w: [...settings.fsrsWeights] } : {}),
  });
}

function isWeightSet(w: readonly number[] | null | undefined): w is readonly number[] {
  return Array.isArray(w) && w.length === 21 && w.every((x) => Number.isFinite(x));
}

/** The schedule of a card never studied. */
export function newSchedule(now: Date): Schedule {
  return fromFsrsCard(createEmptyCard(now));
}

/** Next due date and interval for each of the four ratings, as the buttons show them. */
export function previewRatings(settings: SchedulerSettings, schedule: Schedule, now: Date): RatingPreview[] {
  const preview = schedulerFor(settings).repeat(toFsrsCard(schedule), now);
  return RATINGS.map((rating) => {
    const due = preview[rating as Grade].card.due;
    return { rating, due, intervalSeconds: Math.max(0, Math.round((due.getTime() - now.getTime()) / 1000)) };
  });
}

/** Applies a rating: the card's new schedule and the log that can undo it. */
export function applyRating(
  settings: SchedulerSettings,
  schedule: Schedule,
  now: Date,
  rating: Rating,
): { schedule: Schedule; log: ScheduleLog } {
  const { card, log } = schedulerFor(settings).next(toFsrsCard(schedule), now, rating as Grade);
  return { schedule: fromFsrsCard(card), log: fromFsrsLog(log) };
}

/** Undoes a rating with ts-fsrs's rollback: the schedule the card had before it. */
export function rollbackRating(settings: SchedulerSettings, schedule: Schedule, log: ScheduleLog): Schedule {
  return fromFsrsCard(schedulerFor(settings).rollback(toFsrsCard(schedule), toFsrsLog(log)));
}

/** What recall probability depends on. */
export type RecallInput = Pick<Schedule, 'state' | 'stability' | 'lastReview'>;

/**
 * FSRS probability of recall at `at` (0 for a card never studied), as ts-fsrs's
 * get_retrievability computes it: elapsed time in whole days, the default weights' decay.
 */
export function recallProbability(schedule: RecallInput, at: Date): number {
  if (schedule.state === 0 || schedule.lastReview === null) return 0;
  if (at.getTime() <= schedule.lastReview.getTime()) return 1;
  const elapsedDays = Math.max(date_diff(at, schedule.lastReview, 'days'), 0);
  return forgetting_curve(default_w, elapsedDays, +schedule.stability.toFixed(8));
}

/**
 * recallProbability as a PostgreSQL expression, for sums over 10^5 card states where they are
 * (a cohort's exam-day forecast): `row` names the card_states row, `atMs` is an expression for the
 * instant in epoch milliseconds, `factor` and `decay` bind the values of `forgettingCurve()`. It
 * follows the same steps (whole days elapsed, stability and R rounded to 8 places), with the last
 * review to the millisecond as the app writes it; a test holds the two equal on both databases.
 */
export function recallProbabilitySql(row: string, atMs: string, curve: { factor: string; decay: string }): string {
  const lastReviewMs = `round(date_part('epoch', ${row}.last_review) * 1000)`;
  const days = `floor((${atMs} - ${lastReviewMs}) / 86400000)`;
  const stability = `(round(${row}.stability * 1e8) / 1e8)`;
  return `CASE WHEN ${row}.state = 0 OR ${row}.last_review IS NULL THEN 0
               WHEN ${atMs} <= ${lastReviewMs} THEN 1
               ELSE round(power(1 + ${curve.factor} * ${days} / NULLIF(${stability}, 0), ${curve.decay}) * 1e8) / 1e8 END`;
}

/** The constants of the forgetting curve recallProbability follows: R = (1 + factor * days / stability) ^ decay. */
export function forgettingCurve(): { factor: number; decay: number } {
  return computeDecayFactor(default_w);
}

/**
 * Whether two schedules record the same progress. The due date is left out: a ts-fsrs rollback
 * makes the card due at the moment of the undone review, not at its earlier due date.
 */
export function sameProgress(a: Schedule, b: Schedule): boolean {
  return (
    a.state === b.state &&
    a.reps === b.reps &&
    a.lapses === b.lapses &&
    a.stability === b.stability &&
    a.difficulty === b.difficulty &&
    a.scheduledDays === b.scheduledDays &&
    a.learningSteps === b.learningSteps &&
    (a.lastReview?.getTime() ?? null) === (b.lastReview?.getTime() ?? null)
  );
}

export function isLeech(schedule: Schedule): boolean {
  return schedule.lapses >= LEECH_LAPSES;
}

function toFsrsCard(s: Schedule): FsrsCard {
  return {
    due: s.due,
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    ...(s.lastReview ? { last_review: s.lastReview } : {}),
  };
}

function fromFsrsCard(c: FsrsCard): Schedule {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as Schedule['state'],
    lastReview: c.last_review ?? null,
  };
}

function fromFsrsLog(l: ReviewLog): ScheduleLog {
  return {
    rating: l.rating as Rating,
    state: l.state as ScheduleLog['state'],
    due: l.due,
    stability: l.stability,
    difficulty: l.difficulty,
    elapsedDays: l.elapsed_days,
    lastElapsedDays: l.last_elapsed_days,
    scheduledDays: l.scheduled_days,
    learningSteps: l.learning_steps,
    review: l.review,
  };
}

function toFsrsLog(l: ScheduleLog) {
  return {
    rating: l.rating,
    state: l.state,
    due: l.due,
    stability: l.stability,
    difficulty: l.difficulty,
    elapsed_days: l.elapsedDays,
    last_elapsed_days: l.lastElapsedDays,
    scheduled_days: l.scheduledDays,
    learning_steps: l.learningSteps,
    review: l.review,
  };
}

/** A short label for an interval, as on Anki's buttons: "10m", "1d", "3.5mo". */
export function intervalLabel(seconds: number): string {
  const minutes = seconds / 60;
  if (minutes < 1) return '<1m';
  if (minutes < 60) return `${Math.round(minutes)}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${trim(days / 30)}mo`;
  return `${trim(days / 365)}y`;
}

function trim(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}
