import { Module } from '@nestjs/common';
import { ContentModule } from '../content/content.module';
import { ActivityRepository } from './activity.repository';
import { CardStatesRepository } from './card-states.repository';
import { ExamDateService } from './exam-date.service';
import { ExamLocksRepository } from './exam-locks.repository';
import { LearnerAssignmentsRepository } from './learner-assignments.repository';
import { QueuePrioritiesRepository } from './queue-priorities.repository';
import { LearnerCardsService } from './learner-cards.service';
import { LearnerDecksRepository } from './learner-decks.repository';
import { MasteryDailyRepository } from './mastery-daily.repository';
import { ReviewLogsRepository } from './review-logs.repository';
import { ReviewWritesRepository } from './review-writes.repository';
import { StudySettingsRepository } from './study-settings.repository';

const providers = [
  StudySettingsRepository,
  LearnerDecksRepository,
  CardStatesRepository,
  ReviewLogsRepository,
  MasteryDailyRepository,
  LearnerCardsService,
  ActivityRepository,
  LearnerAssignmentsRepository,
  ExamLocksRepository,
  QueuePrioritiesRepository,
  ExamDateService,
  ReviewWritesRepository,
];

/** Persistence of everything a learner does: settings, decks, card states, the review log, mastery history. */
@Module({ imports: [ContentModule], providers, exports: [...providers, ContentModule] })
export class LearningModule {}
