import type { CardAnswer, ChoiceOption, RootId } from '../../types.js';
import { ROOT_ORDER } from '../../facts/index.js';
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

/** The `count` roots nearest to `root` in cranio-caudal order (root included), kept inside `pool`. */
export function neighbouringRoots(root: RootId, count: number, pool: readonly RootId[] = ROOT_ORDER): RootId[] {
  const index = pool.indexOf(root);
  if (index < 0) throw new Error(`${root} is not in the option pool`);
  const start = Math.max(0, Math.min(index - Math.floor(count / 2), pool.length - count));
  return pool.slice(start, start + count);
}
