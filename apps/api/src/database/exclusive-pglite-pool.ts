import type { PGlite } from '@electric-sql/pglite';
import { Mutex } from 'async-mutex';
import { PGliteDriver } from 'typeorm-pglite';
import { PGlitePool } from 'typeorm-pglite/dist/pglite-pool';
import { PGliteInstance } from 'typeorm-pglite/dist/pglite-instance';

/** Dates (no time) stay 'YYYY-MM-DD' strings, as with pg (see data-source-options). */
const DATE_OID = 1082;

type ConnectCallback = Parameters<PGlitePool['connect']>[0];

/** The process has one PGlite instance (typeorm-pglite keeps it), so one lock guards its one session. */
const mutex = new Mutex();

/**
 * Runs `fn` with the PGlite session to itself, queued behind (and ahead of) TypeORM's query
 * runners: how code outside TypeORM (the job queue) shares the embedded database safely.
 */
export async function withExclusivePglite<T>(fn: (db: PGlite) => Promise<T>): Promise<T> {
  return mutex.runExclusive(async () => fn((await PGliteInstance.getInstance()) as PGlite));
}

/**
 * PGlite has a single session. typeorm-pglite hands that one session to every caller, so two
 * overlapping transactions would interleave (and a rollback would discard the other's rows).
 * This pool lends the session to one query runner at a time: callers queue until the
 * previous holder releases it.
 */
export function createExclusivePgliteDriver(dataDir: string): { Pool: unknown } {
  // The constructor stores the PGlite options (data dir, boolean serialiser) for the shared instance.
  new PGliteDriver({ dataDir, parsers: { [DATE_OID]: (value: string) => value } });

  class ExclusivePGlitePool extends PGlitePool {
    override async connect(callback: ConnectCallback): Promise<void> {
      const unlock = await mutex.acquire();
      let released = false;
      const release = () => {
        if (!released) {
          released = true;
          unlock();
        }
      };
      await super.connect((err, client) => {
        if (err) release();
        callback(err, client, release);
      });
    }
  }
  return { Pool: ExclusivePGlitePool };
}

/** Closes the process-wide PGlite instance (TypeORM's destroy does not always reach it). */
export async function closeEmbeddedDatabase(): Promise<void> {
  await PGliteInstance.close();
}
