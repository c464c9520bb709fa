import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Cards of exams a learner is taking: their answers stay hidden until the attempt is submitted. */
@Injectable()
export class ExamLocksRepository {
  async lockedCards(m: EntityManager, userId: string): Promise<Set<string>> {
    const rows: { card_id: string }[] = await m.query(
      `SELECT DISTINCT i.card_id FROM exam_attempt_items i JOIN exam_attempts a ON a.id = i.attempt_id
        WHERE a.user_id = $1 AND a.submitted_at IS NULL`,
      [userId],
    );
    return new Set(rows.map((r) => r.card_id));
  }
}
