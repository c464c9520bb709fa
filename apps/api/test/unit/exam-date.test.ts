import { cards as bankCards } from '@dermatome/data';
import {
  EXAM_POLICY,
  capIntervalForExam,
  dailyCap,
  daysUntilExam,
  examAdjustedSchedule,
  examDateProblem,
  examForecast,
  examRetention,
  intervalFor,
  meanRecall,
  newCardPace,
  pullInCards,
  recallAfter,
  reviewGain,
} from '../../src/core/exam-date';
import { applyRating, newSchedule, type Schedule } from '../../src/core/scheduler';
import { addDaysToDate, daysBetween, studyDate } from '../../src/core/study-day';

const berlin = { timeZone: 'Europe/Berlin', dayStartHour: 4 };
const newYork = { timeZone: 'America/New_York', dayStartHour: 4 };
const settings = { desiredRetention: 0.9, learningSteps: ['1m', '10m'], relearningSteps: ['10m'] };

/** A review-state card reviewed at `last` with stability `s`, due at `due`. */
function reviewCard(last: Date, s: number, due: Date): Schedule {
  return { ...newSchedule(last), state: 2, stability: s, difficulty: 5, lastReview: last, due, scheduledDays: 1, reps: 3 };
}

describe('days until the exam, in the learner day', () => {
  it('counts study dates, so 02:00 before the 04:00 day start still belongs to the previous day', () => {
    // 01:30 UTC on 10 March is 02:30 in Berlin: still the study date 9 March.
    expect(daysUntilExam(new Date('2026-03-10T01:30:00Z'), '2026-03-15', berlin)).toBe(6);
    // 03:00 UTC is 04:00 in Berlin: the 10th has begun.
    expect(daysUntilExam(new Date('2026-03-10T03:00:00Z'), '2026-03-15', berlin)).toBe(5);
  });

  it('gives the same instant different counts in different zones', () => {
    const now = new Date('2026-03-10T06:00:00Z'); // 07:00 Berlin (the 10th), 02:00 New York (still the 9th)
    expect(daysUntilExam(now, '2026-03-15', berlin)).toBe(5);
    expect(daysUntilExam(now, '2026-03-15', newYork)).toBe(6);
  });
});

describe('retention policy', () => {
  it('is lower early, rises linearly in the ramp, holds the exam target at the end and is normal on and after exam day', () => {
    const normal = 0.9;
    expect(examRetention(null, normal)).toBe(normal);
    expect(examRetention(60, normal)).toBeCloseTo(normal - EXAM_POLICY.EARLY_DROP, 5);
    expect(examRetention(EXAM_POLICY.RAMP_FROM_DAYS + 1, normal)).toBeCloseTo(normal - EXAM_POLICY.EARLY_DROP, 5);
    const mid = examRetention(Math.round((EXAM_POLICY.RAMP_FROM_DAYS + EXAM_POLICY.RAMP_TO_DAYS) / 2), normal);
    expect(mid).toBeGreaterThan(normal - EXAM_POLICY.EARLY_DROP);
    expect(mid).toBeLessThan(EXAM_POLICY.EXAM_TARGET + 0.001);
    expect(examRetention(EXAM_POLICY.RAMP_TO_DAYS, normal)).toBe(0.9);
    expect(examRetention(1, 0.95)).toBe(0.95);
    expect(examRetention(0, normal)).toBe(normal);
    expect(examRetention(-3, 0.85)).toBe(0.85);
    // Rises monotonically as the date nears.
    const series = Array.from({ length: 40 }, (_, i) => examRetention(40 - i, normal));
    for (let i = 1; i < series.length; i++) expect(series[i]!).toBeGreaterThanOrEqual(series[i - 1]!);
  });

  it('never goes below the floor for a learner with low retention', () => {
    expect(examRetention(50, 0.75)).toBe(EXAM_POLICY.EARLY_FLOOR);
  });
});

describe('interval cap before the exam', () => {
  it('brings a card whose exam-day recall would fall below the target back the day before the exam', () => {
    // Stability 5 days, 10 days to the exam, FSRS wants 30 days: recall after 10 days is below 0.9.
    expect(recallAfter(10, 5)).toBeLessThan(0.9);
    expect(capIntervalForExam({ intervalDays: 30, stability: 5, daysLeft: 10, target: 0.9 })).toBe(9);
  });

  it('leaves a strong card, an interval ending before the exam, and every interval after the exam alone', () => {
    expect(recallAfter(10, 400)).toBeGreaterThan(0.9);
    expect(capIntervalForExam({ intervalDays: 300, stability: 400, daysLeft: 10, target: 0.9 })).toBe(300);
    expect(capIntervalForExam({ intervalDays: 4, stability: 5, daysLeft: 10, target: 0.9 })).toBe(4);
    expect(capIntervalForExam({ intervalDays: 30, stability: 5, daysLeft: null, target: 0.9 })).toBe(30);
    expect(capIntervalForExam({ intervalDays: 30, stability: 5, daysLeft: -2, target: 0.9 })).toBe(30);
  });

  it('moves a real FSRS review before the exam, at the same local time of day, across the day boundary', () => {
    // Reviewed at 02:30 Berlin on 1 March (study date 28 Feb).
    const now = new Date('2026-03-01T01:30:00Z');
    expect(studyDate(now, berlin)).toBe('2026-02-28');
    const card = reviewCard(new Date('2026-02-20T10:00:00Z'), 8, now);
    const rated = applyRating({ ...settings, desiredRetention: 0.8 }, card, now, 3).schedule;
    // The exam falls the day before FSRS's due date: recall there is about 0.8, below the 0.9 target.
    const dueDate = studyDate(rated.due, berlin);
    const examDate = addDaysToDate(dueDate, -1);
    const daysLeft = daysBetween('2026-02-28', examDate);
    expect(recallAfter(daysLeft, rated.stability)).toBeLessThan(0.9);
    const adjusted = examAdjustedSchedule(rated, now, { date: examDate, normalRetention: 0.9 }, berlin);
    expect(studyDate(adjusted.due, berlin)).toBe(addDaysToDate(examDate, -1));
    expect(adjusted.scheduledDays).toBe(daysLeft - 1);
    expect(adjusted.stability).toBe(rated.stability);
    // The same time of day in Berlin as FSRS chose.
    const clock = (d: Date) => d.toLocaleTimeString('en-GB', { timeZone: 'Europe/Berlin' });
    expect(clock(adjusted.due)).toBe(clock(rated.due));
    // An exam far enough after the due date leaves it alone; so do no exam and a learning card.
    expect(examAdjustedSchedule(rated, now, { date: addDaysToDate(dueDate, 5), normalRetention: 0.9 }, berlin)).toBe(rated);
    expect(examAdjustedSchedule(rated, now, null, berlin)).toBe(rated);
    const learning = { ...rated, state: 1 as const };
    expect(examAdjustedSchedule(learning, now, { date: examDate, normalRetention: 0.9 }, berlin)).toBe(learning);
  });
});

describe('pull-in', () => {
  const examDate = '2026-03-15';
  const now = new Date('2026-03-10T09:00:00Z'); // 5 days left in Berlin
  const later = new Date('2026-03-25T09:00:00Z');
  const cards = [
    { cardId: 'weak', schedule: reviewCard(new Date('2026-03-01T09:00:00Z'), 3, later) },
    { cardId: 'middling', schedule: reviewCard(new Date('2026-03-01T09:00:00Z'), 12, later) },
    { cardId: 'strong', schedule: reviewCard(new Date('2026-03-01T09:00:00Z'), 900, later) },
    { cardId: 'recent', schedule: reviewCard(new Date('2026-03-09T09:00:00Z'), 3, later) },
    { cardId: 'due-today', schedule: reviewCard(new Date('2026-03-01T09:00:00Z'), 3, now) },
  ];

  it('brings forward the cards with the most to gain, not those just reviewed, strong or already due, within the room', () => {
    const ids = pullInCards({ cards, now, examDate, day: berlin, target: EXAM_POLICY.PULL_IN_TARGET, room: 10 });
    expect(ids.sort()).toEqual(['middling', 'weak']);
    expect(pullInCards({ cards, now, examDate, day: berlin, target: EXAM_POLICY.PULL_IN_TARGET, room: 1 })).toHaveLength(1);
    expect(pullInCards({ cards, now, examDate, day: berlin, target: EXAM_POLICY.PULL_IN_TARGET, room: 0 })).toEqual([]);
  });

  it('does nothing before the last days, nor after the exam', () => {
    const early = new Date('2026-02-01T09:00:00Z');
    expect(pullInCards({ cards, now: early, examDate, day: berlin, target: 0.95, room: 10 })).toEqual([]);
    expect(pullInCards({ cards, now: new Date('2026-03-16T09:00:00Z'), examDate, day: berlin, target: 0.95, room: 10 })).toEqual(
      [],
    );
  });

  it('values a review by its gain on exam day', () => {
    const gain = (s: number, elapsed: number, left: number) =>
      reviewGain({ stability: s, difficulty: 5, elapsedDays: elapsed, daysLeft: left });
    expect(gain(5, 10, 3)).toBeGreaterThan(0);
    // A very strong card gains almost nothing.
    expect(gain(900, 10, 3)).toBeLessThan(0.01);
    // Reviewing closer to the exam gains more than reviewing the same card long before it.
    expect(gain(5, 10, 2)).toBeGreaterThan(gain(5, 0.5, 11.5) - 1e-9);
  });
});

describe('daily load', () => {
  it('caps today at the planned budget, then at the running mean times RUNNING_CAP', () => {
    expect(dailyCap(50, [10, 10])).toBe(50);
    const loads = Array.from({ length: EXAM_POLICY.RUNNING_CAP_AFTER_DAYS }, () => 20);
    expect(dailyCap(50, loads)).toBe(Math.floor(20 * EXAM_POLICY.RUNNING_CAP));
    expect(dailyCap(25, loads)).toBe(25);
  });

  it('paces new cards so all are seen NEW_DONE_BEFORE_DAYS before the exam', () => {
    expect(newCardPace({ unseen: 300, daysLeft: 44, newPerDay: 20 })).toBe(10);
    expect(newCardPace({ unseen: 300, daysLeft: 10, newPerDay: 20 })).toBe(20);
    expect(newCardPace({ unseen: 0, daysLeft: 30, newPerDay: 20 })).toBe(0);
  });

  it('gives the FSRS interval for a retention (S at 0.9)', () => {
    expect(intervalFor(10, 0.9)).toBe(10);
    expect(intervalFor(10, 0.8)).toBeGreaterThan(10);
    expect(intervalFor(10, 0.95)).toBeLessThan(10);
  });
});

describe('exam-day forecast', () => {
  it('is the mean R at the exam start per root and overall, unseen cards 0, with the workload per day', () => {
    const l4 = bankCards.filter((c) => c.roots.includes('L4')).slice(0, 4);
    const now = new Date('2026-03-10T09:00:00Z');
    const strong = reviewCard(new Date('2026-03-09T09:00:00Z'), 1000, new Date('2026-09-01T09:00:00Z'));
    const forecast = examForecast(
      l4.map((c, i) => ({ roots: c.roots, schedule: i < 2 ? strong : null })),
      now,
      '2026-03-15',
      berlin,
    );
    expect(forecast.daysLeft).toBe(5);
    const root = forecast.roots.find((r) => r.root === 'L4')!;
    expect(root.total).toBe(4);
    expect(root.seen).toBe(2);
    expect(root.predictedRecall).toBeGreaterThan(0.49);
    expect(root.predictedRecall).toBeLessThanOrEqual(0.5);
    expect(forecast.predictedRecall).toBeCloseTo(root.predictedRecall, 3);
    expect(forecast.roots.find((r) => r.root === 'S2')!.total).toBe(l4.filter((c) => c.roots.includes('S2')).length);
    expect(forecast.reviewsPerDay).toBe(Math.ceil((2 * EXAM_POLICY.REVIEWS_PER_CARD) / 5));
  });

  it('means from sums (as the database sums a cohort): over all the cards, and per root over the cards of that root', () => {
    const cards = [{ roots: ['L4'] }, { roots: ['L4', 'L5'] }, { roots: ['S1'] }, { roots: ['L4'] }];
    const mean = meanRecall(cards, {
      overall: 2.1,
      byRoot: new Map([
        ['L4', 1.8],
        ['L5', 0.6],
        ['S1', 0.3],
      ]),
    });
    expect(mean.predictedRecall).toBe(0.525);
    const byRoot = new Map(mean.roots.map((r) => [r.root, r]));
    expect(byRoot.get('L4')).toEqual({ root: 'L4', predictedRecall: 0.6, total: 3 });
    expect(byRoot.get('L5')).toEqual({ root: 'L5', predictedRecall: 0.6, total: 1 });
    expect(byRoot.get('S1')).toEqual({ root: 'S1', predictedRecall: 0.3, total: 1 });
    // A root with no cards, and no cards at all, give 0 rather than a division by zero.
    expect(byRoot.get('S2')).toEqual({ root: 'S2', predictedRecall: 0, total: 0 });
    expect(meanRecall([], { overall: 0, byRoot: new Map() }).predictedRecall).toBe(0);
  });
});

describe('exam date input', () => {
  const now = new Date('2026-03-10T01:30:00Z'); // study date 9 March in Berlin
  it('refuses not-a-date, impossible dates, past dates and dates more than two years ahead, saying which', () => {
    expect(examDateProblem('next week', now, berlin)).toMatch(/YYYY-MM-DD/);
    expect(examDateProblem('2026-02-30', now, berlin)).toMatch(/not a real date/);
    expect(examDateProblem('2026-03-08', now, berlin)).toMatch(/in the past/);
    expect(examDateProblem('2028-03-10', now, berlin)).toMatch(/two years/);
  });

  it('accepts today in the learner day (even when UTC has moved on) and dates up to two years ahead', () => {
    expect(examDateProblem('2026-03-09', now, berlin)).toBeNull();
    expect(examDateProblem('2026-03-10', now, berlin)).toBeNull();
    expect(examDateProblem('2028-03-08', now, berlin)).toBeNull();
  });
});
