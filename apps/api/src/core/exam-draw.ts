import { MASTERY_ROOTS, type RootId } from '@dermatome/data';
import { mulberry32 } from './simulate';

export interface DrawableCard {
  id: string;
  roots: readonly RootId[];
}

/** The root a question counts for in the blueprint: its first root L1..S2, or the saddle (S3, S4-5). */
export function blueprintRoot(card: DrawableCard): string {
  return card.roots.find((r) => (MASTERY_ROOTS as readonly string[]).includes(r)) ?? 'saddle';
}

/**
 * Draws `count` different questions, spread as evenly as the pool allows across roots: one per
 * root in turn (roots in a random order each round), each root's cards in a random order.
 * Deterministic for a seed; the questions come out shuffled.
 */
export function drawQuestions<T extends DrawableCard>(pool: readonly T[], count: number, seed: number): T[] {
  const random = mulberry32(seed);
  const groups = new Map<string, T[]>();
  for (const card of pool) {
    const key = blueprintRoot(card);
    groups.set(key, [...(groups.get(key) ?? []), card]);
  }
  const queues = [...groups.values()].map((cards) => shuffle(cards, random));
  const drawn: T[] = [];
  while (drawn.length < count && queues.some((q) => q.length > 0)) {
    for (const queue of shuffle(queues, random)) {
      const next = queue.shift();
      if (next && drawn.length < count) drawn.push(next);
    }
  }
  return shuffle(drawn, random);
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}
