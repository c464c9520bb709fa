import { Client, type QueryResultRow } from 'pg';
import { QueryFailedError, type EntityManager } from 'typeorm';

/**
 * Runs a statement and returns its rows. TypeORM's `query()` answers UPDATE and DELETE with
 * `[rows, affectedCount]` rather than the rows; this evens that out.
 */
export async function queryRows<T>(m: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return rowsOf<T>(await m.query(sql, params));
}

function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

/** A statement PostgreSQL keeps parsed and planned per connection, under its name. */
export interface PreparedStatement {
  /** Unique in the process: pg prepares it on a connection the first time it meets the name there. */
  name: string;
  text: string;
}

/**
 * Runs a prepared statement on the manager's connection (its transaction, if it has one) and
 * returns its rows. For the hot paths (session, review context and write): PostgreSQL parses and
 * plans them once per connection instead of every time, which was most of their cost. The embedded
 * database (PGlite, one session in the process) runs the text as an ordinary statement.
 */
export async function preparedRows<T>(m: EntityManager, statement: PreparedStatement, params: unknown[]): Promise<T[]> {
  const runner = m.queryRunner ?? m.connection.createQueryRunner();
  try {
    const connection: unknown = await runner.connect();
    // The same runner: the embedded database lends its one session to one runner at a time.
    if (!(connection instanceof Client)) return rowsOf<T>(await runner.query(statement.text, params));
    try {
      const result = await connection.query<T & QueryResultRow>({ name: statement.name, text: statement.text, values: params });
      return result.rows;
    } catch (error) {
      // As TypeORM's own query() reports it, so the error filter and the callers see the same error.
      throw new QueryFailedError(statement.text, params, error as Error);
    }
  } finally {
    if (!m.queryRunner) await runner.release();
  }
}
