import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { CardCatalog } from '../content/card-catalog.service';
import { newSchedule } from '../core/scheduler';
import { nextDayStart } from '../core/study-day';
import { CardStatesRepository, type CardFlags } from '../learning/card-states.repository';
import { LearnerCardsService } from '../learning/learner-cards.service';
import { StudySettingsRepository } from '../learning/study-settings.repository';
import type { CardStateDto, SuspendedCardDto } from './study.dto';
import { cardStateDto } from './study-views';

type FlagChange = (flags: CardFlags, ctx: { now: Date; dayEnd: Date }) => CardFlags;

/** Suspend, unsuspend and bury: flags on the learner's card state; the FSRS schedule is untouched. */
@Injectable()
export class CardActionsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly catalog: CardCatalog,
    private readonly learnerCards: LearnerCardsService,
    private readonly states: CardStatesRepository,
    private readonly settingsRepo: StudySettingsRepository,
  ) {}

  suspend(user: AuthUser, cardId: string): Promise<CardStateDto> {
    return this.change(user, cardId, (f) => ({ ...f, suspended: true }));
  }

  unsuspend(user: AuthUser, cardId: string): Promise<CardStateDto> {
    return this.change(user, cardId, (f) => ({ ...f, suspended: false }));
  }

  /** Hides the card until the learner's next day starts. */
  bury(user: AuthUser, cardId: string): Promise<CardStateDto> {
    return this.change(user, cardId, (f, { dayEnd }) => ({ ...f, buriedUntil: dayEnd }));
  }

  /** Brings a buried card back today. */
  unbury(user: AuthUser, cardId: string): Promise<CardStateDto> {
    return this.change(user, cardId, (f) => ({ ...f, buriedUntil: null }));
  }

  /** The learner's suspended cards, each with its face (never its answer), to bring back. */
  async suspended(user: AuthUser): Promise<SuspendedCardDto[]> {
    const rows = await this.states.suspended(this.dataSource.manager, user.id);
    return rows.flatMap((r) => {
      const card = this.catalog.card(r.cardId);
      return card ? [{ face: this.catalog.face(card), leech: r.leech, lapses: r.lapses }] : [];
    });
  }

  /** The learner's state of one card (404 if the card is not in their decks). */
  async state(user: AuthUser, cardId: string): Promise<CardStateDto> {
    await this.requireLearnerCard(user.id, cardId);
    const state = await this.states.find(this.dataSource.manager, user.id, cardId);
    const now = this.clock.now();
    return cardStateDto(
      state ?? { cardId, schedule: newSchedule(now), version: 0, suspended: false, buriedUntil: null, leech: false },
    );
  }

  private async change(user: AuthUser, cardId: string, apply: FlagChange): Promise<CardStateDto> {
    await this.requireLearnerCard(user.id, cardId);
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const settings = await this.settingsRepo.get(m, user.id);
      const current = await this.states.lock(m, user.id, cardId, newSchedule(now));
      const flags = apply(
        { suspended: current.suspended, buriedUntil: current.buriedUntil, leech: current.leech },
        { now, dayEnd: nextDayStart(now, settings) },
      );
      const version = await this.states.save(m, user.id, cardId, current.schedule, flags, current.version);
      if (version === null) throw new ConflictException('The card changed at the same moment; try again');
      return cardStateDto({ cardId, schedule: current.schedule, version, ...flags });
    });
  }

  private async requireLearnerCard(userId: string, cardId: string): Promise<void> {
    const inDecks =
      this.catalog.card(cardId) && (await this.learnerCards.cards(this.dataSource.manager, userId)).some((c) => c.id === cardId);
    if (!inDecks) throw new NotFoundException(`Card "${cardId}" is not in your decks`);
  }
}
