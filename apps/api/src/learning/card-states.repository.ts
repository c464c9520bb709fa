import { Injectable } from '@nestjs/common';
import { queryRows } from '../common/sql';
import type { EntityManager } from 'typeorm';
import { byCodePoint } from '../common/compare';
import { MASTERY_ROOTS } from '@dermatome/data';
import type { RecallSums } from '../core/exam-date';
import { forgettingCurve, recallProbabilitySql, type RecallInput, type Schedule } from '../core/scheduler';

/** Flags the learner sets on a card, beside its FSRS schedule. */
export interface CardFlags {
  suspended: boolean;
  buriedUntil: Date | null;
  leech: boolean;
}

export interface CardStateRecord extends CardFlags {
  cardId: string;
  schedule: Schedule;
  version: number;
}

interface StateRow {
  card_id: string;
  due: Date;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: Date | null;
  suspended: boolean;
  buried_until: Date | null;
  leech: boolean;
  version: number;
}

export function toStateRecord(r: StateRow): CardStateRecord {
  return {
    cardId: r.card_id,
    schedule: {
      due: new Date(r.due),
      stability: Number(r.stability),
      difficulty: Number(r.difficulty),
      elapsedDays: Number(r.elapsed_days),
      scheduledDays: Number(r.scheduled_days),
      learningSteps: Number(r.learning_steps),
      reps: Number(r.reps),
      lapses: Number(r.lapses),
      state: Number(r.state) as Schedule['state'],
      lastReview: r.last_review ? new Date(r.last_review) : null,
    },
    suspended: r.suspended,
    buriedUntil: r.buried_until ? new Date(r.buried_until) : null,
    leech: r.leech,
    version: Number(r.version),
  };
}

const SCHEDULE_COLUMNS = `due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review`;
/** A schedule's values in the order of SCHEDULE_COLUMNS (and of every statement that writes one). */
export const scheduleValues = (s: Schedule) => [
  s.due,
  s.stability,
  s.difficulty,
  s.elapsedDays,
  s.scheduledDays,
  s.learningSteps,
  s.reps,
  s.lapses,
  s.state,
  s.lastReview,
];

/** One row per learner and card they have touched (studied, suspended or buried). */
@Injectable()
export class CardStatesRepository {
  async all(m: EntityManager, userId: string): Promise<CardStateRecord[]> {
    const rows: StateRow[] = await m.query(`SELECT * FROM card_states WHERE user_id = $1`, [userId]);
    return rows.map(toStateRecord);
  }

  /**
   * Just what recall probability needs, for every card the learner studied: mastery is computed
   * on every review, so this stays lean.
   */
  async recallInputs(m: EntityManager, userId: string): Promise<Map<string, RecallInput>> {
    return (await this.recallInputsFor(m, [userId])).get(userId)!;
  }

  /**
   * Several learners' studied cards as recall needs them. The last review comes as epoch
   * milliseconds (truncated, as pg's own parsing truncates): for a cohort, 10^5 timestamps parsed
   * from text were most of the read's time.
   */
  async recallInputsFor(m: EntityManager, userIds: readonly string[]): Promise<Map<string, Map<string, RecallInput>>> {
    const rows: { user_id: string; card_id: string; state: number; stability: number; last_review_ms: number | null }[] =
      await m.query(
        `SELECT user_id, card_id, state, stability, floor(extract(epoch FROM last_review) * 1000)::float8 AS last_review_ms
           FROM card_states WHERE user_id = ANY($1::uuid[]) AND state <> 0`,
        [userIds],
      );
    const out = new Map(userIds.map((id) => [id, new Map<string, RecallInput>()]));
    for (const r of rows)
      out.get(r.user_id)?.set(r.card_id, {
        state: Number(r.state) as Schedule['state'],
        stability: Number(r.stability),
        lastReview: r.last_review_ms === null ? null : new Date(Number(r.last_review_ms)),
      });
    return out;
  }

  /**
   * Each learner's predicted recall at their exam's start, summed over their studied cards among
   * `cards` (never studied or suspended: 0): over all of them, and per mastery root. PostgreSQL
   * applies the forgetting curve (the core's own expression), so a cohort's 10^5 card states become
   * one row per learner instead of crossing the wire to be parsed.
   */
  async examRecallSums(
    m: EntityManager,
    learners: readonly { userId: string; examStart: Date }[],
    cards: readonly { id: string; roots: readonly string[] }[],
  ): Promise<Map<string, RecallSums>> {
    // Each card's mastery roots as bits, so the per-root sums are cheap filters. The GROUP BYs tell
    // the planner the learners and cards are unique (it has no statistics for an unnest), so it
    // hashes those 10^2 rows, not the 10^5 card states; OFFSET 0 keeps the subquery whole, so the
    // recall is computed once a row, not once for each sum it goes into.
    const masks = cards.map((c) => MASTERY_ROOTS.reduce((mask, root, i) => (c.roots.includes(root) ? mask | (1 << i) : mask), 0));
    const recall = recallProbabilitySql('s', 'l.exam_start_ms', { factor: '$5', decay: '$6' });
    const curve = forgettingCurve();
    const rows: (Record<string, number | null> & { user_id: string })[] = await m.query(
      `SELECT user_id, sum(r) AS overall, ${MASTERY_ROOTS.map((_, i) => `sum(r) FILTER (WHERE mask & ${1 << i} <> 0) AS root_${i}`).join(', ')}
         FROM (SELECT s.user_id, k.mask, ${recall} AS r
                 FROM card_states s
                 JOIN (SELECT user_id, min(start_ms) AS exam_start_ms FROM unnest($1::uuid[], $2::float8[]) AS u(user_id, start_ms)
                        GROUP BY user_id) AS l ON l.user_id = s.user_id
                 JOIN (SELECT card_id, min(mask) AS mask FROM unnest($3::text[], $4::int[]) AS c(card_id, mask)
                        GROUP BY card_id) AS k ON k.card_id = s.card_id
                WHERE s.user_id = ANY($1::uuid[]) AND s.state <> 0 AND NOT s.suspended
               OFFSET 0) AS studied
        GROUP BY user_id`,
      [
        learners.map((l) => l.userId),
        learners.map((l) => l.examStart.getTime()),
        cards.map((c) => c.id),
        masks,
        curve.factor,
        curve.decay,
      ],
    );
    const found = new Map(rows.map((r) => [r.user_id, r]));
    return new Map(
      learners.map(({ userId }) => {
        const r = found.get(userId);
        return [
          userId,
          {
            overall: Number(r?.overall ?? 0),
            byRoot: new Map(MASTERY_ROOTS.map((root, i) => [root as string, Number(r?.[`root_${i}`] ?? 0)])),
          },
        ];
      }),
    );
  }

  /** Per learner: cards due before `now` (learning or review) that are not suspended. */
  async overdueCounts(m: EntityManager, userIds: string[], now: Date): Promise<Map<string, number>> {
    const rows: { user_id: string; n: string }[] = await m.query(
      `SELECT user_id, count(*) AS n FROM card_states
        WHERE user_id = ANY($1::uuid[]) AND state <> 0 AND due < $2 AND NOT suspended GROUP BY user_id`,
      [userIds, now],
    );
    return new Map(rows.map((r) => [r.user_id, Number(r.n)]));
  }

  /**
   * One scan of a cohort's card states for the dashboard: per learner, how many cards of each set
   * they have seen (each set an assignment's cards), and the cards they forget most after learning
   * them (the top `limit` by lapses, then by learners who lapsed, then by id).
   */
  async cohortCardCounts(
    m: EntityManager,
    userIds: string[],
    cardSets: readonly (readonly string[])[],
    limit: number,
  ): Promise<{ seen: Map<string, number>[]; mostLapsed: { cardId: string; lapses: number; learners: number; reps: number }[] }> {
    const seenColumns = cardSets.map(
      (_, i) => `count(*) FILTER (WHERE state <> 0 AND card_id = ANY($${i + 2}::text[])) AS seen_${i}`,
    );
    const rows: (Record<string, string | null> & { user_id: string | null; card_id: string | null })[] = await m.query(
      `SELECT user_id, card_id, ${[...seenColumns, 'sum(lapses) AS lapses', 'count(*) FILTER (WHERE lapses > 0) AS learners', 'sum(reps) AS reps'].join(', ')}
         FROM card_states WHERE user_id = ANY($1::uuid[])
        GROUP BY GROUPING SETS ((user_id), (card_id))`,
      [userIds, ...cardSets],
    );
    const learners = rows.filter((r) => r.user_id !== null);
    const seen = cardSets.map((_, i) => new Map(learners.map((r) => [r.user_id!, Number(r[`seen_${i}`])])));
    const mostLapsed = rows
      .filter((r) => r.card_id !== null && Number(r.lapses) > 0)
      .map((r) => ({ cardId: r.card_id!, lapses: Number(r.lapses), learners: Number(r.learners), reps: Number(r.reps) }))
      .sort((x, y) => y.lapses - x.lapses || y.learners - x.learners || byCodePoint(x.cardId, y.cardId))
      .slice(0, limit);
    return { seen, mostLapsed };
  }

  /** The learner's suspended cards (by hand or as leeches), most recently changed first. */
  async suspended(m: EntityManager, userId: string): Promise<{ cardId: string; leech: boolean; lapses: number }[]> {
    const rows: { card_id: string; leech: boolean; lapses: number }[] = await m.query(
      `SELECT card_id, leech, lapses FROM card_states WHERE user_id = $1 AND suspended ORDER BY updated_at DESC, card_id`,
      [userId],
    );
    return rows.map((r) => ({ cardId: r.card_id, leech: r.leech, lapses: Number(r.lapses) }));
  }

  async find(m: EntityManager, userId: string, cardId: string): Promise<CardStateRecord | null> {
    const rows: StateRow[] = await m.query(`SELECT * FROM card_states WHERE user_id = $1 AND card_id = $2`, [userId, cardId]);
    return rows[0] ? toStateRecord(rows[0]) : null;
  }

  /**
   * Locks the learner's row for a card for the rest of the transaction, creating it (as a new
   * card) first if the card was never touched, so concurrent writers queue on the same row.
   */
  async lock(m: EntityManager, userId: string, cardId: string, fresh: Schedule): Promise<CardStateRecord> {
    await m.query(
      `INSERT INTO card_states (user_id, card_id, ${SCHEDULE_COLUMNS})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING`,
      [userId, cardId, ...scheduleValues(fresh)],
    );
    const rows: StateRow[] = await m.query(`SELECT * FROM card_states WHERE user_id = $1 AND card_id = $2 FOR UPDATE`, [
      userId,
      cardId,
    ]);
    return toStateRecord(rows[0] as StateRow);
  }

  /** Writes a new schedule and flags if the row is still at `expectedVersion`; returns the new version, or null if it moved on. */
  async save(
    m: EntityManager,
    userId: string,
    cardId: string,
    schedule: Schedule,
    flags: CardFlags,
    expectedVersion: number,
  ): Promise<number | null> {
    const rows = await queryRows<{ version: number }>(
      m,
      `UPDATE card_states SET due = $3, stability = $4, difficulty = $5, elapsed_days = $6, scheduled_days = $7,
              learning_steps = $8, reps = $9, lapses = $10, state = $11, last_review = $12,
              suspended = $13, buried_until = $14, leech = $15, version = version + 1, updated_at = now()
        WHERE user_id = $1 AND card_id = $2 AND version = $16
        RETURNING version`,
      [userId, cardId, ...scheduleValues(schedule), flags.suspended, flags.buriedUntil, flags.leech, expectedVersion],
    );
    return rows[0] ? Number(rows[0].version) : null;
  }

  /** Bulk insert for seeding and benchmarks. */
  async insertMany(m: EntityManager, userId: string, states: CardStateRecord[]): Promise<void> {
    if (states.length === 0) return;
    await m.query(
      `INSERT INTO card_states (user_id, card_id, ${SCHEDULE_COLUMNS}, suspended, buried_until, leech, version)
       SELECT $1, x.card_id, x.due, x.stability, x.difficulty, x.elapsed_days, x.scheduled_days, x.learning_steps,
              x.reps, x.lapses, x.state, x.last_review, x.suspended, x.buried_until, x.leech, x.version
         FROM jsonb_to_recordset($2::jsonb) AS x(card_id text, due timestamptz, stability float8, difficulty float8,
              elapsed_days int, scheduled_days int, learning_steps int, reps int, lapses int, state smallint,
              last_review timestamptz, suspended boolean, buried_until timestamptz, leech boolean, version int)`,
      [
        userId,
        JSON.stringify(
          states.map((s) => ({
            card_id: s.cardId,
            due: s.schedule.due,
            stability: s.schedule.stability,
            difficulty: s.schedule.difficulty,
            elapsed_days: s.schedule.elapsedDays,
            scheduled_days: s.schedule.scheduledDays,
            learning_steps: s.schedule.learningSteps,
            reps: s.schedule.reps,
            lapses: s.schedule.lapses,
            state: s.schedule.state,
            last_review: s.schedule.lastReview,
            suspended: s.suspended,
            buried_until: s.buriedUntil,
            leech: s.leech,
            version: s.version,
          })),
        ),
      ],
    );
  }
}
