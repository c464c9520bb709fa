import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PgBoss, type ConstructorOptions, type Queue, type SendOptions } from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/configuration';
import { embeddedJobDatabase, transactionJobDatabase } from './job-databases';

/** The schema pg-boss keeps its tables in, in the app's database. */
export const JOB_SCHEMA = 'pgboss';

export interface JobDefinition<T extends object> {
  /** Queue name. */
  name: string;
  /** pg-boss queue options: policy ('singleton': one job of this queue active at a time, across instances), retries. */
  queue: Omit<Queue, 'name'>;
  /** Cron expression (UTC) for recurring work. pg-boss sends one job per tick, whatever the number of instances. */
  cron?: string;
  /** Send one job (with empty data) when the queue starts, i.e. after this instance ran the migrations. */
  runAtStart?: boolean;
  /** Runs one job. Must be idempotent: a job can run again after a crash or a retry. */
  handler: (data: T) => Promise<void>;
}

/**
 * Background work on pg-boss, in the app's own database: started with the API (after the
 * migrations), stopped before the database connection closes. Features define their jobs while
 * the modules initialise; the queue creates the queues, workers and schedules when it starts.
 * With DATABASE_URL pg-boss has a small pool of its own; embedded, it shares the one PGlite
 * session through the exclusive lock.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly definitions = new Map<string, JobDefinition<object>>();
  private boss: PgBoss | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  define<T extends object>(definition: JobDefinition<T>): void {
    if (this.boss) throw new Error(`The job "${definition.name}" was defined after the queue started`);
    this.definitions.set(definition.name, definition as unknown as JobDefinition<object>);
  }

  async onApplicationBootstrap(): Promise<void> {
    const boss = new PgBoss(this.options());
    // pg-boss reports its own failures (e.g. the database is unreachable) as events: log them, never crash.
    boss.on('error', (error: Error) => this.logger.warn(`Job queue: ${error.message}`));
    await boss.start();
    this.boss = boss;
    const pollingIntervalSeconds = this.config.JOB_POLL_INTERVAL_MS / 1000;
    for (const job of this.definitions.values()) {
      await boss.createQueue(job.name, job.queue);
      await boss.work<object>(job.name, { pollingIntervalSeconds }, async (jobs) => {
        for (const j of jobs) await job.handler(j.data);
      });
      if (job.cron) await boss.schedule(job.name, job.cron, null, { tz: 'UTC' });
      if (job.runAtStart) await boss.send(job.name, {});
    }
  }

  /** Sends a job inside the caller's transaction: it exists only if that transaction commits. */
  async sendInTransaction<T extends object>(m: EntityManager, name: string, data: T, options: SendOptions = {}): Promise<void> {
    await this.started().send(name, data, { ...options, db: transactionJobDatabase(m) });
  }

  /** Sends a job now, outside any transaction (operators, tests). */
  async send<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<string | null> {
    return this.started().send(name, data, options);
  }

  /** Stops fetching, lets running jobs finish (up to 10 s), then closes pg-boss's own connections. */
  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    if (boss) await boss.stop({ graceful: true, close: true, timeout: 10_000 });
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('The job queue has not started');
    return this.boss;
  }

  private options(): ConstructorOptions {
    const common: ConstructorOptions = {
      schema: JOB_SCHEMA,
      application_name: 'dermatome-jobs',
      // Jobs are few and small: no per-queue statistics, no index rebuilds, quiet maintenance.
      persistQueueStats: false,
      reindex: false,
    };
    if (this.config.databaseMode === 'postgres') {
      return { ...common, connectionString: this.config.DATABASE_URL, max: this.config.JOB_POOL_SIZE };
    }
    return { ...common, backend: 'pglite', db: embeddedJobDatabase() };
  }
}
