import { TZDate } from '@date-fns/tz';
import { addDays, format, subDays } from 'date-fns';

/**
 * A learner's day runs from `dayStartHour` o'clock to the same hour the next day, in their own
 * time zone (Anki's default is 4 AM, so a session after midnight still counts for "today").
 */
export interface DayBoundary {
  timeZone: string;
  dayStartHour: number;
}

/** One study day: the instants it runs from and to (its end is the next day's start) and its date. */
interface DaySpan {
  start: number;
  end: number;
  date: string;
}

/**
 * The last span asked for, per day boundary: every review, queue and dashboard asks for "today"
 * several times, and a time-zone conversion costs more than the rest of a review's arithmetic.
 */
const recentSpans = new Map<string, DaySpan>();

function daySpan(now: Date, day: DayBoundary): DaySpan {
  const key = `${day.timeZone}|${day.dayStartHour}`;
  const t = now.getTime();
  const hit = recentSpans.get(key);
  if (hit && t >= hit.start && t < hit.end) return hit;
  const local = new TZDate(t, day.timeZone);
  let start = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), day.dayStartHour, 0, 0, day.timeZone);
  if (start.getTime() > t) start = atHour(subDays(start, 1), day);
  const span = { start: start.getTime(), end: atHour(addDays(start, 1), day).getTime(), date: format(start, 'yyyy-MM-dd') };
  if (recentSpans.size >= 1000) recentSpans.clear();
  recentSpans.set(key, span);
  return span;
}

/** The instant the learner's current day began. */
export function currentDayStart(now: Date, day: DayBoundary): Date {
  return new Date(daySpan(now, day).start);
}

/** The instant the learner's next day begins ("due today" means due before this). */
export function nextDayStart(now: Date, day: DayBoundary): Date {
  return new Date(daySpan(now, day).end);
}

/** The learner's calendar date of an instant, as YYYY-MM-DD (an instant before the day start belongs to the previous date). */
export function studyDate(instant: Date, day: DayBoundary): string {
  return daySpan(instant, day).date;
}

/** The instant a study date (YYYY-MM-DD) begins. */
export function studyDateStart(date: string, day: DayBoundary): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, day.dayStartHour, 0, 0, day.timeZone).getTime());
}

/** The instant a study date ends (the next date's start). */
export function studyDateEnd(date: string, day: DayBoundary): Date {
  return studyDateStart(addDaysToDate(date, 1), day);
}

/** YYYY-MM-DD plus n calendar days. */
export function addDaysToDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Every date from `from` to `to`, inclusive. */
export function dateRange(from: string, to: string): string[] {
  const n = daysBetween(from, to);
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) => addDaysToDate(from, i));
}

/** Whether a string is an IANA time zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function atHour(date: TZDate, day: DayBoundary): TZDate {
  return new TZDate(date.getFullYear(), date.getMonth(), date.getDate(), day.dayStartHour, 0, 0, day.timeZone);
}
