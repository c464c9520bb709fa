import { default_w } from 'ts-fsrs';
import type { Rating } from './scheduler';
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
