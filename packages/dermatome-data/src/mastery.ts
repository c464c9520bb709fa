/**
 * What "mastery" means, shared by the API (which computes it) and the web (which explains it).
 *
 * Mastery of a root = the mean durability of its cards, unseen cards counting 0. A card's
 * durability is its FSRS probability of recall MASTERY_HORIZON_DAYS days after the moment looked
 * at, for a card past its learning steps (review state); a new card, or one still in its learning
 * or relearning steps, counts 0. Recall *now* is close to 1 for any card just reviewed, even one
 * just failed; recall a month ahead separates a card just met from one known for weeks.
 *
 * The level thresholds are the durability of a card whose FSRS stability (the interval at which
 * recall falls to 90%) is 1 day (familiar), 7 days (proficient) and 21 days (mastered: Anki's
 * "mature" card), with the default FSRS-6 forgetting curve, rounded down to two decimals.
 * `pnpm --filter @dermatome/api bench:mastery` derives them and prints what simulated learners read.
 */
export const MASTERY_HORIZON_DAYS = 30;

/** The stability (days) each level stands for. */
export const MASTERY_LEVEL_STABILITY_DAYS = { familiar: 1, proficient: 7, mastered: 21 } as const;

/** Lower bounds of the levels, highest first ("learning" below the lowest; "not started" when nothing is seen). */
export const MASTERY_LEVELS = [
  { level: 'mastered', from: 0.87 },
  { level: 'proficient', from: 0.77 },
  { level: 'familiar', from: 0.59 },
  { level: 'learning', from: 0 },
] as const;

export type MasteryLevelName = (typeof MASTERY_LEVELS)[number]['level'] | 'not-started';
