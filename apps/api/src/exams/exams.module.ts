import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { LearningModule } from '../learning/learning.module';
import { ExamDeadlineJob } from './exam-deadline.job';
import { ExamResultsService } from './exam-results.service';
import { ExamViews } from './exam-views';
import { CohortExamsController, ExamsController, ProgressExamsController } from './exams.controller';
import { ExamsRepository } from './exams.repository';
import { ExamsService } from './exams.service';

@Module({
  imports: [LearningModule, CohortsModule],
  controllers: [ExamsController, CohortExamsController, ProgressExamsController],
  providers: [ExamsRepository, ExamsService, ExamResultsService, ExamViews, ExamDeadlineJob],
  exports: [ExamResultsService],
})
export class ExamsModule {}
