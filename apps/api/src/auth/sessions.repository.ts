import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { preparedRows, type PreparedStatement } from '../common/sql';
import type { Role } from './users.repository';

export interface SessionUser {
  sessionId: string;
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  instructorVerified: boolean;
  expiresAt: Date;
  lastSeenAt: Date;
}

/** Only a hash of the cookie's token is stored, so a leaked table cannot be replayed. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Every authenticated request runs it: prepared once per connection. */
const ACTIVE_SESSION: PreparedStatement = {
  name: 'active-session',
  text: `SELECT s.id, s.user_id, s.expires_at, s.last_seen_at, u.email, u.display_name, u.role, u.instructor_verified
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.id = $1 AND s.expires_at > $2`,
};

@Injectable()
export class SessionsRepository {
  async create(
    m: EntityManager,
    s: { token: string; userId: string; expiresAt: Date; userAgent?: string; ip?: string },
  ): Promise<void> {
    await m.query(`INSERT INTO sessions (id, user_id, expires_at, user_agent, ip) VALUES ($1, $2, $3, $4, $5)`, [
      sessionIdOf(s.token),
      s.userId,
      s.expiresAt,
      s.userAgent?.slice(0, 300) ?? null,
      s.ip ?? null,
    ]);
  }

  async findActive(m: EntityManager, token: string, now: Date): Promise<SessionUser | null> {
    const rows: {
      id: string;
      user_id: string;
      email: string;
      display_name: string;
      role: Role;
      instructor_verified: boolean;
      expires_at: Date;
      last_seen_at: Date;
    }[] = await preparedRows(m, ACTIVE_SESSION, [sessionIdOf(token), now]);
    const r = rows[0];
    if (!r) return null;
    return {
      sessionId: r.id,
      userId: r.user_id,
      email: r.email,
      displayName: r.display_name,
      role: r.role,
      instructorVerified: r.instructor_verified,
      expiresAt: r.expires_at,
      lastSeenAt: r.last_seen_at,
    };
  }

  async touch(m: EntityManager, sessionId: string, now: Date, expiresAt: Date): Promise<void> {
    await m.query(`UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE id = $1`, [sessionId, now, expiresAt]);
  }

  async delete(m: EntityManager, token: string): Promise<void> {
    await m.query(`DELETE FROM sessions WHERE id = $1`, [sessionIdOf(token)]);
  }

  async deleteExpired(m: EntityManager, now: Date): Promise<void> {
    await m.query(`DELETE FROM sessions WHERE expires_at <= $1`, [now]);
  }
}
