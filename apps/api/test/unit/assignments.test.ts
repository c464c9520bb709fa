import { assignmentProgress, expectedIntroduced, planNewCards, type AssignmentPace } from '../../src/core/assignments';

const deck = (ids: string[], start = '2026-11-10', pace = 2, target: string | null = null): AssignmentPace => ({
  startDate: start,
  newPerDay: pace,
  targetDate: target,
  cardIds: ids,
});

describe('assignment pacing', () => {
  const a = deck(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7']);

  it('expects nothing before the start date, then the pace per day, capped at the deck size', () => {
    expect(expectedIntroduced(a, '2026-11-09')).toBe(0);
    expect(expectedIntroduced(a, '2026-11-10')).toBe(2);
    expect(expectedIntroduced(a, '2026-11-12')).toBe(6);
    expect(expectedIntroduced(a, '2026-12-31')).toBe(7);
  });

  it('reports progress against the pace and the target', () => {
    const target = deck(a.cardIds as string[], '2026-11-10', 2, '2026-11-20');
    expect(assignmentProgress(target, '2026-11-09', new Set())).toMatchObject({
      status: 'not-started',
      expected: 0,
      daysToTarget: 11,
    });
    expect(assignmentProgress(target, '2026-11-11', new Set(['a1', 'a2', 'a3', 'a4']))).toMatchObject({
      seen: 4,
      expected: 4,
      status: 'on-track',
    });
    expect(assignmentProgress(target, '2026-11-12', new Set(['a1']))).toMatchObject({ seen: 1, expected: 6, status: 'behind' });
    expect(assignmentProgress(target, '2026-11-12', new Set(a.cardIds))).toMatchObject({ status: 'complete' });
  });

  it('serves assigned cards at the pace first, then the learner’s own up to their limit', () => {
    const plan = planNewCards({
      today: '2026-11-10',
      assignments: [a],
      personal: ['p1', 'a3', 'p2', 'p3'],
      personalLimitLeft: 4,
      seen: new Set(),
    });
    expect(plan.candidates).toEqual(['a1', 'a2', 'p1', 'a3', 'p2', 'p3']);
    expect(plan.limit).toBe(4);
  });

  it('honours the pace even above the learner’s own limit, and lets a learner catch up', () => {
    const plan = planNewCards({
      today: '2026-11-12',
      assignments: [a],
      personal: ['p1'],
      personalLimitLeft: 0,
      seen: new Set(['a1']),
    });
    expect(plan.candidates.slice(0, 5)).toEqual(['a2', 'a3', 'a4', 'a5', 'a6']);
    expect(plan.limit).toBe(5);
  });

  it('adds nothing from an assignment that has not started, and never the same card twice', () => {
    const later = deck(['b1', 'b2'], '2026-12-01');
    const overlapping = deck(['a1', 'a2', 'c1'], '2026-11-10', 3);
    const plan = planNewCards({
      today: '2026-11-10',
      assignments: [later, a, overlapping],
      personal: [],
      personalLimitLeft: 0,
      seen: new Set(),
    });
    expect(plan.candidates).toEqual(['a1', 'a2', 'c1']);
    expect(plan.limit).toBe(3);
  });
});
