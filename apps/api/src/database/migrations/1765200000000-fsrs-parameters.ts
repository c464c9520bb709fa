import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-learner FSRS-6 weights (null: the defaults) and the history of every fit attempt: on how
 * many reviews, when, the log loss on the learner's later reviews before and after, and whether
 * the new weights were kept. Also asks for the daily mastery series to be rebuilt from the review
 * log, because mastery is now durable knowledge (recall 30 days ahead) rather than recall now:
 * the rebuild job picks the request up once the API runs.
 */
export class FsrsParameters1765200000000 implements MigrationInterface {
  name = 'FsrsParameters1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE study_settings ADD COLUMN fsrs_weights double precision[] NULL`);
    await q.query(`
      CREATE TABLE fsrs_fits (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        trigger text NOT NULL CHECK (trigger IN ('request', 'sweep')),
        requested_at timestamptz NOT NULL,
        finished_at timestamptz NULL,
        reviews_used integer NOT NULL DEFAULT 0,
        train_items integer NOT NULL DEFAULT 0,
        scored_reviews integer NOT NULL DEFAULT 0,
        log_loss_before double precision NULL,
        log_loss_after double precision NULL,
        weights double precision[] NULL,
        kept boolean NOT NULL DEFAULT false,
        outcome text NULL
      )`);
    await q.query(`CREATE INDEX fsrs_fits_user ON fsrs_fits (user_id, id DESC)`);
    await q.query(`
      CREATE TABLE mastery_rebuilds (
        definition text PRIMARY KEY,
        requested_at timestamptz NOT NULL DEFAULT now(),
        done_at timestamptz NULL
      )`);
    await q.query(`INSERT INTO mastery_rebuilds (definition) VALUES ('durable-recall-30d')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mastery_rebuilds`);
    await q.query(`DROP TABLE fsrs_fits`);
    await q.query(`ALTER TABLE study_settings DROP COLUMN fsrs_weights`);
  }
}
