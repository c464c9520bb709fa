import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { ExamsModule } from '../exams/exams.module';
import { LearningModule } from '../learning/learning.module';
import { CohortExportService } from './cohort-export.service';
import { ExportsController } from './exports.controller';

/** Spreadsheet exports: they combine cohorts and exams, so they sit above both. */
@Module({
  imports: [LearningModule, CohortsModule, ExamsModule],
  controllers: [ExportsController],
  providers: [CohortExportService],
})
export class ExportsModule {}
