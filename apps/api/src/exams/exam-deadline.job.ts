import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../jobs/job-queue.service';
import { EXAM_DEADLINE_JOB, ExamsService, type ExamDeadlineJobData } from './exams.service';

/**
 * Submits a timed attempt at its deadline, so that an abandoned attempt is scored and its cards
 * return to the review queue without anyone touching it. One job per attempt (its id is the
 * attempt's), sent in the transaction that starts the attempt; retried if it runs early.
 */
@Injectable()
export class ExamDeadlineJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly exams: ExamsService,
  ) {}

  onModuleInit(): void {
    this.jobs.define<ExamDeadlineJobData>({
      name: EXAM_DEADLINE_JOB,
      queue: { policy: 'standard', retryLimit: 60, retryDelay: 10, expireInSeconds: 300 },
      handler: ({ attemptId }) => this.exams.submitIfLapsed(attemptId),
    });
  }
}
