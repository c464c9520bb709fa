import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { GradingError, gradeAnswer, type Card } from '@dermatome/data';
import { invalid } from '../common/validators';
import { randomInt } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth.decorators';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { CohortsService } from '../cohorts/cohorts.service';
import { CLOCK, type Clock } from '../common/clock';
import { CardCatalog } from '../content/card-catalog.service';
import { drawQuestions, shuffle } from '../core/exam-draw';
import {
  attemptDeadline,
  cardTypesOf,
  DEADLINE_GRACE_MS,
  DEFAULT_EXAM_TYPE_GROUPS,
  totalScore,
  windowStatus,
  type ExamTypeGroup,
} from '../core/exams';
import { mulberry32 } from '../core/simulate';
import { EXAMINATION_CARD_TYPE } from '../examination/examination-core';
import { JobQueue } from '../jobs/job-queue.service';
import { CardStatesRepository } from '../learning/card-states.repository';
import { ExamLocksRepository } from '../learning/exam-locks.repository';
import { QueuePrioritiesRepository } from '../learning/queue-priorities.repository';
import { StudySettingsRepository } from '../learning/study-settings.repository';
import { toLearnerAnswer } from '../study/study-views';
import type {
  AttemptDto,
  CreateAssignedExamDto,
  ExamDto,
  SaveAnswerDto,
  StartPracticeExamDto,
  SubmitResultDto,
} from './exams.dto';
import { ExamsRepository, type AttemptRecord, type ExamRecord } from './exams.repository';
import { ExamViews } from './exam-views';

/** The job that submits a timed attempt at its deadline (sent when the attempt starts). */
export const EXAM_DEADLINE_JOB = 'exam-attempt-deadline';
export interface ExamDeadlineJobData {
  attemptId: string;
}

const IN_EXAM_MESSAGE = 'shares questions with an exam you are taking; its answers are shown once you submit that exam';

/**
 * Practice and assigned exams. The server owns the clock: the start and deadline are stored,
 * answers after the deadline are refused, and an attempt past its deadline is submitted by the
 * deadline job (sent with the attempt), or earlier by anything that touches it after the deadline.
 * While a learner has an open attempt at an assigned exam, none of its cards shows its answer:
 * practice draws leave them out, and reports and tutor feedback that would show them are withheld.
 */
@Injectable()
export class ExamsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly exams: ExamsRepository,
    private readonly catalog: CardCatalog,
    private readonly cohortsService: CohortsService,
    private readonly cohorts: CohortsRepository,
    private readonly settings: StudySettingsRepository,
    private readonly states: CardStatesRepository,
    private readonly priorities: QueuePrioritiesRepository,
    private readonly views: ExamViews,
    private readonly jobs: JobQueue,
    private readonly locks: ExamLocksRepository,
  ) {}

  /** Starts a practice exam drawn from a deck: questions without repeats, balanced across roots. */
  async startPractice(user: AuthUser, dto: StartPracticeExamDto): Promise<AttemptDto> {
    if (dto.tutorMode && dto.timeLimitMinutes !== undefined)
      throw invalid('timeLimitMinutes', 'Tutor mode is untimed: leave out timeLimitMinutes, or turn tutor mode off');
    const now = this.clock.now();
    const inExam = await this.locks.assignedExamCards(this.dataSource.manager, user.id, now);
    const pool = this.questionPool(dto.deckId, dto.cardTypes).filter((c) => !inExam.has(c.id));
    if (pool.length === 0)
      throw new ConflictException('Every question of this kind is in an exam you are taking; submit that exam first');
    const questions = drawQuestions(pool, dto.questionCount, randomInt(2 ** 31));
    const attemptId = await this.dataSource.transaction(async (m) => {
      const exam = await this.exams.create(m, {
        kind: 'practice',
        ownerId: user.id,
        cohortId: null,
        title: `Practice: ${this.catalog.requireDeck(dto.deckId).title}`,
        deckId: dto.deckId,
        cardTypes: cardTypesOf(dto.cardTypes),
        cardIds: null,
        questionCount: questions.length,
        timeLimitSeconds: dto.timeLimitMinutes === undefined ? null : dto.timeLimitMinutes * 60,
        tutorMode: dto.tutorMode ?? false,
        opensAt: null,
        closesAt: null,
        attemptsAllowed: 1,
        resultsVisibility: 'at-submission',
        createdAt: now,
      });
      return (
        await this.newAttempt(
          m,
          exam,
          user.id,
          1,
          questions.map((c) => c.id),
          now,
        )
      ).id;
    });
    return this.attempt(user, attemptId);
  }

  /** An instructor sets an exam for a cohort: a fixed form (drawn once, or hand-picked) that every student gets. */
  async createAssigned(user: AuthUser, cohortId: string, dto: CreateAssignedExamDto): Promise<ExamDto> {
    const opensAt = new Date(dto.opensAt);
    const closesAt = new Date(dto.closesAt);
    if (closesAt <= opensAt) throw invalid('closesAt', 'closesAt must be after opensAt', 'Must be after the opening time');
    if ((dto.questionCount === undefined) === (dto.cardIds === undefined))
      throw invalid('questionCount', 'Give either questionCount (drawn from the deck) or cardIds (hand-picked), not both');
    const groups = dto.cardTypes ?? DEFAULT_EXAM_TYPE_GROUPS;
    const cardIds = dto.cardIds
      ? this.checkPicked(dto.cardIds, dto.deckId)
      : drawQuestions(this.questionPool(dto.deckId, groups), dto.questionCount!, randomInt(2 ** 31)).map((c) => c.id);
    const exam = await this.dataSource.transaction(async (m) => {
      const cohort = await this.cohortsService.owned(m, user, cohortId);
      if (cohort.archivedAt) throw new ConflictException('This cohort is archived; restore it to set exams');
      await this.checkMembers(m, cohortId, dto.accommodations ?? []);
      const created = await this.exams.create(m, {
        kind: 'assigned',
        ownerId: user.id,
        cohortId,
        title: dto.title,
        deckId: dto.deckId,
        cardTypes: dto.cardIds ? [...new Set(cardIds.map((id) => this.catalog.requireCard(id).type))] : cardTypesOf(groups),
        cardIds,
        questionCount: cardIds.length,
        timeLimitSeconds: dto.timeLimitMinutes * 60,
        tutorMode: false,
        opensAt,
        closesAt,
        attemptsAllowed: dto.attemptsAllowed,
        resultsVisibility: dto.resultsVisibility,
        createdAt: this.clock.now(),
      });
      await this.exams.setAccommodations(m, created.id, dto.accommodations ?? []);
      return created;
    });
    return this.views.exam(exam, this.clock.now());
  }

  /** Renames an exam or moves its closing time (attempts in progress keep their deadline). */
  async updateExam(user: AuthUser, examId: string, changes: { title?: string; closesAt?: string }): Promise<ExamDto> {
    const exam = await this.dataSource.transaction(async (m) => {
      const found = await this.ownedExam(m, user, examId);
      const closesAt = changes.closesAt === undefined ? undefined : new Date(changes.closesAt);
      if (closesAt && found.opensAt && closesAt <= found.opensAt)
        throw invalid('closesAt', 'closesAt must be after opensAt', 'Must be after the opening time');
      await this.exams.update(m, examId, { title: changes.title, closesAt });
      return (await this.exams.find(m, examId))!;
    });
    return this.views.exam(exam, this.clock.now());
  }

  /** Deletes an exam nobody has started; once students have attempts, close it instead. */
  async deleteExam(user: AuthUser, examId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.ownedExam(m, user, examId);
      if ((await this.exams.attemptsOf(m, examId)).length > 0) {
        throw new ConflictException('Students have already started this exam: close it (set closesAt) instead of deleting it');
      }
      await this.exams.delete(m, examId);
    });
  }

  /** A student's report, for the instructor who set the exam. */
  async studentReport(user: AuthUser, examId: string, attemptId: string) {
    const m = this.dataSource.manager;
    const exam = await this.ownedExam(m, user, examId);
    const attempt = await this.exams.attempt(m, attemptId);
    if (!attempt || attempt.examId !== examId) throw new NotFoundException('No such attempt at this exam');
    if (!attempt.submittedAt) throw new ConflictException('This attempt has not been submitted yet');
    return this.views.report(exam, attempt, await this.exams.items(m, attemptId), this.clock.now());
  }

  async setAccommodations(user: AuthUser, examId: string, list: { userId: string; extraTimePercent: number }[]): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const exam = await this.ownedExam(m, user, examId);
      await this.checkMembers(m, exam.cohortId!, list);
      await this.exams.setAccommodations(m, examId, list);
    });
  }

  /** Starts an attempt at an assigned exam, or returns the one in progress. */
  async start(user: AuthUser, examId: string): Promise<AttemptDto> {
    const attemptId = await this.dataSource.transaction(async (m) => {
      const exam = await this.assignedExamFor(m, user, examId);
      await this.exams.lockLearnerAttempts(m, examId, user.id);
      const now = this.clock.now();
      const attempts = await this.exams.attemptsOf(m, examId, user.id);
      const open = attempts.find((a) => a.submittedAt === null);
      if (open && !(await this.finaliseIfExpired(m, open, now))) return open.id;
      const status = windowStatus(exam, now);
      if (status === 'upcoming') throw new ConflictException(`This exam opens at ${exam.opensAt!.toISOString()}`);
      if (status === 'closed') throw new ConflictException(`This exam closed at ${exam.closesAt!.toISOString()}`);
      const used = attempts.length;
      if (used >= exam.attemptsAllowed)
        throw new ConflictException(
          `You have used all ${exam.attemptsAllowed} attempt${exam.attemptsAllowed === 1 ? '' : 's'} at this exam`,
        );
      const order = shuffle(exam.cardIds ?? [], mulberry32(randomInt(2 ** 31)));
      return (await this.newAttempt(m, exam, user.id, used + 1, order, now)).id;
    });
    return this.attempt(user, attemptId);
  }

  /** The attempt as its owner sees it (never another learner's: 404). Submits it first if its time ran out. */
  async attempt(user: AuthUser, attemptId: string): Promise<AttemptDto> {
    await this.settleExpiry(user, attemptId);
    const m = this.dataSource.manager;
    const { attempt, exam } = await this.ownAttempt(m, user, attemptId);
    const now = this.clock.now();
    const withheld = exam.tutorMode ? await this.locks.assignedExamCards(m, user.id, now) : new Set<string>();
    return this.views.attempt(exam, attempt, await this.exams.items(m, attemptId), now, withheld);
  }

  /** Submits the attempt, in a transaction of its own, if its time has run out (so that it sticks). */
  private async settleExpiry(user: AuthUser, attemptId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const { attempt } = await this.ownAttempt(m, user, attemptId, true);
      await this.finaliseIfExpired(m, attempt, this.clock.now());
    });
  }

  /** Saves one answer (and/or its flag) as it is given. */
  async saveAnswer(user: AuthUser, attemptId: string, position: number, dto: SaveAnswerDto): Promise<AttemptDto> {
    await this.settleExpiry(user, attemptId);
    await this.dataSource.transaction(async (m) => {
      const { attempt, exam } = await this.ownAttempt(m, user, attemptId, true);
      const now = this.clock.now();
      this.refuseIfSubmitted(attempt);
      const item = (await this.exams.items(m, attemptId)).find((i) => i.position === position);
      if (!item) throw new NotFoundException(`This exam has no question ${position}`);
      let answer;
      if (dto.answer !== undefined) {
        if (exam.tutorMode && item.answeredAt)
          throw new ConflictException('In tutor mode an answer is final once its explanation is shown');
        if (exam.tutorMode && (await this.locks.assignedExamCards(m, user.id, now)).has(item.cardId))
          throw new ConflictException(`This question ${IN_EXAM_MESSAGE}: answer it after that`);
        if (dto.answer === null) {
          if (exam.tutorMode) throw invalid('answer', 'In tutor mode an answer cannot be cleared');
          answer = { value: null, correct: false, partial: false, at: now };
        } else {
          if ((this.catalog.requireCard(item.cardId).type as string) === EXAMINATION_CARD_TYPE)
            throw invalid('answer', 'An examination question is answered by examining the patient and submitting a diagnosis');
          const given = toLearnerAnswer(dto.answer);
          const grade = this.grade(this.catalog.requireCard(item.cardId), given);
          answer = { value: given, correct: grade.correct, partial: grade.partial, at: now };
        }
      }
      await this.exams.saveItem(m, attemptId, position, { answer, flagged: dto.flagged });
    });
    return this.attempt(user, attemptId);
  }

  /** Submits an attempt. Refused when already submitted or when its time has run out (it was then submitted automatically). */
  async submit(user: AuthUser, attemptId: string): Promise<SubmitResultDto> {
    await this.settleExpiry(user, attemptId);
    await this.dataSource.transaction(async (m) => {
      const { attempt } = await this.ownAttempt(m, user, attemptId, true);
      this.refuseIfSubmitted(attempt);
      await this.finalise(m, attempt, this.clock.now(), false);
    });
    return this.submitted(user, attemptId);
  }

  /** The report of a submitted attempt, once its results may be shown. */
  async report(user: AuthUser, attemptId: string) {
    await this.settleExpiry(user, attemptId);
    const m = this.dataSource.manager;
    const { attempt, exam } = await this.ownAttempt(m, user, attemptId);
    if (!attempt.submittedAt) throw new ConflictException('Submit the exam to see its report');
    const availableAt = this.views.resultsAvailableAt(exam);
    if (availableAt && availableAt > this.clock.now())
      throw new ForbiddenException(`Results are shown after the exam closes, at ${availableAt.toISOString()}`);
    const items = await this.exams.items(m, attemptId);
    if (await this.sharesOpenExam(m, user.id, items)) throw new ConflictException(`This report ${IN_EXAM_MESSAGE}`);
    return this.views.report(exam, attempt, items, this.clock.now());
  }

  /** Whether any of these questions is in an assigned exam the learner is taking now. */
  private async sharesOpenExam(m: EntityManager, userId: string, items: { cardId: string }[]): Promise<boolean> {
    const inExam = await this.locks.assignedExamCards(m, userId, this.clock.now());
    return items.some((i) => inExam.has(i.cardId));
  }

  private async submitted(user: AuthUser, attemptId: string): Promise<SubmitResultDto> {
    const m = this.dataSource.manager;
    const { attempt, exam } = await this.ownAttempt(m, user, attemptId);
    const availableAt = this.views.resultsAvailableAt(exam);
    const items = await this.exams.items(m, attemptId);
    const available = (!availableAt || availableAt <= this.clock.now()) && !(await this.sharesOpenExam(m, user.id, items));
    return {
      attemptId,
      submittedAt: attempt.submittedAt!.toISOString(),
      resultsAvailable: available,
      resultsAvailableAt: available || !availableAt ? null : availableAt.toISOString(),
      report: available ? this.views.report(exam, attempt, items, this.clock.now()) : null,
    };
  }

  /**
   * The deadline job: submits the attempt if its time has run out. Idempotent: an attempt already
   * submitted (by its learner, or by a request that touched it after the deadline) is left alone.
   * Run early (clocks apart), it throws, and the queue retries it.
   */
  async submitIfLapsed(attemptId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const attempt = await this.exams.attempt(m, attemptId, true);
      if (!attempt || attempt.submittedAt) return;
      if (!(await this.finaliseIfExpired(m, attempt, this.clock.now())))
        throw new Error(`Exam attempt ${attemptId} is not past its deadline yet`);
    });
  }

  /** Submits an attempt whose deadline (plus a short network grace) has passed. Returns whether it did. */
  async finaliseIfExpired(m: EntityManager, attempt: AttemptRecord, now: Date): Promise<boolean> {
    if (attempt.submittedAt || !attempt.deadlineAt || now.getTime() <= attempt.deadlineAt.getTime() + DEADLINE_GRACE_MS)
      return false;
    await this.finalise(m, attempt, attempt.deadlineAt, true);
    return true;
  }

  private async finalise(m: EntityManager, attempt: AttemptRecord, at: Date, auto: boolean): Promise<void> {
    const items = await this.exams.items(m, attempt.id);
    const score = totalScore(
      items.map((i) => ({ cardId: i.cardId, roots: [], type: '', correct: i.correct, partial: i.partial })),
    );
    await this.exams.finish(m, attempt.id, at, score, auto);
    attempt.submittedAt = at;
    const settings = await this.settings.get(m, attempt.userId);
    if (settings.examMissesFirst)
      await this.bringForward(
        m,
        attempt.userId,
        items.filter((i) => !i.correct).map((i) => i.cardId),
        at,
      );
  }

  /** Missed cards come back soon: studied ones fall due now, unseen ones are introduced first. */
  private async bringForward(m: EntityManager, userId: string, cardIds: string[], at: Date): Promise<void> {
    const studied = new Map((await this.states.all(m, userId)).filter((s) => s.schedule.state !== 0).map((s) => [s.cardId, s]));
    const unseen: string[] = [];
    for (const cardId of cardIds) {
      const state = studied.get(cardId);
      if (!state) unseen.push(cardId);
      else if (state.schedule.due > at) {
        await this.states.save(m, userId, cardId, { ...state.schedule, due: at }, state, state.version);
      }
    }
    await this.priorities.add(m, userId, unseen, at);
  }

  private async newAttempt(
    m: EntityManager,
    exam: ExamRecord,
    userId: string,
    attemptNumber: number,
    cardIds: string[],
    now: Date,
  ): Promise<AttemptRecord> {
    const extra = (await this.exams.accommodations(m, exam.id)).get(userId) ?? 0;
    const deadlineAt = attemptDeadline({
      startedAt: now,
      timeLimitSeconds: exam.timeLimitSeconds,
      extraTimePercent: extra,
      closesAt: exam.closesAt,
    });
    const attempt = await this.exams.createAttempt(
      m,
      { examId: exam.id, userId, attemptNumber, startedAt: now, deadlineAt, maxScore: cardIds.length },
      cardIds,
    );
    if (deadlineAt) {
      // In this transaction: the job exists exactly when the attempt does. Its id is the attempt's, so it is sent once.
      await this.jobs.sendInTransaction<ExamDeadlineJobData>(
        m,
        EXAM_DEADLINE_JOB,
        { attemptId: attempt.id },
        { id: attempt.id, singletonKey: attempt.id, startAfter: new Date(deadlineAt.getTime() + DEADLINE_GRACE_MS + 1000) },
      );
    }
    return attempt;
  }

  /** Gradable cards (multiple choice or click) of a deck, of the chosen kinds. */
  private questionPool(deckId: string, groups: readonly ExamTypeGroup[]): Card[] {
    this.catalog.requireDeck(deckId);
    const types = new Set(cardTypesOf(groups));
    const pool = this.catalog
      .cardIdsOf(deckId)
      .map((id) => this.catalog.requireCard(id))
      .filter((c) => types.has(c.type) && (c.answer.kind !== 'flip' || (c.type as string) === EXAMINATION_CARD_TYPE));
    if (pool.length === 0) throw invalid('cardTypes', 'This deck has no questions of the kinds chosen');
    return pool;
  }

  private checkPicked(cardIds: string[], deckId: string): string[] {
    const inDeck = new Set(this.catalog.cardIdsOf(this.catalog.requireDeck(deckId).id));
    for (const id of cardIds) {
      const card = this.catalog.card(id);
      if (!card || !inDeck.has(id)) throw invalid('cardIds', `cardIds: "${id}" is not a card of deck ${deckId}`);
      if (card.answer.kind === 'flip' && (card.type as string) !== EXAMINATION_CARD_TYPE)
        throw invalid('cardIds', `cardIds: "${id}" is a flip card and cannot be graded in an exam`);
    }
    return cardIds;
  }

  private async checkMembers(m: EntityManager, cohortId: string, list: { userId: string }[]): Promise<void> {
    const members = new Set((await this.cohorts.members(m, cohortId)).map((x) => x.userId));
    const strangers = list.filter((a) => !members.has(a.userId));
    if (strangers.length > 0)
      throw invalid('accommodations', `accommodations: ${strangers.map((s) => s.userId).join(', ')} not in this cohort`);
  }

  private grade(card: Card, given: ReturnType<typeof toLearnerAnswer>) {
    try {
      return gradeAnswer(card, given);
    } catch (error) {
      if (error instanceof GradingError) throw new BadRequestException(error.message);
      throw error;
    }
  }

  private async ownAttempt(
    m: EntityManager,
    user: AuthUser,
    attemptId: string,
    lock = false,
  ): Promise<{ attempt: AttemptRecord; exam: ExamRecord }> {
    const attempt = await this.exams.attempt(m, attemptId, lock);
    if (!attempt || attempt.userId !== user.id) throw new NotFoundException('No such exam attempt');
    return { attempt, exam: (await this.exams.find(m, attempt.examId))! };
  }

  /** An assigned exam of a cohort the student belongs to (404 otherwise). */
  private async assignedExamFor(m: EntityManager, user: AuthUser, examId: string): Promise<ExamRecord> {
    const exam = (await this.exams.assignedTo(m, user.id)).find((e) => e.id === examId);
    if (!exam) throw new NotFoundException('No such exam in your cohorts');
    return exam;
  }

  /** An assigned exam of a cohort the instructor owns (404 unknown, 403 someone else's). */
  async ownedExam(m: EntityManager, user: AuthUser, examId: string): Promise<ExamRecord> {
    const exam = await this.exams.find(m, examId);
    if (!exam || exam.kind !== 'assigned') throw new NotFoundException('No such exam');
    await this.cohortsService.owned(m, user, exam.cohortId!);
    return exam;
  }

  private refuseIfSubmitted(attempt: AttemptRecord): void {
    if (attempt.submittedAt) {
      throw new ConflictException(
        attempt.autoSubmitted
          ? `Time ran out at ${attempt.submittedAt.toISOString()}; your saved answers were submitted automatically`
          : 'This attempt was already submitted',
      );
    }
  }
}
