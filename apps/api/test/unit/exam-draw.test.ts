import { blueprintRoot, drawQuestions } from '../../src/core/exam-draw';
import type { RootId } from '@dermatome/data';

const pool = (['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2'] as RootId[]).flatMap((root) =>
  Array.from({ length: root === 'L5' ? 20 : 4 }, (_, i) => ({ id: `${root}-${i}`, roots: [root] })),
);

describe('drawing exam questions', () => {
  it('never repeats a question and balances the roots', () => {
    const drawn = drawQuestions(pool, 21, 42);
    expect(drawn).toHaveLength(21);
    expect(new Set(drawn.map((c) => c.id)).size).toBe(21);
    const perRoot = new Map<string, number>();
    for (const c of drawn) perRoot.set(blueprintRoot(c), (perRoot.get(blueprintRoot(c)) ?? 0) + 1);
    expect([...perRoot.values()].sort()).toEqual([3, 3, 3, 3, 3, 3, 3]);
  });

  it('fills up from the roots that still have cards once others run out', () => {
    const drawn = drawQuestions(pool, 40, 7);
    const l5 = drawn.filter((c) => blueprintRoot(c) === 'L5').length;
    expect(l5).toBe(40 - 6 * 4);
    expect(drawQuestions(pool, 500, 7)).toHaveLength(pool.length);
  });

  it('is deterministic for a seed and varies between seeds', () => {
    expect(drawQuestions(pool, 10, 1).map((c) => c.id)).toEqual(drawQuestions(pool, 10, 1).map((c) => c.id));
    expect(drawQuestions(pool, 10, 1).map((c) => c.id)).not.toEqual(drawQuestions(pool, 10, 2).map((c) => c.id));
  });

  it('puts saddle-only cards in a blueprint group of their own', () => {
    expect(blueprintRoot({ id: 'x', roots: ['S3', 'S4-5'] })).toBe('saddle');
    expect(blueprintRoot({ id: 'y', roots: ['S3', 'S2'] })).toBe('S2');
  });
});
