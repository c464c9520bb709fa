import type { Schema } from '@dermatome/api-client';

export type AssignmentStatus = Schema<'AssignmentProgressDto'>['status'];

/** An assignment's status in words, with an icon that repeats it (colour is never the only cue). */
export const ASSIGNMENT_STATUS: Record<AssignmentStatus, { label: string; icon: string }> = {
  'not-started': { label: 'Not started yet', icon: '○' },
  'on-track': { label: 'On track', icon: '✓' },
  behind: { label: 'Behind the pace', icon: '!' },
  complete: { label: 'Complete', icon: '★' },
};

/** "in 12 days", "today", "3 days ago" for the days left until a target date. */
export function daysLeftWords(days: number | null): string {
  if (days === null) return 'no target date';
  if (days === 0) return 'today';
  if (days > 0) return `${days} day${days === 1 ? '' : 's'} left`;
  return `${-days} day${days === -1 ? '' : 's'} ago`;
}

export type ItemFlag = Schema<'ItemStatisticsDto'>['flags'][number];

/** What an item-analysis flag means, in plain words, and what to do about it. */
export const ITEM_FLAGS: Record<ItemFlag, { label: string; explanation: string }> = {
  'too-hard': {
    label: 'Too hard',
    explanation: 'fewer than 30% got it right. Check the answer key and the wording, and whether the topic was taught.',
  },
  'too-easy': {
    label: 'Too easy',
    explanation: 'more than 80% got it right. Fine for confidence, but it tells strong and weak students apart very little.',
  },
  'poor-discrimination': {
    label: 'Poor discrimination',
    explanation:
      'students with high totals did no better on it than the others (below 0.1). Look for an ambiguous wording or a wrong key.',
  },
};

/** A one-line reading of an exam's reliability (KR-20 / Cronbach's alpha) as the API computed it. */
export function reliabilityReading(value: number | null, firstAttempts: number): string {
  if (value === null) return 'Not available yet: it needs first attempts from at least two students, with scores that differ.';
  const small = firstAttempts < 10 ? ` With only ${firstAttempts} first attempts it can swing a lot; read it with care.` : '';
  if (value >= 0.9) return `Excellent: the questions measure the same thing very consistently.${small}`;
  if (value >= 0.8) return `Good: consistent enough for a graded exam.${small}`;
  if (value >= 0.7) return `Acceptable for a quiz; for high stakes, add questions or improve the flagged ones.${small}`;
  if (value >= 0.5) return `Low: the total score is noisy. Look at the flagged questions.${small}`;
  return `Very low: the total says little about what students know. Revise the flagged questions.${small}`;
}

/** The window of an exam in words. */
export const EXAM_WINDOW: Record<Schema<'ExamDto'>['window'], { label: string; icon: string }> = {
  upcoming: { label: 'Upcoming', icon: '◷' },
  open: { label: 'Open now', icon: '●' },
  closed: { label: 'Closed', icon: '■' },
};

export type ExamField =
  | 'title'
  | 'deckId'
  | 'questionCount'
  | 'cardIds'
  | 'cardTypes'
  | 'timeLimitMinutes'
  | 'opensAt'
  | 'closesAt'
  | 'attemptsAllowed'
  | 'resultsVisibility'
  | 'accommodations';

/** What an edit, close or delete of an exam said, for the exam it was about. */
export interface ExamAdminResult {
  examId: string;
  kind: 'edit' | 'close' | 'delete';
  done: string | null;
  problem: string | null;
  fields: { title?: string; closesAt?: string };
  /** Set when the exam could not be deleted because students started it: the page offers to close it. */
  started?: boolean;
}
