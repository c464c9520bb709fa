import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEADLINE_GRACE_MS } from '../core/exams';
import type { MasteryChange } from '../core/mastery';
import type { Schedule } from '../core/scheduler';
import { studyDate } from '../core/study-day';
import { preparedRows, type PreparedStatement } from '../common/sql';
import { scheduleValues, toStateRecord, type CardFlags, type CardStateRecord } from './card-states.repository';
import type { NewReviewLog } from './review-logs.repository';
import { settingsFromRow, type StudySettings } from './study-settings.repository';

/** Everything a review needs to know before it is applied, read in one round trip. */
export interface ReviewContext {
  /** The learner's own decks (not retired) and the decks assigned to their cohorts. */
  deckIds: string[];
  /** The card is in an exam attempt the learner has open. */
  lockedByExam: boolean;
  settings: StudySettings;
  /** The learner's state of the card; null if they never touched it. */
  state: CardStateRecord | null;
  /** A review already stored under this reviewId (by anyone). */
  earlier: { userId: string; cardId: string; response: unknown } | null;
  /** The last date of the learner's daily mastery series (every stored date holds every root). */
  lastMasteryDate: string | null;
  /** The number of cards stored for each of the card's roots on that date (to check it still holds). */
  masteryTotals: Record<string, number>;
  /**
   * The learner's cohort exam dates as study dates (assignment target dates, assigned exams'
   * opening dates), past ones included: core/exam-date.ts `learnerExam` picks the one that counts.
   */
  cohortExamDates: { date: string }[];
}

/** The writes of one review, done by one statement: all of it or nothing. */
export interface ReviewWrite {
  userId: string;
  cardId: string;
  /** The version the state was read at (0 and `insert` for a card never touched). */
  expectedVersion: number;
  insert: boolean;
  schedule: Schedule;
  flags: CardFlags;
  log: NewReviewLog;
  /** For the day's activity (its date and duration are the log row's). */
  recalled: boolean;
  /** Today's stored mastery rows of these roots move by the review's change (none: left as they are). */
  mastery: { roots: readonly string[]; change: MasteryChange };
  now: Date;
}

/** An open attempt holds the card: not submitted, and its deadline (plus the network grace) not passed. */
const OPEN_EXAM_HOLDS_CARD = (user: string, card: string, now: string, grace: string) => `EXISTS (
  SELECT 1 FROM exam_attempt_items i JOIN exam_attempts a ON a.id = i.attempt_id
   WHERE a.user_id = ${user} AND i.card_id = ${card} AND a.submitted_at IS NULL
     AND (a.deadline_at IS NULL OR a.deadline_at + make_interval(secs => ${grace}) >= ${now}))`;

export /** The learner's live cohorts: unarchived, and they have not left them. */
const LEARNER_COHORT = (table: string) => `JOIN cohorts c ON c.id = ${table}.cohort_id AND c.archived_at IS NULL
  JOIN cohort_members cm ON cm.cohort_id = ${table}.cohort_id AND cm.user_id = $1 AND cm.left_at IS NULL`;

/** The last date of the learner's daily mastery series (every stored date holds every root, L1 included). */
const LAST_MASTERY_DAY = `(SELECT max(day) FROM mastery_daily WHERE user_id = $1 AND root = 'L1')`;

const CONTEXT: PreparedStatement = {
  name: 'review-context',
  text: `
SELECT
  ARRAY(SELECT ld.deck_id FROM learner_decks ld JOIN decks d ON d.id = ld.deck_id
         WHERE ld.user_id = $1 AND d.retired_at IS NULL
        UNION
        SELECT a.deck_id FROM assignments a ${LEARNER_COHORT('a')} WHERE a.removed_at IS NULL) AS deck_ids,
  (SELECT coalesce(jsonb_agg(to_char(a.target_date, 'YYYY-MM-DD')), '[]'::jsonb) FROM assignments a ${LEARNER_COHORT('a')}
    WHERE a.removed_at IS NULL AND a.target_date IS NOT NULL) AS assignment_targets,
  (SELECT coalesce(jsonb_agg(e.opens_at), '[]'::jsonb) FROM exams e ${LEARNER_COHORT('e')}
    WHERE e.kind = 'assigned' AND e.opens_at IS NOT NULL) AS exam_openings,
  ${OPEN_EXAM_HOLDS_CARD('$1', '$2', '$4', '$5')} AS locked,
  (SELECT to_jsonb(s) FROM study_settings s WHERE s.user_id = $1) AS settings,
  (SELECT to_jsonb(cs) FROM card_states cs WHERE cs.user_id = $1 AND cs.card_id = $2) AS state,
  (SELECT jsonb_build_object('user_id', r.user_id, 'card_id', r.card_id, 'response', r.response)
     FROM review_logs r WHERE r.review_id = $3) AS earlier,
  (SELECT to_char(${LAST_MASTERY_DAY}, 'YYYY-MM-DD')) AS last_mastery_date,
  (SELECT coalesce(jsonb_object_agg(d.root, d.total), '{}'::jsonb) FROM mastery_daily d
    WHERE d.user_id = $1 AND d.root = ANY($6::text[]) AND d.day = ${LAST_MASTERY_DAY}) AS mastery_totals`,
};

const STATE_VALUES = `$3::timestamptz, $4::float8, $5::float8, $6::int, $7::int, $8::int, $9::int, $10::int, $11::smallint,
  $12::timestamptz, $13::boolean, $14::timestamptz, $15::boolean`;

/** The state write: an update at the version read, or the first row of a card never touched. */
const UPDATE_STATE = `UPDATE card_states SET (due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses,
      state, last_review, suspended, buried_until, leech, version, updated_at) = (${STATE_VALUES}, version + 1, now())
    WHERE user_id = $1 AND card_id = $2 AND version = $16 AND NOT ${OPEN_EXAM_HOLDS_CARD('$1', '$2', '$17', '$18')}
    RETURNING version`;
const INSERT_STATE = `INSERT INTO card_states (user_id, card_id, due, stability, difficulty, elapsed_days, scheduled_days,
      learning_steps, reps, lapses, state, last_review, suspended, buried_until, leech, version)
    SELECT $1, $2, ${STATE_VALUES}, $16::int + 1 WHERE NOT ${OPEN_EXAM_HOLDS_CARD('$1', '$2', '$17', '$18')}
    ON CONFLICT DO NOTHING RETURNING version`;

/**
 * The rest hangs on the state write: no state row written, nothing else written. The log row is
 * append-only; activity is an upsert of the learner's day; today's mastery rows of the card's roots
 * move by the review's change (a root's mastery is a sum over its cards over their number, kept
 * with four decimals: the roll-up stores each day's end from a full count).
 */
const WRITE_SQL = (state: string) => `
WITH st AS (${state}),
log AS (
  INSERT INTO review_logs (review_id, user_id, card_id, rating, state, due, stability, difficulty, elapsed_days,
    last_elapsed_days, scheduled_days, learning_steps, reviewed_at, study_date, duration_ms, answer, correct, partial,
    flags_before, state_after, version_after, response)
  SELECT $19, $1, $2, $20, $21, $22, $23, $24, $25, $26, $27, $28, $17, $29::date, $30, $31::jsonb, $32, $33, $34::jsonb,
         $35::jsonb, st.version, $36::jsonb FROM st
  RETURNING 1),
activity AS (
  INSERT INTO learner_daily_activity (user_id, day, reviews, recalled, duration_ms)
  SELECT $1, $29::date, 1, $37::int, $30 FROM st
  ON CONFLICT (user_id, day) DO UPDATE SET reviews = learner_daily_activity.reviews + 1,
    recalled = learner_daily_activity.recalled + EXCLUDED.recalled,
    duration_ms = learner_daily_activity.duration_ms + EXCLUDED.duration_ms
  RETURNING 1),
mastery AS (
  UPDATE mastery_daily SET
    mastery = round((greatest(0, mastery * total + $38::float8) / total)::numeric, 4),
    recall = CASE WHEN seen + $39::int = 0 THEN 0
                  ELSE round((greatest(0, mastery * total + $38::float8) / (seen + $39::int))::numeric, 4) END,
    coverage = round((seen + $39::int)::numeric / total, 4),
    seen = seen + $39::int
   FROM st
  WHERE user_id = $1 AND day = $29::date AND root = ANY($40::text[]) AND total > 0
  RETURNING 1)
SELECT st.version, (SELECT count(*) FROM log) AS logged FROM st`;

const WRITE_UPDATE: PreparedStatement = { name: 'review-write-update', text: WRITE_SQL(UPDATE_STATE) };
const WRITE_INSERT: PreparedStatement = { name: 'review-write-insert', text: WRITE_SQL(INSERT_STATE) };

/**
 * The review write path at database speed: one query reads what a review must check, one
 * statement writes it (state at the version read, log row, activity, mastery of the card's roots).
 */
@Injectable()
export class ReviewWritesRepository {
  async context(
    m: EntityManager,
    q: { userId: string; cardId: string; reviewId: string; now: Date; masteryRoots: readonly string[] },
  ): Promise<ReviewContext> {
    const [r] = await preparedRows<{
      deck_ids: string[];
      assignment_targets: string[];
      exam_openings: string[];
      locked: boolean;
      settings: Record<string, unknown> | null;
      state: Record<string, unknown> | null;
      earlier: { user_id: string; card_id: string; response: unknown } | null;
      last_mastery_date: string | null;
      mastery_totals: Record<string, number>;
    }>(m, CONTEXT, [q.userId, q.cardId, q.reviewId, q.now, DEADLINE_GRACE_MS / 1000, q.masteryRoots]);
    const settings = settingsFromRow(r!.settings ?? undefined);
    return {
      deckIds: r!.deck_ids,
      lockedByExam: r!.locked,
      settings,
      state: r!.state ? toStateRecord(r!.state as unknown as Parameters<typeof toStateRecord>[0]) : null,
      earlier: r!.earlier ? { userId: r!.earlier.user_id, cardId: r!.earlier.card_id, response: r!.earlier.response } : null,
      lastMasteryDate: r!.last_mastery_date,
      masteryTotals: r!.mastery_totals,
      cohortExamDates: [
        ...r!.assignment_targets.map((date) => ({ date })),
        ...r!.exam_openings.map((opensAt) => ({ date: studyDate(new Date(opensAt), settings) })),
      ],
    };
  }

  /**
   * Writes the review if the state is still at the version read and no open exam holds the card;
   * returns the new version, or null if nothing was written (the caller reads again to say why).
   * A reviewId stored meanwhile makes it throw a unique violation, with nothing written.
   */
  async apply(m: EntityManager, w: ReviewWrite): Promise<number | null> {
    const l = w.log;
    const rows = await preparedRows<{ version: number }>(m, w.insert ? WRITE_INSERT : WRITE_UPDATE, [
      w.userId,
      w.cardId,
      ...scheduleValues(w.schedule),
      w.flags.suspended,
      w.flags.buriedUntil,
      w.flags.leech,
      w.expectedVersion,
      w.now,
      DEADLINE_GRACE_MS / 1000,
      l.reviewId,
      l.log.rating,
      l.log.state,
      l.log.due,
      l.log.stability,
      l.log.difficulty,
      l.log.elapsedDays,
      l.log.lastElapsedDays,
      l.log.scheduledDays,
      l.log.learningSteps,
      l.studyDate,
      l.durationMs,
      l.answer === undefined || l.answer === null ? null : JSON.stringify(l.answer),
      l.correct,
      l.partial,
      JSON.stringify(l.flagsBefore),
      JSON.stringify(l.stateAfter),
      JSON.stringify(l.response),
      w.recalled ? 1 : 0,
      w.mastery.change.durability,
      w.mastery.change.newlySeen ? 1 : 0,
      w.mastery.roots,
    ]);
    return rows[0] ? Number(rows[0].version) : null;
  }
}
