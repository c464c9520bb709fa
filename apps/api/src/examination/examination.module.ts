import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { ExamsRepository } from '../exams/exams.repository';
import { LearningModule } from '../learning/learning.module';
import { CohortExaminationsController, ExaminationController } from './examination.controller';
import { ExaminationRepository } from './examination.repository';
import { ExaminationService } from './examination.service';

/** Virtual sensory examinations of simulated patients (review cards and exam questions), and the review gate. */
@Module({
  imports: [LearningModule, CohortsModule],
  controllers: [ExaminationController, CohortExaminationsController],
  providers: [ExaminationRepository, ExaminationService, ExamsRepository],
  exports: [ExaminationService],
})
export class ExaminationModule {}
