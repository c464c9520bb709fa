import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface StudySettings {
  desiredRetention: number;
  newPerDay: number;
  reviewsPerDay: number;
  learningSteps: string[];
  relearningSteps: string[];
  timeZone: string;
  dayStartHour: number;
  suspendLeeches: boolean;
  /** After an exam, bring the missed cards forward in the queue. */
  examMissesFirst: boolean;
  /** The learner's own exam date (YYYY-MM-DD), used when examMode is 'manual'. */
  examDate: string | null;
  /** Where the exam date comes from: 'auto' (assignments and assigned exams), 'manual' (examDate), 'off'. */
  examMode: ExamMode;
}

export const EXAM_MODES = ['auto', 'manual', 'off'] as const;
export type ExamMode = (typeof EXAM_MODES)[number];

/** The defaults Anki users know. A learner without a settings row has these. */
export const DEFAULT_STUDY_SETTINGS: StudySettings = {
  desiredRetention: 0.9,
  newPerDay: 20,
  reviewsPerDay: 200,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  timeZone: 'UTC',
  dayStartHour: 4,
  suspendLeeches: false,
  examMissesFirst: true,
  examDate: null,
  examMode: 'auto',
};

const COLUMNS: Record<keyof StudySettings, string> = {
  desiredRetention: 'desired_retention',
  newPerDay: 'new_per_day',
  reviewsPerDay: 'reviews_per_day',
  learningSteps: 'learning_steps',
  relearningSteps: 'relearning_steps',
  timeZone: 'time_zone',
  dayStartHour: 'day_start_hour',
  suspendLeeches: 'suspend_leeches',
  examMissesFirst: 'exam_misses_first',
  examDate: 'exam_date',
  examMode: 'exam_mode',
};

/** A study_settings row (as pg returns it, or as to_jsonb makes it) as settings; no row means the defaults. */
export function settingsFromRow(row: Record<string, unknown> | undefined): StudySettings {
  if (!row) return { ...DEFAULT_STUDY_SETTINGS };
  return {
    desiredRetention: Math.round(Number(row.desired_retention) * 1000) / 1000,
    newPerDay: Number(row.new_per_day),
    reviewsPerDay: Number(row.reviews_per_day),
    learningSteps: row.learning_steps as string[],
    relearningSteps: row.relearning_steps as string[],
    timeZone: String(row.time_zone),
    dayStartHour: Number(row.day_start_hour),
    suspendLeeches: Boolean(row.suspend_leeches),
    examMissesFirst: Boolean(row.exam_misses_first),
    // exam_date_text from get(); to_jsonb gives the date column itself as YYYY-MM-DD text.
    examDate: examDateText(row.exam_date_text ?? row.exam_date),
    examMode: (row.exam_mode as ExamMode | undefined) ?? 'auto',
  };
}

function examDateText(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

@Injectable()
export class StudySettingsRepository {
  async get(m: EntityManager, userId: string): Promise<StudySettings> {
    const rows: Record<string, unknown>[] = await m.query(
      `SELECT *, to_char(exam_date, 'YYYY-MM-DD') AS exam_date_text FROM study_settings WHERE user_id = $1`,
      [userId],
    );
    return settingsFromRow(rows[0]);
  }

  /** Each learner's time zone and day start (the defaults for learners without settings). */
  async dayBoundaries(m: EntityManager, userIds: string[]): Promise<Map<string, { timeZone: string; dayStartHour: number }>> {
    const rows: { user_id: string; time_zone: string; day_start_hour: number }[] = await m.query(
      `SELECT user_id, time_zone, day_start_hour FROM study_settings WHERE user_id = ANY($1::uuid[])`,
      [userIds],
    );
    const found = new Map(rows.map((r) => [r.user_id, { timeZone: r.time_zone, dayStartHour: Number(r.day_start_hour) }]));
    const fallback = { timeZone: DEFAULT_STUDY_SETTINGS.timeZone, dayStartHour: DEFAULT_STUDY_SETTINGS.dayStartHour };
    return new Map(userIds.map((id) => [id, found.get(id) ?? fallback]));
  }

  /** Writes the given fields, creating the row with defaults for the rest if needed. */
  async save(m: EntityManager, userId: string, changes: Partial<StudySettings>): Promise<StudySettings> {
    const merged = { ...(await this.get(m, userId)), ...changes };
    const keys = Object.keys(COLUMNS) as (keyof StudySettings)[];
    const columns = keys.map((k) => COLUMNS[k]);
    await m.query(
      `INSERT INTO study_settings (user_id, ${columns.join(', ')}, updated_at)
       VALUES ($1, ${keys.map((_, i) => `$${i + 2}`).join(', ')}, now())
       ON CONFLICT (user_id) DO UPDATE SET ${columns.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, updated_at = now()`,
      [userId, ...keys.map((k) => merged[k])],
    );
    return merged;
  }
}
