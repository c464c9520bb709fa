import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Rating, Schedule, ScheduleLog } from '../core/scheduler';
import type { CardFlags } from './card-states.repository';

/** One row of the append-only review log. Undo marks a row; nothing is ever deleted. */
export interface ReviewLogRecord {
  id: number;
  reviewId: string;
  userId: string;
  cardId: string;
  log: ScheduleLog;
  reviewedAt: Date;
  studyDate: string;
  durationMs: number;
  answer: unknown;
  correct: boolean | null;
  partial: boolean | null;
  flagsBefore: CardFlags;
  stateAfter: Schedule;
  versionAfter: number;
  response: unknown;
  undoneAt: Date | null;
}

export type NewReviewLog = Omit<ReviewLogRecord, 'id' | 'undoneAt'>;

/** Dates come back from JSON columns as strings: revive the schedule. */
export function reviveSchedule(raw: Record<string, unknown>): Schedule {
  return {
    ...(raw as unknown as Schedule),
    due: new Date(raw.due as string),
    lastReview: raw.lastReview ? new Date(raw.lastReview as string) : null,
  };
}

function toRecord(r: Record<string, unknown>): ReviewLogRecord {
  const flags = r.flags_before as { suspended: boolean; buriedUntil: string | null; leech: boolean };
  return {
    id: Number(r.id),
    reviewId: String(r.review_id),
    userId: String(r.user_id),
    cardId: String(r.card_id),
    log: {
      rating: Number(r.rating) as Rating,
      state: Number(r.state) as ScheduleLog['state'],
      due: new Date(r.due as string),
      stability: Number(r.stability),
      difficulty: Number(r.difficulty),
      elapsedDays: Number(r.elapsed_days),
      lastElapsedDays: Number(r.last_elapsed_days),
      scheduledDays: Number(r.scheduled_days),
      learningSteps: Number(r.learning_steps),
      review: new Date(r.reviewed_at as string),
    },
    reviewedAt: new Date(r.reviewed_at as string),
    studyDate: typeof r.study_date === 'string' ? r.study_date : (r.study_date as Date).toISOString().slice(0, 10),
    durationMs: Number(r.duration_ms),
    answer: r.answer ?? null,
    correct: (r.correct as boolean | null) ?? null,
    partial: (r.partial as boolean | null) ?? null,
    flagsBefore: {
      suspended: flags.suspended,
      leech: flags.leech,
      buriedUntil: flags.buriedUntil ? new Date(flags.buriedUntil) : null,
    },
    stateAfter: reviveSchedule(r.state_after as Record<string, unknown>),
    versionAfter: Number(r.version_after),
    response: r.response,
    undoneAt: r.undone_at ? new Date(r.undone_at as string) : null,
  };
}

@Injectable()
export class ReviewLogsRepository {
  async findByReviewId(m: EntityManager, reviewId: string): Promise<ReviewLogRecord | null> {
    const rows: Record<string, unknown>[] = await m.query(`SELECT * FROM review_logs WHERE review_id = $1`, [reviewId]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async insert(m: EntityManager, r: NewReviewLog): Promise<void> {
    await m.query(
      `INSERT INTO review_logs (review_id, user_id, card_id, rating, state, due, stability, difficulty, elapsed_days,
         last_elapsed_days, scheduled_days, learning_steps, reviewed_at, study_date, duration_ms, answer, correct, partial,
         flags_before, state_after, version_after, response)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)`,
      [
        r.reviewId,
        r.userId,
        r.cardId,
        r.log.rating,
        r.log.state,
        r.log.due,
        r.log.stability,
        r.log.difficulty,
        r.log.elapsedDays,
        r.log.lastElapsedDays,
        r.log.scheduledDays,
        r.log.learningSteps,
        r.reviewedAt,
        r.studyDate,
        r.durationMs,
        r.answer === undefined || r.answer === null ? null : JSON.stringify(r.answer),
        r.correct,
        r.partial,
        JSON.stringify(r.flagsBefore),
        JSON.stringify(r.stateAfter),
        r.versionAfter,
        JSON.stringify(r.response),
      ],
    );
  }

  /** Bulk insert (demo history, benchmarks): one statement for many rows. */
  async insertMany(m: EntityManager, rows: NewReviewLog[]): Promise<void> {
    if (rows.length === 0) return;
    await m.query(
      `INSERT INTO review_logs (review_id, user_id, card_id, rating, state, due, stability, difficulty, elapsed_days,
         last_elapsed_days, scheduled_days, learning_steps, reviewed_at, study_date, duration_ms, answer, correct, partial,
         flags_before, state_after, version_after, response)
       SELECT x.review_id, x.user_id, x.card_id, x.rating, x.state, x.due, x.stability, x.difficulty, x.elapsed_days,
              x.last_elapsed_days, x.scheduled_days, x.learning_steps, x.reviewed_at, x.study_date::date, x.duration_ms,
              x.answer, x.correct, x.partial, x.flags_before, x.state_after, x.version_after, x.response
         FROM jsonb_to_recordset($1::jsonb) AS x(review_id uuid, user_id uuid, card_id text, rating smallint, state smallint,
              due timestamptz, stability float8, difficulty float8, elapsed_days int, last_elapsed_days int, scheduled_days int,
              learning_steps int, reviewed_at timestamptz, study_date text, duration_ms int, answer jsonb, correct boolean,
              partial boolean, flags_before jsonb, state_after jsonb, version_after int, response jsonb)`,
      [
        JSON.stringify(
          rows.map((r) => ({
            review_id: r.reviewId,
            user_id: r.userId,
            card_id: r.cardId,
            rating: r.log.rating,
            state: r.log.state,
            due: r.log.due,
            stability: r.log.stability,
            difficulty: r.log.difficulty,
            elapsed_days: r.log.elapsedDays,
            last_elapsed_days: r.log.lastElapsedDays,
            scheduled_days: r.log.scheduledDays,
            learning_steps: r.log.learningSteps,
            reviewed_at: r.reviewedAt,
            study_date: r.studyDate,
            duration_ms: r.durationMs,
            answer: r.answer ?? null,
            correct: r.correct,
            partial: r.partial,
            flags_before: r.flagsBefore,
            state_after: r.stateAfter,
            version_after: r.versionAfter,
            response: r.response,
          })),
        ),
      ],
    );
  }

  /** The learner's reviews between two study dates, oldest first (at most `limit`). */
  async list(m: EntityManager, userId: string, from: string, to: string, limit: number): Promise<ReviewLogRecord[]> {
    const rows: Record<string, unknown>[] = await m.query(
      `SELECT * FROM review_logs WHERE user_id = $1 AND study_date BETWEEN $2 AND $3 ORDER BY reviewed_at, id LIMIT $4`,
      [userId, from, to, limit],
    );
    return rows.map(toRecord);
  }

  /** The learner's most recent review that has not been undone. */
  async latestActive(m: EntityManager, userId: string): Promise<ReviewLogRecord | null> {
    const rows: Record<string, unknown>[] = await m.query(
      `SELECT * FROM review_logs WHERE user_id = $1 AND undone_at IS NULL ORDER BY reviewed_at DESC, id DESC LIMIT 1`,
      [userId],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async markUndone(m: EntityManager, id: number, at: Date): Promise<void> {
    await m.query(`UPDATE review_logs SET undone_at = $2 WHERE id = $1`, [id, at]);
  }

  /** Reviews on a study date that count against the daily limits: new cards introduced and reviews done. */
  async limitUsage(m: EntityManager, userId: string, studyDate: string): Promise<{ newIntroduced: number; reviewsDone: number }> {
    const rows: { new_introduced: string; reviews_done: string }[] = await m.query(
      `SELECT count(DISTINCT card_id) FILTER (WHERE state = 0) AS new_introduced,
              count(*) FILTER (WHERE state = 2) AS reviews_done
         FROM review_logs WHERE user_id = $1 AND study_date = $2 AND undone_at IS NULL`,
      [userId, studyDate],
    );
    return { newIntroduced: Number(rows[0]?.new_introduced ?? 0), reviewsDone: Number(rows[0]?.reviews_done ?? 0) };
  }

  /** The schedule each review left behind, in time order: enough to rebuild the mastery history. */
  async activeScheduleTrail(
    m: EntityManager,
    userId: string,
  ): Promise<{ cardId: string; reviewedAt: Date; studyDate: string; stateAfter: Schedule }[]> {
    const rows: { card_id: string; reviewed_at: Date; d: string; state_after: Record<string, unknown> }[] = await m.query(
      `SELECT card_id, reviewed_at, to_char(study_date, 'YYYY-MM-DD') AS d, state_after FROM review_logs
        WHERE user_id = $1 AND undone_at IS NULL ORDER BY reviewed_at, id`,
      [userId],
    );
    return rows.map((r) => ({
      cardId: r.card_id,
      reviewedAt: new Date(r.reviewed_at),
      studyDate: r.d,
      stateAfter: reviveSchedule(r.state_after),
    }));
  }
}
