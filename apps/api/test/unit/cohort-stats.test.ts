import { behindReasons, cohortMasterySeries, cohortMeans, lastDayOfEachWeek } from '../../src/core/cohort-stats';

describe('cohort statistics', () => {
  it('averages mastery over every current member, counting a member with no value as 0', () => {
    // Members a (0.6), b (0.3) and c (nothing) on the 2nd; only a (0.9) on the 3rd.
    const series = cohortMasterySeries(
      [
        { root: 'L5', date: '2026-11-02', sum: 0.9 },
        { root: 'L5', date: '2026-11-03', sum: 0.9 },
      ],
      3,
      ['2026-11-02', '2026-11-03'],
      'day',
    );
    const l5 = series.find((s) => s.root === 'L5')!;
    expect(l5.points).toEqual([
      { date: '2026-11-02', mastery: 0.3 },
      { date: '2026-11-03', mastery: 0.3 },
    ]);
    expect(series).toHaveLength(7);
    expect(series.find((s) => s.root === 'L1')!.points.every((p) => p.mastery === 0)).toBe(true);
  });

  it('shows each week by its last day', () => {
    // 2026-11-02 is a Monday.
    expect(lastDayOfEachWeek(['2026-11-01', '2026-11-02', '2026-11-05', '2026-11-08', '2026-11-09'])).toEqual([
      '2026-11-01',
      '2026-11-08',
      '2026-11-09',
    ]);
  });

  it('names why a student is behind', () => {
    const t = { today: '2026-11-20', inactiveDays: 3, overdueCards: 20, lowMastery: 0.4, graceDays: 7 };
    expect(
      behindReasons({ overdue: 0, lastActive: '2026-11-20', joinedOn: '2026-11-01', meanMastery: 0.8, assignmentsBehind: 0 }, t),
    ).toEqual([]);
    expect(
      behindReasons({ overdue: 35, lastActive: '2026-11-14', joinedOn: '2026-11-01', meanMastery: 0.2, assignmentsBehind: 1 }, t),
    ).toEqual(['inactive for 6 days', '35 cards overdue', 'behind the pace of an assignment', 'low mastery (20%)']);
    expect(
      behindReasons({ overdue: 0, lastActive: null, joinedOn: '2026-11-19', meanMastery: 0, assignmentsBehind: 0 }, t),
    ).toEqual([]);
    expect(
      behindReasons({ overdue: 0, lastActive: null, joinedOn: '2026-11-15', meanMastery: 0, assignmentsBehind: 0 }, t),
    ).toEqual(['no reviews in 5 days since joining']);
  });
});

describe('cohort means', () => {
  it('averages each root over every student', () => {
    const means = cohortMeans([
      { mastery: [{ root: 'L5', mastery: 0.8, coverage: 1 }] },
      { mastery: [{ root: 'L5', mastery: 0.2, coverage: 0.5 }] },
      { mastery: [] },
    ]);
    expect(means.find((m) => m.root === 'L5')).toEqual({ root: 'L5', mastery: 0.3333, coverage: 0.5 });
    expect(means.find((m) => m.root === 'S1')).toEqual({ root: 'S1', mastery: 0, coverage: 0 });
  });
});
