import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { LearningModule } from '../learning/learning.module';
import { ProgressModule } from '../progress/progress.module';
import { DemoSeedService } from './demo-seed.service';
import { StartupService } from './startup.service';

@Module({
  imports: [LearningModule, ProgressModule, AuthModule, CohortsModule],
  providers: [DemoSeedService, StartupService],
  exports: [DemoSeedService],
})
export class DemoModule {}
