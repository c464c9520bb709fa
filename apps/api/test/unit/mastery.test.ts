import { MASTERY_LEVEL_STABILITY_DAYS } from '@dermatome/data';
import { forgetting_curve, default_w } from 'ts-fsrs';
import {
  MASTERY_HORIZON_DAYS,
  MASTERY_LEVELS,
  cardDurability,
  masteryByRoot,
  masteryLevel,
  reviewMasteryChange,
  rootMastery,
  type MasteryCard,
} from '../../src/core/mastery';
import { applyRating, newSchedule, recallProbability, type Rating, type Schedule } from '../../src/core/scheduler';

const settings = { desiredRetention: 0.9, learningSteps: ['1m', '10m'], relearningSteps: ['10m'] };
const t0 = new Date('2026-11-01T10:00:00Z');
const DAY = 86_400_000;
const MIN = 60_000;

/** A card rated at the given minutes after t0. */
function studied(ratings: [number, Rating][]): Schedule {
  let s = newSchedule(t0);
  for (const [minutes, rating] of ratings) s = applyRating(settings, s, new Date(t0.getTime() + minutes * MIN), rating).schedule;
  return s;
}

describe('mastery: durable knowledge (recall 30 days ahead, learning cards 0)', () => {
  const graduated = studied([
    [0, 3],
    [10, 3],
  ]);
  const cards: MasteryCard[] = [
    { roots: ['L5'], schedule: graduated },
    { roots: ['L5', 'S1'], schedule: null },
    { roots: ['L5'], schedule: null },
    { roots: ['L5'], schedule: null },
  ];

  it('is the mean durability over the root cards, unseen counting 0, with coverage and durability over seen beside it', () => {
    const at = new Date(t0.getTime() + 11 * MIN);
    const l5 = rootMastery(cards, 'L5', at);
    const expected = recallProbability(graduated, new Date(at.getTime() + MASTERY_HORIZON_DAYS * DAY));
    expect(l5.total).toBe(4);
    expect(l5.seen).toBe(1);
    expect(l5.coverage).toBe(0.25);
    expect(l5.recall).toBeCloseTo(expected, 4);
    expect(l5.recall).toBeLessThan(0.75);
    expect(l5.mastery).toBeCloseTo(l5.recall / 4, 3);
    expect(l5.level).toBe('learning');
  });

  it('a card just failed reads 0, though its recall right now is close to 1', () => {
    const failed = studied([[0, 1]]);
    const now = new Date(t0.getTime() + MIN / 2);
    expect(recallProbability(failed, now)).toBeGreaterThan(0.95);
    expect(cardDurability(failed, now)).toBe(0);
    expect(cardDurability(null, now)).toBe(0);
  });

  it('right after a session failing every new card the root reads "learning", clearly below a learner who recalled them all', () => {
    const end = new Date(t0.getTime() + 30 * MIN);
    const root = (schedule: Schedule): MasteryCard[] => Array.from({ length: 6 }, () => ({ roots: ['L4'], schedule }));
    const failedAll = rootMastery(root(studied([[0, 1]])), 'L4', end);
    // Failed first, then got through the relearning steps in the same session.
    const failedThenPassed = rootMastery(
      root(
        studied([
          [0, 1],
          [1, 3],
          [11, 3],
        ]),
      ),
      'L4',
      end,
    );
    const recalledAll = rootMastery(root(graduated), 'L4', end);
    expect(failedAll).toMatchObject({ seen: 6, coverage: 1, mastery: 0, level: 'learning' });
    expect(failedThenPassed.level).toBe('learning');
    expect(recalledAll.level).toBe('familiar');
    expect(recalledAll.mastery - failedAll.mastery).toBeGreaterThan(0.5);
    expect(recalledAll.mastery - failedThenPassed.mastery).toBeGreaterThan(0.15);
  });

  it('a card reviewed successfully for weeks reads "mastered"', () => {
    const weeks = studied([
      [0, 3],
      [10, 3],
      [2 * 1440, 3],
      [8 * 1440, 3],
      [22 * 1440, 3],
    ]);
    const next = new Date(weeks.lastReview!.getTime() + DAY);
    expect(rootMastery([{ roots: ['S1'], schedule: weeks }], 'S1', next).level).toBe('mastered');
  });

  it('moves a root by one review’s change: the same mastery, seen and recall as a recount over all its cards', () => {
    const at = new Date(t0.getTime() + 30 * DAY);
    const review = studied([
      [0, 3],
      [10, 3],
      [3 * 1440, 3],
    ]);
    const learning = studied([[0, 3]]);
    const others: MasteryCard[] = [
      { roots: ['L5'], schedule: review },
      { roots: ['L5', 'S1'], schedule: learning },
      { roots: ['L5'], schedule: null },
    ];
    const cases: [string, Schedule | null, Rating][] = [
      ['a new card', null, 3],
      ['a card in its learning steps', learning, 3],
      ['a review card recalled', review, 3],
      ['a review card forgotten', review, 1],
    ];
    for (const [label, before, rating] of cases) {
      const after = applyRating(settings, before ?? newSchedule(at), at, rating).schedule;
      const recount = (schedule: Schedule | null) => rootMastery([...others, { roots: ['L5'], schedule }], 'L5', at);
      const [was, now] = [recount(before), recount(after)];
      const change = reviewMasteryChange(before, after, at);
      expect({ label, seen: was.seen + (change.newlySeen ? 1 : 0) }).toEqual({ label, seen: now.seen });
      expect(was.mastery * was.total + change.durability).toBeCloseTo(now.mastery * now.total, 3);
    }
    // Only a review-state card has durability: failing one takes its durability away.
    expect(reviewMasteryChange(review, applyRating(settings, review, at, 1).schedule, at).durability).toBeLessThan(0);
    expect(reviewMasteryChange(null, applyRating(settings, newSchedule(at), at, 3).schedule, at)).toEqual({
      durability: 0,
      newlySeen: true,
    });
  });

  it('reports every root L1..S2, not started where nothing was seen', () => {
    const all = masteryByRoot(cards, t0);
    expect(all.map((r) => r.root)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2']);
    const s1 = all.find((r) => r.root === 'S1')!;
    expect(s1).toMatchObject({ total: 1, seen: 0, mastery: 0, level: 'not-started' });
    expect(all.find((r) => r.root === 'L1')).toMatchObject({ total: 0, mastery: 0, coverage: 0 });
  });

  it('ignores reviews that happen after the moment asked about', () => {
    const before = new Date(t0.getTime() - DAY);
    expect(rootMastery(cards, 'L5', before).seen).toBe(0);
  });

  it('the level thresholds are the durability of a card of stability 1, 7 and 21 days, rounded down', () => {
    const from = (level: string) => MASTERY_LEVELS.find((l) => l.level === level)!.from;
    for (const [level, days] of Object.entries(MASTERY_LEVEL_STABILITY_DAYS)) {
      const r = forgetting_curve(default_w, MASTERY_HORIZON_DAYS, days);
      expect(from(level)).toBe(Math.floor(r * 100) / 100);
    }
  });

  it('maps values to the levels', () => {
    expect(masteryLevel(0, 0)).toBe('not-started');
    expect(masteryLevel(0, 3)).toBe('learning');
    expect(masteryLevel(0.58, 3)).toBe('learning');
    expect(masteryLevel(0.59, 3)).toBe('familiar');
    expect(masteryLevel(0.77, 3)).toBe('proficient');
    expect(masteryLevel(0.87, 3)).toBe('mastered');
  });
});
