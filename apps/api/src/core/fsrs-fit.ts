import { default_w, fsrs } from 'ts-fsrs';
import type { Rating, Schedule } from './scheduler';
import { daysBetween } from './study-day';

/**
 * Per-learner FSRS-6 weights: the pure half. Turning a review log into the optimiser's items,
 * splitting it in time, scoring weights by log loss on the later reviews, and deciding whether
 * a fit is kept. The optimiser itself (@open-spaced-repetition/binding, native Rust) runs in a
 * child process (apps/api/src/study/parameters/optimiser-child.ts); nothing here does I/O.
 */

/** One active (not undone) review, as the optimiser needs it. */
export interface FitReview {
  cardId: string;
  reviewedAt: Date;
  /** The learner's local study date (YYYY-MM-DD): day gaps are counted in whole local days. */
  studyDate: string;
  rating: Rating;
}

/** One review in an optimiser item: a rating and the whole local days since the card's previous review (0 for the first). */
export interface OptimiserReview {
  rating: Rating;
  deltaT: number;
}

/**
 * The plain form of a binding `FSRSBindingItem`: a card's reviews up to and including one review.
 * Build the binding object with `new FSRSBindingItem(item.reviews.map((r) => new FSRSBindingReview(r.rating, r.deltaT)))`.
 */
export interface OptimiserItem {
  reviews: OptimiserReview[];
}

/** The default FSRS-6 weights (ts-fsrs), 21 numbers. */
export const DEFAULT_WEIGHTS: readonly number[] = default_w;
/** A learner can ask for a fit once they have this many reviews. */
export const MIN_REVIEWS_TO_OPTIMISE = 400;
/** The periodic sweep refits a learner after this many new reviews since the last attempt. */
export const REFIT_EVERY_REVIEWS = 300;
/** The share of the learner's reviews (the earliest) the weights are fitted on; the rest scores them. */
export const TRAIN_SHARE = 0.8;

/** Each card's reviews in time order, with the day gap to the previous review of the same card. */
export function cardHistories(reviews: readonly FitReview[]): Map<string, (OptimiserReview & { reviewedAt: Date })[]> {
  const sorted = [...reviews].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  const byCard = new Map<string, (OptimiserReview & { reviewedAt: Date; studyDate: string })[]>();
  for (const r of sorted) {
    const list = byCard.get(r.cardId) ?? [];
    const previous = list[list.length - 1];
    const deltaT = previous ? Math.max(0, daysBetween(previous.studyDate, r.studyDate)) : 0;
    list.push({ rating: r.rating, deltaT, reviewedAt: r.reviewedAt, studyDate: r.studyDate });
    byCard.set(r.cardId, list);
  }
  return new Map(
    [...byCard].map(([id, list]) => [id, list.map(({ rating, deltaT, reviewedAt }) => ({ rating, deltaT, reviewedAt }))]),
  );
}

/**
 * The optimiser's training items from a review log: for every review after a card's first, the
 * card's history up to that review (as fsrs-rs and Anki build them). An item whose reviews all
 * fall on the first day (every gap 0, e.g. only same-day learning steps) is left out: fsrs-rs
 * panics on it ("at least one review with delta_t > 0 is required") and aborts the process.
 */
export function optimiserItems(reviews: readonly FitReview[]): OptimiserItem[] {
  const items: OptimiserItem[] = [];
  for (const history of cardHistories(reviews).values()) {
    for (let i = 1; i < history.length; i++) {
      const prefix = history.slice(0, i + 1).map(({ rating, deltaT }) => ({ rating, deltaT }));
      if (isTrainable(prefix)) items.push({ reviews: prefix });
    }
  }
  return items;
}

/** Whether fsrs-rs can take an item: a first review with gap 0, ratings 1-4, and at least one later review a day or more after the one before. */
export function isTrainable(reviews: readonly OptimiserReview[]): boolean {
  if (reviews.length < 2 || reviews[0]!.deltaT !== 0) return false;
  if (!reviews.every((r) => Number.isInteger(r.deltaT) && r.deltaT >= 0 && [1, 2, 3, 4].includes(r.rating))) return false;
  return reviews.slice(1).some((r) => r.deltaT > 0);
}

/** The reviews split in time: the weights are fitted on `train`; reviews at or after `cutoff` score them. */
export interface TimeSplit {
  train: FitReview[];
  /** The first scored review's time (null when there is nothing to score). */
  cutoff: Date | null;
}

/**
 * Splits a learner's reviews in time: the earliest `trainShare` of them to fit on, the later ones
 * to score the fit. Scoring replays each card's whole history, so a later review still counts the
 * card's earlier reviews; only the prediction of the later reviews enters the log loss.
 */
export function timeSplit(reviews: readonly FitReview[], trainShare = TRAIN_SHARE): TimeSplit {
  const sorted = [...reviews].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  const n = Math.min(sorted.length, Math.max(0, Math.floor(sorted.length * trainShare)));
  if (n >= sorted.length) return { train: sorted, cutoff: null };
  const cutoff = sorted[n]!.reviewedAt;
  return { train: sorted.filter((r) => r.reviewedAt.getTime() < cutoff.getTime()), cutoff };
}

/** A predicted recall probability and what happened (recalled: any rating but Again). */
export interface Prediction {
  p: number;
  recalled: boolean;
}

/**
 * FSRS predictions of the reviews at or after `from` with the given weights: each card's memory
 * state is replayed over its history; a review a day or more after the previous one is predicted
 * by the forgetting curve (same-day reviews are short-term and not scored, as in fsrs-rs).
 */
export function predictions(weights: readonly number[], reviews: readonly FitReview[], from: Date | null): Prediction[] {
  if (from === null) return [];
  const f = fsrs({ w: [...weights], enable_short_term: true, enable_fuzz: false });
  const out: Prediction[] = [];
  for (const history of cardHistories(reviews).values()) {
    let state: { stability: number; difficulty: number } | null = null;
    for (const r of history) {
      if (state && r.deltaT > 0 && r.reviewedAt.getTime() >= from.getTime()) {
        out.push({ p: f.forgetting_curve(r.deltaT, state.stability), recalled: r.rating > 1 });
      }
      state = f.next_state(state, r.deltaT, r.rating);
    }
  }
  return out;
}

/** Mean binary cross-entropy of predictions (lower is better); null when there is none. */
export function logLoss(ps: readonly Prediction[]): number | null {
  if (ps.length === 0) return null;
  const eps = 1e-6;
  const sum = ps.reduce((s, { p, recalled }) => {
    const q = Math.min(1 - eps, Math.max(eps, p));
    return s - (recalled ? Math.log(q) : Math.log(1 - q));
  }, 0);
  return sum / ps.length;
}

/** A scored review count below which a comparison of log losses says nothing. */
export const MIN_SCORED_REVIEWS = 20;

export interface FitDecision {
  keep: boolean;
  reason: string;
}

/** Keep fitted weights only when they predict the learner's later reviews better than the weights in use. */
export function decideFit(input: { before: number | null; after: number | null; scored: number }): FitDecision {
  const { before, after, scored } = input;
  if (before === null || after === null || scored < MIN_SCORED_REVIEWS)
    return { keep: false, reason: `too few later reviews to compare: ${scored}, need ${MIN_SCORED_REVIEWS}` };
  if (!Number.isFinite(after)) return { keep: false, reason: 'the fitted weights gave no usable predictions' };
  if (after < before)
    return { keep: true, reason: `log loss on later reviews fell from ${before.toFixed(4)} to ${after.toFixed(4)}` };
  return { keep: false, reason: `log loss on later reviews did not fall (${before.toFixed(4)} -> ${after.toFixed(4)})` };
}

/** Whether an array is a usable set of FSRS-6 weights (21 finite numbers). */
export function isWeights(w: unknown): w is number[] {
  return Array.isArray(w) && w.length === 21 && w.every((x) => typeof x === 'number' && Number.isFinite(x));
}

/** How many more reviews a learner needs before a fit (0 when they can optimise). */
export function reviewsMissing(reviewCount: number): number {
  return Math.max(0, MIN_REVIEWS_TO_OPTIMISE - reviewCount);
}

/**
 * A review card's schedule under new weights, with its history kept: the memory state is replayed
 * over the card's reviews with the new weights, and the next due date is counted from the last
 * review. State, reps, lapses and the last review do not change; cards not in review state
 * (new, learning, relearning) keep their schedule.
 */
export function rescheduleCard(
  weights: readonly number[],
  desiredRetention: number,
  schedule: Schedule,
  history: readonly OptimiserReview[],
): Schedule {
  if (schedule.state !== 2 || schedule.lastReview === null || history.length === 0) return schedule;
  const f = fsrs({ w: [...weights], enable_short_term: true, enable_fuzz: false, request_retention: desiredRetention });
  let state: { stability: number; difficulty: number } | null = null;
  for (const r of history) state = f.next_state(state, r.deltaT, r.rating);
  const { stability, difficulty } = state!;
  const scheduledDays = f.next_interval(stability, 0);
  return {
    ...schedule,
    stability,
    difficulty,
    scheduledDays,
    due: new Date(schedule.lastReview.getTime() + scheduledDays * 86_400_000),
  };
}
