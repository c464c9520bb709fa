import {
  applyRating,
  intervalLabel,
  isLeech,
  LEECH_LAPSES,
  newSchedule,
  previewRatings,
  recallProbability,
  rollbackRating,
  sameProgress,
  type Schedule,
} from '../../src/core/scheduler';

const settings = { desiredRetention: 0.9, learningSteps: ['1m', '10m'], relearningSteps: ['10m'] };
const t0 = new Date('2026-11-23T10:00:00Z');
const DAY = 86_400_000;

describe('scheduler (ts-fsrs)', () => {
  it('previews the four ratings with growing intervals for a new card', () => {
    const previews = previewRatings(settings, newSchedule(t0), t0);
    expect(previews.map((p) => p.rating)).toEqual([1, 2, 3, 4]);
    expect(previews[0]!.intervalSeconds).toBe(60); // Again: first learning step
    expect(previews[2]!.intervalSeconds).toBe(600); // Good: second learning step
    expect(previews[3]!.intervalSeconds).toBeGreaterThanOrEqual(DAY / 1000); // Easy graduates
    const intervals = previews.map((p) => p.intervalSeconds);
    expect([...intervals].sort((a, b) => a - b)).toEqual(intervals);
  });

  it('applies the rating the preview showed', () => {
    const start = applyRating(settings, newSchedule(t0), t0, 4).schedule;
    const later = new Date(start.due.getTime());
    const previews = previewRatings(settings, start, later);
    const good = applyRating(settings, start, later, 3);
    expect(good.schedule.due).toEqual(previews[2]!.due);
    expect(good.schedule.state).toBe(2);
    expect(good.log.rating).toBe(3);
    expect(good.log.state).toBe(2);
  });

  it('uses the desired retention: higher retention, shorter intervals', () => {
    const reviewed = applyRating(settings, newSchedule(t0), t0, 4).schedule;
    const when = new Date(reviewed.due.getTime());
    const strict = previewRatings({ ...settings, desiredRetention: 0.97 }, reviewed, when)[2]!.intervalSeconds;
    const relaxed = previewRatings({ ...settings, desiredRetention: 0.7 }, reviewed, when)[2]!.intervalSeconds;
    expect(strict).toBeLessThan(relaxed);
  });

  it('rolls a rating back to the schedule before it, due again at the moment it was answered', () => {
    const first = applyRating(settings, newSchedule(t0), t0, 3);
    const when = new Date(t0.getTime() + 11 * 60_000);
    const second = applyRating(settings, first.schedule, when, 1);
    const restored: Schedule = rollbackRating(settings, second.schedule, second.log);
    expect(restored.due).toEqual(when);
    expect({ ...restored, due: null }).toEqual({ ...first.schedule, due: null });
  });

  it('counts lapses and flags a leech at 8', () => {
    let s = applyRating(settings, newSchedule(t0), t0, 4).schedule;
    let now = t0;
    for (let i = 0; i < LEECH_LAPSES; i++) {
      now = new Date(s.due.getTime() + DAY);
      s = applyRating(settings, s, now, 1).schedule; // lapse
      now = new Date(s.due.getTime() + 1000);
      s = applyRating(settings, s, now, 4).schedule; // back to review
    }
    expect(s.lapses).toBe(LEECH_LAPSES);
    expect(isLeech(s)).toBe(true);
  });

  it('gives recall 0 for an unseen card, 0.9 after one stability, falling with time', () => {
    expect(recallProbability(newSchedule(t0), t0)).toBe(0);
    const s = applyRating(settings, newSchedule(t0), t0, 4).schedule;
    const atStability = new Date(t0.getTime() + s.stability * DAY);
    // ts-fsrs counts elapsed time in whole days, so R sits just above 0.9 at a fractional stability.
    expect(recallProbability(s, atStability)).toBeGreaterThanOrEqual(0.9);
    expect(recallProbability(s, atStability)).toBeLessThan(0.91);
    expect(recallProbability(s, new Date(atStability.getTime() + 30 * DAY))).toBeLessThan(0.9);
    expect(recallProbability(s, t0)).toBe(1);
  });

  it('labels intervals like Anki', () => {
    expect(intervalLabel(30)).toBe('<1m');
    expect(intervalLabel(600)).toBe('10m');
    expect(intervalLabel(3 * 3600)).toBe('3h');
    expect(intervalLabel(3 * 86400)).toBe('3d');
    expect(intervalLabel(75 * 86400)).toBe('2.5mo');
    expect(intervalLabel(730 * 86400)).toBe('2y');
  });
});

describe('sameProgress', () => {
  it('matches a rolled-back schedule with the one before the undone review, whatever its due date', () => {
    const first = applyRating(settings, newSchedule(t0), t0, 3);
    const second = applyRating(settings, first.schedule, new Date(t0.getTime() + 11 * 60_000), 3);
    const back = rollbackRating(settings, second.schedule, second.log);
    expect(sameProgress(back, first.schedule)).toBe(true);
    expect(sameProgress(second.schedule, first.schedule)).toBe(false);
  });
});
