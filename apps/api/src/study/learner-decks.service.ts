import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CardCatalog } from '../content/card-catalog.service';
import { deckDto } from '../content/content.controller';
import { LearnerDecksRepository } from '../learning/learner-decks.repository';
import { QueueService } from './queue.service';
import type { LearnerDeckDto } from './study.dto';

/** The decks a learner studies on their own. */
@Injectable()
export class LearnerDecksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalog: CardCatalog,
    private readonly learnerDecks: LearnerDecksRepository,
    private readonly queues: QueueService,
  ) {}

  async list(userId: string): Promise<LearnerDeckDto[]> {
    const decks = await this.queues.learnerDecks(userId);
    return decks.map((d) => ({
      deck: deckDto(this.catalog, this.catalog.requireDeck(d.deckId)),
      counts: d.counts,
      subdecks: d.subdecks.map((s) => ({ deck: deckDto(this.catalog, this.catalog.requireDeck(s.deckId)), counts: s.counts })),
    }));
  }

  async add(userId: string, deckId: string): Promise<void> {
    this.catalog.requireDeck(deckId);
    await this.dataSource.transaction((m) => this.learnerDecks.add(m, userId, deckId));
  }

  async remove(userId: string, deckId: string): Promise<void> {
    const removed = await this.dataSource.transaction((m) => this.learnerDecks.remove(m, userId, deckId));
    if (!removed) throw new NotFoundException(`Deck "${deckId}" is not one of your decks`);
  }
}
