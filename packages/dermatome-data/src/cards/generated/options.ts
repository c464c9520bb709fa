import type { CardAnswer, ChoiceOption, RootId } from '../../types.js';
import { ROOT_ORDER, skinDistanceToKeyPoint } from '../../facts/index.js';
import { shuffleBySeed } from '../shuffle.js';

/**
 * A multiple-choice answer whose option order is shuffled with the card id as seed, so the position
 * of the right option tells the learner nothing and never changes between builds.
 */
export function choiceAnswer(cardId: string, options: ChoiceOption[], correctOptionId: string): CardAnswer {
  if (!options.some((o) => o.id === correctOptionId)) {
    throw new Error(`card ${cardId}: correct option ${correctOptionId} is not among its options`);
  }
  return { kind: 'choice', options: shuffleBySeed(options, cardId), correctOptionId };
}

/** Options whose id and text are the value itself (root ids, root ranges, disc levels). */
export function plainOptions(values: readonly string[]): ChoiceOption[] {
  return values.map((value) => ({ id: value, text: value }));
}

/**
 * `root` and the `count - 1` roots a learner could plausibly take for it at its key point: roots whose skin
 * some accepted map puts in the key point's region or next to it (an L5 option for the mid-anterior thigh is
 * not one), nearest region first, then nearest in cranio-caudal order. Fewer when fewer are plausible (at
 * least three are, for every root). Kept inside `pool`.
 */
export function neighbouringRoots(root: RootId, count: number, pool: readonly RootId[] = ROOT_ORDER): RootId[] {
  const index = pool.indexOf(root);
  if (index < 0) throw new Error(`${root} is not in the option pool`);
  const candidates = pool
    .filter((other) => other !== root && skinDistanceToKeyPoint(root, other) < 2)
    .sort(
      (a, b) =>
        skinDistanceToKeyPoint(root, a) - skinDistanceToKeyPoint(root, b) ||
        Math.abs(pool.indexOf(a) - index) - Math.abs(pool.indexOf(b) - index) ||
        pool.indexOf(a) - pool.indexOf(b),
    );
  const chosen = new Set([root, ...candidates.slice(0, count - 1)]);
  return pool.filter((r) => chosen.has(r));
}
