import { MASTERY_ROOTS, type MasteryRoot, type RootId } from '@dermatome/data';
import { recallProbability, type RecallInput } from './scheduler';
import { studyDateEnd, type DayBoundary } from './study-day';

/** Levels of mastery, as the product brief defines them (lower bounds). */
export const MASTERY_LEVELS = [
  { level: 'mastered', from: 0.9 },
  { level: 'proficient', from: 0.7 },
  { level: 'familiar', from: 0.4 },
  { level: 'learning', from: 0 },
] as const;
export type MasteryLevel = (typeof MASTERY_LEVELS)[number]['level'] | 'not-started';

export interface RootMastery {
  root: MasteryRoot;
  /** Mean recall probability over the root's cards, unseen cards counting 0. */
  mastery: number;
  /** Share of the root's cards seen at least once. */
  coverage: number;
  /** Mean recall probability over the seen cards (0 when none is seen). */
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

export function rootMastery(cards: readonly MasteryCard[], root: MasteryRoot, at: Date): RootMastery {
  const mine = cards.filter((c) => c.roots.includes(root));
  const seen = mine.filter(
    (c) => c.schedule !== null && c.schedule.state !== 0 && c.schedule.lastReview !== null && c.schedule.lastReview <= at,
  );
  const recallSum = seen.reduce((sum, c) => sum + recallProbability(c.schedule as RecallInput, at), 0);
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

/**
 * Mastery of the given roots only, the same values `masteryByRoot` gives for them: a review
 * changes one card, so only its roots need computing again (over the cards sharing them).
 */
export function masteryOfRoots(cards: readonly MasteryCard[], roots: readonly RootId[], at: Date): RootMastery[] {
  return MASTERY_ROOTS.filter((root) => roots.includes(root)).map((root) => rootMastery(cards, root, at));
}
