import { DataSource, MigrationExecutor } from 'typeorm';

/** Key of the advisory lock every API instance takes around its migration run (any fixed 64-bit number). */
export const MIGRATION_LOCK_KEY = 727_110_462_001;

/**
 * Applies pending migrations. On PostgreSQL the run holds a session-level advisory lock, so API
 * instances started at the same moment take turns: the first migrates, the others wait, then find
 * nothing left to do. The lock and the migrations share one connection (a pool of one suffices),
 * and a crashed instance's lock goes with its connection.
 */
export async function runMigrations(dataSource: DataSource, locked: boolean): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    if (locked) await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      await executor.executePendingMigrations();
    } finally {
      if (locked) await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
