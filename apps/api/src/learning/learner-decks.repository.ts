import { Injectable } from '@nestjs/common';
import { queryRows } from '../common/sql';
import type { EntityManager } from 'typeorm';

/** The decks a learner studies on their own (cohort assignments add more). */
@Injectable()
export class LearnerDecksRepository {
  async list(m: EntityManager, userId: string): Promise<{ deckId: string; addedAt: Date }[]> {
    const rows: { deck_id: string; added_at: Date }[] = await m.query(
      `SELECT ld.deck_id, ld.added_at FROM learner_decks ld JOIN decks d ON d.id = ld.deck_id
        WHERE ld.user_id = $1 AND d.retired_at IS NULL ORDER BY d.position`,
      [userId],
    );
    return rows.map((r) => ({ deckId: r.deck_id, addedAt: r.added_at }));
  }

  async add(m: EntityManager, userId: string, deckId: string): Promise<void> {
    await m.query(`INSERT INTO learner_decks (user_id, deck_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [userId, deckId]);
  }

  async remove(m: EntityManager, userId: string, deckId: string): Promise<boolean> {
    const rows = await queryRows(m, `DELETE FROM learner_decks WHERE user_id = $1 AND deck_id = $2 RETURNING deck_id`, [
      userId,
      deckId,
    ]);
    return rows.length > 0;
  }
}
