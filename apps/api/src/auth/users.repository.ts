import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type Role = 'student' | 'instructor';

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  instructorVerified: boolean;
  passwordHash: string;
  createdAt: Date;
}

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  instructor_verified: boolean;
  password_hash: string;
  created_at: Date;
}

const toUser = (r: UserRow): UserRecord => ({
  id: r.id,
  email: r.email,
  displayName: r.display_name,
  role: r.role,
  instructorVerified: r.instructor_verified,
  passwordHash: r.password_hash,
  createdAt: r.created_at,
});

@Injectable()
export class UsersRepository {
  async create(
    m: EntityManager,
    user: { email: string; displayName: string; role: Role; passwordHash: string; instructorVerified?: boolean },
  ): Promise<UserRecord> {
    const rows: UserRow[] = await m.query(
      `INSERT INTO users (email, display_name, role, password_hash, instructor_verified)
       VALUES ($1, $2, $3, $4, $5) RETURNING *`,
      [user.email, user.displayName, user.role, user.passwordHash, user.instructorVerified ?? false],
    );
    return toUser(rows[0] as UserRow);
  }

  /** E-mail addresses match regardless of case. */
  async findByEmail(m: EntityManager, email: string): Promise<UserRecord | null> {
    const rows: UserRow[] = await m.query(`SELECT * FROM users WHERE lower(email) = lower($1)`, [email]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  async findById(m: EntityManager, id: string): Promise<UserRecord | null> {
    const rows: UserRow[] = await m.query(`SELECT * FROM users WHERE id = $1`, [id]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  async count(m: EntityManager): Promise<number> {
    const rows: { n: string }[] = await m.query(`SELECT count(*) AS n FROM users`);
    return Number(rows[0]?.n ?? 0);
  }
}
