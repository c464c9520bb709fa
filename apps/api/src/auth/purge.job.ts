import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { JobQueue } from '../jobs/job-queue.service';
import { PostgresThrottlerStorage } from './login-throttling';
import { SessionsRepository } from './sessions.repository';

export const PURGE_JOB = 'purge-sessions-and-rate-limits';

/**
 * Hourly: deletes expired sessions and rate-limit rows whose window has closed (a closed window
 * counts nothing: the next attempt starts a new one). A singleton, and idempotent.
 */
@Injectable()
export class PurgeJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly sessions: SessionsRepository,
    private readonly rateLimits: PostgresThrottlerStorage,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: PURGE_JOB,
      queue: { policy: 'singleton', retryLimit: 3, retryDelay: 60 },
      cron: '17 * * * *',
      handler: async () => {
        await this.run();
      },
    });
  }

  async run(): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.sessions.deleteExpired(m, this.clock.now());
      await this.rateLimits.deleteClosedWindows(m);
    });
  }
}
