import type { Schema } from '@dermatome/api-client';

type Face = Schema<'CardFaceDto'>;

const TYPE_LABELS: Record<Face['type'], string> = {
  zone: 'Zone',
  locate: 'Locate',
  'key-point': 'Key point',
  'myotome-reflex': 'Myotome or reflex',
  vignette: 'Case',
  peripheral: 'Root or nerve',
  'disc-level': 'Disc level',
  'red-flag': 'Red flag',
  examination: 'Examination',
  'examination-case': 'Examination case',
};

export const cardTypeLabel = (type: Face['type']): string => TYPE_LABELS[type];

const KIND_LABELS: Record<Schema<'QueueCardDto'>['kind'], string> = {
  new: 'New',
  learning: 'Learning',
  review: 'Review',
};

export const queueKindLabel = (kind: Schema<'QueueCardDto'>['kind']): string => KIND_LABELS[kind];

export const RATING_NAMES = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' } as const;

export type ExamTypeGroup = Schema<'StartPracticeExamDto'>['cardTypes'][number];

/** The kinds of question an exam can ask, as the learner or instructor chooses them. */
export const EXAM_TYPE_GROUPS: { id: ExamTypeGroup; label: string; hint: string; chosenByDefault?: false }[] = [
  { id: 'vignettes', label: 'Clinical vignettes', hint: 'Cases: which root, or root versus peripheral nerve' },
  { id: 'locate', label: 'Locate on the map', hint: 'Click where a root or its key point is' },
  { id: 'key-points', label: 'Key points', hint: 'Which root an ISNCSCI key point tests' },
  { id: 'disc-levels', label: 'Disc levels', hint: 'Which root a herniation compresses' },
  { id: 'red-flags', label: 'Red flags', hint: 'Triage: routine, urgent or emergency' },
  { id: 'myotomes-reflexes', label: 'Myotomes and reflexes', hint: 'Key muscles and reflexes of each root' },
  {
    id: 'examination-cases',
    label: 'Examination cases',
    hint: 'Examine a simulated patient, then name the lesion (a few minutes each)',
    chosenByDefault: false,
  },
];

/** The kinds of question a new exam form starts with (examination cases are chosen on purpose). */
export const DEFAULT_EXAM_TYPE_GROUPS: string[] = EXAM_TYPE_GROUPS.filter((g) => g.chosenByDefault !== false).map((g) => g.id);
