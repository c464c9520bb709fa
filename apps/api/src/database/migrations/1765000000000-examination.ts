import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Virtual sensory examinations: one row per examination of a simulated patient (an examination-case
 * card, met in review or as an exam question), and its probes and tests, kept append-only in the
 * order they were made. The hidden lesion is never stored here before submission: it follows from
 * the card; the submitted answer and its grade are stored once, when the learner commits.
 */
export class Examination1765000000000 implements MigrationInterface {
  name = 'Examination1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE examinations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        card_id text NOT NULL REFERENCES cards(id),
        context text NOT NULL CHECK (context IN ('review', 'exam')),
        attempt_id uuid REFERENCES exam_attempts(id) ON DELETE CASCADE,
        position integer,
        seed integer NOT NULL,
        started_at timestamptz NOT NULL,
        submitted_at timestamptz,
        answer jsonb,
        truth_lesion text,
        truth_side text,
        answer_lesion text,
        answer_side text,
        correct boolean,
        partial boolean,
        result jsonb,
        CHECK ((context = 'exam') = (attempt_id IS NOT NULL AND position IS NOT NULL)),
        CHECK ((submitted_at IS NULL) = (result IS NULL))
      )`);
    await q.query(`CREATE INDEX examinations_user_card_idx ON examinations (user_id, card_id, started_at)`);
    await q.query(
      `CREATE UNIQUE INDEX examinations_one_open_review ON examinations (user_id, card_id) WHERE context = 'review' AND submitted_at IS NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX examinations_one_per_exam_item ON examinations (attempt_id, position) WHERE context = 'exam'`,
    );
    await q.query(`
      CREATE TABLE examination_steps (
        examination_id uuid NOT NULL REFERENCES examinations(id) ON DELETE CASCADE,
        seq integer NOT NULL CHECK (seq > 0),
        kind text NOT NULL CHECK (kind IN ('probe', 'test')),
        request jsonb NOT NULL,
        response jsonb NOT NULL,
        made_at timestamptz NOT NULL,
        PRIMARY KEY (examination_id, seq)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE examination_steps`);
    await q.query(`DROP TABLE examinations`);
  }
}
