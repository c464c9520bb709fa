import { Injectable } from '@nestjs/common';
import { queryRows } from '../common/sql';
import type { EntityManager } from 'typeorm';

/** The decks a learner studies on their own (cohort assignments add more). */
@Injectable()
export class LearnerDecksRepository {
  /** Several learners' own deck ids, each list in the bank's deck order. */
  async deckIdsFor(m: EntityManager, userIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { user_id: string; deck_id: string }[] = await m.query(
      `SELECT ld.user_id, ld.deck_id FROM learner_decks ld JOIN decks d ON d.id = ld.deck_id
        WHERE ld.user_id = ANY($1::uuid[]) AND d.retired_at IS NULL ORDER BY ld.user_id, d.position`,
      [userIds],
    );
    const out = new Map(userIds.map((id) => [id, [] as string[]]));
    for (const r of rows) out.get(r.user_id)?.push(r.deck_id);
    return out;
  }

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
