import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../common/sql';

export type ResultsVisibility = 'at-submission' | 'after-close';

export interface ExamRecord {
  id: string;
  kind: 'practice' | 'assigned';
  ownerId: string;
  cohortId: string | null;
  title: string;
  deckId: string;
  cardTypes: string[];
  cardIds: string[] | null;
  questionCount: number;
  timeLimitSeconds: number | null;
  tutorMode: boolean;
  opensAt: Date | null;
  closesAt: Date | null;
  attemptsAllowed: number;
  resultsVisibility: ResultsVisibility;
  createdAt: Date;
}

export interface AttemptRecord {
  id: string;
  examId: string;
  userId: string;
  attemptNumber: number;
  startedAt: Date;
  deadlineAt: Date | null;
  submittedAt: Date | null;
  autoSubmitted: boolean;
  score: number | null;
  maxScore: number;
}

export interface AttemptItemRecord {
  position: number;
  cardId: string;
  answer: unknown;
  answeredAt: Date | null;
  correct: boolean | null;
  partial: boolean | null;
  flagged: boolean;
}

const date = (v: unknown) => (v ? new Date(v as string) : null);

function toExam(r: Record<string, unknown>): ExamRecord {
  return {
    id: String(r.id),
    kind: r.kind as ExamRecord['kind'],
    ownerId: String(r.owner_id),
    cohortId: (r.cohort_id as string | null) ?? null,
    title: String(r.title),
    deckId: String(r.deck_id),
    cardTypes: r.card_types as string[],
    cardIds: (r.card_ids as string[] | null) ?? null,
    questionCount: Number(r.question_count),
    timeLimitSeconds: r.time_limit_seconds === null ? null : Number(r.time_limit_seconds),
    tutorMode: Boolean(r.tutor_mode),
    opensAt: date(r.opens_at),
    closesAt: date(r.closes_at),
    attemptsAllowed: Number(r.attempts_allowed),
    resultsVisibility: r.results_visibility as ResultsVisibility,
    createdAt: new Date(r.created_at as string),
  };
}

function toAttempt(r: Record<string, unknown>): AttemptRecord {
  return {
    id: String(r.id),
    examId: String(r.exam_id),
    userId: String(r.user_id),
    attemptNumber: Number(r.attempt_number),
    startedAt: new Date(r.started_at as string),
    deadlineAt: date(r.deadline_at),
    submittedAt: date(r.submitted_at),
    autoSubmitted: Boolean(r.auto_submitted),
    score: r.score === null ? null : Number(r.score),
    maxScore: Number(r.max_score),
  };
}

@Injectable()
export class ExamsRepository {
  async create(m: EntityManager, e: Omit<ExamRecord, 'id'>): Promise<ExamRecord> {
    const rows: Record<string, unknown>[] = await m.query(
      `INSERT INTO exams (kind, owner_id, cohort_id, title, deck_id, card_types, card_ids, question_count, time_limit_seconds,
         tutor_mode, opens_at, closes_at, attempts_allowed, results_visibility, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING *`,
      [
        e.kind,
        e.ownerId,
        e.cohortId,
        e.title,
        e.deckId,
        e.cardTypes,
        e.cardIds,
        e.questionCount,
        e.timeLimitSeconds,
        e.tutorMode,
        e.opensAt,
        e.closesAt,
        e.attemptsAllowed,
        e.resultsVisibility,
        e.createdAt,
      ],
    );
    return toExam(rows[0]!);
  }

  async find(m: EntityManager, id: string): Promise<ExamRecord | null> {
    const rows: Record<string, unknown>[] = await m.query(`SELECT * FROM exams WHERE id = $1`, [id]);
    return rows[0] ? toExam(rows[0]) : null;
  }

  async forCohort(m: EntityManager, cohortId: string): Promise<ExamRecord[]> {
    const rows: Record<string, unknown>[] = await m.query(`SELECT * FROM exams WHERE cohort_id = $1 ORDER BY created_at`, [
      cohortId,
    ]);
    return rows.map(toExam);
  }

  /** Assigned exams of the cohorts a student currently belongs to. */
  async assignedTo(m: EntityManager, userId: string): Promise<(ExamRecord & { cohortName: string })[]> {
    const rows: Record<string, unknown>[] = await m.query(
      `SELECT e.*, c.name AS cohort_name FROM exams e
         JOIN cohorts c ON c.id = e.cohort_id AND c.archived_at IS NULL
         JOIN cohort_members cm ON cm.cohort_id = e.cohort_id AND cm.user_id = $1 AND cm.left_at IS NULL
        WHERE e.kind = 'assigned' ORDER BY e.opens_at NULLS FIRST, e.created_at`,
      [userId],
    );
    return rows.map((r) => ({ ...toExam(r), cohortName: String(r.cohort_name) }));
  }

  /**
   * Serialises the transactions that start attempts for one learner at one exam (until commit),
   * so that simultaneous starts see each other's attempt instead of racing for its number.
   */
  async lockLearnerAttempts(m: EntityManager, examId: string, userId: string): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`exam-attempts:${examId}:${userId}`]);
  }

  /** Replaces the list; simultaneous replacements of one exam's list run one after the other (the exam row is locked). */
  async setAccommodations(m: EntityManager, examId: string, list: { userId: string; extraTimePercent: number }[]): Promise<void> {
    await m.query(`SELECT 1 FROM exams WHERE id = $1 FOR UPDATE`, [examId]);
    await m.query(`DELETE FROM exam_accommodations WHERE exam_id = $1`, [examId]);
    for (const a of list) {
      await m.query(`INSERT INTO exam_accommodations (exam_id, user_id, extra_time_percent) VALUES ($1, $2, $3)`, [
        examId,
        a.userId,
        a.extraTimePercent,
      ]);
    }
  }

  async accommodations(m: EntityManager, examId: string): Promise<Map<string, number>> {
    const rows: { user_id: string; extra_time_percent: number }[] = await m.query(
      `SELECT user_id, extra_time_percent FROM exam_accommodations WHERE exam_id = $1`,
      [examId],
    );
    return new Map(rows.map((r) => [r.user_id, Number(r.extra_time_percent)]));
  }

  async createAttempt(
    m: EntityManager,
    a: Omit<AttemptRecord, 'id' | 'submittedAt' | 'autoSubmitted' | 'score'>,
    cardIds: string[],
  ): Promise<AttemptRecord> {
    const rows: Record<string, unknown>[] = await m.query(
      `INSERT INTO exam_attempts (exam_id, user_id, attempt_number, started_at, deadline_at, max_score) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [a.examId, a.userId, a.attemptNumber, a.startedAt, a.deadlineAt, a.maxScore],
    );
    const attempt = toAttempt(rows[0]!);
    await m.query(
      `INSERT INTO exam_attempt_items (attempt_id, position, card_id) SELECT $1, ordinality, card_id FROM unnest($2::text[]) WITH ORDINALITY AS t(card_id, ordinality)`,
      [attempt.id, cardIds],
    );
    return attempt;
  }

  async attempt(m: EntityManager, id: string, lock = false): Promise<AttemptRecord | null> {
    const rows: Record<string, unknown>[] = await m.query(
      `SELECT * FROM exam_attempts WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? toAttempt(rows[0]) : null;
  }

  async attemptsOf(m: EntityManager, examId: string, userId?: string): Promise<AttemptRecord[]> {
    const rows: Record<string, unknown>[] = await m.query(
      `SELECT * FROM exam_attempts WHERE exam_id = $1 AND ($2::uuid IS NULL OR user_id = $2) ORDER BY user_id, attempt_number`,
      [examId, userId ?? null],
    );
    return rows.map(toAttempt);
  }

  /** Every attempt of a learner (practice and assigned), newest first. */
  async attemptsByUser(m: EntityManager, userId: string): Promise<AttemptRecord[]> {
    const rows: Record<string, unknown>[] = await m.query(
      `SELECT * FROM exam_attempts WHERE user_id = $1 ORDER BY started_at DESC`,
      [userId],
    );
    return rows.map(toAttempt);
  }

  async items(m: EntityManager, attemptId: string): Promise<AttemptItemRecord[]> {
    return (await this.itemsOf(m, [attemptId])).get(attemptId) ?? [];
  }

  /** Items of many attempts at once (item analysis), each attempt's in position order. */
  async itemsOf(m: EntityManager, attemptIds: string[]): Promise<Map<string, AttemptItemRecord[]>> {
    const rows: Record<string, unknown>[] = await m.query(
      `SELECT * FROM exam_attempt_items WHERE attempt_id = ANY($1::uuid[]) ORDER BY attempt_id, position`,
      [attemptIds],
    );
    const byAttempt = new Map<string, AttemptItemRecord[]>();
    for (const r of rows) {
      const list = byAttempt.get(String(r.attempt_id)) ?? [];
      list.push({
        position: Number(r.position),
        cardId: String(r.card_id),
        answer: r.answer ?? null,
        answeredAt: date(r.answered_at),
        correct: (r.correct as boolean | null) ?? null,
        partial: (r.partial as boolean | null) ?? null,
        flagged: Boolean(r.flagged),
      });
      byAttempt.set(String(r.attempt_id), list);
    }
    return byAttempt;
  }

  async saveItem(
    m: EntityManager,
    attemptId: string,
    position: number,
    change: { answer?: { value: unknown; correct: boolean; partial: boolean; at: Date }; flagged?: boolean },
  ): Promise<boolean> {
    const rows = await queryRows(
      m,
      `UPDATE exam_attempt_items SET
         answer = CASE WHEN $3 THEN $4::jsonb ELSE answer END,
         answered_at = CASE WHEN $3 THEN $5 ELSE answered_at END,
         correct = CASE WHEN $3 THEN $6 ELSE correct END,
         partial = CASE WHEN $3 THEN $7 ELSE partial END,
         flagged = coalesce($8, flagged)
       WHERE attempt_id = $1 AND position = $2 RETURNING position`,
      [
        attemptId,
        position,
        change.answer !== undefined,
        change.answer ? JSON.stringify(change.answer.value) : null,
        change.answer?.at ?? null,
        change.answer?.correct ?? null,
        change.answer?.partial ?? null,
        change.flagged ?? null,
      ],
    );
    return rows.length > 0;
  }

  async update(m: EntityManager, examId: string, changes: { title?: string; closesAt?: Date }): Promise<void> {
    if (changes.title !== undefined) await m.query(`UPDATE exams SET title = $2 WHERE id = $1`, [examId, changes.title]);
    if (changes.closesAt !== undefined)
      await m.query(`UPDATE exams SET closes_at = $2 WHERE id = $1`, [examId, changes.closesAt]);
  }

  async delete(m: EntityManager, examId: string): Promise<void> {
    await m.query(`DELETE FROM exams WHERE id = $1`, [examId]);
  }

  async finish(m: EntityManager, attemptId: string, at: Date, score: number, auto: boolean): Promise<void> {
    await m.query(`UPDATE exam_attempts SET submitted_at = $2, score = $3, auto_submitted = $4 WHERE id = $1`, [
      attemptId,
      at,
      score,
      auto,
    ]);
  }
}
