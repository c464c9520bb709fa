import { buildQueue, newCardOrder } from './queue';
import {
  applyRating,
  newSchedule,
  recallProbability,
  type Rating,
  type Schedule,
  type ScheduleLog,
  type SchedulerSettings,
} from './scheduler';
import { addDaysToDate, nextDayStart, studyDate, studyDateStart, type DayBoundary } from './study-day';

export interface SimulatedReview {
  cardId: string;
  rating: Rating;
  log: ScheduleLog;
  before: Schedule;
  after: Schedule;
  reviewedAt: Date;
  studyDate: string;
  durationMs: number;
}

export interface SimulationInput {
  cards: readonly { id: string; difficulty: number }[];
  settings: SchedulerSettings & DayBoundary & { newPerDay: number; reviewsPerDay: number };
  /** First and last study dates simulated (YYYY-MM-DD). */
  from: string;
  to: string;
  /** Chance of skipping a day (days in the last week are never skipped, so the demo has a streak). */
  skipChance: number;
  /** Stops the last day's session at this instant (so nothing is reviewed "in the future"). */
  notAfter: Date;
  seed: number;
}

/**
 * A plausible learner: studies most days, recalls a review with its FSRS probability, finds
 * hard cards harder when new. Deterministic for a seed. Used to give the demo account a history.
 */
export function simulateLearner(input: SimulationInput): { reviews: SimulatedReview[]; schedules: Map<string, Schedule> } {
  const random = mulberry32(input.seed);
  const schedules = new Map<string, Schedule>();
  const difficulty = new Map(input.cards.map((c) => [c.id, c.difficulty]));
  const newOrder = newCardOrder(input.cards).map((c) => c.id);
  const reviews: SimulatedReview[] = [];
  const lastWeek = addDaysToDate(input.to, -6);

  for (let date = input.from; date <= input.to; date = addDaysToDate(date, 1)) {
    if (date < lastWeek && random() < input.skipChance) continue;
    let now = new Date(studyDateStart(date, input.settings).getTime() + (3 + random() * 14) * 3_600_000);
    let introduced = 0;
    let reviewed = 0;
    for (let step = 0; step < 400 && now < input.notAfter; step++) {
      const queue = buildQueue({
        now,
        nextDayStart: nextDayStart(now, input.settings),
        studied: [...schedules]
          .filter(([, s]) => s.state !== 0)
          .map(([cardId, s]) => ({ cardId, state: s.state as 1 | 2 | 3, due: s.due, suspended: false, buriedUntil: null })),
        newCandidates: newOrder.filter((id) => !schedules.has(id)),
        newLimitLeft: input.settings.newPerDay - introduced,
        reviewLimitLeft: input.settings.reviewsPerDay - reviewed,
        learnAheadMs: 0,
      });
      const next = queue.entries[0];
      if (!next) {
        // Wait for learning cards still due today, as a learner finishing a session would.
        if (!queue.nextLearningDue || queue.nextLearningDue.getTime() - now.getTime() > 30 * 60_000) break;
        now = new Date(queue.nextLearningDue.getTime() + 1000);
        continue;
      }
      const before = schedules.get(next.cardId) ?? newSchedule(now);
      const pRecall = before.state === 2 ? recallProbability(before, now) : 0.85 - 0.35 * (difficulty.get(next.cardId) ?? 0.5);
      const rating = pickRating(random() < pRecall, random());
      const { schedule, log } = applyRating(input.settings, before, now, rating);
      const durationMs = Math.round(4000 + random() * 18000);
      reviews.push({
        cardId: next.cardId,
        rating,
        log,
        before,
        after: schedule,
        reviewedAt: now,
        studyDate: studyDate(now, input.settings),
        durationMs,
      });
      schedules.set(next.cardId, schedule);
      if (next.kind === 'new') introduced++;
      if (next.kind === 'review') reviewed++;
      now = new Date(now.getTime() + durationMs + 2000);
    }
  }
  return { reviews, schedules };
}

function pickRating(recalled: boolean, roll: number): Rating {
  if (!recalled) return 1;
  if (roll < 0.12) return 2;
  if (roll < 0.85) return 3;
  return 4;
}

/** A small seeded PRNG, so a seed always gives the same history. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
