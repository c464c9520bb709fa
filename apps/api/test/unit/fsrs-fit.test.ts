import {
  DEFAULT_WEIGHTS,
  MIN_REVIEWS_TO_OPTIMISE,
  MIN_SCORED_REVIEWS,
  decideFit,
  isTrainable,
  isWeights,
  logLoss,
  optimiserItems,
  predictions,
  rescheduleCard,
  reviewsMissing,
  timeSplit,
  type FitReview,
} from '../../src/core/fsrs-fit';
import { applyRating, newSchedule, previewRatings, type Rating } from '../../src/core/scheduler';

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

describe('timeSplit, logLoss, decideFit', () => {
  const reviews = Array.from({ length: 10 }, (_, i) => review(`c${i % 3}`, i, 0, 3));

  it('timeSplit trains on the earliest share and scores from the first later review', () => {
    const { train, cutoff } = timeSplit([...reviews].reverse(), 0.8);
    expect(train.map((r) => r.reviewedAt.getTime())).toEqual(reviews.slice(0, 8).map((r) => r.reviewedAt.getTime()));
    expect(cutoff).toEqual(reviews[8]!.reviewedAt);
    expect(timeSplit(reviews, 1).cutoff).toBeNull();
    expect(timeSplit([], 0.8)).toEqual({ train: [], cutoff: null });
  });

  it('logLoss is the mean cross-entropy, clamped, null when empty', () => {
    expect(logLoss([])).toBeNull();
    expect(logLoss([{ p: 0.9, recalled: true }])).toBeCloseTo(-Math.log(0.9), 10);
    expect(logLoss([{ p: 0.9, recalled: false }])).toBeCloseTo(-Math.log(0.1), 10);
    expect(logLoss([{ p: 1, recalled: false }])).toBeCloseTo(-Math.log(1e-6), 6);
    expect(
      logLoss([
        { p: 0.8, recalled: true },
        { p: 0.8, recalled: false },
      ]),
    ).toBeCloseTo((-Math.log(0.8) - Math.log(0.2)) / 2, 10);
  });

  it('predictions score only reviews after the cutoff with a day gap, replaying the whole history', () => {
    const h = [review('a', 0, 0, 3), review('a', 0, 10, 3), review('a', 2, 0, 3), review('a', 7, 0, 1), review('b', 1, 0, 3)];
    const all = predictions(DEFAULT_WEIGHTS, h, h[0]!.reviewedAt);
    expect(all).toHaveLength(2);
    expect(all[1]!.recalled).toBe(false);
    expect(all.every((x) => x.p > 0 && x.p < 1)).toBe(true);
    expect(predictions(DEFAULT_WEIGHTS, h, h[3]!.reviewedAt)).toEqual([all[1]]);
    expect(predictions(DEFAULT_WEIGHTS, h, null)).toEqual([]);
  });

  it('decideFit keeps weights only when they lower log loss on enough later reviews', () => {
    expect(decideFit({ before: 0.4, after: 0.35, scored: 50 }).keep).toBe(true);
    expect(decideFit({ before: 0.4, after: 0.4, scored: 50 }).keep).toBe(false);
    expect(decideFit({ before: 0.4, after: 0.45, scored: 50 }).keep).toBe(false);
    expect(decideFit({ before: 0.4, after: 0.3, scored: MIN_SCORED_REVIEWS - 1 })).toEqual({
      keep: false,
      reason: expect.stringContaining('too few later reviews'),
    });
    expect(decideFit({ before: null, after: null, scored: 0 }).keep).toBe(false);
    expect(decideFit({ before: 0.4, after: Number.NaN, scored: 50 }).keep).toBe(false);
  });

  it('isWeights and reviewsMissing', () => {
    expect(isWeights([...DEFAULT_WEIGHTS])).toBe(true);
    expect(isWeights(DEFAULT_WEIGHTS.slice(0, 20))).toBe(false);
    expect(isWeights([...DEFAULT_WEIGHTS.slice(0, 20), Number.NaN])).toBe(false);
    expect(reviewsMissing(0)).toBe(MIN_REVIEWS_TO_OPTIMISE);
    expect(reviewsMissing(MIN_REVIEWS_TO_OPTIMISE + 5)).toBe(0);
  });
});

describe('rescheduleCard', () => {
  const settings = { desiredRetention: 0.9, learningSteps: ['1m', '10m'], relearningSteps: ['10m'] };
  const t = new Date(t0);
  let s = newSchedule(t);
  s = applyRating(settings, s, t, 3).schedule;
  s = applyRating(settings, s, new Date(t0 + 10 * 60_000), 3).schedule;
  const history = [
    { rating: 3 as Rating, deltaT: 0 },
    { rating: 3 as Rating, deltaT: 0 },
  ];

  it('keeps the state, reps, lapses and last review; counts the due date from the last review', () => {
    expect(s.state).toBe(2);
    const slower = [...DEFAULT_WEIGHTS];
    slower[2] = DEFAULT_WEIGHTS[2]! * 4; // a larger initial stability for Good
    const same = rescheduleCard(DEFAULT_WEIGHTS, 0.9, s, history);
    const other = rescheduleCard(slower, 0.9, s, history);
    for (const r of [same, other]) {
      expect(r.state).toBe(s.state);
      expect(r.reps).toBe(s.reps);
      expect(r.lapses).toBe(s.lapses);
      expect(r.lastReview).toEqual(s.lastReview);
      expect(r.due.getTime()).toBe(s.lastReview!.getTime() + r.scheduledDays * DAY);
    }
    expect(other.stability).toBeGreaterThan(same.stability);
    expect(other.scheduledDays).toBeGreaterThan(same.scheduledDays);
  });

  it('leaves new and learning cards alone', () => {
    const fresh = newSchedule(t);
    expect(rescheduleCard(DEFAULT_WEIGHTS, 0.9, fresh, [])).toBe(fresh);
    const learning = applyRating(settings, fresh, t, 1).schedule;
    expect(rescheduleCard(DEFAULT_WEIGHTS, 0.9, learning, [{ rating: 1, deltaT: 0 }])).toBe(learning);
  });
});

describe("the scheduler with a learner's weights", () => {
  it('uses fitted weights when given, the defaults otherwise', () => {
    const base = { desiredRetention: 0.9, learningSteps: [], relearningSteps: [] };
    const now = new Date(t0);
    const slower = [...DEFAULT_WEIGHTS];
    slower[2] = DEFAULT_WEIGHTS[2]! * 4;
    const good = (w: readonly number[] | null) =>
      previewRatings({ ...base, fsrsWeights: w }, newSchedule(now), now)[2]!.intervalSeconds;
    expect(good(null)).toBe(previewRatings(base, newSchedule(now), now)[2]!.intervalSeconds);
    expect(good(slower)).toBeGreaterThan(good(null));
    // Anything but 21 finite numbers is ignored.
    expect(good(slower.slice(0, 20))).toBe(good(null));
  });
});
