import type { Db } from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../common/sql';
import { withExclusivePglite } from '../database/exclusive-pglite-pool';

/**
 * pg-boss on the embedded database: every statement takes the one PGlite session through the
 * same lock as TypeORM's query runners, so a job never lands inside somebody else's transaction.
 * Statements with parameters go through `query`; pg-boss's parameterless SQL may hold several
 * statements (its migrations, BEGIN ... COMMIT blocks) and goes through `exec`. A failed
 * statement rolls back whatever it left open before the session is handed on.
 */
export function embeddedJobDatabase(): Db {
  return {
    executeSql: (text, values) =>
      withExclusivePglite(async (db) => {
        try {
          if (values && values.length > 0) return { rows: (await db.query(text, values)).rows as unknown[] };
          const results = await db.exec(text);
          return { rows: results.flatMap((r) => r.rows) };
        } catch (error) {
          await db.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
      }),
  };
}

/**
 * pg-boss statements run inside one of the app's TypeORM transactions (its `db` option): a job
 * sent this way exists only if the transaction commits. Works in both modes: the manager's query
 * runner already holds its connection (or the embedded session).
 */
export function transactionJobDatabase(m: EntityManager): Db {
  return {
    executeSql: async (text, values) => ({ rows: await queryRows<unknown>(m, text, values ?? []) }),
  };
}
