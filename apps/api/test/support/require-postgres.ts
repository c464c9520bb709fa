import { withAdminClient } from './databases';

/** Fails the run (never skips it) when PostgreSQL is missing. */
export default async function requirePostgres(): Promise<void> {
  await withAdminClient((client) => client.query('SELECT 1'));
}
