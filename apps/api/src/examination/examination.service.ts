import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { EXAMINATION_LESIONS, EXAMINATION_PROBE_LIMIT, type Card } from '@dermatome/data';
import { randomInt } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth.decorators';
import { CohortsService } from '../cohorts/cohorts.service';
import { CLOCK, type Clock } from '../common/clock';
import { isUniqueViolation } from '../common/pg-errors';
import { CardCatalog } from '../content/card-catalog.service';
import { confusedPairs } from '../core/confused-pairs';
import { DEADLINE_GRACE_MS } from '../core/exams';
import { ExamsRepository } from '../exams/exams.repository';
import { CardStatesRepository } from '../learning/card-states.repository';
import { ExamLocksRepository } from '../learning/exam-locks.repository';
import { LearnerCardsService } from '../learning/learner-cards.service';
import {
  answerProbe,
  answerTest,
  caseOfCard,
  EXAMINATION_CARD_TYPE,
  gradeSubmission,
  lesionName,
  type ProbeStep,
  type TestStep,
} from './examination-core';
import type {
  ExaminationConfusionsDto,
  ExaminationDto,
  ExaminationResultDto,
  ExaminationTestDto,
  LesionChoiceDto,
  ProbeDto,
  ProbeResultDto,
  StartExaminationDto,
  SubmitExaminationDto,
  TestResultDto,
} from './examination.dto';
import { ExaminationRepository, type ExaminationRecord, type StepRecord } from './examination.repository';

const LESION_CHOICES: LesionChoiceDto[] = EXAMINATION_LESIONS.map(({ id, kind, name }) => ({ id, kind, name }));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REVIEW_GATE_MESSAGE = 'Examine this patient and submit your diagnosis first; the answer side follows the examination';

/**
 * Virtual sensory examinations. The hidden lesion lives only on the server: it follows from the
 * card, probes and tests are answered here one by one, and nothing about the lesion goes out
 * before the learner commits to a diagnosis. Probes and tests are stored append-only; the graded
 * result is stored once, so a second submission answers with the first result.
 */
@Injectable()
export class ExaminationService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly catalog: CardCatalog,
    private readonly repo: ExaminationRepository,
    private readonly learnerCards: LearnerCardsService,
    private readonly states: CardStatesRepository,
    private readonly locks: ExamLocksRepository,
    private readonly exams: ExamsRepository,
    private readonly cohorts: CohortsService,
  ) {}

  /** Starts an examination, or resumes the one in progress for the same card (review) or question (exam). */
  async start(user: AuthUser, dto: StartExaminationDto): Promise<ExaminationDto> {
    const forExam = dto.attemptId !== undefined || dto.position !== undefined;
    if (forExam && (dto.attemptId === undefined || dto.position === undefined))
      throw new BadRequestException('An exam question needs both attemptId and position');
    if (forExam && dto.cardId !== undefined)
      throw new BadRequestException('Give either cardId (a review) or attemptId and position (an exam question), not both');
    if (!forExam && dto.cardId === undefined)
      throw new BadRequestException('Give cardId (a card of your reviews) or attemptId and position (an exam question)');
    const create = () =>
      this.dataSource.transaction((m) =>
        forExam ? this.startForExam(m, user, dto.attemptId!, dto.position!) : this.startForReview(m, user, dto.cardId!),
      );
    let record: ExaminationRecord;
    try {
      record = await create();
    } catch (error) {
      // The same examination was started at the same moment by another request: take that one.
      if (!isUniqueViolation(error)) throw error;
      record = await create();
    }
    return this.view(this.dataSource.manager, record);
  }

  private async startForReview(m: EntityManager, user: AuthUser, cardId: string): Promise<ExaminationRecord> {
    const card = this.catalog.card(cardId);
    const mine = card && (await this.learnerCards.cards(m, user.id)).some((c) => c.id === cardId);
    if (!card || !mine) throw new NotFoundException(`Card "${cardId}" is not in your decks`);
    this.requireExaminationCard(card);
    const now = this.clock.now();
    if ((await this.locks.lockedCards(m, user.id, now)).has(cardId))
      throw new ConflictException(
        'This card is in an exam you are taking; it comes back to your reviews once you submit the exam',
      );
    const latest = await this.repo.latestReview(m, user.id, cardId);
    if (latest && (!latest.submittedAt || (await this.unreviewedSince(m, user.id, cardId, latest.submittedAt)))) return latest;
    return this.repo.create(m, {
      userId: user.id,
      cardId,
      context: 'review',
      attemptId: null,
      position: null,
      seed: randomInt(2 ** 31),
      startedAt: now,
    });
  }

  private async startForExam(m: EntityManager, user: AuthUser, attemptId: string, position: number): Promise<ExaminationRecord> {
    const attempt = await this.exams.attempt(m, attemptId);
    if (!attempt || attempt.userId !== user.id) throw new NotFoundException('No such exam attempt');
    // an examination already made is shown again (its result once the exam shows results)
    const existing = await this.repo.forExamItem(m, attemptId, position);
    if (existing) return existing;
    const { item } = await this.openExamItem(m, user, attemptId, position);
    return this.repo.create(m, {
      userId: user.id,
      cardId: item.cardId,
      context: 'exam',
      attemptId,
      position,
      seed: randomInt(2 ** 31),
      startedAt: this.clock.now(),
    });
  }

  async get(user: AuthUser, id: string): Promise<ExaminationDto> {
    const m = this.dataSource.manager;
    return this.view(m, await this.own(m, user, id));
  }

  /** Answers one probe and stores it. Refused (and not stored) outside the figure, after submission, or past the limit. */
  async probe(user: AuthUser, id: string, dto: ProbeDto): Promise<ProbeResultDto> {
    return this.dataSource.transaction(async (m) => {
      // A probe is answered while the learner waits, and losing the last instant of probes to a
      // database crash costs nothing that matters (the examination resumes without them): this
      // transaction, still atomic, does not wait for its WAL flush.
      const { record, ...counts } = await this.openForSteps(m, user, id, true);
      if (counts.probes >= EXAMINATION_PROBE_LIMIT)
        throw new ConflictException(`This examination already has ${EXAMINATION_PROBE_LIMIT} probes, the most one case takes`);
      const step = answerProbe(this.caseOf(record), record.seed, dto, counts.lastSeq + 1);
      if ('error' in step) throw new BadRequestException(step.error);
      const now = this.clock.now();
      const stored = await this.repo.appendStep(m, id, 'probe', step.request, step.response, now);
      return probeDto({ seq: stored, kind: 'probe', request: step.request, response: step.response, madeAt: now });
    });
  }

  /** A motor or reflex test on one side; stored like a probe. */
  async test(user: AuthUser, id: string, dto: ExaminationTestDto): Promise<TestResultDto> {
    return this.dataSource.transaction(async (m) => {
      const { record, tests } = await this.openForSteps(m, user, id, false);
      if (tests >= EXAMINATION_PROBE_LIMIT)
        throw new ConflictException(`This examination already has ${EXAMINATION_PROBE_LIMIT} tests, the most one case takes`);
      const step = answerTest(this.caseOf(record), dto);
      if ('error' in step) throw new BadRequestException(step.error);
      const now = this.clock.now();
      const seq = await this.repo.appendStep(m, id, 'test', step.request, step.response, now);
      return testDto({ seq, kind: 'test', request: step.request, response: step.response, madeAt: now });
    });
  }

  /** Grades the diagnosis, once: a second submission gets the first result. */
  async submit(user: AuthUser, id: string, dto: SubmitExaminationDto): Promise<ExaminationDto> {
    await this.dataSource.transaction(async (m) => {
      const record = await this.own(m, user, id, true);
      if (record.submittedAt) return;
      let item = null;
      if (record.context === 'exam') item = await this.openExamItem(m, user, record.attemptId!, record.position!);
      const steps = await this.repo.steps(m, id);
      const now = this.clock.now();
      const graded = gradeSubmission(this.caseOf(record), { lesion: dto.lesion, side: dto.side }, steps.map(stepOf));
      const result: ExaminationResultDto = { ...graded.result, submittedAt: now.toISOString() };
      await this.repo.submit(m, id, now, {
        answer: { lesion: dto.lesion, side: dto.side },
        truthLesion: graded.truth.lesion,
        truthSide: graded.truth.side,
        answerLesion: dto.lesion,
        answerSide: dto.side,
        correct: result.correct,
        partial: result.partial,
        result,
      });
      if (item) {
        await this.exams.saveItem(m, record.attemptId!, record.position!, {
          answer: {
            value: { lesion: dto.lesion, side: dto.side },
            correct: result.correct,
            partial: result.partial,
            at: now,
          },
        });
      }
    });
    return this.get(user, id);
  }

  /**
   * The review gate: an examination-case card shows its answer side (and takes a rating) only once
   * the learner has examined the patient and submitted since the card was last reviewed. Other cards pass.
   */
  async requireExamined(m: EntityManager, userId: string, card: Card): Promise<void> {
    if ((card.type as string) !== EXAMINATION_CARD_TYPE) return;
    const latest = await this.repo.latestReview(m, userId, card.id);
    if (!latest?.submittedAt || !(await this.unreviewedSince(m, userId, card.id, latest.submittedAt)))
      throw new ConflictException(REVIEW_GATE_MESSAGE);
  }

  /** The pairs (truth -> answer) the cohort's students confuse most, for the cohort's instructor. */
  async confusions(user: AuthUser, cohortId: string): Promise<ExaminationConfusionsDto> {
    const m = this.dataSource.manager;
    await this.cohorts.owned(m, user, cohortId);
    const rows = await this.repo.cohortAnswers(m, cohortId);
    const pairs = confusedPairs(rows.map((r) => ({ truth: r.truthLesion, answer: r.answerLesion })));
    return {
      examinations: rows.length,
      pairs: pairs.map((p) => ({ ...p, truthName: lesionName(p.truth), answerName: lesionName(p.answer) })),
    };
  }

  /** True when the card has not been reviewed since this moment (its last review is older, or it has none). */
  private async unreviewedSince(m: EntityManager, userId: string, cardId: string, at: Date): Promise<boolean> {
    const state = await this.states.find(m, userId, cardId);
    const last = state?.schedule.lastReview ?? null;
    return !last || last.getTime() < at.getTime();
  }

  private requireExaminationCard(card: Card): void {
    if ((card.type as string) !== EXAMINATION_CARD_TYPE) throw new BadRequestException('This card is no examination case');
  }

  private caseOf(record: ExaminationRecord) {
    return caseOfCard(this.catalog.requireCard(record.cardId));
  }

  /** The examination, locked, still open for probes and tests, with its step counts. */
  private async openForSteps(m: EntityManager, user: AuthUser, id: string, relaxCommit: boolean) {
    if (!UUID.test(id)) throw new NotFoundException('No such examination');
    const locked = await this.repo.lockForStep(m, id, relaxCommit);
    if (!locked || locked.record.userId !== user.id) throw new NotFoundException('No such examination');
    const { record } = locked;
    if (record.submittedAt) throw new ConflictException('This examination was submitted; start a new one to examine again');
    if (record.context === 'exam') await this.openExamItem(m, user, record.attemptId!, record.position!);
    return locked;
  }

  /** An examination question of the learner's attempt that may still be answered. */
  private async openExamItem(m: EntityManager, user: AuthUser, attemptId: string, position: number) {
    const attempt = await this.exams.attempt(m, attemptId);
    if (!attempt || attempt.userId !== user.id) throw new NotFoundException('No such exam attempt');
    if (attempt.submittedAt) throw new ConflictException('This exam attempt was already submitted');
    if (attempt.deadlineAt && this.clock.now().getTime() > attempt.deadlineAt.getTime() + DEADLINE_GRACE_MS)
      throw new ConflictException('The time for this exam has run out');
    const item = (await this.exams.items(m, attemptId)).find((i) => i.position === position);
    if (!item) throw new NotFoundException(`This exam has no question ${position}`);
    this.requireExaminationCard(this.catalog.requireCard(item.cardId));
    return { attempt, item };
  }

  /** The learner's own examination (404 for anyone else's). */
  private async own(m: EntityManager, user: AuthUser, id: string, lock = false): Promise<ExaminationRecord> {
    if (!UUID.test(id)) throw new NotFoundException('No such examination');
    const record = await this.repo.find(m, id, lock);
    if (!record || record.userId !== user.id) throw new NotFoundException('No such examination');
    return record;
  }

  /** What the learner may see: before submission the history and their own steps only. */
  private async view(m: EntityManager, record: ExaminationRecord): Promise<ExaminationDto> {
    const steps = await this.repo.steps(m, record.id);
    const patient = this.caseOf(record);
    const submitted = record.submittedAt !== null;
    const shown = submitted && (await this.resultShown(m, record));
    const given = record.answer as { lesion: string; side: string } | null;
    return {
      id: record.id,
      cardId: record.cardId,
      context: record.context,
      attemptId: record.attemptId,
      position: record.position,
      history: { age: patient.history.age, sex: patient.history.sex, story: patient.history.story },
      probes: steps.filter((s) => s.kind === 'probe').map(probeDto),
      tests: steps.filter((s) => s.kind === 'test').map(testDto),
      lesions: LESION_CHOICES,
      submitted,
      diagnosis: submitted && given ? { lesion: given.lesion, side: given.side, name: lesionName(given.lesion) } : null,
      result: shown ? (record.result as ExaminationResultDto) : null,
      resultWithheld: submitted && !shown,
    };
  }

  /**
   * Whether the answer side may be shown: at once in review and in tutor mode; for any other exam
   * question once the attempt is submitted and the exam shows its results (and not while the card
   * is in an assigned exam the learner is still taking).
   */
  private async resultShown(m: EntityManager, record: ExaminationRecord): Promise<boolean> {
    const now = this.clock.now();
    if (record.context === 'review') return true;
    const attempt = await this.exams.attempt(m, record.attemptId!);
    const exam = attempt && (await this.exams.find(m, attempt.examId));
    if (!attempt || !exam) return false;
    if ((await this.locks.assignedExamCards(m, record.userId, now)).has(record.cardId)) return false;
    if (exam.tutorMode) return true;
    if (!attempt.submittedAt) return false;
    return !(exam.resultsVisibility === 'after-close' && exam.closesAt && exam.closesAt > now);
  }
}

function stepOf(s: StepRecord): ProbeStep | TestStep {
  return s.kind === 'probe'
    ? { kind: 'probe', request: s.request as ProbeStep['request'], response: s.response as ProbeStep['response'] }
    : { kind: 'test', request: s.request as TestStep['request'], response: s.response as TestStep['response'] };
}

function probeDto(s: StepRecord): ProbeResultDto {
  const { request, response } = stepOf(s) as ProbeStep;
  return { seq: s.seq, ...request, ...response };
}

function testDto(s: StepRecord): TestResultDto {
  const { request, response } = stepOf(s) as TestStep;
  return { seq: s.seq, ...request, ...response };
}
