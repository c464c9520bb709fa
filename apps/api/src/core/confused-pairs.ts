/** One submitted examination: the true lesion and the learner's answer (lesion ids, e.g. "L5", "common-fibular"). */
export interface ExaminationOutcome {
  truth: string;
  answer: string;
}

export interface ConfusedPair {
  truth: string;
  answer: string;
  /** Examinations of this truth answered with this lesion. */
  count: number;
  /** count / examinations of this truth (0..1). */
  share: number;
}

/**
 * The pairs (truth -> answer) a group confuses most: every examination whose answer names another
 * lesion counts once for its pair (a right lesion on the wrong side is no confusion of lesions).
 * Ordered by count, then share, then the ids (so the order is stable); at most `limit` pairs.
 */
export function confusedPairs(outcomes: readonly ExaminationOutcome[], limit = 10): ConfusedPair[] {
  const perTruth = new Map<string, number>();
  const pairs = new Map<string, { truth: string; answer: string; count: number }>();
  for (const o of outcomes) {
    perTruth.set(o.truth, (perTruth.get(o.truth) ?? 0) + 1);
    if (o.answer === o.truth) continue;
    const key = `${o.truth}\u0000${o.answer}`;
    const pair = pairs.get(key) ?? { truth: o.truth, answer: o.answer, count: 0 };
    pair.count += 1;
    pairs.set(key, pair);
  }
  return [...pairs.values()]
    .map((p) => ({ ...p, share: p.count / (perTruth.get(p.truth) ?? p.count) }))
    .sort((a, b) => b.count - a.count || b.share - a.share || a.truth.localeCompare(b.truth) || a.answer.localeCompare(b.answer))
    .slice(0, Math.max(0, limit));
}
