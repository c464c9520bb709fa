import {
  currentDayStart,
  dateRange,
  isValidTimeZone,
  nextDayStart,
  studyDate,
  studyDateEnd,
  studyDateStart,
} from '../../src/core/study-day';

const berlin = { timeZone: 'Europe/Berlin', dayStartHour: 4 };
const newYork = { timeZone: 'America/New_York', dayStartHour: 4 };

describe('study day boundaries', () => {
  it('counts a session after midnight but before the day start as the previous day', () => {
    // 02:30 in Berlin on 24 Nov (winter, UTC+1) is 01:30 UTC.
    const now = new Date('2026-11-24T01:30:00Z');
    expect(studyDate(now, berlin)).toBe('2026-11-23');
    expect(currentDayStart(now, berlin).toISOString()).toBe('2026-11-23T03:00:00.000Z');
    expect(nextDayStart(now, berlin).toISOString()).toBe('2026-11-24T03:00:00.000Z');
  });

  it('starts the next day at the day start hour in the learner zone', () => {
    const now = new Date('2026-11-24T03:00:00Z'); // exactly 04:00 in Berlin
    expect(studyDate(now, berlin)).toBe('2026-11-24');
    expect(nextDayStart(now, berlin).toISOString()).toBe('2026-11-25T03:00:00.000Z');
  });

  it('gives the same instant different study dates in different zones', () => {
    const now = new Date('2026-11-24T06:00:00Z');
    expect(studyDate(now, berlin)).toBe('2026-11-24'); // 07:00 in Berlin
    expect(studyDate(now, newYork)).toBe('2026-11-23'); // 01:00 in New York, before 04:00
  });

  it('has a 23-hour day when clocks go forward (Berlin, 29 March 2026)', () => {
    const start = studyDateStart('2026-03-29', berlin);
    const end = studyDateEnd('2026-03-29', berlin);
    expect(start.toISOString()).toBe('2026-03-29T02:00:00.000Z'); // 04:00 CEST is 02:00 UTC
    expect(studyDateStart('2026-03-28', berlin).toISOString()).toBe('2026-03-28T03:00:00.000Z'); // 04:00 CET
    expect((start.getTime() - studyDateStart('2026-03-28', berlin).getTime()) / 3_600_000).toBe(23);
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(24);
  });

  it('has a 25-hour day when clocks go back (New York, 1 November 2026)', () => {
    const start = studyDateStart('2026-10-31', newYork);
    const end = studyDateEnd('2026-10-31', newYork);
    expect(start.toISOString()).toBe('2026-10-31T08:00:00.000Z'); // 04:00 EDT
    expect(end.toISOString()).toBe('2026-11-01T09:00:00.000Z'); // 04:00 EST
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(25);
    // 01:30 local on the repeated hour still belongs to 31 October.
    expect(studyDate(new Date('2026-11-01T06:30:00Z'), newYork)).toBe('2026-10-31');
  });

  it('answers the same whatever was asked before (the last day per boundary is remembered)', () => {
    const instants = Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2026, 2, 20) + i * 3.7 * 3_600_000));
    const boundaries = [berlin, newYork, { timeZone: 'Europe/Berlin', dayStartHour: 0 }];
    const ask = (order: Date[]) =>
      new Map(
        order.flatMap((t) =>
          boundaries.map((b, k) => [
            `${k}:${t.getTime()}`,
            [studyDate(t, b), currentDayStart(t, b).getTime(), nextDayStart(t, b).getTime()],
          ]),
        ),
      );
    const forwards = ask(instants);
    const shuffled = ask(
      [...instants]
        .reverse()
        .filter((_, i) => i % 2 === 0)
        .concat(instants.filter((_, i) => i % 2 === 1)),
    );
    for (const [key, value] of shuffled) expect([key, value]).toEqual([key, forwards.get(key)]);
    // Each answer is a day holding the instant: it starts at or before it and ends after it.
    for (const t of instants) {
      expect(currentDayStart(t, berlin).getTime()).toBeLessThanOrEqual(t.getTime());
      expect(nextDayStart(t, berlin).getTime()).toBeGreaterThan(t.getTime());
    }
  });

  it('supports a midnight day start', () => {
    const day = { timeZone: 'Asia/Tokyo', dayStartHour: 0 };
    expect(studyDate(new Date('2026-11-23T15:00:00Z'), day)).toBe('2026-11-24'); // 00:00 in Tokyo
    expect(studyDate(new Date('2026-11-23T14:59:59Z'), day)).toBe('2026-11-23');
  });

  it('lists date ranges across month ends and validates zone names', () => {
    expect(dateRange('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(dateRange('2026-03-02', '2026-03-01')).toEqual([]);
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
