import { drawLearner, loadFigures, simulate, type SimCard } from '../../src/core/learning-simulation';

const cards: SimCard[] = Array.from({ length: 60 }, (_, i) => ({ id: `c${i}`, roots: [i % 2 === 0 ? 'L4' : 'L5'] }));
const config = { days: 30, newPerDay: 10, reviewsPerDay: 200, desiredRetention: 0.9 };

describe('learning simulation', () => {
  it('is deterministic for a seed and draws different learners for different seeds', () => {
    const a = drawLearner(7, cards.length, 30);
    expect(drawLearner(7, cards.length, 30)).toEqual(a);
    expect(drawLearner(8, cards.length, 30).weights).not.toEqual(a.weights);
    expect(simulate('fsrs', a, cards, config)).toEqual(simulate('fsrs', a, cards, config));
  });

  it('studies every card, counts reviews per day and none on missed days', () => {
    const learner = { ...drawLearner(3, cards.length, 30), missed: Array.from({ length: 30 }, (_, d) => d === 5) };
    for (const kind of ['sm2', 'fsrs', 'exam'] as const) {
      const result = simulate(kind, learner, cards, config);
      expect(result.daily).toHaveLength(30);
      expect(result.daily[5]).toBe(0);
      expect(result.daily.reduce((a, b) => a + b, 0)).toBe(result.reviews);
      // Every card was introduced (at least one review each) and exam-day recall is a probability.
      expect(result.reviews).toBeGreaterThanOrEqual(cards.length);
      expect(result.examRecall).toBeGreaterThan(0.5);
      expect(result.examRecall).toBeLessThanOrEqual(1);
      expect(Object.keys(result.rootRecall).sort()).toEqual(['L4', 'L5']);
    }
  });

  it('with no cards recalls nothing and reviews nothing', () => {
    const learner = drawLearner(1, 0, 30);
    const result = simulate('exam', learner, [], config);
    expect(result).toMatchObject({ reviews: 0, examRecall: 0, cardsRecalled: 0 });
  });

  it('keeps the exam-date scheduler under 1.5 times its mean daily load where FSRS front-loads', () => {
    const learner = drawLearner(11, cards.length, 30);
    const exam = simulate('exam', learner, cards, config);
    const fsrs = simulate('fsrs', learner, cards, config);
    expect(loadFigures(exam.daily, learner.missed).ratio).toBeLessThanOrEqual(1.5);
    expect(loadFigures(fsrs.daily, learner.missed).ratio).toBeGreaterThan(1.5);
  });

  it('asks the fitter on the refit days and uses what it returns', () => {
    const learner = drawLearner(5, cards.length, 30);
    const seen: number[] = [];
    const result = simulate('fsrs-fitted', learner, cards, {
      ...config,
      refitDays: [10, 20],
      fit: (log) => {
        seen.push(log.length);
        return null;
      },
    });
    expect(seen).toHaveLength(2);
    expect(seen[0]!).toBeGreaterThan(0);
    expect(seen[1]!).toBeGreaterThan(seen[0]!);
    // Returning null keeps the defaults: the same run as plain FSRS.
    expect(result.reviews).toBe(simulate('fsrs', learner, cards, config).reviews);
  });

  it('reports max, mean over study days and their ratio', () => {
    expect(loadFigures([10, 0, 20, 30], [false, true, false, false])).toEqual({ max: 30, mean: 20, ratio: 1.5 });
  });
});
