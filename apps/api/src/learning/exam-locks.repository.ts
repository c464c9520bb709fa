import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEADLINE_GRACE_MS } from '../core/exams';

/**
 * Cards of exams a learner is taking: their answers stay hidden until the attempt is submitted.
 * An attempt is open while it is not submitted and its deadline (plus the network grace) has not
 * passed: a lapsed attempt locks nothing, even before the deadline job has submitted it.
 */
@Injectable()
export class ExamLocksRepository {
  /** Cards of every open attempt (practice or assigned): out of the review queue, no reveal, no review. */
  async lockedCards(m: EntityManager, userId: string, now: Date): Promise<Set<string>> {
    return this.cards(m, userId, now, false);
  }

  /**
   * Cards of the learner's open attempts at assigned exams: no practice exam may draw them, and
   * no practice report or tutor feedback may show their answers.
   */
  async assignedExamCards(m: EntityManager, userId: string, now: Date): Promise<Set<string>> {
    return this.cards(m, userId, now, true);
  }

  private async cards(m: EntityManager, userId: string, now: Date, assignedOnly: boolean): Promise<Set<string>> {
    const rows: { card_id: string }[] = await m.query(
      `SELECT DISTINCT i.card_id FROM exam_attempt_items i
         JOIN exam_attempts a ON a.id = i.attempt_id
         JOIN exams e ON e.id = a.exam_id
        WHERE a.user_id = $1 AND a.submitted_at IS NULL
          AND (a.deadline_at IS NULL OR a.deadline_at + make_interval(secs => $3) >= $2)
          AND (NOT $4 OR e.kind = 'assigned')`,
      [userId, now, DEADLINE_GRACE_MS / 1000, assignedOnly],
    );
    return new Set(rows.map((r) => r.card_id));
  }
}
