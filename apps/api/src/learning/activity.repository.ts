import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface DailyActivity {
  date: string;
  reviews: number;
  recalled: number;
  durationMs: number;
}

/** Reviews per learner and study date, kept as reviews arrive (and are undone) so dashboards never scan the log. */
@Injectable()
export class ActivityRepository {
  /** Adds (+1) or takes back (-1) one review. */
  async record(
    m: EntityManager,
    userId: string,
    date: string,
    review: { recalled: boolean; durationMs: number },
    sign: 1 | -1 = 1,
  ): Promise<void> {
    await m.query(
      `INSERT INTO learner_daily_activity (user_id, day, reviews, recalled, duration_ms) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, day) DO UPDATE SET reviews = learner_daily_activity.reviews + EXCLUDED.reviews,
         recalled = learner_daily_activity.recalled + EXCLUDED.recalled, duration_ms = learner_daily_activity.duration_ms + EXCLUDED.duration_ms`,
      [userId, date, sign, review.recalled ? sign : 0, sign * review.durationMs],
    );
  }

  /** Recreates a learner's roll-up from the review log. */
  async rebuild(m: EntityManager, userId: string): Promise<void> {
    await m.query(`DELETE FROM learner_daily_activity WHERE user_id = $1`, [userId]);
    await m.query(
      `INSERT INTO learner_daily_activity (user_id, day, reviews, recalled, duration_ms)
       SELECT user_id, study_date, count(*), count(*) FILTER (WHERE rating > 1), coalesce(sum(duration_ms), 0)
         FROM review_logs WHERE user_id = $1 AND undone_at IS NULL GROUP BY user_id, study_date`,
      [userId],
    );
  }

  async range(m: EntityManager, userId: string, from: string, to: string): Promise<DailyActivity[]> {
    const rows: { d: string; reviews: number; recalled: number; duration_ms: string }[] = await m.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS d, reviews, recalled, duration_ms FROM learner_daily_activity
        WHERE user_id = $1 AND day BETWEEN $2 AND $3 AND reviews > 0 ORDER BY day`,
      [userId, from, to],
    );
    return rows.map((r) => ({
      date: r.d,
      reviews: Number(r.reviews),
      recalled: Number(r.recalled),
      durationMs: Number(r.duration_ms),
    }));
  }

  /** Per learner: last study date with a review and reviews in total and since `since`. */
  async summaryFor(
    m: EntityManager,
    userIds: string[],
    since: string,
  ): Promise<Map<string, { lastActive: string | null; total: number; recent: number }>> {
    const rows: { user_id: string; last: string | null; total: string; recent: string }[] = await m.query(
      `SELECT user_id, to_char(max(day) FILTER (WHERE reviews > 0), 'YYYY-MM-DD') AS last, sum(reviews) AS total,
              coalesce(sum(reviews) FILTER (WHERE day >= $2), 0) AS recent
         FROM learner_daily_activity WHERE user_id = ANY($1::uuid[]) GROUP BY user_id`,
      [userIds, since],
    );
    return new Map(rows.map((r) => [r.user_id, { lastActive: r.last, total: Number(r.total), recent: Number(r.recent) }]));
  }

  /** Reviews per date summed over several learners. */
  async totalsByDate(
    m: EntityManager,
    userIds: string[],
    from: string,
    to: string,
  ): Promise<Map<string, { reviews: number; recalled: number }>> {
    const rows: { d: string; reviews: string; recalled: string }[] = await m.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS d, sum(reviews) AS reviews, sum(recalled) AS recalled FROM learner_daily_activity
        WHERE user_id = ANY($1::uuid[]) AND day BETWEEN $2 AND $3 GROUP BY day`,
      [userIds, from, to],
    );
    return new Map(rows.map((r) => [r.d, { reviews: Number(r.reviews), recalled: Number(r.recalled) }]));
  }
}
