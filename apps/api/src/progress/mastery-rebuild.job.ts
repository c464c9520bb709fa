import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { JobQueue } from '../jobs/job-queue.service';
import { StudySettingsRepository } from '../learning/study-settings.repository';
import { MasteryService } from './mastery.service';

export const MASTERY_REBUILD_JOB = 'mastery-daily-rebuild';

/**
 * Rebuilds every learner's stored daily mastery series from the review log when the definition of
 * mastery changes: a migration adds a row to mastery_rebuilds, and this job (checking every
 * minute, a singleton across instances) replays each learner's log, then marks the row done.
 * Idempotent: a learner rebuilt twice gets the same rows.
 */
@Injectable()
export class MasteryRebuildJob implements OnModuleInit {
  private readonly logger = new Logger('MasteryRebuild');

  constructor(
    private readonly jobs: JobQueue,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly settings: StudySettingsRepository,
    private readonly mastery: MasteryService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: MASTERY_REBUILD_JOB,
      queue: { policy: 'singleton', retryLimit: 3, retryDelay: 60, expireInSeconds: 3600 },
      runAtStart: true,
      handler: async () => {
        await this.run();
      },
    });
  }

  /** Rebuilds everyone if a rebuild is pending. Returns how many learners it rebuilt. */
  async run(): Promise<number> {
    const m = this.dataSource.manager;
    const pending: { definition: string }[] = await m.query(`SELECT definition FROM mastery_rebuilds WHERE done_at IS NULL`);
    if (pending.length === 0) return 0;
    const users: { user_id: string }[] = await m.query(
      `SELECT user_id FROM review_logs UNION SELECT user_id FROM mastery_daily ORDER BY user_id`,
    );
    const ids = users.map((u) => u.user_id);
    const days = await this.settings.dayBoundaries(m, ids);
    const now = this.clock.now();
    for (const userId of ids) await this.dataSource.transaction((tx) => this.mastery.rebuild(tx, userId, now, days.get(userId)!));
    await m.query(`UPDATE mastery_rebuilds SET done_at = $2 WHERE definition = ANY($1::text[]) AND done_at IS NULL`, [
      pending.map((p) => p.definition),
      now,
    ]);
    this.logger.log(`Daily mastery series rebuilt for ${ids.length} learners (${pending.map((p) => p.definition).join(', ')})`);
    return ids.length;
  }
}
