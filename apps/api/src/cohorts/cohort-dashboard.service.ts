import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { MASTERY_ROOTS } from '@dermatome/data';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { CardCatalog } from '../content/card-catalog.service';
import { expectedIntroduced } from '../core/assignments';
import { behindReasons, cohortMasterySeries, cohortMeans, type Granularity } from '../core/cohort-stats';
import { meanRecall } from '../core/exam-date';
import { masteryLevel } from '../core/mastery';
import { recallRate } from '../core/stats';
import { addDaysToDate, dateRange, studyDate, studyDateStart, type DayBoundary } from '../core/study-day';
import { ActivityRepository } from '../learning/activity.repository';
import { CardStatesRepository } from '../learning/card-states.repository';
import { LearnerCardsService } from '../learning/learner-cards.service';
import { MasteryDailyRepository, type MasteryDayRow } from '../learning/mastery-daily.repository';
import { StudySettingsRepository } from '../learning/study-settings.repository';
import { MasteryRollupJob } from '../progress/mastery-rollup.job';
import { MasteryService } from '../progress/mastery.service';
import type { ActivityDayDto, DashboardDto, DashboardStudentDto, LapsedCardDto, StudentDetailDto } from './cohorts.dto';
import { CohortsRepository, type CohortRecord, type MemberRecord } from './cohorts.repository';
import { CohortsService, cohortDto, memberDto } from './cohorts.service';

const BEHIND = { overdueCards: 20, lowMastery: 0.4, graceDays: 7 };

/** One row of the roster export: a student with current mastery per root and activity. */
export interface RosterRow {
  member: MemberRecord;
  mastery: Map<string, { mastery: number; coverage: number }>;
  overdue: number;
  lastActive: string | null;
  reviews7d: number;
  reviewsTotal: number;
  /** Predicted recall on the cohort's exam date (the nearest assignment target date ahead), overall and per root; null without one. */
  exam: { date: string; predictedRecall: number; roots: Map<string, number> } | null;
}

type CohortAssignments = Awaited<ReturnType<CohortsRepository['assignments']>>;

/** A member's past day the nightly roll-up has not stored yet, computed on read. */
type UnrolledRow = MasteryDayRow & { userId: string };

/**
 * What an instructor sees of a cohort. Reads only (it can run on a read replica): the stored daily
 * series and the daily activity roll-up; past days the nightly roll-up job has not stored yet are
 * computed on read from the current schedules, as the job will store them, and the job is asked
 * to run now, since computing them costs far more than reading them.
 */
@Injectable()
export class CohortDashboardService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly cohortsService: CohortsService,
    private readonly cohorts: CohortsRepository,
    private readonly catalog: CardCatalog,
    private readonly learnerCards: LearnerCardsService,
    private readonly daily: MasteryDailyRepository,
    private readonly mastery: MasteryService,
    private readonly rollup: MasteryRollupJob,
    private readonly activity: ActivityRepository,
    private readonly states: CardStatesRepository,
    private readonly settings: StudySettingsRepository,
  ) {}

  async dashboard(
    user: AuthUser,
    cohortId: string,
    options: { granularity?: Granularity; inactiveDays?: number },
  ): Promise<DashboardDto> {
    const m = this.dataSource.manager;
    const cohort = await this.cohortsService.owned(m, user, cohortId);
    const { today, from } = await this.span(m, user, cohort);
    const [members, assignments] = await Promise.all([
      this.cohorts.members(m, cohort.id),
      this.cohorts.assignments(m, [cohortId]),
    ]);
    const ids = members.map((x) => x.userId);
    // Independent reads: on PostgreSQL each takes its own pooled connection, so they overlap (the
    // roster's own reads included).
    const [{ rows: roster, unrolled }, { behindPace, mostLapsed }, stored, activity] = await Promise.all([
      this.roster(m, cohort, today, from, { members, assignments }),
      this.cardCounts(m, ids, assignments, today),
      ids.length === 0 ? [] : this.daily.sumsByDate(m, ids, from, today),
      this.activityByDay(m, ids, from, today),
    ]);
    const sums = addUnrolled(stored, unrolled);
    const series = cohortMasterySeries(sums, ids.length, dateRange(from, today), options.granularity ?? 'day');
    const students: DashboardStudentDto[] = roster.map((r) => {
      const mastery = MASTERY_ROOTS.map((root) => {
        const v = r.mastery.get(root) ?? { mastery: 0, coverage: 0 };
        return { root, mastery: v.mastery, coverage: v.coverage, level: masteryLevel(v.mastery, v.coverage > 0 ? 1 : 0) };
      });
      const meanMastery = round(mastery.reduce((sum, x) => sum + x.mastery, 0) / mastery.length);
      return {
        userId: r.member.userId,
        displayName: r.member.displayName,
        email: r.member.email,
        mastery,
        meanMastery,
        overdue: r.overdue,
        lastActive: r.lastActive,
        reviews7d: r.reviews7d,
        reviewsTotal: r.reviewsTotal,
        examRecall: r.exam
          ? {
              date: r.exam.date,
              predictedRecall: r.exam.predictedRecall,
              roots: MASTERY_ROOTS.map((root) => ({ root, predictedRecall: r.exam!.roots.get(root) ?? 0 })),
            }
          : null,
        behind: behindReasons(
          {
            overdue: r.overdue,
            lastActive: r.lastActive,
            joinedOn: studyDateOf(r.member.joinedAt, today),
            meanMastery,
            assignmentsBehind: behindPace.get(r.member.userId) ?? 0,
          },
          { today, inactiveDays: options.inactiveDays ?? 3, ...BEHIND },
        ),
      };
    });
    return {
      cohort: cohortDto(cohort),
      examDate: roster.find((r) => r.exam)?.exam?.date ?? null,
      cohortMastery: cohortMeans(students).map((m) => ({ ...m, level: masteryLevel(m.mastery, m.coverage > 0 ? 1 : 0) })),
      today,
      granularity: options.granularity ?? 'day',
      students,
      series,
      activity,
      mostLapsed,
      assignments: assignments.map((a) => this.cohortsService.assignmentDto(a)),
    };
  }

  async studentDetail(user: AuthUser, cohortId: string, studentId: string): Promise<StudentDetailDto> {
    const m = this.dataSource.manager;
    const cohort = await this.cohortsService.owned(m, user, cohortId);
    const member = (await this.cohorts.members(m, cohortId)).find((x) => x.userId === studentId);
    if (!member) throw new NotFoundException('That student is not in this cohort');
    const { today, from } = await this.span(m, user, cohort);
    const now = this.clock.now();
    const studentDay = await this.settings.get(m, studentId);
    // The history computes the days the roll-up has not stored yet: nothing is written here.
    const history = await this.mastery.history(m, studentId, from, today, now, studentDay);
    const summary = (await this.activity.summaryFor(m, [studentId], addDaysToDate(today, -6))).get(studentId);
    const seen = new Set((await this.states.all(m, studentId)).filter((s) => s.schedule.state !== 0).map((s) => s.cardId));
    const studentToday = studyDate(now, studentDay);
    return {
      student: memberDto(member),
      mastery: await this.mastery.current(m, studentId, now),
      history: MASTERY_ROOTS.map((root) => ({
        root,
        points: history.filter((p) => p.root === root).map(({ root: _r, ...p }) => p),
      })),
      activity: await this.activityByDay(m, [studentId], from, today),
      assignments: (await this.cohorts.assignments(m, [cohortId])).map((a) =>
        this.cohortsService.withProgress(a, studentToday, seen),
      ),
      overdue: (await this.states.overdueCounts(m, [studentId], now)).get(studentId) ?? 0,
      lastActive: summary?.lastActive ?? null,
      reviewsTotal: summary?.total ?? 0,
    };
  }

  /** The cohort and its current members' mastery and activity, for the dashboard and the export. */
  async rosterFor(
    user: AuthUser,
    cohortId: string,
  ): Promise<{ cohort: CohortRecord; rows: RosterRow[]; unrolled: UnrolledRow[]; today: string; from: string }> {
    const m = this.dataSource.manager;
    const cohort = await this.cohortsService.owned(m, user, cohortId);
    const { today, from } = await this.span(m, user, cohort);
    return { cohort, ...(await this.roster(m, cohort, today, from)), today, from };
  }

  private async roster(
    m: EntityManager,
    cohort: CohortRecord,
    today: string,
    from: string,
    loaded?: { members: MemberRecord[]; assignments: CohortAssignments },
  ): Promise<{ rows: RosterRow[]; unrolled: UnrolledRow[] }> {
    const members = loaded?.members ?? (await this.cohorts.members(m, cohort.id));
    const ids = members.map((x) => x.userId);
    if (ids.length === 0) return { rows: [], unrolled: [] };
    const days = await this.settings.dayBoundaries(m, ids);
    // Independent reads, at once. With the days not rolled up yet computed, every member with any
    // history has a row for yesterday (or today): a short window holds the latest.
    const [unrolled, stored, activity, overdue, exams] = await Promise.all([
      this.unrolledDays(m, ids, from, days),
      this.daily.latest(m, ids, addDaysToDate(today, -3), today),
      this.activity.summaryFor(m, ids, addDaysToDate(today, -6)),
      this.states.overdueCounts(m, ids, this.clock.now()),
      this.examForecasts(m, loaded?.assignments ?? (await this.cohorts.assignments(m, [cohort.id])), ids, today, days),
    ]);
    const latest = latestPerRootByLearner([...stored, ...unrolled]);
    const rows = members.map((member) => {
      const a = activity.get(member.userId);
      return {
        member,
        mastery: new Map(
          [...(latest.get(member.userId)?.values() ?? [])].map((l) => [l.root, { mastery: l.mastery, coverage: l.coverage }]),
        ),
        overdue: overdue.get(member.userId) ?? 0,
        lastActive: a?.lastActive ?? null,
        reviews7d: a?.recent ?? 0,
        reviewsTotal: a?.total ?? 0,
        exam: exams.get(member.userId) ?? null,
      };
    });
    return { rows, unrolled };
  }

  /**
   * Each member's predicted recall of the assignment's cards on the cohort's exam date: the nearest
   * target date still ahead among the cohort's assignments (FSRS R at that date's start in the
   * member's day, unseen cards 0; summed by the database). Empty without such a date.
   */
  private async examForecasts(
    m: EntityManager,
    assignments: CohortAssignments,
    ids: string[],
    today: string,
    days: Map<string, DayBoundary>,
  ): Promise<Map<string, NonNullable<RosterRow['exam']>>> {
    const target = assignments
      .filter((a) => a.targetDate !== null && a.targetDate >= today)
      .sort((a, b) => (a.targetDate as string).localeCompare(b.targetDate as string))[0];
    if (!target || ids.length === 0) return new Map();
    const cards = this.catalog.cardIdsOf(target.deckId).map((id) => this.catalog.requireCard(id));
    const date = target.targetDate as string;
    const learners = ids.map((userId) => ({ userId, examStart: studyDateStart(date, days.get(userId)!) }));
    const sums = await this.states.examRecallSums(m, learners, cards);
    return new Map(
      ids.map((id) => {
        const mean = meanRecall(cards, sums.get(id)!);
        return [
          id,
          { date, predictedRecall: mean.predictedRecall, roots: new Map(mean.roots.map((r) => [r.root, r.predictedRecall])) },
        ];
      }),
    );
  }

  /**
   * Members whose stored series stops before their yesterday (the roll-up job has not reached them
   * yet): their missing past days from `from` on, computed from the current schedules, not stored.
   */
  private async unrolledDays(
    m: EntityManager,
    ids: string[],
    from: string,
    days: Map<string, DayBoundary>,
  ): Promise<UnrolledRow[]> {
    const now = this.clock.now();
    const last = await this.daily.lastDates(m, ids);
    const spans = ids.flatMap((userId) => {
      const lastDate = last.get(userId);
      const day = days.get(userId)!;
      const yesterday = addDaysToDate(studyDate(now, day), -1);
      if (lastDate === undefined || lastDate >= yesterday) return [];
      const start = addDaysToDate(lastDate, 1) > from ? addDaysToDate(lastDate, 1) : from;
      return [{ userId, from: start, to: yesterday, day }];
    });
    if (spans.length === 0) return [];
    const computed = await this.mastery.daysFromSchedulesFor(m, spans, now);
    await this.rollup.requestSoon();
    return [...computed].flatMap(([userId, rows]) => rows.map((r) => ({ ...r, userId })));
  }

  /**
   * From one scan of the cohort's card states: how many assignments each member is behind the pace
   * of (fewer cards seen than the pace has introduced by today), and the cards they forget most.
   */
  private async cardCounts(
    m: EntityManager,
    ids: string[],
    assignments: CohortAssignments,
    today: string,
  ): Promise<{ behindPace: Map<string, number>; mostLapsed: LapsedCardDto[] }> {
    if (ids.length === 0) return { behindPace: new Map(), mostLapsed: [] };
    const paces = assignments
      .map((a) => this.learnerCards.pace(a))
      .map((pace) => ({ pace, expected: expectedIntroduced(pace, today) }))
      .filter((p) => p.expected > 0);
    const counts = await this.states.cohortCardCounts(
      m,
      ids,
      paces.map((p) => p.pace.cardIds),
      10,
    );
    const behindPace = new Map<string, number>();
    paces.forEach(({ expected }, i) => {
      for (const id of ids) if ((counts.seen[i]!.get(id) ?? 0) < expected) behindPace.set(id, (behindPace.get(id) ?? 0) + 1);
    });
    return { behindPace, mostLapsed: counts.mostLapsed.flatMap((r) => this.lapsedCard(r)) };
  }

  private async activityByDay(m: EntityManager, ids: string[], from: string, to: string): Promise<ActivityDayDto[]> {
    const totals = ids.length === 0 ? new Map() : await this.activity.totalsByDate(m, ids, from, to);
    return dateRange(from, to).map((date) => {
      const t = totals.get(date) ?? { reviews: 0, recalled: 0 };
      return { date, reviews: t.reviews, recallRate: recallRate(t.recalled, t.reviews) };
    });
  }

  private lapsedCard(r: { cardId: string; lapses: number; learners: number; reps: number }): LapsedCardDto[] {
    const card = this.catalog.card(r.cardId);
    if (!card) return [];
    return [
      {
        cardId: card.id,
        type: card.type,
        prompt: card.prompt,
        roots: card.roots,
        lapses: r.lapses,
        learners: r.learners,
        lapseRate: r.reps === 0 ? 0 : round(r.lapses / r.reps),
      },
    ];
  }

  /** Today in the instructor's zone, and the cohort's first date. */
  private async span(m: EntityManager, user: AuthUser, cohort: CohortRecord): Promise<{ today: string; from: string }> {
    const day = await this.settings.get(m, user.id);
    const today = studyDate(this.clock.now(), day);
    const from = studyDate(cohort.createdAt, day);
    return { today, from: from < today ? from : today };
  }
}

/** Per learner, their row of the latest date for each root. */
function latestPerRootByLearner(rows: UnrolledRow[]): Map<string, Map<string, UnrolledRow>> {
  const latest = new Map<string, Map<string, UnrolledRow>>();
  for (const r of rows) {
    let mine = latest.get(r.userId);
    if (!mine) latest.set(r.userId, (mine = new Map()));
    const kept = mine.get(r.root);
    if (!kept || kept.date < r.date) mine.set(r.root, r);
  }
  return latest;
}

/** The stored per-root, per-date sums plus the days not rolled up yet. */
function addUnrolled(
  stored: { root: string; date: string; sum: number }[],
  unrolled: UnrolledRow[],
): { root: string; date: string; sum: number }[] {
  const sums = new Map(stored.map((s) => [`${s.root}|${s.date}`, { ...s }]));
  for (const r of unrolled) {
    const key = `${r.root}|${r.date}`;
    const s = sums.get(key);
    if (s) s.sum += r.mastery;
    else sums.set(key, { root: r.root, date: r.date, sum: r.mastery });
  }
  return [...sums.values()];
}

function studyDateOf(instant: Date, fallback: string): string {
  const date = instant.toISOString().slice(0, 10);
  return date <= fallback ? date : fallback;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
