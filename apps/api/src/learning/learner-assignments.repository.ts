import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface LearnerAssignment {
  id: string;
  cohortId: string;
  cohortName: string;
  deckId: string;
  startDate: string;
  newPerDay: number;
  targetDate: string | null;
}

/** The deck assignments that reach a learner: active ones, of unarchived cohorts they still belong to. */
@Injectable()
export class LearnerAssignmentsRepository {
  async forLearner(m: EntityManager, userId: string): Promise<LearnerAssignment[]> {
    return (await this.forLearners(m, [userId])).get(userId) ?? [];
  }

  /** The assignments reaching each of several learners, each list by start date, then creation. */
  async forLearners(m: EntityManager, userIds: readonly string[]): Promise<Map<string, LearnerAssignment[]>> {
    const rows: {
      user_id: string;
      id: string;
      cohort_id: string;
      cohort_name: string;
      deck_id: string;
      start_date: string;
      new_per_day: number;
      target_date: string | null;
    }[] = await m.query(
      `SELECT cm.user_id, a.id, a.cohort_id, c.name AS cohort_name, a.deck_id, to_char(a.start_date, 'YYYY-MM-DD') AS start_date,
              a.new_per_day, to_char(a.target_date, 'YYYY-MM-DD') AS target_date
           FROM assignments a
           JOIN cohorts c ON c.id = a.cohort_id AND c.archived_at IS NULL
           JOIN cohort_members cm ON cm.cohort_id = a.cohort_id AND cm.user_id = ANY($1::uuid[]) AND cm.left_at IS NULL
          WHERE a.removed_at IS NULL ORDER BY cm.user_id, a.start_date, a.created_at`,
      [userIds],
    );
    const out = new Map(userIds.map((id) => [id, [] as LearnerAssignment[]]));
    for (const r of rows)
      out.get(r.user_id)?.push({
        id: r.id,
        cohortId: r.cohort_id,
        cohortName: r.cohort_name,
        deckId: r.deck_id,
        startDate: r.start_date,
        newPerDay: Number(r.new_per_day),
        targetDate: r.target_date,
      });
    return out;
  }
}
