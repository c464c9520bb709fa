import { masteryByRoot, masteryLevel, masteryOfRoots, rootMastery, type MasteryCard } from '../../src/core/mastery';
import { applyRating, newSchedule } from '../../src/core/scheduler';

const settings = { desiredRetention: 0.9, learningSteps: ['1m', '10m'], relearningSteps: ['10m'] };
const t0 = new Date('2026-11-01T10:00:00Z');
const DAY = 86_400_000;

describe('mastery', () => {
  const studied = applyRating(settings, newSchedule(t0), t0, 4).schedule;
  const cards: MasteryCard[] = [
    { roots: ['L5'], schedule: studied },
    { roots: ['L5', 'S1'], schedule: null },
    { roots: ['L5'], schedule: null },
    { roots: ['L5'], schedule: null },
  ];

  it('is the mean recall over the root cards, unseen counting 0, with coverage and recall beside it', () => {
    const at = new Date(t0.getTime() + Math.round(studied.stability) * DAY);
    const l5 = rootMastery(cards, 'L5', at);
    expect(l5.total).toBe(4);
    expect(l5.seen).toBe(1);
    expect(l5.coverage).toBe(0.25);
    expect(l5.recall).toBeGreaterThan(0.88);
    expect(l5.recall).toBeLessThan(0.92);
    expect(l5.mastery).toBeCloseTo(l5.recall / 4, 3);
    expect(l5.level).toBe('learning');
  });

  it('computes only the roots asked for, with the values masteryByRoot gives them', () => {
    const at = new Date(t0.getTime() + 3 * DAY);
    const some = masteryOfRoots(cards, ['S1', 'L5', 'S3'], at);
    expect(some.map((r) => r.root)).toEqual(['L5', 'S1']);
    const all = masteryByRoot(cards, at);
    for (const r of some) expect(r).toEqual(all.find((a) => a.root === r.root));
    expect(masteryOfRoots(cards, [], at)).toEqual([]);
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

  it('maps values to the product levels', () => {
    expect(masteryLevel(0, 0)).toBe('not-started');
    expect(masteryLevel(0.39, 3)).toBe('learning');
    expect(masteryLevel(0.4, 3)).toBe('familiar');
    expect(masteryLevel(0.7, 3)).toBe('proficient');
    expect(masteryLevel(0.9, 3)).toBe('mastered');
  });
});
