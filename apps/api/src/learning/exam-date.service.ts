import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { daysUntilExam, examAdjustedSchedule, examRetention, type ExamDateSource } from '../core/exam-date';
import { applyRating, type Rating, type Schedule, type ScheduleLog } from '../core/scheduler';
import { studyDate, type DayBoundary } from '../core/study-day';
import { LearnerAssignmentsRepository } from './learner-assignments.repository';
import type { StudySettings } from './study-settings.repository';

/** The exam a learner's scheduling aims at: its study date and where it comes from. */
export interface LearnerExam {
  date: string;
  source: ExamDateSource;
  /** What it is, for the learner: "your own date", the cohort and deck, or the exam's title. */
  label: string;
}

/**
 * Resolves a learner's exam date: their own (mode 'manual'), or in mode 'auto' the nearest one
 * still ahead among their assignments' target dates and the opening times of exams assigned to
 * their cohorts (as a date in their time zone). A date already past means no exam: scheduling is
 * back to normal.
 */
@Injectable()
export class ExamDateService {
  constructor(private readonly assignments: LearnerAssignmentsRepository) {}

  async resolve(m: EntityManager, userId: string, settings: StudySettings, now: Date): Promise<LearnerExam | null> {
    const today = studyDate(now, settings);
    if (settings.examMode === 'off') return null;
    if (settings.examMode === 'manual') {
      return settings.examDate && settings.examDate >= today
        ? { date: settings.examDate, source: 'settings', label: 'your exam date' }
        : null;
    }
    const candidates = [...(await this.fromAssignments(m, userId)), ...(await this.fromExams(m, userId, settings))];
    return candidates.filter((c) => c.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0] ?? null;
  }

  /**
   * A rating applied with the exam in view (the review path's one call): desired retention by the
   * exam policy for the days left, then the next review moved before the exam if needed.
   */
  async applyRating(
    m: EntityManager,
    userId: string,
    settings: StudySettings,
    schedule: Schedule,
    now: Date,
    rating: Rating,
  ): Promise<{ schedule: Schedule; log: ScheduleLog }> {
    const exam = await this.resolve(m, userId, settings, now);
    if (!exam) return applyRating(settings, schedule, now, rating);
    const desiredRetention = examRetention(daysUntilExam(now, exam.date, settings), settings.desiredRetention);
    const rated = applyRating({ ...settings, desiredRetention }, schedule, now, rating);
    const adjusted = examAdjustedSchedule(
      rated.schedule,
      now,
      { date: exam.date, normalRetention: settings.desiredRetention },
      settings,
    );
    return { schedule: adjusted, log: rated.log };
  }

  private async fromAssignments(m: EntityManager, userId: string): Promise<LearnerExam[]> {
    return (await this.assignments.forLearner(m, userId))
      .filter((a) => a.targetDate !== null)
      .map((a) => ({ date: a.targetDate as string, source: 'assignment' as const, label: `${a.cohortName}: ${a.deckId}` }));
  }

  private async fromExams(m: EntityManager, userId: string, day: DayBoundary): Promise<LearnerExam[]> {
    const rows: { title: string; opens_at: Date }[] = await m.query(
      `SELECT e.title, e.opens_at FROM exams e
         JOIN cohorts c ON c.id = e.cohort_id AND c.archived_at IS NULL
         JOIN cohort_members cm ON cm.cohort_id = e.cohort_id AND cm.user_id = $1 AND cm.left_at IS NULL
        WHERE e.kind = 'assigned' AND e.opens_at IS NOT NULL`,
      [userId],
    );
    return rows.map((r) => ({ date: studyDate(new Date(r.opens_at), day), source: 'exam' as const, label: r.title }));
  }
}
