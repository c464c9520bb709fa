import { Module } from '@nestjs/common';
import { LearningModule } from '../learning/learning.module';
import { FsrsFitsRepository } from './fsrs-fits.repository';
import { ParametersController } from './parameters.controller';
import { ParametersService } from './parameters.service';

/** Per-learner FSRS weights: fits in a child process as background jobs, their history, rescheduling. */
@Module({
  imports: [LearningModule],
  controllers: [ParametersController],
  providers: [FsrsFitsRepository, ParametersService],
  exports: [ParametersService],
})
export class ParametersModule {}
