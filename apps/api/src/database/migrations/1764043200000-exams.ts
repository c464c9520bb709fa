import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Practice and assigned exams, attempts and their answers, and cards a learner's queue brings forward. */
export class Exams1764043200000 implements MigrationInterface {
  name = 'Exams1764043200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE exams (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('practice', 'assigned')),
        owner_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        cohort_id uuid REFERENCES cohorts(id) ON DELETE CASCADE,
        title text NOT NULL,
        deck_id text NOT NULL REFERENCES decks(id),
        card_types text[] NOT NULL,
        card_ids text[],
        question_count integer NOT NULL CHECK (question_count > 0),
        time_limit_seconds integer CHECK (time_limit_seconds IS NULL OR time_limit_seconds > 0),
        tutor_mode boolean NOT NULL DEFAULT false,
        opens_at timestamptz,
        closes_at timestamptz,
        attempts_allowed integer NOT NULL DEFAULT 1 CHECK (attempts_allowed > 0),
        results_visibility text NOT NULL DEFAULT 'at-submission' CHECK (results_visibility IN ('at-submission', 'after-close')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind = 'practice' OR cohort_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX exams_cohort_idx ON exams (cohort_id)`);
    await q.query(`CREATE INDEX exams_owner_idx ON exams (owner_id)`);

    await q.query(`
      CREATE TABLE exam_accommodations (
        exam_id uuid NOT NULL REFERENCES exams(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        extra_time_percent integer NOT NULL CHECK (extra_time_percent BETWEEN 0 AND 400),
        PRIMARY KEY (exam_id, user_id)
      )`);

    await q.query(`
      CREATE TABLE exam_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        exam_id uuid NOT NULL REFERENCES exams(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        attempt_number integer NOT NULL,
        started_at timestamptz NOT NULL,
        deadline_at timestamptz,
        submitted_at timestamptz,
        auto_submitted boolean NOT NULL DEFAULT false,
        score double precision,
        max_score integer NOT NULL,
        UNIQUE (exam_id, user_id, attempt_number)
      )`);
    await q.query(`CREATE UNIQUE INDEX exam_attempts_one_open ON exam_attempts (exam_id, user_id) WHERE submitted_at IS NULL`);
    await q.query(`CREATE INDEX exam_attempts_user_idx ON exam_attempts (user_id)`);

    await q.query(`
      CREATE TABLE exam_attempt_items (
        attempt_id uuid NOT NULL REFERENCES exam_attempts(id) ON DELETE CASCADE,
        position integer NOT NULL,
        card_id text NOT NULL REFERENCES cards(id),
        answer jsonb,
        answered_at timestamptz,
        correct boolean,
        partial boolean,
        flagged boolean NOT NULL DEFAULT false,
        PRIMARY KEY (attempt_id, position)
      )`);

    await q.query(`
      CREATE TABLE queue_priorities (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        card_id text NOT NULL REFERENCES cards(id),
        added_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, card_id)
      )`);
    await q.query(`ALTER TABLE study_settings ADD COLUMN exam_misses_first boolean NOT NULL DEFAULT true`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE study_settings DROP COLUMN exam_misses_first`);
    for (const table of ['queue_priorities', 'exam_attempt_items', 'exam_attempts', 'exam_accommodations', 'exams'])
      await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
