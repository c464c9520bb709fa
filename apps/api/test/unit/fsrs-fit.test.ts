import { isTrainable, optimiserItems, type FitReview } from '../../src/core/fsrs-fit';
import type { Rating } from '../../src/core/scheduler';

const DAY = 86_400_000;
const t0 = Date.parse('2026-11-01T10:00:00Z');

function review(cardId: string, day: number, minutes: number, rating: Rating): FitReview {
  const reviewedAt = new Date(t0 + day * DAY + minutes * 60_000);
  return { cardId, reviewedAt, studyDate: reviewedAt.toISOString().slice(0, 10), rating };
}

describe('optimiserItems', () => {
  it('gives one item per review after the first, each the card history so far with day gaps', () => {
    const items = optimiserItems([
      review('a', 0, 0, 1),
      review('a', 0, 10, 3),
      review('a', 1, 0, 3),
      review('a', 4, 0, 1),
      review('b', 2, 0, 3),
      review('b', 9, 0, 4),
    ]);
    expect(items).toEqual([
      // a: [0,0] alone has no gap and is left out
      {
        reviews: [
          { rating: 1, deltaT: 0 },
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 1 },
        ],
      },
      {
        reviews: [
          { rating: 1, deltaT: 0 },
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 1 },
          { rating: 1, deltaT: 3 },
        ],
      },
      {
        reviews: [
          { rating: 3, deltaT: 0 },
          { rating: 4, deltaT: 7 },
        ],
      },
    ]);
  });

  it('leaves out histories with no review after their first day (they abort fsrs-rs), whatever the input order', () => {
    const items = optimiserItems([review('c', 0, 30, 3), review('c', 0, 0, 1), review('c', 0, 10, 1), review('d', 0, 0, 3)]);
    expect(items).toEqual([]);
    expect(optimiserItems([review('e', 3, 0, 3), review('e', 1, 0, 3)])).toEqual([
      {
        reviews: [
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 2 },
        ],
      },
    ]);
  });

  it('counts gaps in study dates, not in 24-hour periods', () => {
    const late: FitReview = { cardId: 'f', reviewedAt: new Date('2026-11-01T23:50:00Z'), studyDate: '2026-11-01', rating: 3 };
    const early: FitReview = { cardId: 'f', reviewedAt: new Date('2026-11-02T00:10:00Z'), studyDate: '2026-11-02', rating: 3 };
    expect(optimiserItems([late, early])).toEqual([
      {
        reviews: [
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 1 },
        ],
      },
    ]);
  });

  it('isTrainable rejects a first review with a gap, bad ratings and all-zero gaps', () => {
    expect(
      isTrainable([
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 1 },
      ]),
    ).toBe(true);
    expect(
      isTrainable([
        { rating: 3, deltaT: 1 },
        { rating: 3, deltaT: 1 },
      ]),
    ).toBe(false);
    expect(
      isTrainable([
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
      ]),
    ).toBe(false);
    expect(
      isTrainable([
        { rating: 3, deltaT: 0 },
        { rating: 5 as Rating, deltaT: 2 },
      ]),
    ).toBe(false);
    expect(isTrainable([{ rating: 3, deltaT: 0 }])).toBe(false);
  });
});
