import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { addDaysToDate, studyDate } from '../core/study-day';
import { JobQueue } from '../jobs/job-queue.service';
import { MasteryDailyRepository } from '../learning/mastery-daily.repository';
import { StudySettingsRepository } from '../learning/study-settings.repository';
import { MasteryService } from './mastery.service';

export const MASTERY_ROLLUP_JOB = 'mastery-daily-rollup';

/** A read that found days not stored yet asks for a roll-up at most once in this many seconds. */
const REQUEST_THROTTLE_SECONDS = 60;

/**
 * The nightly roll-up of the daily mastery series: once a learner's study day is over (in their
 * own time zone, at their day start hour), the days since their last stored date are written from
 * the schedules as they stand (nothing was reviewed on them, so they are final). It runs every
 * 15 minutes so that each learner's day is rolled up soon after it ends, whatever their zone; a
 * singleton, and idempotent (a learner already rolled up is skipped; rows are upserted), so two
 * API instances never do the work twice at once. Dashboards and exports only read the series; one
 * that had to compute days the roll-up has not stored yet asks for a roll-up now (`requestSoon`),
 * so that computing them on read lasts seconds after a day boundary, not up to 15 minutes.
 */
@Injectable()
export class MasteryRollupJob implements OnModuleInit {
  private readonly logger = new Logger('MasteryRollup');

  constructor(
    private readonly jobs: JobQueue,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly daily: MasteryDailyRepository,
    private readonly settings: StudySettingsRepository,
    private readonly mastery: MasteryService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: MASTERY_ROLLUP_JOB,
      queue: { policy: 'singleton', retryLimit: 3, retryDelay: 60, expireInSeconds: 1800 },
      cron: '*/15 * * * *',
      handler: async () => {
        await this.run();
      },
    });
  }

  /**
   * Queues a roll-up now, at most one per minute whatever the number of callers or instances (a
   * throttled pg-boss job). Never fails the caller: the cron run catches up anyway.
   */
  async requestSoon(): Promise<void> {
    try {
      await this.jobs.send(MASTERY_ROLLUP_JOB, {}, { singletonKey: 'requested', singletonSeconds: REQUEST_THROTTLE_SECONDS });
    } catch (error) {
      this.logger.warn(`Could not queue a mastery roll-up: ${(error as Error).message}`);
    }
  }

  /** Rolls up every learner whose series stops before their yesterday. Returns how many it wrote. */
  async run(): Promise<number> {
    const now = this.clock.now();
    const m = this.dataSource.manager;
    const last = await this.daily.lastDatesOfAll(m);
    const days = await this.settings.dayBoundaries(m, [...last.keys()]);
    let written = 0;
    for (const [userId, lastDate] of last) {
      const day = days.get(userId)!;
      const yesterday = addDaysToDate(studyDate(now, day), -1);
      if (lastDate >= yesterday) continue;
      await this.dataSource.transaction((tx) => this.mastery.fillThrough(tx, userId, yesterday, now, day));
      written += 1;
    }
    return written;
  }
}
