import { ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerStorage, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import type { Request, Response } from 'express';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Throttler names. Attempts are counted per client address (any account), per account from one
 * address (what one attacker can reach: it locks the account for that address only), and per
 * account from everywhere, with a higher, slower ceiling (a distributed guess).
 */
export const BY_ADDRESS = 'address';
export const BY_ACCOUNT_AND_ADDRESS = 'account-address';
export const BY_ACCOUNT = 'account';

export function accountTracker(req: Record<string, unknown>): string {
  const email = (req.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : '(none)';
}

export function addressTracker(req: Record<string, unknown>): string {
  return String((req as unknown as Request).ip ?? 'unknown');
}

export function accountAndAddressTracker(req: Record<string, unknown>): string {
  return `${accountTracker(req)} from ${addressTracker(req)}`;
}

/**
 * Rate-limit counters live in PostgreSQL, not in process memory, so that every API instance
 * sees the same counts. A fixed window per key: the first hit opens it, hits past the limit
 * are refused until it closes.
 */
@Injectable()
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly dataSource: DataSource) {}

  async increment(
    key: string,
    ttlMs: number,
    limit: number,
    _blockDurationMs: number,
    name: string,
  ): Promise<ThrottlerStorageRecord> {
    const rows: { hits: number; seconds_left: string }[] = await this.dataSource.query(
      `INSERT INTO rate_limits (key, hits, reset_at) VALUES ($1, 1, now() + make_interval(secs => $2))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limits.reset_at <= now() THEN 1 ELSE rate_limits.hits + 1 END,
         reset_at = CASE WHEN rate_limits.reset_at <= now() THEN EXCLUDED.reset_at ELSE rate_limits.reset_at END
       RETURNING hits, ceil(extract(epoch FROM reset_at - now())) AS seconds_left`,
      [`${name}:${key}`, ttlMs / 1000],
    );
    const hits = Number(rows[0]?.hits ?? 1);
    const secondsLeft = Math.max(1, Number(rows[0]?.seconds_left ?? 1));
    const isBlocked = hits > limit;
    return { totalHits: hits, timeToExpire: secondsLeft, isBlocked, timeToBlockExpire: isBlocked ? secondsLeft : 0 };
  }

  /** Rows whose window has closed count nothing any more (the purge job deletes them). */
  async deleteClosedWindows(m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM rate_limits WHERE reset_at <= now()`);
  }
}

/** Refuses with 429 and a plain Retry-After header (seconds) once a limit is reached. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const res = context.switchToHttp().getResponse<Response>();
    res.setHeader('Retry-After', String(detail.timeToBlockExpire));
    const what = detail.tracker.includes(' from ')
      ? 'for this account from this address'
      : detail.tracker.includes('@')
        ? 'for this account'
        : 'from this address';
    throw new HttpException(
      `Too many attempts ${what}. Try again in ${detail.timeToBlockExpire} seconds.`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
