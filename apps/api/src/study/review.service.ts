import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Card } from '@dermatome/data';
import { invalid } from '../common/validators';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { isUniqueViolation } from '../common/pg-errors';
import { CardCatalog } from '../content/card-catalog.service';
import { applyRating, isLeech, newSchedule, rollbackRating, sameProgress } from '../core/scheduler';
import { isRecalled } from '../core/stats';
import { daysBetween, studyDate } from '../core/study-day';
import { ActivityRepository } from '../learning/activity.repository';
import { CardStatesRepository } from '../learning/card-states.repository';
import { ExaminationService } from '../examination/examination.service';
import { ExamLocksRepository } from '../learning/exam-locks.repository';
import { QueuePrioritiesRepository } from '../learning/queue-priorities.repository';
import { LearnerCardsService } from '../learning/learner-cards.service';
import { ReviewLogsRepository, type ReviewLogRecord } from '../learning/review-logs.repository';
import { StudySettingsRepository } from '../learning/study-settings.repository';
import { MasteryService } from '../progress/mastery.service';
import type { RevealDto, RevealResultDto, ReviewEntryDto, ReviewResultDto, SubmitReviewDto, UndoResultDto } from './study.dto';
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
    private readonly examinations: ExaminationService,
  ) {}

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
    try {
      return await this.dataSource.transaction((m) => this.applyReview(m, user, dto));
    } catch (error) {
      // The same reviewId raced in from another request and won: answer with its result.
      if (isUniqueViolation(error)) {
        const m = this.dataSource.manager;
        const existing = await this.logs.findByReviewId(m, dto.reviewId);
        if (existing) {
          await this.refuseIfInExam(m, user.id, dto.cardId, this.clock.now());
          return this.replay(existing, user, dto);
        }
      }
      throw error;
    }
  }

  private async applyReview(m: EntityManager, user: AuthUser, dto: SubmitReviewDto): Promise<ReviewResultDto> {
    const now = this.clock.now();
    // A replayed review carries the answer side: while the card is in an exam being taken, no replay either.
    await this.refuseIfInExam(m, user.id, dto.cardId, now);
    const earlier = await this.logs.findByReviewId(m, dto.reviewId);
    if (earlier) return this.replay(earlier, user, dto);
    const card = await this.learnerCard(m, user.id, dto.cardId);
    await this.examinations.requireExamined(m, user.id, card);
    const revealed = revealCard(card, this.catalog.source(card), dto.answer);
    const settings = await this.settingsRepo.get(m, user.id);
    const current = await this.states.lock(m, user.id, card.id, newSchedule(now));
    // A duplicate of this review may have committed while we waited for the lock.
    const duplicate = await this.logs.findByReviewId(m, dto.reviewId);
    if (duplicate) return this.replay(duplicate, user, dto);
    if (current.version !== dto.version) {
      throw new ConflictException(
        `This card changed since you loaded it (version ${current.version}, not ${dto.version}); reload it and answer again`,
      );
    }
    if (current.suspended) throw new ConflictException('This card is suspended; unsuspend it to review it');

    await this.mastery.beforeReview(m, user.id, now, settings);
    const { schedule, log } = applyRating(settings, current.schedule, now, dto.rating);
    const becameLeech = !current.leech && isLeech(schedule);
    const flags = {
      leech: current.leech || becameLeech,
      suspended: becameLeech && settings.suspendLeeches,
      buriedUntil: null,
    };
    const version = await this.states.save(m, user.id, card.id, schedule, flags, current.version);
    if (version === null) throw new ConflictException('This card was answered elsewhere at the same moment; reload it');

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
    await this.logs.insert(m, {
      reviewId: dto.reviewId,
      userId: user.id,
      cardId: card.id,
      log,
      reviewedAt: now,
      studyDate: studyDate(now, settings),
      durationMs: dto.durationMs,
      answer: answerGiven,
      correct: answerSide.grade?.correct ?? null,
      partial: answerSide.grade?.partial ?? null,
      flagsBefore: { suspended: current.suspended, buriedUntil: current.buriedUntil, leech: current.leech },
      stateAfter: schedule,
      versionAfter: version,
      response,
    });
    await this.activity.record(m, user.id, studyDate(now, settings), {
      recalled: isRecalled(dto.rating),
      durationMs: dto.durationMs,
    });
    await this.mastery.afterReview(m, user.id, now, settings);
    return response;
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
  private replay(existing: ReviewLogRecord, user: AuthUser, dto: SubmitReviewDto): ReviewResultDto {
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
    if ((await this.examLocks.lockedCards(m, userId, now)).has(cardId)) {
      throw new ConflictException(
        'This card is in an exam you are taking; it comes back to your reviews once you submit the exam',
      );
    }
  }
}
