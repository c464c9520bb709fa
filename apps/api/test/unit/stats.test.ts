import { dueForecast, fillDates, recallRate, streak } from '../../src/core/stats';

describe('statistics', () => {
  it('counts the streak back from today, or from yesterday when today has no review yet', () => {
    const dates = new Set(['2026-11-20', '2026-11-21', '2026-11-22']);
    expect(streak(dates, '2026-11-22')).toBe(3);
    expect(streak(dates, '2026-11-23')).toBe(3);
    expect(streak(dates, '2026-11-24')).toBe(0);
    expect(streak(new Set(), '2026-11-24')).toBe(0);
  });

  it('computes recall rate, null without reviews', () => {
    expect(recallRate(86, 100)).toBe(0.86);
    expect(recallRate(0, 0)).toBeNull();
  });

  it('forecasts due cards per study date, overdue counted today', () => {
    const day = { timeZone: 'UTC', dayStartHour: 4 };
    const now = new Date('2026-11-23T12:00:00Z');
    const forecast = dueForecast(
      [
        new Date('2026-11-01T00:00:00Z'),
        new Date('2026-11-23T20:00:00Z'),
        new Date('2026-11-24T03:59:00Z'),
        new Date('2026-11-25T10:00:00Z'),
        new Date('2027-03-01T00:00:00Z'),
      ],
      now,
      day,
      30,
    );
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toEqual({ date: '2026-11-23', due: 3 });
    expect(forecast[1]).toEqual({ date: '2026-11-24', due: 0 });
    expect(forecast[2]).toEqual({ date: '2026-11-25', due: 1 });
    expect(forecast.reduce((n, d) => n + d.due, 0)).toBe(4);
  });

  it('fills missing dates with zero', () => {
    expect(fillDates(new Map([['2026-11-02', 5]]), '2026-11-01', '2026-11-03')).toEqual([
      { date: '2026-11-01', value: 0 },
      { date: '2026-11-02', value: 5 },
      { date: '2026-11-03', value: 0 },
    ]);
  });
});
