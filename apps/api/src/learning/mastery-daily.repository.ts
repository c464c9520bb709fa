import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MasteryDay, RootMastery } from '../core/mastery';

export type MasteryDayRow = MasteryDay;

/** One stored row of the series as the CSV export writes it: `numbers` is "mastery,coverage,recall,seen,total". */
export interface ExportLine {
  date: string;
  userId: string;
  root: string;
  numbers: string;
}

type StoredRow = {
  user_id: string;
  root: string;
  d: string;
  mastery: number;
  coverage: number;
  recall: number;
  seen: number;
  total: number;
};
const COLUMNS = `user_id, root, to_char(day, 'YYYY-MM-DD') AS d, mastery, coverage, recall, seen, total`;

/** The per-learner, per-root, per-day mastery series: a cache that can be rebuilt from the review log. */
@Injectable()
export class MasteryDailyRepository {
  async upsert(m: EntityManager, userId: string, date: string, roots: readonly RootMastery[]): Promise<void> {
    await this.upsertMany(
      m,
      userId,
      roots.map((r) => ({ ...r, date })),
    );
  }

  async upsertMany(m: EntityManager, userId: string, rows: readonly MasteryDayRow[]): Promise<void> {
    if (rows.length === 0) return;
    await m.query(
      `INSERT INTO mastery_daily (user_id, root, day, mastery, coverage, recall, seen, total)
       SELECT $1, x.root, x.date::date, x.mastery, x.coverage, x.recall, x.seen, x.total
         FROM jsonb_to_recordset($2::jsonb) AS x(root text, date text, mastery float8, coverage float8, recall float8, seen int, total int)
       ON CONFLICT (user_id, root, day) DO UPDATE SET mastery = EXCLUDED.mastery, coverage = EXCLUDED.coverage,
         recall = EXCLUDED.recall, seen = EXCLUDED.seen, total = EXCLUDED.total`,
      [
        userId,
        JSON.stringify(
          rows.map(({ root, date, mastery, coverage, recall, seen, total }) => ({
            root,
            date,
            mastery,
            coverage,
            recall,
            seen,
            total,
          })),
        ),
      ],
    );
  }

  async lastDate(m: EntityManager, userId: string): Promise<string | null> {
    return (await this.lastDates(m, [userId])).get(userId) ?? null;
  }

  /** Each learner's last stored date (one index probe per learner: every date stores all roots, so L1 tells). */
  async lastDates(m: EntityManager, userIds: string[]): Promise<Map<string, string>> {
    const rows: { user_id: string; d: string | null }[] = await m.query(
      `SELECT u.id AS user_id, (SELECT to_char(max(day), 'YYYY-MM-DD') FROM mastery_daily d WHERE d.user_id = u.id AND d.root = 'L1') AS d
         FROM unnest($1::uuid[]) AS u(id)`,
      [userIds],
    );
    return new Map(rows.filter((r) => r.d !== null).map((r) => [r.user_id, r.d as string]));
  }

  /** Every learner with a series, and the last date stored for each (the nightly roll-up's work list). */
  async lastDatesOfAll(m: EntityManager): Promise<Map<string, string>> {
    const rows: { user_id: string; d: string }[] = await m.query(
      `SELECT user_id, to_char(max(day), 'YYYY-MM-DD') AS d FROM mastery_daily WHERE root = 'L1' GROUP BY user_id`,
    );
    return new Map(rows.map((r) => [r.user_id, r.d]));
  }

  async range(m: EntityManager, userId: string, from: string, to: string): Promise<MasteryDayRow[]> {
    return (await this.rangeFor(m, [userId], from, to)).map(({ userId: _userId, ...row }) => row);
  }

  /** Rows of several learners over a range of dates. */
  async rangeFor(m: EntityManager, userIds: string[], from: string, to: string): Promise<(MasteryDayRow & { userId: string })[]> {
    const rows: StoredRow[] = await m.query(
      `SELECT ${COLUMNS} FROM mastery_daily WHERE user_id = ANY($1::uuid[]) AND day BETWEEN $2 AND $3 ORDER BY day, user_id, root`,
      [userIds, from, to],
    );
    return rows.map(toRow);
  }

  /**
   * A cohort's stored series for a CSV export, sorted by date, learner and root, each row's numbers
   * already written as the export writes them (four decimals, then the counts): 10^5 rows of one
   * text column each cost a fraction of parsing and re-formatting five numbers per row in Node.
   */
  async exportLines(m: EntityManager, userIds: string[], from: string, to: string): Promise<ExportLine[]> {
    return m.transaction(async (tx) => {
      // The sort of 10^5 rows fits in memory with this, instead of spilling to disk.
      await tx.query(`SET LOCAL work_mem = '64MB'`);
      const rows: { d: string; user_id: string; root: string; numbers: string }[] = await tx.query(
        `SELECT to_char(day, 'YYYY-MM-DD') AS d, user_id, root,
                concat_ws(',', round(mastery::numeric, 4), round(coverage::numeric, 4), round(recall::numeric, 4), seen, total) AS numbers
           FROM mastery_daily WHERE user_id = ANY($1::uuid[]) AND day BETWEEN $2 AND $3
          ORDER BY day, user_id, root COLLATE "C"`,
        [userIds, from, to],
      );
      return rows.map((r) => ({ date: r.d, userId: r.user_id, root: r.root, numbers: r.numbers }));
    });
  }

  /**
   * Each learner's latest row per root between `from` and `to`. Dashboards fill every member's
   * past days first, so a short window always holds the latest row.
   */
  async latest(m: EntityManager, userIds: string[], from: string, to: string): Promise<(MasteryDayRow & { userId: string })[]> {
    const rows: StoredRow[] = await m.query(
      `SELECT DISTINCT ON (user_id, root) ${COLUMNS}
         FROM mastery_daily WHERE user_id = ANY($1::uuid[]) AND day BETWEEN $2 AND $3 ORDER BY user_id, root, day DESC`,
      [userIds, from, to],
    );
    return rows.map(toRow);
  }

  /** Per root and date, the sum of mastery over several learners (the cohort series, aggregated in the database). */
  async sumsByDate(
    m: EntityManager,
    userIds: string[],
    from: string,
    to: string,
  ): Promise<{ root: string; date: string; sum: number }[]> {
    const rows: { root: string; d: string; total: number }[] = await m.query(
      `SELECT root, to_char(day, 'YYYY-MM-DD') AS d, sum(mastery) AS total FROM mastery_daily
        WHERE user_id = ANY($1::uuid[]) AND day BETWEEN $2 AND $3 GROUP BY root, day`,
      [userIds, from, to],
    );
    return rows.map((r) => ({ root: r.root, date: r.d, sum: Number(r.total) }));
  }

  async deleteForUser(m: EntityManager, userId: string): Promise<void> {
    await m.query(`DELETE FROM mastery_daily WHERE user_id = $1`, [userId]);
  }
}

function toRow(r: StoredRow): MasteryDayRow & { userId: string } {
  return {
    userId: r.user_id,
    root: r.root as RootMastery['root'],
    date: r.d,
    mastery: Number(r.mastery),
    coverage: Number(r.coverage),
    recall: Number(r.recall),
    seen: Number(r.seen),
    total: Number(r.total),
  };
}
