import { Module } from '@nestjs/common';
import { LearningModule } from '../learning/learning.module';
import { ProgressModule } from '../progress/progress.module';
import { CohortDashboardService } from './cohort-dashboard.service';
import { CohortsController } from './cohorts.controller';
import { CohortsRepository } from './cohorts.repository';
import { CohortsService } from './cohorts.service';
import { MembershipsController } from './memberships.controller';

@Module({
  imports: [LearningModule, ProgressModule],
  controllers: [CohortsController, MembershipsController],
  providers: [CohortsRepository, CohortsService, CohortDashboardService],
  exports: [CohortsService, CohortsRepository, CohortDashboardService],
})
export class CohortsModule {}
