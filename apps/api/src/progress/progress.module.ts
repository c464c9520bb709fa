import { Module } from '@nestjs/common';
import { LearningModule } from '../learning/learning.module';
import { MasteryRebuildJob } from './mastery-rebuild.job';
import { MasteryRollupJob } from './mastery-rollup.job';
import { MasteryService } from './mastery.service';
import { ProgressController } from './progress.controller';
import { ProgressService } from './progress.service';

@Module({
  imports: [LearningModule],
  controllers: [ProgressController],
  providers: [MasteryService, ProgressService, MasteryRollupJob, MasteryRebuildJob],
  exports: [MasteryService, MasteryRollupJob],
})
export class ProgressModule {}
