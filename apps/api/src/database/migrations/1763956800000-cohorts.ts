import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Cohorts, their members and deck assignments, and a per-learner daily activity roll-up. */
export class Cohorts1763956800000 implements MigrationInterface {
  name = 'Cohorts1763956800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cohorts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES users(id),
        name text NOT NULL,
        join_code text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz
      )`);
    await q.query(`CREATE INDEX cohorts_owner_idx ON cohorts (owner_id)`);

    await q.query(`
      CREATE TABLE cohort_members (
        cohort_id uuid NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        joined_at timestamptz NOT NULL DEFAULT now(),
        left_at timestamptz,
        removed_by_instructor boolean NOT NULL DEFAULT false,
        PRIMARY KEY (cohort_id, user_id)
      )`);
    await q.query(`CREATE INDEX cohort_members_user_idx ON cohort_members (user_id)`);

    await q.query(`
      CREATE TABLE assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        deck_id text NOT NULL REFERENCES decks(id),
        start_date date NOT NULL,
        new_per_day integer NOT NULL CHECK (new_per_day > 0),
        target_date date,
        created_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz
      )`);
    await q.query(`CREATE INDEX assignments_cohort_idx ON assignments (cohort_id)`);

    await q.query(`
      CREATE TABLE learner_daily_activity (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        day date NOT NULL,
        reviews integer NOT NULL,
        recalled integer NOT NULL,
        duration_ms bigint NOT NULL,
        PRIMARY KEY (user_id, day)
      )`);
    // Reviews before this migration: roll them up once.
    await q.query(`
      INSERT INTO learner_daily_activity (user_id, day, reviews, recalled, duration_ms)
      SELECT user_id, study_date, count(*), count(*) FILTER (WHERE rating > 1), coalesce(sum(duration_ms), 0)
        FROM review_logs WHERE undone_at IS NULL GROUP BY user_id, study_date`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['learner_daily_activity', 'assignments', 'cohort_members', 'cohorts'])
      await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
