import { Injectable } from '@nestjs/common';
import type { Card } from '@dermatome/data';
import type { EntityManager } from 'typeorm';
import { CardCatalog } from '../content/card-catalog.service';
import { newCardOrder } from '../core/queue';
import type { AssignmentPace } from '../core/assignments';
import { LearnerAssignmentsRepository, type LearnerAssignment } from './learner-assignments.repository';
import { LearnerDecksRepository } from './learner-decks.repository';

/** Everything a learner studies: their own decks and the decks assigned to their cohorts. */
export interface StudySet {
  personalDeckIds: string[];
  assignments: LearnerAssignment[];
  /** Cards of all of them, without repeats, in the bank's order. */
  cards: Card[];
}

@Injectable()
export class LearnerCardsService {
  constructor(
    private readonly catalog: CardCatalog,
    private readonly learnerDecks: LearnerDecksRepository,
    private readonly learnerAssignments: LearnerAssignmentsRepository,
  ) {}

  async deckIds(m: EntityManager, userId: string): Promise<string[]> {
    return (await this.learnerDecks.list(m, userId)).map((d) => d.deckId);
  }

  async studySet(m: EntityManager, userId: string): Promise<StudySet> {
    const personalDeckIds = await this.deckIds(m, userId);
    const assignments = await this.learnerAssignments.forLearner(m, userId);
    return { personalDeckIds, assignments, cards: this.cardsOfDecks([...personalDeckIds, ...assignments.map((a) => a.deckId)]) };
  }

  /** Several learners' cards (their own decks' and their assignments'), each in the bank's order, from two reads for all of them. */
  async cardsFor(m: EntityManager, userIds: readonly string[]): Promise<Map<string, Card[]>> {
    const [decks, assignments] = await Promise.all([
      this.learnerDecks.deckIdsFor(m, userIds),
      this.learnerAssignments.forLearners(m, userIds),
    ]);
    return new Map(
      userIds.map((id) => [
        id,
        this.cardsOfDecks([...(decks.get(id) ?? []), ...(assignments.get(id) ?? []).map((a) => a.deckId)]),
      ]),
    );
  }

  /** The cards of some decks, without repeats, in the bank's order. */
  private cardsOfDecks(deckIds: readonly string[]): Card[] {
    const ids = new Set<string>();
    for (const deckId of deckIds) for (const id of this.catalog.cardIdsOf(deckId)) ids.add(id);
    return this.catalog.cards.filter((c) => ids.has(c.id));
  }

  /** The learner's cards in the bank's order, optionally narrowed to one deck. */
  async cards(m: EntityManager, userId: string, onlyDeckId?: string): Promise<Card[]> {
    const { cards } = await this.studySet(m, userId);
    if (!onlyDeckId) return cards;
    const within = new Set(this.catalog.cardIdsOf(onlyDeckId));
    return cards.filter((c) => within.has(c.id));
  }

  /** An assignment's pace with its deck's cards in the order new cards are introduced. */
  pace(a: Pick<LearnerAssignment, 'deckId' | 'startDate' | 'newPerDay' | 'targetDate'>): AssignmentPace {
    const cards = this.catalog.cardIdsOf(a.deckId).map((id) => this.catalog.requireCard(id));
    return {
      startDate: a.startDate,
      newPerDay: a.newPerDay,
      targetDate: a.targetDate,
      cardIds: newCardOrder(cards).map((c) => c.id),
    };
  }
}
