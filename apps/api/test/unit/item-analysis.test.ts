import { analyseItems, pearson, responseCounts } from '../../src/core/item-analysis';

/*
 * Worked by hand. Five students, four items (1 = right):
 *
 *            i1 i2 i3 i4 | total
 *   s1        1  1  1  1 |  4
 *   s2        1  1  1  0 |  3
 *   s3        1  1  0  0 |  2
 *   s4        1  0  0  0 |  1
 *   s5        0  0  0  0 |  0
 *
 * Facility: i1 4/5 = 0.8, i2 0.6, i3 0.4, i4 0.2.
 * Totals 4,3,2,1,0: mean 2, population variance (4+1+0+1+4)/5 = 2.
 * Sum of p*q = 0.16 + 0.24 + 0.24 + 0.16 = 0.8, so KR-20 = 4/3 * (1 - 0.8/2) = 0.8.
 * Corrected item-total correlation of i1: item [1,1,1,1,0] against the rest [3,2,1,0,0]:
 *   deviations from 0.8 and 1.2 give sum(dx*dy) = 1.2, sum(dx^2) = 0.8, sum(dy^2) = 6.8,
 *   r = 1.2 / sqrt(0.8 * 6.8) = 0.5145. By symmetry i4 is 0.5145 too.
 * i2: item [1,1,1,0,0] against [3,2,1,1,0]: sum(dx*dy) = 1.8, sum(dx^2) = 1.2, sum(dy^2) = 5.2,
 *   r = 1.8 / sqrt(6.24) = 0.7206; i3 the same by symmetry.
 */
const WORKED = [
  [1, 1, 1, 1],
  [1, 1, 1, 0],
  [1, 1, 0, 0],
  [1, 0, 0, 0],
  [0, 0, 0, 0],
];

describe('item analysis', () => {
  const result = analyseItems(WORKED);

  it('computes facility per item', () => {
    expect(result.items.map((i) => i.facility)).toEqual([0.8, 0.6, 0.4, 0.2]);
    expect(result.meanScore).toBe(2);
    expect(result.students).toBe(5);
  });

  it('computes the corrected item-total discrimination', () => {
    expect(result.items.map((i) => i.discrimination)).toEqual([0.5145, 0.7206, 0.7206, 0.5145]);
  });

  it('computes KR-20 / Cronbach alpha', () => {
    expect(result.reliability).toBe(0.8);
  });

  it('flags items too hard (facility < 0.3), too easy (> 0.8) or poorly discriminating (< 0.1)', () => {
    expect(result.items.map((i) => i.flags)).toEqual([[], [], [], ['too-hard']]);
    const skewed = analyseItems([
      [1, 1, 0],
      [1, 0, 1],
      [1, 1, 1],
      [1, 0, 0],
    ]);
    // Everyone got item 1: too easy, and with no variance it cannot discriminate.
    expect(skewed.items[0]).toEqual({ facility: 1, discrimination: null, flags: ['too-easy', 'poor-discrimination'] });
    // Item 3 is answered right by the weaker students as often as the stronger ones.
    expect(skewed.items[2]!.discrimination).toBeLessThan(0.1);
    expect(skewed.items[2]!.flags).toContain('poor-discrimination');
  });

  it('counts a partly right answer as half', () => {
    const half = analyseItems([
      [0.5, 1],
      [0, 0],
    ]);
    expect(half.items[0]!.facility).toBe(0.25);
  });

  it('gives no reliability without enough data or variance', () => {
    expect(analyseItems([[1, 0, 1]]).reliability).toBeNull();
    expect(analyseItems([[1], [0]]).reliability).toBeNull();
    expect(
      analyseItems([
        [1, 0],
        [0, 1],
      ]).reliability,
    ).toBeNull();
    expect(analyseItems([]).items).toEqual([]);
    expect(pearson([1], [1])).toBeNull();
  });
});

describe('response counts', () => {
  it('counts each option and the blanks', () => {
    const { counts, unanswered } = responseCounts(['L4', 'L5', 'S1'], ['L5', 'L5', null, 'S1', 'L5']);
    expect([...counts]).toEqual([
      ['L4', 0],
      ['L5', 3],
      ['S1', 1],
    ]);
    expect(unanswered).toBe(1);
  });
});
