import { mkdirSync } from 'node:fs';
import { types as pgTypes } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/configuration';
import { createExclusivePgliteDriver } from './exclusive-pglite-pool';
import { entities } from './entities';
import { migrations } from './migrations';

// A calendar date has no time zone: keep PostgreSQL's 'YYYY-MM-DD' instead of a local-midnight Date.
pgTypes.setTypeParser(pgTypes.builtins.DATE, (value: string) => value);

/** TypeORM options for real PostgreSQL (DATABASE_URL set) or the embedded PGlite database. */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities,
    migrations,
    // Applied by runMigrations (database.module), under an advisory lock, once the connection is up.
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    installExtensions: false,
    logging: ['error' as const, 'warn' as const],
  };
  if (config.databaseMode === 'postgres') {
    return {
      ...common,
      url: config.DATABASE_URL,
      poolSize: config.DATABASE_POOL_SIZE,
      // A connection that cannot be made within 5 s fails (503) instead of holding the request.
      extra: { max: config.DATABASE_POOL_SIZE, connectionTimeoutMillis: 5000 },
    };
  }
  if (!config.EMBEDDED_DATA_DIR.startsWith('memory://')) mkdirSync(config.EMBEDDED_DATA_DIR, { recursive: true });
  return { ...common, driver: createExclusivePgliteDriver(config.EMBEDDED_DATA_DIR), poolSize: 1 };
}
