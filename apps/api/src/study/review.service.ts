import { ConflictException, HttpException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Card } from '@dermatome/data';
import { invalid } from '../common/validators';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { isUniqueViolation } from '../common/pg-errors';
import { CardCatalog } from '../content/card-catalog.service';
import { MASTERY_ROOTS } from '@dermatome/data';
import { applyRatingForExam, learnerExam } from '../core/exam-date';
import { reviewMasteryChange } from '../core/mastery';
import { isLeech, newSchedule, rollbackRating, sameProgress } from '../core/scheduler';
import { isRecalled } from '../core/stats';
import { daysBetween, studyDate } from '../core/study-day';
import { ActivityRepository } from '../learning/activity.repository';
import { CardStatesRepository } from '../learning/card-states.repository';
import { ExaminationService } from '../examination/examination.service';
import { ExamLocksRepository } from '../learning/exam-locks.repository';
import { QueuePrioritiesRepository } from '../learning/queue-priorities.repository';
import { LearnerCardsService } from '../learning/learner-cards.service';
import { ReviewLogsRepository } from '../learning/review-logs.repository';
import { ReviewWritesRepository, type ReviewContext, type ReviewWrite } from '../learning/review-writes.repository';
import { StudySettingsRepository } from '../learning/study-settings.repository';
import { MasteryService } from '../progress/mastery.service';
import type {
  RevealDto,
  RevealResultDto,
  ReviewBatchItemDto,
  ReviewBatchResultDto,
  ReviewEntryDto,
  ReviewResultDto,
  SubmitReviewBatchDto,
  SubmitReviewDto,
  UndoResultDto,
} from './study.dto';
import { cardStateDto, revealCard } from './study-views';

/**
 * Answering cards: revealing (and grading) the answer side, recording a rating with FSRS, and
 * undoing the last rating. The card state and its review-log row are written in one transaction.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly catalog: CardCatalog,
    private readonly learnerCards: LearnerCardsService,
    private readonly states: CardStatesRepository,
    private readonly logs: ReviewLogsRepository,
    private readonly settingsRepo: StudySettingsRepository,
    private readonly mastery: MasteryService,
    private readonly activity: ActivityRepository,
    private readonly examLocks: ExamLocksRepository,
    private readonly priorities: QueuePrioritiesRepository,
    private readonly writes: ReviewWritesRepository,
    private readonly examinations: ExaminationService,
  ) {}

  /** The cards of each set of decks: fixed for the process. */
  private readonly studySets = new Map<string, StudySet>();

  /** The answer side of one of the learner's cards, graded if an answer is given. Writes nothing. */
  async reveal(user: AuthUser, cardId: string, dto: RevealDto): Promise<RevealResultDto> {
    const m = this.dataSource.manager;
    const card = await this.learnerCard(m, user.id, cardId);
    await this.refuseIfInExam(m, user.id, cardId, this.clock.now());
    await this.examinations.requireExamined(m, user.id, card);
    const { answerGiven: _given, ...result } = revealCard(card, this.catalog.source(card), dto.answer);
    return result;
  }

  async submit(user: AuthUser, dto: SubmitReviewDto): Promise<ReviewResultDto> {
    return (await this.record(user, dto)).result;
  }

  /**
   * Reviews in the order given, each applied on its own (one refused does not stop the others):
   * one outcome per review, applied, replayed (its reviewId was applied before) or refused with
   * the status and message a single submission would have had.
   */
  async submitBatch(user: AuthUser, dto: SubmitReviewBatchDto): Promise<ReviewBatchResultDto> {
    const results: ReviewBatchItemDto[] = [];
    for (const review of dto.reviews) {
      try {
        const { outcome, result } = await this.record(user, review);
        results.push({ reviewId: review.reviewId, outcome, result });
      } catch (error) {
        if (!(error instanceof HttpException) || error.getStatus() >= 500) throw error;
        results.push({ reviewId: review.reviewId, outcome: 'refused', status: error.getStatus(), message: error.message });
      }
    }
    return { results };
  }

  /**
   * One review: one query reads what it must check, one statement writes it. The write holds only
   * if nothing moved since the read (the state's version, no open exam, the reviewId unused); if
   * something did, the review is read again, which answers it (replay, 409 or 404).
   */
  async record(user: AuthUser, dto: SubmitReviewDto): Promise<{ outcome: 'applied' | 'replayed'; result: ReviewResultDto }> {
    // A card the bank does not have is nobody's (and its id goes no further).
    if (!this.catalog.card(dto.cardId)) throw notInDecks(dto.cardId);
    for (let attempt = 0; attempt < 3; attempt++) {
      const now = this.clock.now();
      const ctx = await this.writes.context(this.dataSource.manager, {
        userId: user.id,
        cardId: dto.cardId,
        reviewId: dto.reviewId,
        now,
        masteryRoots: this.masteryRoots(dto.cardId),
      });
      // A replayed review carries the answer side: while the card is in an exam being taken, no replay either.
      if (ctx.lockedByExam) throw inExam();
      if (ctx.earlier) return { outcome: 'replayed', result: this.replay(ctx.earlier, user, dto) };
      try {
        const result = await this.applyReview(user, dto, ctx, now);
        if (result) return { outcome: 'applied', result };
      } catch (error) {
        // The same reviewId raced in from another request and won: the next read answers with its result.
        if (!isUniqueViolation(error)) throw error;
      }
    }
    throw new ConflictException('This card was answered elsewhere at the same moment; reload it');
  }

  /** Checks and writes one review from what `context` read; null if the write found things moved on. */
  private async applyReview(
    user: AuthUser,
    dto: SubmitReviewDto,
    ctx: ReviewContext,
    now: Date,
  ): Promise<ReviewResultDto | null> {
    const card = this.catalog.card(dto.cardId);
    const studied = card ? this.studySet(ctx.deckIds) : null;
    if (!card || !studied?.ids.has(card.id)) throw notInDecks(dto.cardId);
    // an examination case is rated only after its examination (no query for other cards)
    await this.examinations.requireExamined(this.dataSource.manager, user.id, card);
    const revealed = revealCard(card, this.catalog.source(card), dto.answer);
    const settings = ctx.settings;
    const current = ctx.state ?? { cardId: card.id, schedule: newSchedule(now), version: 0, ...NO_FLAGS };
    if (current.version !== dto.version) {
      throw new ConflictException(
        `This card changed since you loaded it (version ${current.version}, not ${dto.version}); reload it and answer again`,
      );
    }
    if (current.suspended) throw new ConflictException('This card is suspended; unsuspend it to review it');

    const examDate = learnerExam(settings, now, ctx.cohortExamDates)?.date ?? null;
    const { schedule, log } = applyRatingForExam(settings, current.schedule, now, dto.rating, examDate);
    const becameLeech = !current.leech && isLeech(schedule);
    const flags = {
      leech: current.leech || becameLeech,
      suspended: becameLeech && settings.suspendLeeches,
      buriedUntil: null,
    };
    const version = current.version + 1;
    const { answerGiven, ...answerSide } = revealed;
    const response: ReviewResultDto = {
      ...answerSide,
      reviewId: dto.reviewId,
      rating: dto.rating,
      reviewedAt: now.toISOString(),
      state: cardStateDto({ cardId: card.id, schedule, version, ...flags }),
      nextDue: schedule.due.toISOString(),
      intervalSeconds: Math.max(0, Math.round((schedule.due.getTime() - now.getTime()) / 1000)),
      becameLeech,
    };
    const today = studyDate(now, settings);
    const masteryRoots = this.masteryRoots(card.id);
    // The first review of a study date stores every root (and backfills the days before); later ones
    // move the card's roots only, unless the learner's cards changed since (a deck added or removed).
    const recount =
      ctx.lastMasteryDate !== today || masteryRoots.some((root) => ctx.masteryTotals[root] !== studied.totals.get(root));
    const write: ReviewWrite = {
      userId: user.id,
      cardId: card.id,
      expectedVersion: current.version,
      insert: ctx.state === null,
      schedule,
      flags,
      now,
      log: {
        reviewId: dto.reviewId,
        userId: user.id,
        cardId: card.id,
        log,
        reviewedAt: now,
        studyDate: today,
        durationMs: dto.durationMs,
        answer: answerGiven,
        correct: answerSide.grade?.correct ?? null,
        partial: answerSide.grade?.partial ?? null,
        flagsBefore: { suspended: current.suspended, buriedUntil: current.buriedUntil, leech: current.leech },
        stateAfter: schedule,
        versionAfter: version,
        response,
      },
      recalled: isRecalled(dto.rating),
      mastery: { roots: recount ? [] : masteryRoots, change: reviewMasteryChange(ctx.state?.schedule ?? null, schedule, now) },
    };
    if (!recount) return (await this.writes.apply(this.dataSource.manager, write)) === null ? null : response;
    return this.dataSource.transaction(async (m) => {
      await this.mastery.beforeReview(m, user.id, now, settings);
      if ((await this.writes.apply(m, write)) === null) return null;
      await this.mastery.afterReview(m, user.id, now, settings);
      return response;
    });
  }

  /**
   * Undoes the learner's latest review of today with ts-fsrs's rollback; the log row is marked,
   * never deleted. The card is due again at once, so it comes straight back to the queue.
   */
  async undo(user: AuthUser): Promise<UndoResultDto> {
    return this.dataSource.transaction(async (m) => {
      const last = await this.logs.latestActive(m, user.id);
      if (!last) throw new ConflictException('There is no review to undo');
      const settings = await this.settingsRepo.get(m, user.id);
      const now = this.clock.now();
      if (last.studyDate !== studyDate(now, settings)) throw new ConflictException("Only today's reviews can be undone");
      const current = await this.states.lock(m, user.id, last.cardId, newSchedule(now));
      // Undo works as a stack: the card must still hold what this review left (an earlier undo may have brought it back here).
      if (!sameProgress(current.schedule, last.stateAfter))
        throw new ConflictException('The card has changed since that review, so it cannot be undone');
      const previous = rollbackRating(settings, current.schedule, last.log);
      const version = await this.states.save(m, user.id, last.cardId, previous, last.flagsBefore, current.version);
      if (version === null) throw new ConflictException('The card changed while undoing; try again');
      await this.logs.markUndone(m, last.id, now);
      await this.activity.record(
        m,
        user.id,
        last.studyDate,
        { recalled: isRecalled(last.log.rating), durationMs: last.durationMs },
        -1,
      );
      await this.mastery.afterReview(m, user.id, now, settings);
      return {
        reviewId: last.reviewId,
        cardId: last.cardId,
        rating: last.log.rating,
        state: cardStateDto({ cardId: last.cardId, schedule: previous, version, ...last.flagsBefore }),
      };
    });
  }

  /** The learner's log between two study dates (default today): at most 5000 rows, a year at most. */
  async list(user: AuthUser, query: { from?: string; to?: string }): Promise<ReviewEntryDto[]> {
    const m = this.dataSource.manager;
    const today = studyDate(this.clock.now(), await this.settingsRepo.get(m, user.id));
    const from = query.from ?? today;
    const to = query.to ?? today;
    if (from > to) throw invalid('from', 'from must be on or before to');
    if (daysBetween(from, to) > 366) throw invalid('from', 'A list covers at most 366 days');
    const rows = await this.logs.list(m, user.id, from, to, 5000);
    return rows.map((r) => ({
      reviewId: r.reviewId,
      cardId: r.cardId,
      rating: r.log.rating,
      reviewedAt: r.reviewedAt.toISOString(),
      studyDate: r.studyDate,
      durationMs: r.durationMs,
      correct: r.correct,
      undone: r.undoneAt !== null,
    }));
  }

  /** A reviewId seen before: the same review again gets the same result; anything else is a conflict. */
  private replay(
    existing: { userId: string; cardId: string; response: unknown },
    user: AuthUser,
    dto: SubmitReviewDto,
  ): ReviewResultDto {
    if (existing.userId !== user.id || existing.cardId !== dto.cardId) {
      throw new ConflictException('This reviewId was already used for a different review; make a new one');
    }
    return existing.response as ReviewResultDto;
  }

  /** A card in the learner's decks (404 if not theirs). */
  private async learnerCard(m: EntityManager, userId: string, cardId: string): Promise<Card> {
    const card = this.catalog.card(cardId);
    const mine = card && (await this.learnerCards.cards(m, userId)).some((c) => c.id === cardId);
    if (!card || !mine) throw new NotFoundException(`Card "${cardId}" is not in your decks`);
    return card;
  }

  /** 409 while the card is in an exam the learner is taking (its answer must not show anywhere). */
  private async refuseIfInExam(m: EntityManager, userId: string, cardId: string, now: Date): Promise<void> {
    if ((await this.examLocks.lockedCards(m, userId, now)).has(cardId)) throw inExam();
  }

  /** The cards of a set of decks and how many of them each mastery root has (cached per set: learners share a handful). */
  private studySet(deckIds: readonly string[]): StudySet {
    const key = [...deckIds].sort().join('\n');
    let set = this.studySets.get(key);
    if (!set) {
      const ids = new Set(deckIds.flatMap((d) => this.catalog.cardIdsOf(d)));
      const totals = new Map<string, number>();
      for (const id of ids) for (const root of this.masteryRoots(id)) totals.set(root, (totals.get(root) ?? 0) + 1);
      set = { ids, totals };
      if (this.studySets.size > 1000) this.studySets.clear();
      this.studySets.set(key, set);
    }
    return set;
  }

  /** The card's roots that have a mastery (L1..S2). */
  private masteryRoots(cardId: string): readonly string[] {
    return (this.catalog.card(cardId)?.roots ?? []).filter((r) => (MASTERY_ROOTS as readonly string[]).includes(r));
  }
}

/** The cards a set of decks holds, and the number of them per mastery root (what a root's mastery divides by). */
interface StudySet {
  ids: ReadonlySet<string>;
  totals: ReadonlyMap<string, number>;
}

const NO_FLAGS = { suspended: false, buriedUntil: null, leech: false };

function notInDecks(cardId: string): NotFoundException {
  return new NotFoundException(`Card "${cardId}" is not in your decks`);
}

function inExam(): ConflictException {
  return new ConflictException('This card is in an exam you are taking; it comes back to your reviews once you submit the exam');
}
