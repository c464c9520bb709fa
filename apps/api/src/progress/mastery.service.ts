import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  masteryAtDateEnd,
  masteryByRoot,
  masteryLevel,
  masterySeriesFromTrail,
  type MasteryCard,
  type RootMastery,
} from '../core/mastery';
import type { RecallInput } from '../core/scheduler';
import { addDaysToDate, dateRange, studyDate, type DayBoundary } from '../core/study-day';
import { CardStatesRepository } from '../learning/card-states.repository';
import { LearnerCardsService } from '../learning/learner-cards.service';
import { MasteryDailyRepository, type MasteryDayRow } from '../learning/mastery-daily.repository';
import { ReviewLogsRepository } from '../learning/review-logs.repository';

/** Backfills are bounded: a learner away for longer gets at most this many missing days written. */
const MAX_BACKFILL_DAYS = 400;

export interface MasteryPoint extends RootMastery {
  date: string;
}

/**
 * Mastery per root now and as a daily series. The series is kept in mastery_daily as reviews
 * arrive: before a review on a new study date, the days since the learner's last stored date are
 * written from the schedules as they stood (unchanged since that date); after the review, today's
 * row is rewritten. Days after the last review are computed on read from the current schedules.
 * `rebuild` recreates the whole series from the review log.
 */
@Injectable()
export class MasteryService {
  constructor(
    private readonly learnerCards: LearnerCardsService,
    private readonly states: CardStatesRepository,
    private readonly daily: MasteryDailyRepository,
    private readonly logs: ReviewLogsRepository,
  ) {}

  async masteryCards(m: EntityManager, userId: string, schedules?: Map<string, RecallInput>): Promise<MasteryCard[]> {
    const cards = await this.learnerCards.cards(m, userId);
    const byCard = schedules ?? (await this.states.recallInputs(m, userId));
    return cards.map((c) => ({ roots: c.roots, schedule: byCard.get(c.id) ?? null }));
  }

  async current(m: EntityManager, userId: string, at: Date): Promise<RootMastery[]> {
    return masteryByRoot(await this.masteryCards(m, userId), at);
  }

  /** Call inside a review's transaction, before the card's schedule changes. */
  async beforeReview(m: EntityManager, userId: string, now: Date, day: DayBoundary): Promise<void> {
    const last = await this.daily.lastDate(m, userId);
    const today = studyDate(now, day);
    if (last === null || last >= today) return;
    // The last stored date is rewritten at its end: it was stored as of that day's last review.
    await this.writeDays(m, userId, last, addDaysToDate(today, -1), now, day);
  }

  /**
   * Stores the days after the learner's last stored date, through `through` (a past date), from
   * the current schedules: nothing was reviewed on those days, so they are final. Dashboards call
   * this so that every member has a row for every past day without replaying any log.
   */
  async fillThrough(
    m: EntityManager,
    userId: string,
    through: string,
    now: Date,
    day: DayBoundary,
    lastStored?: string | null,
  ): Promise<void> {
    const last = lastStored === undefined ? await this.daily.lastDate(m, userId) : lastStored;
    if (last === null || last >= through) return;
    await this.writeDays(m, userId, addDaysToDate(last, 1), through, now, day);
  }

  private async writeDays(
    m: EntityManager,
    userId: string,
    from: string,
    to: string,
    now: Date,
    day: DayBoundary,
  ): Promise<void> {
    await this.daily.upsertMany(m, userId, await this.daysFromSchedules(m, userId, from, to, now, day));
  }

  /**
   * The rows of past days with no review since (`from` to `to`), from the current schedules: what
   * the roll-up stores, and what reads compute for the days it has not stored yet. Writes nothing.
   */
  async daysFromSchedules(
    m: EntityManager,
    userId: string,
    from: string,
    to: string,
    now: Date,
    day: DayBoundary,
  ): Promise<MasteryDayRow[]> {
    return (await this.daysFromSchedulesFor(m, [{ userId, from, to, day }], now)).get(userId) ?? [];
  }

  /** daysFromSchedules for several learners, reading all their cards and schedules at once. */
  async daysFromSchedulesFor(
    m: EntityManager,
    spans: readonly { userId: string; from: string; to: string; day: DayBoundary }[],
    now: Date,
  ): Promise<Map<string, MasteryDayRow[]>> {
    const wanted = spans
      .map((s) => ({ ...s, start: maxDate(s.from, addDaysToDate(s.to, -MAX_BACKFILL_DAYS)) }))
      .filter((s) => s.start <= s.to);
    if (wanted.length === 0) return new Map();
    const userIds = wanted.map((s) => s.userId);
    const [cards, schedules] = await Promise.all([
      this.learnerCards.cardsFor(m, userIds),
      this.states.recallInputsFor(m, userIds),
    ]);
    return new Map(
      wanted.map((s) => {
        const mine = schedules.get(s.userId)!;
        const masteryCards = cards.get(s.userId)!.map((c) => ({ roots: c.roots, schedule: mine.get(c.id) ?? null }));
        return [s.userId, dateRange(s.start, s.to).flatMap((date) => masteryAtDateEnd(masteryCards, date, s.day, now))];
      }),
    );
  }

  /** Call inside a review's (or undo's) transaction, after the card's schedule changed. */
  async afterReview(m: EntityManager, userId: string, now: Date, day: DayBoundary): Promise<void> {
    await this.daily.upsert(m, userId, studyDate(now, day), await this.current(m, userId, now));
  }

  /** The daily series from `from` to `to` (inclusive), one point per root and date. */
  async history(
    m: EntityManager,
    userId: string,
    from: string,
    to: string,
    now: Date,
    day: DayBoundary,
  ): Promise<MasteryPoint[]> {
    const today = studyDate(now, day);
    const stored = await this.daily.range(m, userId, from, to);
    const storedDates = new Set(stored.map((r) => r.date));
    const last = await this.daily.lastDate(m, userId);
    const cards = await this.masteryCards(m, userId);
    const unstudied = cards.map((c) => ({ ...c, schedule: null }));
    // Every review writes its date's row and backfills the days before it, so a missing date is
    // either after the last review (nothing has changed since: use the current schedules) or
    // before the first (nothing studied yet).
    const computed = dateRange(from, to <= today ? to : today)
      .filter((date) => !storedDates.has(date))
      .flatMap((date) => masteryAtDateEnd(last !== null && date > last ? cards : unstudied, date, day, now));
    return [...stored, ...computed]
      .map((r) => ({ ...r, level: masteryLevel(r.mastery, r.seen) }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.root.localeCompare(b.root));
  }

  /** Recreates the learner's whole series from the review log (the table is only a cache). */
  async rebuild(m: EntityManager, userId: string, now: Date, day: DayBoundary): Promise<number> {
    const trail = await this.logs.activeScheduleTrail(m, userId);
    await this.daily.deleteForUser(m, userId);
    if (trail.length === 0) return 0;
    const cards = await this.learnerCards.cards(m, userId);
    const rows = masterySeriesFromTrail(cards, trail, dateRange(trail[0]!.studyDate, studyDate(now, day)), day, now);
    await this.daily.upsertMany(m, userId, rows);
    return rows.length;
  }
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
