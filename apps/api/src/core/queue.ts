/** What the queue builder needs to know about a card the learner has already studied. */
export interface StudiedCard {
  cardId: string;
  /** 1 learning, 2 review, 3 relearning (new cards are passed separately). */
  state: 1 | 2 | 3;
  due: Date;
  suspended: boolean;
  buriedUntil: Date | null;
}

export interface QueueInput {
  now: Date;
  /** Start of the learner's next day: reviews due before it are due today. */
  nextDayStart: Date;
  studied: StudiedCard[];
  /** Unseen cards, in the order they should be introduced (already filtered by deck and pace). */
  newCandidates: string[];
  newLimitLeft: number;
  reviewLimitLeft: number;
  /** Learning cards due this soon are shown when nothing else is left (Anki's "learn ahead"). */
  learnAheadMs?: number;
}

export type QueueKind = 'learning' | 'review' | 'new';
export interface QueueEntry {
  cardId: string;
  kind: QueueKind;
}

export interface QueueCounts {
  new: number;
  learning: number;
  review: number;
}

export interface Queue {
  entries: QueueEntry[];
  counts: QueueCounts;
  /** When the next learning card not yet in `entries` becomes due today, if any. */
  nextLearningDue: Date | null;
}

const DEFAULT_LEARN_AHEAD_MS = 20 * 60 * 1000;

/**
 * Today's queue: (re)learning cards due now, then today's reviews and new cards interleaved,
 * then learning cards due within the learn-ahead window. Suspended and buried cards never appear.
 */
export function buildQueue(input: QueueInput): Queue {
  const now = input.now.getTime();
  const dayEnd = input.nextDayStart.getTime();
  const learnAhead = now + (input.learnAheadMs ?? DEFAULT_LEARN_AHEAD_MS);
  const available = input.studied.filter((c) => !c.suspended && !(c.buriedUntil && c.buriedUntil.getTime() > now));
  const byDue = (a: StudiedCard, b: StudiedCard) => a.due.getTime() - b.due.getTime() || a.cardId.localeCompare(b.cardId);

  const learning = available.filter((c) => c.state !== 2 && c.due.getTime() < dayEnd).sort(byDue);
  const learningNow = learning.filter((c) => c.due.getTime() <= now);
  const learningSoon = learning.filter((c) => c.due.getTime() > now && c.due.getTime() <= learnAhead);
  const learningLater = learning.filter((c) => c.due.getTime() > learnAhead);
  const reviews = available
    .filter((c) => c.state === 2 && c.due.getTime() < dayEnd)
    .sort(byDue)
    .slice(0, Math.max(0, input.reviewLimitLeft));
  const news = input.newCandidates.slice(0, Math.max(0, input.newLimitLeft));

  const entries: QueueEntry[] = [
    ...learningNow.map((c) => ({ cardId: c.cardId, kind: 'learning' as const })),
    ...interleave<QueueEntry>(
      reviews.map((c) => ({ cardId: c.cardId, kind: 'review' as const })),
      news.map((cardId) => ({ cardId, kind: 'new' as const })),
    ),
    ...learningSoon.map((c) => ({ cardId: c.cardId, kind: 'learning' as const })),
  ];
  return {
    entries,
    counts: { new: news.length, learning: learning.length, review: reviews.length },
    nextLearningDue: learningLater[0]?.due ?? null,
  };
}

/** Spreads `b` evenly through `a`, keeping the order within each list. */
export function interleave<T>(a: T[], b: T[]): T[] {
  const placed = [
    ...a.map((item, i) => ({ item, at: (i + 1) / (a.length + 1), tie: 0 })),
    ...b.map((item, i) => ({ item, at: (i + 1) / (b.length + 1), tie: 1 })),
  ];
  return placed.sort((x, y) => x.at - y.at || x.tie - y.tie).map((p) => p.item);
}

/**
 * The order new cards are introduced in: easier cards first (in bands of 0.2 difficulty), and
 * within a band a fixed pseudo-random order, so roots and card types interleave instead of
 * arriving in the bank's blocks. Examination cases (a simulated patient to examine) come after
 * every other new card: examining needs the maps, the myotomes and the reflexes learnt first.
 */
export function newCardOrder<T extends { id: string; difficulty: number; type?: string }>(cards: readonly T[]): T[] {
  const band = (c: T) => (c.type === 'examination-case' ? 5 : Math.min(4, Math.floor(c.difficulty * 5)));
  return [...cards].sort((a, b) => band(a) - band(b) || hash(a.id) - hash(b.id) || a.id.localeCompare(b.id));
}

/** FNV-1a: a small, stable string hash. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
