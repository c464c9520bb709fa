import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, rate limits, content, study settings, card states, the review log and mastery history. */
export class ReviewEngine1763870400000 implements MigrationInterface {
  name = 'ReviewEngine1763870400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('student', 'instructor')),
        instructor_verified boolean NOT NULL DEFAULT false,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email))`);

    await q.query(`
      CREATE TABLE sessions (
        id text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        user_agent text,
        ip text
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);

    await q.query(`
      CREATE TABLE rate_limits (
        key text PRIMARY KEY,
        hits integer NOT NULL,
        reset_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE decks (
        id text PRIMARY KEY,
        parent_id text REFERENCES decks(id),
        title text NOT NULL,
        description text NOT NULL,
        position integer NOT NULL,
        built_in boolean NOT NULL DEFAULT true,
        retired_at timestamptz
      )`);

    await q.query(`
      CREATE TABLE cards (
        id text PRIMARY KEY,
        deck_id text NOT NULL REFERENCES decks(id),
        type text NOT NULL,
        roots text[] NOT NULL,
        content jsonb NOT NULL,
        content_hash text NOT NULL,
        position integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        retired_at timestamptz
      )`);
    await q.query(`CREATE INDEX cards_deck_idx ON cards (deck_id)`);

    await q.query(`
      CREATE TABLE learner_decks (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        deck_id text NOT NULL REFERENCES decks(id),
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, deck_id)
      )`);

    await q.query(`
      CREATE TABLE study_settings (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        desired_retention numeric(4, 3) NOT NULL DEFAULT 0.9,
        new_per_day integer NOT NULL DEFAULT 20,
        reviews_per_day integer NOT NULL DEFAULT 200,
        learning_steps text[] NOT NULL DEFAULT ARRAY['1m', '10m'],
        relearning_steps text[] NOT NULL DEFAULT ARRAY['10m'],
        time_zone text NOT NULL DEFAULT 'UTC',
        day_start_hour integer NOT NULL DEFAULT 4,
        suspend_leeches boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE card_states (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        card_id text NOT NULL REFERENCES cards(id),
        due timestamptz NOT NULL,
        stability double precision NOT NULL,
        difficulty double precision NOT NULL,
        elapsed_days integer NOT NULL,
        scheduled_days integer NOT NULL,
        learning_steps integer NOT NULL,
        reps integer NOT NULL,
        lapses integer NOT NULL,
        state smallint NOT NULL,
        last_review timestamptz,
        suspended boolean NOT NULL DEFAULT false,
        buried_until timestamptz,
        leech boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, card_id)
      )`);
    await q.query(`CREATE INDEX card_states_user_due_idx ON card_states (user_id, due)`);

    await q.query(`
      CREATE TABLE review_logs (
        id bigserial PRIMARY KEY,
        review_id uuid NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        card_id text NOT NULL REFERENCES cards(id),
        rating smallint NOT NULL,
        state smallint NOT NULL,
        due timestamptz NOT NULL,
        stability double precision NOT NULL,
        difficulty double precision NOT NULL,
        elapsed_days integer NOT NULL,
        last_elapsed_days integer NOT NULL,
        scheduled_days integer NOT NULL,
        learning_steps integer NOT NULL,
        reviewed_at timestamptz NOT NULL,
        study_date date NOT NULL,
        duration_ms integer NOT NULL,
        answer jsonb,
        correct boolean,
        partial boolean,
        flags_before jsonb NOT NULL,
        state_after jsonb NOT NULL,
        version_after integer NOT NULL,
        response jsonb NOT NULL,
        undone_at timestamptz
      )`);
    await q.query(`CREATE INDEX review_logs_user_time_idx ON review_logs (user_id, reviewed_at DESC)`);
    await q.query(`CREATE INDEX review_logs_user_date_idx ON review_logs (user_id, study_date)`);
    await q.query(`CREATE INDEX review_logs_card_idx ON review_logs (card_id)`);

    await q.query(`
      CREATE TABLE mastery_daily (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        root text NOT NULL,
        day date NOT NULL,
        mastery double precision NOT NULL,
        coverage double precision NOT NULL,
        recall double precision NOT NULL,
        seen integer NOT NULL,
        total integer NOT NULL,
        PRIMARY KEY (user_id, root, day)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'mastery_daily',
      'review_logs',
      'card_states',
      'study_settings',
      'learner_decks',
      'cards',
      'decks',
      'rate_limits',
      'sessions',
      'users',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
