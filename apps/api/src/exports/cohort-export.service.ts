import { Injectable } from '@nestjs/common';
import { MASTERY_ROOTS } from '@dermatome/data';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { byCodePoint } from '../common/compare';
import type { AuthUser } from '../auth/auth.decorators';
import { MasteryDailyRepository, type ExportLine } from '../learning/mastery-daily.repository';
import { CohortDashboardService } from '../cohorts/cohort-dashboard.service';
import { ExamResultsService } from '../exams/exam-results.service';

const BOM = '\uFEFF';

export interface CsvFile {
  filename: string;
  content: string;
}

/**
 * CSV exports of a cohort. Column names are stable (scripts and spreadsheets depend on them);
 * quoting follows RFC 4180. With `bom`, the file starts with a UTF-8 byte order mark so that
 * spreadsheet programs read names with accents correctly.
 */
@Injectable()
export class CohortExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dashboards: CohortDashboardService,
    private readonly daily: MasteryDailyRepository,
    private readonly examResults: ExamResultsService,
  ) {}

  /**
   * One row per student: current mastery and coverage per root, reviews, last activity, predicted
   * recall on the cohort's exam date (overall and per root, empty without one), and the
   * first-attempt percent of each exam set for the cohort (column exam_<title>_<id>_percent).
   */
  async roster(user: AuthUser, cohortId: string, bom: boolean): Promise<CsvFile> {
    const { cohort, rows, today } = await this.dashboards.rosterFor(user, cohortId);
    const exams = await this.examResults.firstAttemptPercents(this.dataSource.manager, cohortId);
    const columns = [
      'student_id',
      'display_name',
      'email',
      'joined_at',
      'last_active',
      'reviews_total',
      'reviews_7d',
      'overdue_cards',
      ...MASTERY_ROOTS.flatMap((r) => [`${r}_mastery`, `${r}_coverage`]),
      'exam_date',
      'predicted_exam_recall',
      ...MASTERY_ROOTS.map((r) => `${r}_predicted_exam_recall`),
      ...exams.map(({ exam }) => `exam_${slug(exam.title).replace(/-/g, '_')}_${exam.id.slice(0, 8)}_percent`),
    ];
    const records = rows.map((r) => [
      r.member.userId,
      r.member.displayName,
      r.member.email,
      r.member.joinedAt.toISOString(),
      r.lastActive ?? '',
      r.reviewsTotal,
      r.reviews7d,
      r.overdue,
      ...MASTERY_ROOTS.flatMap((root) => {
        const v = r.mastery.get(root);
        return [fixed(v?.mastery ?? 0), fixed(v?.coverage ?? 0)];
      }),
      r.exam?.date ?? '',
      r.exam ? fixed(r.exam.predictedRecall) : '',
      ...MASTERY_ROOTS.map((root) => (r.exam ? fixed(r.exam.roots.get(root) ?? 0) : '')),
      ...exams.map(({ percents }) => percents.get(r.member.userId) ?? ''),
    ]);
    return { filename: `${slug(cohort.name)}-roster-${today}.csv`, content: csv(columns, records, bom) };
  }

  /** The daily per-root series of every student since the cohort began, one row per student, root and date. */
  async masteryDaily(user: AuthUser, cohortId: string, bom: boolean): Promise<CsvFile> {
    const { cohort, rows, unrolled, today, from } = await this.dashboards.rosterFor(user, cohortId);
    const ids = rows.map((r) => r.member.userId);
    const stored = await this.daily.exportLines(this.dataSource.manager, ids, from, today);
    // Days the nightly roll-up has not stored yet are computed on read (exports write nothing).
    const computed: ExportLine[] = unrolled
      .map((s) => ({
        date: s.date,
        userId: s.userId,
        root: s.root,
        numbers: [fixed(s.mastery), fixed(s.coverage), fixed(s.recall), s.seen, s.total].join(','),
      }))
      .sort(byLine);
    const columns = [
      'date',
      'student_id',
      'display_name',
      'root',
      'mastery',
      'coverage',
      'recall_in_30_days',
      'seen_cards',
      'total_cards',
    ];
    // Names are the only cells that may need quoting or neutralising: each is written once.
    const nameCells = new Map(rows.map((r) => [r.member.userId, csvCell(r.member.displayName)]));
    const lines = mergeSorted(stored, computed, byLine).map(
      (l) => `${l.date},${l.userId},${nameCells.get(l.userId) ?? ''},${l.root},${l.numbers}`,
    );
    const header = csv(columns, [], bom);
    return {
      filename: `${slug(cohort.name)}-mastery-daily-${today}.csv`,
      content: lines.length === 0 ? header : `${header}${lines.join('\r\n')}\r\n`,
    };
  }
}

/** Two lists each sorted by `order`, as one sorted list. */
function mergeSorted<T>(a: readonly T[], b: readonly T[], order: (x: T, y: T) => number): T[] {
  if (b.length === 0) return [...a];
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && order(a[i]!, b[j]!) <= 0) ? a[i++]! : b[j++]!);
  return out;
}

/** By date, then student, then root: code-point order of ISO dates, lowercase UUIDs and root ids (PostgreSQL's `COLLATE "C"`). */
function byLine(a: ExportLine, b: ExportLine): number {
  return byCodePoint(a.date, b.date) || byCodePoint(a.userId, b.userId) || byCodePoint(a.root, b.root);
}

/** One value as a CSV cell, quoted and neutralised as the other exports write it. */
function csvCell(value: string): string {
  return stringify([[neutraliseFormula(value)]]).replace(/\r?\n$/, '');
}

function csv(columns: string[], records: unknown[][], bom: boolean): string {
  return (
    (bom ? BOM : '') + stringify([columns, ...records.map((r) => r.map(neutraliseFormula))], { record_delimiter: 'windows' })
  );
}

/** A name such as "=HYPERLINK(...)" must stay text in a spreadsheet (CSV formula injection). */
function neutraliseFormula(cell: unknown): unknown {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell) ? `'${cell}` : cell;
}

function fixed(value: number): string {
  return value.toFixed(4);
}

function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase()
      .slice(0, 60) || 'cohort'
  );
}
