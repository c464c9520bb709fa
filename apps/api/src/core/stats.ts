import { addDaysToDate, dateRange, studyDate, type DayBoundary } from './study-day';
import type { Rating } from './scheduler';

/** Consecutive study dates with at least one review, ending today (or yesterday, if today has none yet). */
export function streak(datesWithReviews: ReadonlySet<string>, today: string): number {
  let day = datesWithReviews.has(today) ? today : addDaysToDate(today, -1);
  let count = 0;
  while (datesWithReviews.has(day)) {
    count++;
    day = addDaysToDate(day, -1);
  }
  return count;
}

/** Share of reviews the learner recalled (rated anything but Again), or null when there were none. */
export function recallRate(recalled: number, reviews: number): number | null {
  return reviews === 0 ? null : recalled / reviews;
}

export function isRecalled(rating: Rating): boolean {
  return rating > 1;
}

export interface ForecastDay {
  date: string;
  due: number;
}

/** Cards due on each of the next `days` study dates; anything overdue counts today. */
export function dueForecast(dues: readonly Date[], now: Date, day: DayBoundary, days = 30): ForecastDay[] {
  const today = studyDate(now, day);
  const dates = dateRange(today, addDaysToDate(today, days - 1));
  const counts = new Map(dates.map((d) => [d, 0]));
  for (const due of dues) {
    const date = due.getTime() <= now.getTime() ? today : studyDate(due, day);
    if (counts.has(date)) counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  return dates.map((date) => ({ date, due: counts.get(date) ?? 0 }));
}

/** A value for every date of a range, 0 where the map has none (for calendars and charts). */
export function fillDates(values: ReadonlyMap<string, number>, from: string, to: string): { date: string; value: number }[] {
  return dateRange(from, to).map((date) => ({ date, value: values.get(date) ?? 0 }));
}
