import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { CardCatalog } from '../content/card-catalog.service';
import { planNewCards } from '../core/assignments';
import { buildQueue, newCardOrder, type Queue, type QueueCounts, type StudiedCard } from '../core/queue';
import { EXAM_POLICY, daysUntilExam, pullInCards, recentBudget } from '../core/exam-date';
import { newSchedule, previewRatings } from '../core/scheduler';
import { addDaysToDate, nextDayStart, studyDate } from '../core/study-day';
import { ActivityRepository } from '../learning/activity.repository';
import { CardStatesRepository, type CardStateRecord } from '../learning/card-states.repository';
import { ExamDateService, type LearnerExam } from '../learning/exam-date.service';
import { ExamLocksRepository } from '../learning/exam-locks.repository';
import { LearnerCardsService, type StudySet } from '../learning/learner-cards.service';
import { QueuePrioritiesRepository } from '../learning/queue-priorities.repository';
import { ReviewLogsRepository } from '../learning/review-logs.repository';
import { StudySettingsRepository, type StudySettings } from '../learning/study-settings.repository';
import type { QueueDto } from './study.dto';
import { previewDto } from './study-views';

/** Everything today's queue depends on, read once per request. */
interface LearnerSnapshot {
  now: Date;
  settings: StudySettings;
  studySet: StudySet;
  stateById: Map<string, CardStateRecord>;
  usage: { newIntroduced: number; reviewsDone: number };
  /** Cards of an exam in progress: they wait until it is submitted. */
  locked: Set<string>;
  /** Unseen cards to introduce first (missed in an exam). */
  prioritised: Set<string>;
  /** The exam the learner's scheduling aims at, if any. */
  exam: LearnerExam | null;
  /** Reviews per study day over the last two weeks (days studied only), for the pull-in's budget. */
  recentLoads: number[];
}

/** Builds a learner's queue for today from their cards, card states, settings and today's usage. */
@Injectable()
export class QueueService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly catalog: CardCatalog,
    private readonly learnerCards: LearnerCardsService,
    private readonly states: CardStatesRepository,
    private readonly logs: ReviewLogsRepository,
    private readonly settingsRepo: StudySettingsRepository,
    private readonly priorities: QueuePrioritiesRepository,
    private readonly examLocks: ExamLocksRepository,
    private readonly examDates: ExamDateService,
    private readonly activity: ActivityRepository,
  ) {}

  async queue(userId: string, options: { deckId?: string; limit?: number }): Promise<QueueDto> {
    const snapshot = await this.snapshot(this.dataSource.manager, userId);
    if (options.deckId !== undefined) this.requireLearnerDeck(snapshot.studySet, options.deckId);
    const { now, settings, stateById } = snapshot;
    const queue = this.build(snapshot, options.deckId);
    return {
      generatedAt: now.toISOString(),
      studyDate: studyDate(now, settings),
      nextDayStart: nextDayStart(now, settings).toISOString(),
      counts: queue.counts,
      nextLearningDue: queue.nextLearningDue?.toISOString() ?? null,
      cards: queue.entries.slice(0, options.limit ?? 50).map((entry) => {
        const state = stateById.get(entry.cardId);
        const card = this.catalog.requireCard(entry.cardId);
        return {
          cardId: card.id,
          kind: entry.kind,
          version: state?.version ?? 0,
          face: this.catalog.face(card),
          previews: previewRatings(settings, state?.schedule ?? newSchedule(now), now).map(previewDto),
        };
      }),
    };
  }

  /** The learner's own decks, each with what is due in it and in each of its sub-decks today. */
  async learnerDecks(
    userId: string,
  ): Promise<{ deckId: string; counts: QueueCounts; subdecks: { deckId: string; counts: QueueCounts }[] }[]> {
    const snapshot = await this.snapshot(this.dataSource.manager, userId);
    return snapshot.studySet.personalDeckIds.map((deckId) => ({
      deckId,
      counts: this.build(snapshot, deckId).counts,
      subdecks: this.catalog.decks
        .filter((d) => d.parentId === deckId)
        .map((d) => ({ deckId: d.id, counts: this.build(snapshot, d.id).counts })),
    }));
  }

  private async snapshot(m: EntityManager, userId: string): Promise<LearnerSnapshot> {
    const now = this.clock.now();
    const settings = await this.settingsRepo.get(m, userId);
    const [studySet, states, usage, locked, prioritised] = await Promise.all([
      this.learnerCards.studySet(m, userId),
      this.states.all(m, userId),
      this.logs.limitUsage(m, userId, studyDate(now, settings)),
      this.examLocks.lockedCards(m, userId, now),
      this.priorities.list(m, userId),
    ]);
    const exam = await this.examDates.resolve(m, userId, settings, now);
    const today = studyDate(now, settings);
    const recentLoads = exam
      ? (await this.activity.range(m, userId, addDaysToDate(today, -14), addDaysToDate(today, -1)))
          .map((d) => d.reviews)
          .filter((n) => n > 0)
      : [];
    return {
      now,
      settings,
      studySet,
      stateById: new Map(states.map((s) => [s.cardId, s])),
      usage,
      locked,
      prioritised,
      exam,
      recentLoads,
    };
  }

  private build(s: LearnerSnapshot, onlyDeckId?: string): Queue {
    const within = onlyDeckId ? new Set(this.catalog.cardIdsOf(onlyDeckId)) : null;
    const isShown = (id: string) => (!within || within.has(id)) && !s.locked.has(id);
    const seen = new Set<string>();
    const studied: StudiedCard[] = [];
    for (const card of s.studySet.cards) {
      const state = s.stateById.get(card.id);
      if (!state || state.schedule.state === 0) continue;
      seen.add(card.id);
      if (isShown(card.id)) {
        studied.push({
          cardId: card.id,
          state: state.schedule.state,
          due: state.schedule.due,
          suspended: state.suspended,
          buriedUntil: state.buriedUntil,
        });
      }
    }
    for (const id of this.pulledIn(s, studied)) {
      const entry = studied.find((c) => c.cardId === id);
      if (entry) entry.due = s.now;
    }
    const hidden = (id: string) => {
      const state = s.stateById.get(id);
      return !!state && (state.suspended || (state.buriedUntil !== null && state.buriedUntil > s.now));
    };
    const personalIds = new Set(s.studySet.personalDeckIds.flatMap((d) => this.catalog.cardIdsOf(d)));
    const personal = newCardOrder(s.studySet.cards.filter((c) => personalIds.has(c.id) && !seen.has(c.id)))
      .map((c) => c.id)
      .sort((a, b) => Number(s.prioritised.has(b)) - Number(s.prioritised.has(a)));
    const plan = planNewCards({
      today: studyDate(s.now, s.settings),
      assignments: s.studySet.assignments.map((a) => this.learnerCards.pace(a)),
      personal,
      personalLimitLeft: s.settings.newPerDay - s.usage.newIntroduced,
      seen,
    });
    return buildQueue({
      now: s.now,
      nextDayStart: nextDayStart(s.now, s.settings),
      studied,
      newCandidates: plan.candidates.filter((id) => isShown(id) && !hidden(id)),
      newLimitLeft: plan.limit,
      reviewLimitLeft: s.settings.reviewsPerDay - s.usage.reviewsDone,
    });
  }

  /**
   * Before an exam, cards with the lowest predicted exam-day recall brought forward into today's
   * reviews (core/exam-date.ts pullInCards), only as far as today's budget leaves room after the
   * reviews due anyway and those already done.
   */
  private pulledIn(s: LearnerSnapshot, studied: StudiedCard[]): string[] {
    if (!s.exam) return [];
    const dayEnd = nextDayStart(s.now, s.settings).getTime();
    const dueToday = studied.filter((c) => c.due.getTime() < dayEnd && !c.suspended).length;
    const daysLeft = daysUntilExam(s.now, s.exam.date, s.settings);
    if (daysLeft > EXAM_POLICY.PULL_IN_DAYS) return [];
    const room = recentBudget(s.recentLoads) - dueToday - s.usage.reviewsDone;
    const shown = new Set(studied.filter((c) => !c.suspended && !(c.buriedUntil && c.buriedUntil > s.now)).map((c) => c.cardId));
    return pullInCards({
      cards: [...s.stateById.values()]
        .filter((state) => shown.has(state.cardId))
        .map((state) => ({ cardId: state.cardId, schedule: state.schedule })),
      now: s.now,
      examDate: s.exam.date,
      day: s.settings,
      target: EXAM_POLICY.PULL_IN_TARGET,
      room,
    });
  }

  /** A deck the learner studies (their own, an assigned one, or a sub-deck of either), or 404. */
  private requireLearnerDeck(studySet: StudySet, deckId: string): void {
    this.catalog.requireDeck(deckId);
    const mine = [...studySet.personalDeckIds, ...studySet.assignments.map((a) => a.deckId)];
    if (!mine.some((d) => this.isWithin(deckId, d))) throw new NotFoundException(`Deck "${deckId}" is not one of your decks`);
  }

  /** Whether a deck is `ancestorId` itself or one of its sub-decks. */
  private isWithin(deckId: string, ancestorId: string): boolean {
    let deck = this.catalog.deck(deckId);
    while (deck) {
      if (deck.id === ancestorId) return true;
      deck = deck.parentId ? this.catalog.deck(deck.parentId) : undefined;
    }
    return false;
  }
}
