import { Module } from '@nestjs/common';
import { ExaminationModule } from '../examination/examination.module';
import { LearningModule } from '../learning/learning.module';
import { ProgressModule } from '../progress/progress.module';
import { CardActionsService } from './card-actions.service';
import { LearnerDecksService } from './learner-decks.service';
import { QueueService } from './queue.service';
import { ReviewService } from './review.service';
import { StudyController } from './study.controller';
import { StudySettingsService } from './study-settings.service';

@Module({
  imports: [LearningModule, ProgressModule, ExaminationModule],
  controllers: [StudyController],
  providers: [StudySettingsService, QueueService, ReviewService, CardActionsService, LearnerDecksService],
  exports: [QueueService, ReviewService],
})
export class StudyModule {}
