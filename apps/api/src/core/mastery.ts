import {
  MASTERY_HORIZON_DAYS,
  MASTERY_LEVELS,
  MASTERY_ROOTS,
  type MasteryLevelName,
  type MasteryRoot,
  type RootId,
} from '@dermatome/data';
import { recallProbability, type RecallInput } from './scheduler';
import { studyDateEnd, type DayBoundary } from './study-day';

/** Levels of mastery (lower bounds, derived in @dermatome/data's mastery.ts and bench/mastery-levels.mjs). */
export { MASTERY_HORIZON_DAYS, MASTERY_LEVELS };
export type MasteryLevel = MasteryLevelName;

const DAY_MS = 86_400_000;

/**
 * How durably a card is known at `at`: its FSRS recall probability MASTERY_HORIZON_DAYS days
 * later, for a card past its learning steps; 0 for a new card or one in its (re)learning steps.
 * Recall at `at` itself would be close to 1 for any card just reviewed, even one just failed.
 */
export function cardDurability(schedule: RecallInput | null, at: Date): number {
  if (schedule === null || schedule.state !== 2 || schedule.lastReview === null) return 0;
  if (schedule.lastReview.getTime() > at.getTime()) return 0;
  return recallProbability(schedule, new Date(at.getTime() + MASTERY_HORIZON_DAYS * DAY_MS));
}

export interface RootMastery {
  root: MasteryRoot;
  /** Mean durability (recall 30 days ahead, learning cards 0) over the root's cards, unseen cards counting 0. */
  mastery: number;
  /** Share of the root's cards seen at least once. */
  coverage: number;
  /** Mean durability over the seen cards (0 when none is seen). */
  recall: number;
  seen: number;
  total: number;
  level: MasteryLevel;
}

/** One card of the learner's decks: its roots and its schedule (null if never studied). */
export interface MasteryCard {
  roots: readonly RootId[];
  schedule: RecallInput | null;
}

export function masteryLevel(mastery: number, seen: number): MasteryLevel {
  if (seen === 0) return 'not-started';
  return MASTERY_LEVELS.find((l) => mastery >= l.from)?.level ?? 'learning';
}

/** Mastery of every root L1..S2 at the instant `at`. */
export function masteryByRoot(cards: readonly MasteryCard[], at: Date): RootMastery[] {
  return MASTERY_ROOTS.map((root) => rootMastery(cards, root, at));
}

/** A card counts as seen from its first review on (not new, reviewed at or before `at`). */
export function isSeen(schedule: RecallInput | null, at: Date): boolean {
  return schedule !== null && schedule.state !== 0 && schedule.lastReview !== null && schedule.lastReview <= at;
}

export function rootMastery(cards: readonly MasteryCard[], root: MasteryRoot, at: Date): RootMastery {
  const mine = cards.filter((c) => c.roots.includes(root));
  const seen = mine.filter((c) => isSeen(c.schedule, at));
  const recallSum = seen.reduce((sum, c) => sum + cardDurability(c.schedule, at), 0);
  const total = mine.length;
  const mastery = total === 0 ? 0 : recallSum / total;
  return {
    root,
    mastery: round(mastery),
    coverage: total === 0 ? 0 : round(seen.length / total),
    recall: seen.length === 0 ? 0 : round(recallSum / seen.length),
    seen: seen.length,
    total,
    level: masteryLevel(mastery, seen.length),
  };
}

/**
 * What one review changes in the mastery of each of its card's roots, at `at`: the card's
 * durability after minus before, and whether it is seen for the first time. A root's mastery is a
 * sum over its cards divided by their number, so the stored row moves by this change alone
 * (mastery_daily's incremental update) instead of a recount over every card of the root.
 */
export interface MasteryChange {
  durability: number;
  newlySeen: boolean;
}

export function reviewMasteryChange(before: RecallInput | null, after: RecallInput, at: Date): MasteryChange {
  return {
    durability: cardDurability(after, at) - cardDurability(before, at),
    newlySeen: !isSeen(before, at) && isSeen(after, at),
  };
}

/** Mastery values are stored and shown with four decimals. */
export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** One stored point of the daily series: a root's mastery at the end of a study date. */
export type MasteryDay = Omit<RootMastery, 'level'> & { date: string };

/** Mastery per root as it stood at the end of a study date (or at `now`, for a date not over yet). */
export function masteryAtDateEnd(cards: readonly MasteryCard[], date: string, day: DayBoundary, now: Date): MasteryDay[] {
  const end = studyDateEnd(date, day);
  const at = end.getTime() < now.getTime() ? end : now;
  return masteryByRoot(cards, at).map(({ level: _level, ...r }) => ({ ...r, date }));
}

/**
 * The daily series rebuilt from a learner's review trail (the schedule each review left, in time
 * order): for each date, every card's latest schedule up to that date.
 */
export function masterySeriesFromTrail(
  cards: readonly { id: string; roots: readonly RootId[] }[],
  trail: readonly { cardId: string; studyDate: string; stateAfter: RecallInput }[],
  dates: readonly string[],
  day: DayBoundary,
  now: Date,
): MasteryDay[] {
  const schedules = new Map<string, RecallInput>();
  const rows: MasteryDay[] = [];
  let next = 0;
  for (const date of dates) {
    while (next < trail.length && trail[next]!.studyDate <= date) {
      schedules.set(trail[next]!.cardId, trail[next]!.stateAfter);
      next++;
    }
    rows.push(
      ...masteryAtDateEnd(
        cards.map((c) => ({ roots: c.roots, schedule: schedules.get(c.id) ?? null })),
        date,
        day,
        now,
      ),
    );
  }
  return rows;
}
