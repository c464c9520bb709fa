import { Inject, Injectable } from '@nestjs/common';
import { MASTERY_ROOTS } from '@dermatome/data';
import { invalid } from '../common/validators';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { dueForecast, fillDates, recallRate, streak } from '../core/stats';
import { addDaysToDate, daysBetween, studyDate, type DayBoundary } from '../core/study-day';
import { CardStatesRepository } from '../learning/card-states.repository';
import { LearnerCardsService } from '../learning/learner-cards.service';
import { ActivityRepository } from '../learning/activity.repository';
import { StudySettingsRepository } from '../learning/study-settings.repository';
import { MasteryService } from './mastery.service';
import type { CardCountsDto, ExamForecastDto, MasteryDto, MasteryHistoryDto, SummaryDto } from './progress.dto';
import { examForecast } from '../core/exam-date';
import { ExamDateService } from '../learning/exam-date.service';
import { ReviewLogsRepository } from '../learning/review-logs.repository';
import { nextDayStart } from '../core/study-day';

const MAX_HISTORY_DAYS = 366;

@Injectable()
export class ProgressService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly settings: StudySettingsRepository,
    private readonly mastery: MasteryService,
    private readonly activity: ActivityRepository,
    private readonly states: CardStatesRepository,
    private readonly learnerCards: LearnerCardsService,
    private readonly examDates: ExamDateService,
    private readonly logs: ReviewLogsRepository,
  ) {}

  async examForecast(userId: string): Promise<ExamForecastDto> {
    const m = this.dataSource.manager;
    const now = this.clock.now();
    const settings = await this.settings.get(m, userId);
    const cards = await this.learnerCards.cards(m, userId);
    const stateById = new Map((await this.states.all(m, userId)).map((s) => [s.cardId, s]));
    const studied = cards.map((c) => stateById.get(c.id)).filter((s) => s && !s.suspended && s.schedule.state !== 0);
    const dayEnd = nextDayStart(now, settings).getTime();
    const usage = await this.logs.limitUsage(m, userId, studyDate(now, settings));
    const unseen = cards.filter((c) => (stateById.get(c.id)?.schedule.state ?? 0) === 0).length;
    const todayLoad =
      studied.filter((s) => s!.schedule.due.getTime() < dayEnd).length +
      Math.max(0, Math.min(unseen, settings.newPerDay - usage.newIntroduced));
    const exam = await this.examDates.resolve(m, userId, settings, now);
    if (!exam) return { exam: null, daysLeft: null, predictedRecall: null, roots: [], reviewsPerDay: null, todayLoad };
    const forecast = examForecast(
      cards.map((c) => {
        const state = stateById.get(c.id);
        return { roots: c.roots, schedule: state && state.schedule.state !== 0 ? state.schedule : null };
      }),
      now,
      exam.date,
      settings,
    );
    return { exam, ...forecast, todayLoad };
  }

  async currentMastery(userId: string): Promise<MasteryDto> {
    const now = this.clock.now();
    return { at: now.toISOString(), roots: await this.mastery.current(this.dataSource.manager, userId, now) };
  }

  async history(userId: string, query: { from?: string; to?: string }): Promise<MasteryHistoryDto> {
    const m = this.dataSource.manager;
    const now = this.clock.now();
    const day = await this.boundary(userId);
    const to = query.to ?? studyDate(now, day);
    const from = query.from ?? addDaysToDate(to, -29);
    if (from > to) throw invalid('from', 'from must be on or before to');
    if (daysBetween(from, to) >= MAX_HISTORY_DAYS) throw invalid('from', `A history covers at most ${MAX_HISTORY_DAYS} days`);
    const points = await this.mastery.history(m, userId, from, to, now, day);
    return {
      from,
      to,
      series: MASTERY_ROOTS.map((root) => ({
        root,
        points: points.filter((p) => p.root === root).map(({ root: _root, ...p }) => p),
      })),
    };
  }

  async summary(userId: string): Promise<SummaryDto> {
    const m = this.dataSource.manager;
    const now = this.clock.now();
    const day = await this.boundary(userId);
    const today = studyDate(now, day);
    const yearAgo = addDaysToDate(today, -364);
    const daily = await this.activity.range(m, userId, yearAgo, today);
    const todayStats = daily.find((d) => d.date === today);
    const dates = new Set(daily.map((d) => d.date));
    const reviewsByDate = new Map(daily.map((d) => [d.date, d.reviews]));
    const recalledByDate = new Map(daily.map((d) => [d.date, d.recalled]));
    const states = await this.states.all(m, userId);
    const cards = await this.learnerCards.cards(m, userId);
    const inDecks = new Set(cards.map((c) => c.id));
    const active = states.filter((s) => inDecks.has(s.cardId));
    const dues = active.filter((s) => !s.suspended && s.schedule.state !== 0).map((s) => s.schedule.due);
    return {
      today: {
        date: today,
        reviewed: todayStats?.reviews ?? 0,
        recalled: todayStats?.recalled ?? 0,
        recallRate: recallRate(todayStats?.recalled ?? 0, todayStats?.reviews ?? 0),
        timeSpentMs: todayStats?.durationMs ?? 0,
      },
      streak: streak(dates, today),
      forecast: dueForecast(dues, now, day, 30).map((f) => ({ date: f.date, count: f.due })),
      calendar: fillDates(reviewsByDate, yearAgo, today).map((d) => ({ date: d.date, count: d.value })),
      recallHistory: fillDates(reviewsByDate, addDaysToDate(today, -89), today).map((d) => ({
        date: d.date,
        reviews: d.value,
        recallRate: recallRate(recalledByDate.get(d.date) ?? 0, d.value),
      })),
      cardCounts: this.cardCounts(cards.length, active, now),
    };
  }

  private cardCounts(total: number, states: Awaited<ReturnType<CardStatesRepository['all']>>, now: Date): CardCountsDto {
    const studied = states.filter((s) => s.schedule.state !== 0);
    const byState = (n: number) => studied.filter((s) => s.schedule.state === n && !s.suspended).length;
    return {
      new: total - studied.length,
      learning: byState(1),
      review: byState(2),
      relearning: byState(3),
      suspended: states.filter((s) => s.suspended).length,
      buried: states.filter((s) => s.buriedUntil !== null && s.buriedUntil > now).length,
      leeches: states.filter((s) => s.leech).length,
      total,
    };
  }

  private async boundary(userId: string): Promise<DayBoundary> {
    const s = await this.settings.get(this.dataSource.manager, userId);
    return { timeZone: s.timeZone, dayStartHour: s.dayStartHour };
  }
}
