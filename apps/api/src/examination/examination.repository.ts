import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../common/sql';

export type ExaminationContext = 'review' | 'exam';

export interface ExaminationRecord {
  id: string;
  userId: string;
  cardId: string;
  context: ExaminationContext;
  attemptId: string | null;
  position: number | null;
  /** Seeds the patient's small, honest variability; never leaves the server. */
  seed: number;
  startedAt: Date;
  submittedAt: Date | null;
  answer: unknown;
  correct: boolean | null;
  partial: boolean | null;
  /** The graded answer side, stored once at submission and returned as it was ever after. */
  result: unknown;
}

export interface StepRecord {
  seq: number;
  kind: 'probe' | 'test';
  request: unknown;
  response: unknown;
  madeAt: Date;
}

export interface SubmissionRecord {
  answer: unknown;
  truthLesion: string;
  truthSide: string;
  answerLesion: string;
  answerSide: string;
  correct: boolean;
  partial: boolean;
  result: unknown;
}

const date = (v: unknown) => (v ? new Date(v as string) : null);

function toRecord(r: Record<string, unknown>): ExaminationRecord {
  return {
    id: String(r.id),
    userId: String(r.user_id),
    cardId: String(r.card_id),
    context: r.context as ExaminationContext,
    attemptId: (r.attempt_id as string | null) ?? null,
    position: r.position === null || r.position === undefined ? null : Number(r.position),
    seed: Number(r.seed),
    startedAt: new Date(r.started_at as string),
    submittedAt: date(r.submitted_at),
    answer: r.answer ?? null,
    correct: (r.correct as boolean | null) ?? null,
    partial: (r.partial as boolean | null) ?? null,
    result: r.result ?? null,
  };
}

/** Examinations and their append-only steps (probes and tests). */
@Injectable()
export class ExaminationRepository {
  async create(
    m: EntityManager,
    e: {
      userId: string;
      cardId: string;
      context: ExaminationContext;
      attemptId: string | null;
      position: number | null;
      seed: number;
      startedAt: Date;
    },
  ): Promise<ExaminationRecord> {
    const rows = await queryRows<Record<string, unknown>>(
      m,
      `INSERT INTO examinations (user_id, card_id, context, attempt_id, position, seed, started_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [e.userId, e.cardId, e.context, e.attemptId, e.position, e.seed, e.startedAt],
    );
    return toRecord(rows[0]!);
  }

  async find(m: EntityManager, id: string, lock = false): Promise<ExaminationRecord | null> {
    const rows = await queryRows<Record<string, unknown>>(
      m,
      `SELECT * FROM examinations WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** The learner's latest review examination of a card, open or submitted. */
  async latestReview(m: EntityManager, userId: string, cardId: string): Promise<ExaminationRecord | null> {
    const rows = await queryRows<Record<string, unknown>>(
      m,
      `SELECT * FROM examinations WHERE user_id = $1 AND card_id = $2 AND context = 'review'
        ORDER BY started_at DESC, id DESC LIMIT 1`,
      [userId, cardId],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async forExamItem(m: EntityManager, attemptId: string, position: number): Promise<ExaminationRecord | null> {
    const rows = await queryRows<Record<string, unknown>>(
      m,
      `SELECT * FROM examinations WHERE attempt_id = $1 AND position = $2 AND context = 'exam'`,
      [attemptId, position],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async steps(m: EntityManager, examinationId: string): Promise<StepRecord[]> {
    const rows = await queryRows<Record<string, unknown>>(
      m,
      `SELECT seq, kind, request, response, made_at FROM examination_steps WHERE examination_id = $1 ORDER BY seq`,
      [examinationId],
    );
    return rows.map((r) => ({
      seq: Number(r.seq),
      kind: r.kind as StepRecord['kind'],
      request: r.request,
      response: r.response,
      madeAt: new Date(r.made_at as string),
    }));
  }

  /**
   * Locks the examination for a new step and counts its steps, in one round trip. With `relaxCommit`
   * the transaction's commit does not wait for its WAL flush (set_config, like SET LOCAL).
   */
  async lockForStep(
    m: EntityManager,
    id: string,
    relaxCommit: boolean,
  ): Promise<{ record: ExaminationRecord; probes: number; tests: number; lastSeq: number } | null> {
    const rows = await queryRows<Record<string, unknown>>(
      m,
      `SELECT e.*, ${relaxCommit ? `set_config('synchronous_commit', 'off', true) AS relaxed,` : ''}
              (SELECT count(*) FROM examination_steps s WHERE s.examination_id = e.id AND s.kind = 'probe') AS step_probes,
              (SELECT count(*) FROM examination_steps s WHERE s.examination_id = e.id AND s.kind = 'test') AS step_tests,
              (SELECT coalesce(max(seq), 0) FROM examination_steps s WHERE s.examination_id = e.id) AS step_last
         FROM examinations e WHERE e.id = $1 FOR UPDATE OF e`,
      [id],
    );
    const r = rows[0];
    if (!r) return null;
    return { record: toRecord(r), probes: Number(r.step_probes), tests: Number(r.step_tests), lastSeq: Number(r.step_last) };
  }

  /** Appends a step after the last one (the examination row is locked by the caller). */
  async appendStep(
    m: EntityManager,
    examinationId: string,
    kind: StepRecord['kind'],
    request: unknown,
    response: unknown,
    madeAt: Date,
  ): Promise<number> {
    const rows = await queryRows<{ seq: number }>(
      m,
      `INSERT INTO examination_steps (examination_id, seq, kind, request, response, made_at)
       SELECT $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5 FROM examination_steps WHERE examination_id = $1
       RETURNING seq`,
      [examinationId, kind, JSON.stringify(request), JSON.stringify(response), madeAt],
    );
    return Number(rows[0]!.seq);
  }

  async submit(m: EntityManager, id: string, at: Date, s: SubmissionRecord): Promise<void> {
    await m.query(
      `UPDATE examinations SET submitted_at = $2, answer = $3, truth_lesion = $4, truth_side = $5, answer_lesion = $6,
         answer_side = $7, correct = $8, partial = $9, result = $10 WHERE id = $1 AND submitted_at IS NULL`,
      [
        id,
        at,
        JSON.stringify(s.answer),
        s.truthLesion,
        s.truthSide,
        s.answerLesion,
        s.answerSide,
        s.correct,
        s.partial,
        JSON.stringify(s.result),
      ],
    );
  }

  /** Submitted examinations of a cohort's current members: what was true and what they answered. */
  async cohortAnswers(
    m: EntityManager,
    cohortId: string,
  ): Promise<{ truthLesion: string; truthSide: string; answerLesion: string; answerSide: string }[]> {
    const rows = await queryRows<{ truth_lesion: string; truth_side: string; answer_lesion: string; answer_side: string }>(
      m,
      `SELECT e.truth_lesion, e.truth_side, e.answer_lesion, e.answer_side FROM examinations e
         JOIN cohort_members cm ON cm.user_id = e.user_id AND cm.cohort_id = $1 AND cm.left_at IS NULL
        WHERE e.submitted_at IS NOT NULL`,
      [cohortId],
    );
    return rows.map((r) => ({
      truthLesion: r.truth_lesion,
      truthSide: r.truth_side,
      answerLesion: r.answer_lesion,
      answerSide: r.answer_side,
    }));
  }
}
