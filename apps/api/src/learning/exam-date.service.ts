import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { learnerExam, type ExamDateSource } from '../core/exam-date';
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
 * Resolves a learner's exam date (core/exam-date.ts `learnerExam`) with the dates of their cohorts
 * read from the database. The review path reads those dates in its own context query instead.
 */
@Injectable()
export class ExamDateService {
  constructor(private readonly assignments: LearnerAssignmentsRepository) {}

  async resolve(m: EntityManager, userId: string, settings: StudySettings, now: Date): Promise<LearnerExam | null> {
    const cohortDates =
      settings.examMode === 'auto'
        ? [...(await this.fromAssignments(m, userId)), ...(await this.fromExams(m, userId, settings))]
        : [];
    return learnerExam(settings, now, cohortDates);
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
