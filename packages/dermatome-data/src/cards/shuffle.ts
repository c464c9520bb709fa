/** FNV-1a: a small string hash that is the same on every platform and run. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a deterministic sequence in [0, 1) from a 32-bit seed. */
function sequenceFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy of `items`; the same seed always gives the same order (the card id is the seed). */
export function shuffleBySeed<T>(items: readonly T[], seed: string): T[] {
  const result = [...items];
  const next = sequenceFrom(hashText(seed));
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** Picks one of `choices` by the seed, so a card keeps its wording from build to build. */
export function pickBySeed<T>(choices: readonly T[], seed: string): T {
  const choice = choices[hashText(seed) % choices.length];
  if (choice === undefined) throw new Error('pickBySeed needs at least one choice');
  return choice;
}
