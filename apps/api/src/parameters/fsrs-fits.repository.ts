import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../common/sql';
import type { FitReview } from '../core/fsrs-fit';
import type { Rating } from '../core/scheduler';

export type FitTrigger = 'request' | 'sweep';

/** One attempt to fit a learner's weights (finished or not). */
export interface FsrsFitRecord {
  id: number;
  userId: string;
  trigger: FitTrigger;
  requestedAt: Date;
  finishedAt: Date | null;
  reviewsUsed: number;
  trainItems: number;
  scoredReviews: number;
  logLossBefore: number | null;
  logLossAfter: number | null;
  weights: number[] | null;
  kept: boolean;
  outcome: string | null;
}

export interface FitResult {
  reviewsUsed: number;
  trainItems: number;
  scoredReviews: number;
  logLossBefore: number | null;
  logLossAfter: number | null;
  weights: number[] | null;
  kept: boolean;
  outcome: string;
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function toRecord(r: Record<string, unknown>): FsrsFitRecord {
  return {
    id: Number(r.id),
    userId: String(r.user_id),
    trigger: r.trigger as FitTrigger,
    requestedAt: new Date(r.requested_at as string),
    finishedAt: r.finished_at ? new Date(r.finished_at as string) : null,
    reviewsUsed: Number(r.reviews_used),
    trainItems: Number(r.train_items),
    scoredReviews: Number(r.scored_reviews),
    logLossBefore: num(r.log_loss_before),
    logLossAfter: num(r.log_loss_after),
    weights: Array.isArray(r.weights) ? (r.weights as unknown[]).map(Number) : null,
    kept: Boolean(r.kept),
    outcome: r.outcome === null || r.outcome === undefined ? null : String(r.outcome),
  };
}

/** The fits history (fsrs_fits) and the review log as the optimiser reads it. */
@Injectable()
export class FsrsFitsRepository {
  async create(m: EntityManager, userId: string, trigger: FitTrigger, at: Date): Promise<FsrsFitRecord> {
    const rows = await queryRows<Record<string, unknown>>(
      m,
      `INSERT INTO fsrs_fits (user_id, trigger, requested_at) VALUES ($1, $2, $3) RETURNING *`,
      [userId, trigger, at],
    );
    return toRecord(rows[0]!);
  }

  async find(m: EntityManager, id: number): Promise<FsrsFitRecord | null> {
    const rows = await queryRows<Record<string, unknown>>(m, `SELECT * FROM fsrs_fits WHERE id = $1`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Locks a fit row (so two workers never finish the same fit). */
  async lock(m: EntityManager, id: number): Promise<FsrsFitRecord | null> {
    const rows = await queryRows<Record<string, unknown>>(m, `SELECT * FROM fsrs_fits WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async pending(m: EntityManager, userId: string): Promise<FsrsFitRecord | null> {
    const rows = await queryRows<Record<string, unknown>>(
      m,
      `SELECT * FROM fsrs_fits WHERE user_id = $1 AND finished_at IS NULL ORDER BY id DESC LIMIT 1`,
      [userId],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** The learner's latest finished fit, and their latest kept one. */
  async latest(m: EntityManager, userId: string): Promise<{ last: FsrsFitRecord | null; kept: FsrsFitRecord | null }> {
    const rows = await queryRows<Record<string, unknown>>(
      m,
      `(SELECT * FROM fsrs_fits WHERE user_id = $1 AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1)
       UNION ALL
       (SELECT * FROM fsrs_fits WHERE user_id = $1 AND kept ORDER BY id DESC LIMIT 1)`,
      [userId],
    );
    const records = rows.map(toRecord);
    return { last: records.find((r) => r.finishedAt !== null) ?? null, kept: records.find((r) => r.kept) ?? null };
  }

  async finish(m: EntityManager, id: number, at: Date, result: FitResult): Promise<void> {
    await m.query(
      `UPDATE fsrs_fits SET finished_at = $2, reviews_used = $3, train_items = $4, scored_reviews = $5, log_loss_before = $6,
              log_loss_after = $7, weights = $8, kept = $9, outcome = $10
        WHERE id = $1`,
      [
        id,
        at,
        result.reviewsUsed,
        result.trainItems,
        result.scoredReviews,
        result.logLossBefore,
        result.logLossAfter,
        result.weights,
        result.kept,
        result.outcome,
      ],
    );
  }

  /** How many active (not undone) reviews the learner has. */
  async reviewCount(m: EntityManager, userId: string): Promise<number> {
    const rows: { n: string }[] = await m.query(
      `SELECT count(*) AS n FROM review_logs WHERE user_id = $1 AND undone_at IS NULL`,
      [userId],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** The learner's active reviews, oldest first, as the optimiser reads them. */
  async reviews(m: EntityManager, userId: string): Promise<FitReview[]> {
    const rows: { card_id: string; reviewed_at: Date; d: string; rating: number }[] = await m.query(
      `SELECT card_id, reviewed_at, to_char(study_date, 'YYYY-MM-DD') AS d, rating FROM review_logs
        WHERE user_id = $1 AND undone_at IS NULL ORDER BY reviewed_at, id`,
      [userId],
    );
    return rows.map((r) => ({
      cardId: r.card_id,
      reviewedAt: new Date(r.reviewed_at),
      studyDate: r.d,
      rating: Number(r.rating) as Rating,
    }));
  }

  /**
   * Learners due for an automatic refit: at least `minReviews` active reviews, at least `every`
   * more than their latest attempt used, and no attempt still pending.
   */
  async dueForRefit(m: EntityManager, minReviews: number, every: number, limit: number): Promise<string[]> {
    const rows: { user_id: string }[] = await m.query(
      `SELECT c.user_id FROM (
         SELECT user_id, count(*) AS n FROM review_logs WHERE undone_at IS NULL GROUP BY user_id HAVING count(*) >= $1
       ) c
       LEFT JOIN LATERAL (SELECT reviews_used, finished_at FROM fsrs_fits f WHERE f.user_id = c.user_id ORDER BY id DESC LIMIT 1) l ON true
       WHERE (l.reviews_used IS NULL OR (l.finished_at IS NOT NULL AND c.n - l.reviews_used >= $2))
       ORDER BY c.user_id LIMIT $3`,
      [minReviews, every, limit],
    );
    return rows.map((r) => r.user_id);
  }

  /** Rewrites a review card's schedule without touching its progress, its flags or its version. */
  async reschedule(
    m: EntityManager,
    userId: string,
    cardId: string,
    version: number,
    s: { due: Date; stability: number; difficulty: number; scheduledDays: number },
  ): Promise<boolean> {
    const rows = await queryRows<{ card_id: string }>(
      m,
      `UPDATE card_states SET due = $4, stability = $5, difficulty = $6, scheduled_days = $7, updated_at = now()
        WHERE user_id = $1 AND card_id = $2 AND version = $3 AND state = 2 RETURNING card_id`,
      [userId, cardId, version, s.due, s.stability, s.difficulty, s.scheduledDays],
    );
    return rows.length > 0;
  }
}
