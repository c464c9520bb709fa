import { daysBetween } from './study-day';

/** A deck assigned to a cohort, as a learner's queue sees it. */
export interface AssignmentPace {
  startDate: string;
  newPerDay: number;
  targetDate: string | null;
  /** The deck's cards in introduction order. */
  cardIds: readonly string[];
}

export type AssignmentStatus = 'not-started' | 'on-track' | 'behind' | 'complete';

export interface AssignmentProgress {
  total: number;
  seen: number;
  /** Cards that should have been introduced by today at the assignment's pace. */
  expected: number;
  status: AssignmentStatus;
  /** Days until the target date (negative once past), null without one. */
  daysToTarget: number | null;
}

/** How many of the deck's cards the pace asks to have introduced by `today` (0 before the start date). */
export function expectedIntroduced(a: AssignmentPace, today: string): number {
  if (today < a.startDate) return 0;
  return Math.min(a.cardIds.length, a.newPerDay * (daysBetween(a.startDate, today) + 1));
}

export function assignmentProgress(a: AssignmentPace, today: string, seen: ReadonlySet<string>): AssignmentProgress {
  const total = a.cardIds.length;
  const seenCount = a.cardIds.filter((id) => seen.has(id)).length;
  const expected = expectedIntroduced(a, today);
  const status: AssignmentStatus =
    seenCount >= total ? 'complete' : today < a.startDate ? 'not-started' : seenCount >= expected ? 'on-track' : 'behind';
  return { total, seen: seenCount, expected, status, daysToTarget: a.targetDate ? daysBetween(today, a.targetDate) : null };
}

/**
 * Today's new cards. Assigned cards come first, as many as each assignment's pace still allows
 * (catching up on missed days); the learner's own decks then fill up to their personal daily
 * limit. So the learner gets at least the pace their instructor set, and more if they chose more.
 */
export function planNewCards(input: {
  today: string;
  assignments: readonly AssignmentPace[];
  /** Unseen cards of the learner's own decks, in introduction order. */
  personal: readonly string[];
  personalLimitLeft: number;
  seen: ReadonlySet<string>;
}): { candidates: string[]; limit: number } {
  const assigned: string[] = [];
  const taken = new Set<string>();
  for (const a of input.assignments) {
    const allowance = Math.max(0, expectedIntroduced(a, input.today) - a.cardIds.filter((id) => input.seen.has(id)).length);
    let added = 0;
    for (const id of a.cardIds) {
      if (added >= allowance) break;
      if (input.seen.has(id) || taken.has(id)) continue;
      assigned.push(id);
      taken.add(id);
      added++;
    }
  }
  const personal = input.personal.filter((id) => !taken.has(id));
  return { candidates: [...assigned, ...personal], limit: Math.max(assigned.length, input.personalLimitLeft) };
}
