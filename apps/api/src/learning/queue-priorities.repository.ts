import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Unseen cards a learner's queue introduces first (cards they missed in an exam). */
@Injectable()
export class QueuePrioritiesRepository {
  async add(m: EntityManager, userId: string, cardIds: string[], at: Date): Promise<void> {
    if (cardIds.length === 0) return;
    await m.query(
      `INSERT INTO queue_priorities (user_id, card_id, added_at) SELECT $1, unnest($2::text[]), $3 ON CONFLICT DO NOTHING`,
      [userId, cardIds, at],
    );
  }

  async list(m: EntityManager, userId: string): Promise<Set<string>> {
    const rows: { card_id: string }[] = await m.query(`SELECT card_id FROM queue_priorities WHERE user_id = $1`, [userId]);
    return new Set(rows.map((r) => r.card_id));
  }

  async remove(m: EntityManager, userId: string, cardId: string): Promise<void> {
    await m.query(`DELETE FROM queue_priorities WHERE user_id = $1 AND card_id = $2`, [userId, cardId]);
  }
}
