import { MASTERY_ROOTS, type MasteryRoot } from '@dermatome/data';
import { daysBetween } from './study-day';

/** The sum of the members' mastery for a root on a date. */
export interface DaySum {
  root: string;
  date: string;
  sum: number;
}

export interface RootSeries {
  root: MasteryRoot;
  points: { date: string; mastery: number }[];
}

export type Granularity = 'day' | 'week';

/**
 * The cohort's mean mastery per root for each date, from the members' summed values: every
 * current member counts, so a member with no value on a date (nothing studied yet) counts as 0.
 * By week, each week shows its last day.
 */
export function cohortMasterySeries(
  sums: readonly DaySum[],
  memberCount: number,
  dates: readonly string[],
  granularity: Granularity,
): RootSeries[] {
  const byKey = new Map(sums.map((s) => [`${s.root}|${s.date}`, s.sum]));
  const shown = granularity === 'day' ? [...dates] : lastDayOfEachWeek(dates);
  return MASTERY_ROOTS.map((root) => ({
    root,
    points: shown.map((date) => ({
      date,
      mastery: memberCount === 0 ? 0 : round((byKey.get(`${root}|${date}`) ?? 0) / memberCount),
    })),
  }));
}

/** Weeks run Monday to Sunday; the last date of each week present in `dates` stands for it. */
export function lastDayOfEachWeek(dates: readonly string[]): string[] {
  const byWeek = new Map<string, string>();
  for (const date of dates) byWeek.set(mondayOf(date), date);
  return [...byWeek.values()];
}

function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const offset = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
}

export interface BehindInput {
  overdue: number;
  lastActive: string | null;
  joinedOn: string;
  meanMastery: number;
  assignmentsBehind: number;
}

export interface BehindThresholds {
  today: string;
  inactiveDays: number;
  overdueCards: number;
  lowMastery: number;
  /** Low mastery only counts once a learner has had this many days. */
  graceDays: number;
}

/** Why a student needs attention, in words an instructor can act on (empty when on track). */
export function behindReasons(s: BehindInput, t: BehindThresholds): string[] {
  const reasons: string[] = [];
  const idleSince = s.lastActive ?? s.joinedOn;
  const idleDays = daysBetween(idleSince, t.today);
  if (idleDays >= t.inactiveDays)
    reasons.push(s.lastActive ? `inactive for ${idleDays} days` : `no reviews in ${idleDays} days since joining`);
  if (s.overdue >= t.overdueCards) reasons.push(`${s.overdue} cards overdue`);
  if (s.assignmentsBehind > 0)
    reasons.push(
      s.assignmentsBehind === 1 ? 'behind the pace of an assignment' : `behind the pace of ${s.assignmentsBehind} assignments`,
    );
  if (daysBetween(s.joinedOn, t.today) >= t.graceDays && s.meanMastery < t.lowMastery)
    reasons.push(`low mastery (${Math.round(s.meanMastery * 100)}%)`);
  return reasons;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** The cohort's mean of each root's current mastery and coverage (every member counts, nothing studied = 0). */
export function cohortMeans(
  students: readonly { mastery: readonly { root: MasteryRoot; mastery: number; coverage: number }[] }[],
): { root: MasteryRoot; mastery: number; coverage: number }[] {
  return MASTERY_ROOTS.map((root) => {
    const values = students.map((s) => s.mastery.find((m) => m.root === root) ?? { mastery: 0, coverage: 0 });
    const mean = (pick: (v: { mastery: number; coverage: number }) => number) =>
      values.length === 0 ? 0 : round(values.reduce((sum, v) => sum + pick(v), 0) / values.length);
    return { root, mastery: mean((v) => v.mastery), coverage: mean((v) => v.coverage) };
  });
}
