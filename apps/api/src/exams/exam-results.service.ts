import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth.decorators';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { CohortsService } from '../cohorts/cohorts.service';
import { CLOCK, type Clock } from '../common/clock';
import { CardCatalog } from '../content/card-catalog.service';
import { breakdowns, personalTimeLimitSeconds, questionScore, windowStatus } from '../core/exams';
import { analyseItems, responseCounts } from '../core/item-analysis';
import type { CohortExamDto, ExamResultDto, ExamResultsDto, MyExamDto, PracticeAttemptDto, StudentResultDto } from './exams.dto';
import { ExamsRepository, type AttemptRecord, type ExamRecord } from './exams.repository';
import { ExamsService } from './exams.service';
import { ExamViews } from './exam-views';

const percentOf = (a: AttemptRecord) =>
  a.maxScore === 0 || a.score === null ? 0 : Math.round((a.score / a.maxScore) * 1000) / 10;

/** Exam results: a student's own list, the instructor's per-student scores and item analysis. */
@Injectable()
export class ExamResultsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly exams: ExamsRepository,
    private readonly examsService: ExamsService,
    private readonly cohortsService: CohortsService,
    private readonly cohorts: CohortsRepository,
    private readonly catalog: CardCatalog,
    private readonly views: ExamViews,
  ) {}

  /** The exams set for the student's cohorts, with their attempts. */
  async mine(user: AuthUser): Promise<MyExamDto[]> {
    const m = this.dataSource.manager;
    const now = this.clock.now();
    const exams = await this.exams.assignedTo(m, user.id);
    const result: MyExamDto[] = [];
    for (const exam of exams) {
      const attempts = await this.settled(m, exam, user.id, now);
      const open = attempts.find((a) => !a.submittedAt);
      const submitted = attempts.filter((a) => a.submittedAt);
      const visible = this.reportsVisible(exam, now);
      const extraTimePercent = (await this.exams.accommodations(m, exam.id)).get(user.id) ?? 0;
      result.push({
        extraTimePercent,
        myTimeLimitSeconds: personalTimeLimitSeconds(exam.timeLimitSeconds, extraTimePercent),
        exam: this.views.exam(exam, now),
        cohortName: exam.cohortName,
        attemptsUsed: attempts.length,
        openAttemptId: open?.id ?? null,
        latestReportAttemptId: visible ? (submitted.at(-1)?.id ?? null) : null,
        bestPercent: visible && submitted.length > 0 ? Math.max(...submitted.map(percentOf)) : null,
        canStart: !!open || (windowStatus(exam, now) === 'open' && attempts.length < exam.attemptsAllowed),
      });
    }
    return result;
  }

  /** The learner's practice exams, newest first: one in progress can be resumed. */
  async practiceAttempts(user: AuthUser): Promise<PracticeAttemptDto[]> {
    const m = this.dataSource.manager;
    const now = this.clock.now();
    const result: PracticeAttemptDto[] = [];
    for (const attempt of await this.exams.attemptsByUser(m, user.id)) {
      const exam = (await this.exams.find(m, attempt.examId))!;
      if (exam.kind !== 'practice') continue;
      const [settled] = await this.settled(m, exam, user.id, now);
      const a = settled ?? attempt;
      result.push({
        attemptId: a.id,
        title: exam.title,
        questionCount: exam.questionCount,
        timeLimitMinutes: exam.timeLimitSeconds === null ? null : Math.round(exam.timeLimitSeconds / 60),
        tutorMode: exam.tutorMode,
        startedAt: a.startedAt.toISOString(),
        submittedAt: a.submittedAt?.toISOString() ?? null,
        percent: a.submittedAt ? percentOf(a) : null,
      });
    }
    return result;
  }

  /** The learner's submitted attempts whose results may be shown: the exam signal beside FSRS mastery. */
  async myResults(user: AuthUser): Promise<ExamResultDto[]> {
    const m = this.dataSource.manager;
    const now = this.clock.now();
    const results: ExamResultDto[] = [];
    for (const attempt of await this.exams.attemptsByUser(m, user.id)) {
      if (!attempt.submittedAt) continue;
      const exam = (await this.exams.find(m, attempt.examId))!;
      if (!this.reportsVisible(exam, now)) continue;
      const items = await this.exams.items(m, attempt.id);
      const { byRoot } = breakdowns(items.map((i) => ({ ...i, roots: this.catalog.requireCard(i.cardId).roots, type: '' })));
      results.push({
        attemptId: attempt.id,
        examId: exam.id,
        title: exam.title,
        kind: exam.kind,
        submittedAt: attempt.submittedAt.toISOString(),
        percent: percentOf(attempt),
        byRoot,
      });
    }
    return results;
  }

  async forCohort(user: AuthUser, cohortId: string): Promise<CohortExamDto[]> {
    const m = this.dataSource.manager;
    await this.cohortsService.owned(m, user, cohortId);
    const exams = await this.exams.forCohort(m, cohortId);
    return Promise.all(exams.map(async (e) => this.cohortExam(m, e, await this.firstAttempts(m, e))));
  }

  async results(user: AuthUser, examId: string): Promise<ExamResultsDto> {
    const m = this.dataSource.manager;
    const exam = await this.examsService.ownedExam(m, user, examId);
    const members = await this.cohorts.members(m, exam.cohortId!);
    const memberIds = new Set(members.map((x) => x.userId));
    const now = this.clock.now();
    for (const id of memberIds) await this.settled(m, exam, id, now);
    const all = (await this.exams.attemptsOf(m, exam.id)).filter((a) => memberIds.has(a.userId));
    const firsts = all.filter((a) => a.attemptNumber === 1 && a.submittedAt);
    const itemsByAttempt = await this.exams.itemsOf(
      m,
      firsts.map((a) => a.id),
    );
    const cardIds = exam.cardIds ?? [];
    // One row per student's first attempt, one column per question of the fixed form.
    const matrix = firsts.map((a) => {
      const byCard = new Map((itemsByAttempt.get(a.id) ?? []).map((i) => [i.cardId, questionScore(i)]));
      return cardIds.map((id) => byCard.get(id) ?? 0);
    });
    const analysis = analyseItems(matrix);
    const students: StudentResultDto[] = members.map((member) => {
      const mine = all.filter((a) => a.userId === member.userId);
      const done = mine.filter((a) => a.submittedAt);
      const first = done.find((a) => a.attemptNumber === 1) ?? done[0];
      return {
        userId: member.userId,
        firstAttemptId: first?.id ?? null,
        displayName: member.displayName,
        attempts: mine.length,
        firstPercent: first ? percentOf(first) : null,
        bestPercent: done.length ? Math.max(...done.map(percentOf)) : null,
        firstSubmittedAt: first?.submittedAt?.toISOString() ?? null,
      };
    });
    return {
      exam: await this.cohortExam(m, exam, firsts),
      students,
      items: cardIds.map((id, index) => {
        const card = this.catalog.requireCard(id);
        const stats = analysis.items[index] ?? { facility: 0, discrimination: null, flags: [] };
        const answers = firsts.map((a) => (itemsByAttempt.get(a.id) ?? []).find((i) => i.cardId === id)?.answer ?? null);
        const chosen = answers.map((answer) =>
          answer && typeof answer === 'object' && 'optionId' in answer ? String(answer.optionId) : null,
        );
        const clicked = answers.filter((answer) => answer !== null).length;
        const responses =
          card.answer.kind === 'choice'
            ? responseCounts(
                card.answer.options.map((o) => o.id),
                chosen,
              )
            : null;
        return {
          cardId: id,
          type: card.type,
          prompt: card.prompt,
          roots: card.roots,
          responses: firsts.length,
          ...stats,
          options:
            card.answer.kind === 'choice' && responses
              ? card.answer.options.map((o) => ({
                  optionId: o.id,
                  text: o.text,
                  correct: o.id === (card.answer as { correctOptionId: string }).correctOptionId,
                  count: responses.counts.get(o.id) ?? 0,
                }))
              : null,
          unanswered: responses ? responses.unanswered : firsts.length - clicked,
        };
      }),
      reliability: analysis.reliability,
      firstAttempts: firsts.length,
      meanPercent: firsts.length ? round1(firsts.reduce((s, a) => s + percentOf(a), 0) / firsts.length) : null,
    };
  }

  /** First-attempt percent of each student for each exam of a cohort (the CSV export's exam columns). */
  async firstAttemptPercents(m: EntityManager, cohortId: string): Promise<{ exam: ExamRecord; percents: Map<string, number> }[]> {
    const exams = await this.exams.forCohort(m, cohortId);
    const out = [];
    for (const exam of exams) {
      const firsts = await this.firstAttempts(m, exam);
      out.push({ exam, percents: new Map(firsts.map((a) => [a.userId, percentOf(a)])) });
    }
    return out;
  }

  private async firstAttempts(m: EntityManager, exam: ExamRecord): Promise<AttemptRecord[]> {
    return (await this.exams.attemptsOf(m, exam.id)).filter((a) => a.attemptNumber === 1 && a.submittedAt);
  }

  private async cohortExam(m: EntityManager, exam: ExamRecord, firsts: AttemptRecord[]): Promise<CohortExamDto> {
    const extras = await this.exams.accommodations(m, exam.id);
    const names = new Map((await this.cohorts.members(m, exam.cohortId!)).map((x) => [x.userId, x.displayName]));
    return {
      ...this.views.exam(exam, this.clock.now()),
      accommodations: [...extras].map(([userId, extraTimePercent]) => ({
        userId,
        displayName: names.get(userId) ?? 'former member',
        extraTimePercent,
      })),
      submitted: new Set(firsts.map((a) => a.userId)).size,
      meanPercent: firsts.length ? round1(firsts.reduce((s, a) => s + percentOf(a), 0) / firsts.length) : null,
    };
  }

  /** A learner's attempts at an exam, with any whose time ran out submitted first. */
  private async settled(m: EntityManager, exam: ExamRecord, userId: string, now: Date): Promise<AttemptRecord[]> {
    const attempts = await this.exams.attemptsOf(m, exam.id, userId);
    const expired = attempts.filter((a) => !a.submittedAt && a.deadlineAt && now.getTime() > a.deadlineAt.getTime());
    if (expired.length === 0) return attempts;
    await this.dataSource.transaction(async (tx) => {
      for (const a of expired) {
        const locked = await this.exams.attempt(tx, a.id, true);
        if (locked) await this.examsService.finaliseIfExpired(tx, locked, now);
      }
    });
    return this.exams.attemptsOf(m, exam.id, userId);
  }

  private reportsVisible(exam: ExamRecord, now: Date): boolean {
    const at = this.views.resultsAvailableAt(exam);
    return !at || at <= now;
  }
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
