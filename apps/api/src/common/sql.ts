import type { EntityManager } from 'typeorm';

/**
 * Runs a statement and returns its rows. TypeORM's `query()` answers UPDATE and DELETE with
 * `[rows, affectedCount]` rather than the rows; this evens that out.
 */
export async function queryRows<T>(m: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const result: unknown = await m.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
