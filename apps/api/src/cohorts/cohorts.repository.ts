import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../common/sql';

export interface CohortRecord {
  id: string;
  ownerId: string;
  ownerName: string;
  name: string;
  joinCode: string;
  createdAt: Date;
  archivedAt: Date | null;
  memberCount: number;
}

export interface MemberRecord {
  userId: string;
  displayName: string;
  email: string;
  joinedAt: Date;
}

export interface AssignmentRecord {
  id: string;
  cohortId: string;
  deckId: string;
  startDate: string;
  newPerDay: number;
  targetDate: string | null;
  createdAt: Date;
}

const COHORT_SELECT = `
  SELECT c.id, c.owner_id, u.display_name AS owner_name, c.name, c.join_code, c.created_at, c.archived_at,
         (SELECT count(*) FROM cohort_members cm WHERE cm.cohort_id = c.id AND cm.left_at IS NULL) AS member_count
    FROM cohorts c JOIN users u ON u.id = c.owner_id`;

function toCohort(r: Record<string, unknown>): CohortRecord {
  return {
    id: String(r.id),
    ownerId: String(r.owner_id),
    ownerName: String(r.owner_name),
    name: String(r.name),
    joinCode: String(r.join_code),
    createdAt: new Date(r.created_at as string),
    archivedAt: r.archived_at ? new Date(r.archived_at as string) : null,
    memberCount: Number(r.member_count),
  };
}

export function toAssignment(r: Record<string, unknown>): AssignmentRecord {
  return {
    id: String(r.id),
    cohortId: String(r.cohort_id),
    deckId: String(r.deck_id),
    startDate: String(r.start_date),
    newPerDay: Number(r.new_per_day),
    targetDate: r.target_date ? String(r.target_date) : null,
    createdAt: new Date(r.created_at as string),
  };
}

@Injectable()
export class CohortsRepository {
  async create(m: EntityManager, ownerId: string, name: string, joinCode: string, now: Date): Promise<string> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO cohorts (owner_id, name, join_code, created_at) VALUES ($1, $2, $3, $4) RETURNING id`,
      [ownerId, name, joinCode, now],
    );
    return rows[0]!.id;
  }

  async find(m: EntityManager, id: string): Promise<CohortRecord | null> {
    const rows: Record<string, unknown>[] = await m.query(`${COHORT_SELECT} WHERE c.id = $1`, [id]);
    return rows[0] ? toCohort(rows[0]) : null;
  }

  async findByCode(m: EntityManager, code: string): Promise<CohortRecord | null> {
    const rows: Record<string, unknown>[] = await m.query(`${COHORT_SELECT} WHERE c.join_code = upper($1)`, [code]);
    return rows[0] ? toCohort(rows[0]) : null;
  }

  async listOwned(m: EntityManager, ownerId: string): Promise<CohortRecord[]> {
    const rows: Record<string, unknown>[] = await m.query(
      `${COHORT_SELECT} WHERE c.owner_id = $1 ORDER BY c.archived_at NULLS FIRST, c.created_at DESC`,
      [ownerId],
    );
    return rows.map(toCohort);
  }

  async listJoined(m: EntityManager, userId: string): Promise<CohortRecord[]> {
    const rows: Record<string, unknown>[] = await m.query(
      `${COHORT_SELECT} JOIN cohort_members me ON me.cohort_id = c.id AND me.user_id = $1 AND me.left_at IS NULL ORDER BY c.created_at`,
      [userId],
    );
    return rows.map(toCohort);
  }

  async update(m: EntityManager, id: string, changes: { name?: string; archived?: boolean; joinCode?: string }): Promise<void> {
    if (changes.name !== undefined) await m.query(`UPDATE cohorts SET name = $2 WHERE id = $1`, [id, changes.name]);
    if (changes.archived !== undefined)
      await m.query(
        `UPDATE cohorts SET archived_at = CASE WHEN $2 THEN coalesce(archived_at, now()) ELSE NULL END WHERE id = $1`,
        [id, changes.archived],
      );
    if (changes.joinCode !== undefined) await m.query(`UPDATE cohorts SET join_code = $2 WHERE id = $1`, [id, changes.joinCode]);
  }

  async members(m: EntityManager, cohortId: string): Promise<MemberRecord[]> {
    const rows: { user_id: string; display_name: string; email: string; joined_at: Date }[] = await m.query(
      `SELECT cm.user_id, u.display_name, u.email, cm.joined_at FROM cohort_members cm JOIN users u ON u.id = cm.user_id
        WHERE cm.cohort_id = $1 AND cm.left_at IS NULL ORDER BY lower(u.display_name), u.email`,
      [cohortId],
    );
    return rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, email: r.email, joinedAt: new Date(r.joined_at) }));
  }

  async isMember(m: EntityManager, cohortId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM cohort_members WHERE cohort_id = $1 AND user_id = $2 AND left_at IS NULL`,
      [cohortId, userId],
    );
    return rows.length > 0;
  }

  /** Joins, or re-joins after leaving; a student removed by the instructor cannot re-join by code. */
  async join(m: EntityManager, cohortId: string, userId: string, now: Date): Promise<'joined' | 'already' | 'removed'> {
    const rows: { left_at: Date | null; removed_by_instructor: boolean }[] = await m.query(
      `SELECT left_at, removed_by_instructor FROM cohort_members WHERE cohort_id = $1 AND user_id = $2 FOR UPDATE`,
      [cohortId, userId],
    );
    const existing = rows[0];
    if (existing && existing.left_at === null) return 'already';
    if (existing?.removed_by_instructor) return 'removed';
    await m.query(
      `INSERT INTO cohort_members (cohort_id, user_id, joined_at) VALUES ($1, $2, $3)
       ON CONFLICT (cohort_id, user_id) DO UPDATE SET left_at = NULL, joined_at = EXCLUDED.joined_at, removed_by_instructor = false`,
      [cohortId, userId, now],
    );
    return 'joined';
  }

  async leave(m: EntityManager, cohortId: string, userId: string, byInstructor: boolean, now: Date): Promise<boolean> {
    const rows = await queryRows(
      m,
      `UPDATE cohort_members SET left_at = $4, removed_by_instructor = $3 WHERE cohort_id = $1 AND user_id = $2 AND left_at IS NULL RETURNING user_id`,
      [cohortId, userId, byInstructor, now],
    );
    return rows.length > 0;
  }

  async addAssignment(m: EntityManager, a: Omit<AssignmentRecord, 'id' | 'createdAt'>): Promise<AssignmentRecord> {
    const rows: Record<string, unknown>[] = await m.query(
      `INSERT INTO assignments (cohort_id, deck_id, start_date, new_per_day, target_date) VALUES ($1, $2, $3, $4, $5)
       RETURNING id, cohort_id, deck_id, to_char(start_date, 'YYYY-MM-DD') AS start_date, new_per_day,
                 to_char(target_date, 'YYYY-MM-DD') AS target_date, created_at`,
      [a.cohortId, a.deckId, a.startDate, a.newPerDay, a.targetDate],
    );
    return toAssignment(rows[0]!);
  }

  async assignments(m: EntityManager, cohortIds: string[]): Promise<AssignmentRecord[]> {
    const rows: Record<string, unknown>[] = await m.query(
      `SELECT id, cohort_id, deck_id, to_char(start_date, 'YYYY-MM-DD') AS start_date, new_per_day,
              to_char(target_date, 'YYYY-MM-DD') AS target_date, created_at
         FROM assignments WHERE cohort_id = ANY($1::uuid[]) AND removed_at IS NULL ORDER BY start_date, created_at`,
      [cohortIds],
    );
    return rows.map(toAssignment);
  }

  async activeAssignment(m: EntityManager, cohortId: string, assignmentId: string): Promise<AssignmentRecord | null> {
    const rows: Record<string, unknown>[] = await m.query(
      `SELECT id, cohort_id, deck_id, to_char(start_date, 'YYYY-MM-DD') AS start_date, new_per_day,
              to_char(target_date, 'YYYY-MM-DD') AS target_date, created_at
         FROM assignments WHERE id = $1 AND cohort_id = $2 AND removed_at IS NULL FOR UPDATE`,
      [assignmentId, cohortId],
    );
    return rows[0] ? toAssignment(rows[0]) : null;
  }

  async hasActiveAssignment(m: EntityManager, cohortId: string, deckId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM assignments WHERE cohort_id = $1 AND deck_id = $2 AND removed_at IS NULL`,
      [cohortId, deckId],
    );
    return rows.length > 0;
  }

  async updateAssignment(
    m: EntityManager,
    id: string,
    a: Pick<AssignmentRecord, 'startDate' | 'newPerDay' | 'targetDate'>,
  ): Promise<AssignmentRecord> {
    const rows = await queryRows<Record<string, unknown>>(
      m,
      `UPDATE assignments SET start_date = $2, new_per_day = $3, target_date = $4 WHERE id = $1
       RETURNING id, cohort_id, deck_id, to_char(start_date, 'YYYY-MM-DD') AS start_date, new_per_day,
                 to_char(target_date, 'YYYY-MM-DD') AS target_date, created_at`,
      [id, a.startDate, a.newPerDay, a.targetDate],
    );
    return toAssignment(rows[0]!);
  }

  async removeAssignment(m: EntityManager, cohortId: string, assignmentId: string): Promise<boolean> {
    const rows = await queryRows(
      m,
      `UPDATE assignments SET removed_at = now() WHERE id = $1 AND cohort_id = $2 AND removed_at IS NULL RETURNING id`,
      [assignmentId, cohortId],
    );
    return rows.length > 0;
  }
}
