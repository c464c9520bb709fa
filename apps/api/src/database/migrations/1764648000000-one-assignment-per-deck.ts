import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A deck is assigned to a cohort at most once (the assignment is edited instead). Duplicates made
 * before this rule keep the oldest and end the later ones, as removing them in the app would.
 */
export class OneAssignmentPerDeck1764648000000 implements MigrationInterface {
  name = 'OneAssignmentPerDeck1764648000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE assignments a SET removed_at = now()
       WHERE a.removed_at IS NULL
         AND EXISTS (SELECT 1 FROM assignments b
                      WHERE b.cohort_id = a.cohort_id AND b.deck_id = a.deck_id AND b.removed_at IS NULL
                        AND (b.created_at, b.id) < (a.created_at, a.id))`);
    await q.query(`CREATE UNIQUE INDEX assignments_one_per_deck ON assignments (cohort_id, deck_id) WHERE removed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX assignments_one_per_deck`);
  }
}
