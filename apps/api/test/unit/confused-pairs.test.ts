import { confusedPairs } from '../../src/core/confused-pairs';

describe('confusedPairs', () => {
  it('counts each wrong lesion once per examination, most confused first, with its share of the truth', () => {
    const pairs = confusedPairs([
      { truth: 'L5', answer: 'common-fibular' },
      { truth: 'L5', answer: 'common-fibular' },
      { truth: 'L5', answer: 'L5' },
      { truth: 'L5', answer: 'L4' },
      { truth: 'sural', answer: 'S1' },
      { truth: 'S1', answer: 'S1' },
    ]);
    expect(pairs).toEqual([
      { truth: 'L5', answer: 'common-fibular', count: 2, share: 0.5 },
      { truth: 'sural', answer: 'S1', count: 1, share: 1 },
      { truth: 'L5', answer: 'L4', count: 1, share: 0.25 },
    ]);
  });

  it('ignores right answers and keeps at most the limit', () => {
    expect(confusedPairs([{ truth: 'L4', answer: 'L4' }])).toEqual([]);
    const many = Array.from({ length: 30 }, (_, i) => ({ truth: `T${i}`, answer: 'X' }));
    expect(confusedPairs(many, 5)).toHaveLength(5);
    expect(confusedPairs(many, 0)).toEqual([]);
  });

  it('orders ties by id so that the list is stable', () => {
    const a = confusedPairs([
      { truth: 'b', answer: 'x' },
      { truth: 'a', answer: 'y' },
    ]);
    expect(a.map((p) => p.truth)).toEqual(['a', 'b']);
  });
});
