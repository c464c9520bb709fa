import { ReviewEngine1763870400000 } from './1763870400000-review-engine';
import { Cohorts1763956800000 } from './1763956800000-cohorts';
import { Exams1764043200000 } from './1764043200000-exams';
import { OneAssignmentPerDeck1764648000000 } from './1764648000000-one-assignment-per-deck';
import { Examination1765000000000 } from './1765000000000-examination';
import { ExamDate1765100000000 } from './1765100000000-exam-date';
import { FsrsParameters1765200000000 } from './1765200000000-fsrs-parameters';

/** Migrations in the order they apply. Never edit one that has shipped: add a new one. */
export const migrations: Function[] = [
  ReviewEngine1763870400000,
  Cohorts1763956800000,
  Exams1764043200000,
  OneAssignmentPerDeck1764648000000,
  Examination1765000000000,
  ExamDate1765100000000,
  FsrsParameters1765200000000,
];
