import { FSRSAlgorithm, clipParameters, default_w, generatorParameters, type FSRSState } from 'ts-fsrs';
import {
  EXAM_POLICY,
  capIntervalForExam,
  dailyBudget,
  dailyCap,
  examRetention,
  examTarget,
  intervalFor,
  newCardPace,
  recallAfter,
  reviewGain,
} from './exam-date';
import { mulberry32 } from './simulate';

/**
 * A day-by-day learning simulation for comparing schedulers up to an exam (`pnpm bench:learning`).
 * Each simulated learner has hidden FSRS-6 memory parameters (the truth the schedulers never see):
 * whether a review is recalled is drawn from the hidden forgetting curve, and the hidden memory
 * state is updated with the hidden weights. Learning steps (1m, 10m) and relearning (10m) are
 * simulated as same-day reviews. Days are whole study days; the exam is the morning of `days`.
 */

export type SchedulerKind = 'sm2' | 'fsrs' | 'fsrs-fitted' | 'exam';

export interface SimCard {
  id: string;
  roots: readonly string[];
}

export interface SimLearner {
  seed: number;
  /** The hidden FSRS-6 weights (21). */
  weights: number[];
  /** Chance of failing a new card's first showing. */
  firstAgain: number;
  /** Per card: a hidden multiplier of its initial stability (hard cards lower). */
  cardEase: number[];
  /** Days the learner does not study. */
  missed: boolean[];
}

/** One review in a simulated log, as the optimiser needs it: the card, the day and the rating. */
export interface SimLogEntry {
  card: number;
  day: number;
  rating: 1 | 2 | 3 | 4;
}

export interface SimConfig {
  days: number;
  newPerDay: number;
  reviewsPerDay: number;
  desiredRetention: number;
  /** For 'fsrs-fitted' (and 'exam' if `examUsesFit`): the weights fitted on the log so far, or null to keep the current ones. */
  fit?: (log: readonly SimLogEntry[]) => number[] | null;
  /** Days on which the fitted arms refit. */
  refitDays?: readonly number[];
  examUsesFit?: boolean;
}

export interface SimResult {
  kind: SchedulerKind;
  reviews: number;
  /** Reviews per study day (missed days 0). */
  daily: number[];
  /** Mean hidden recall on exam day over all cards (unseen 0). */
  examRecall: number;
  /** Mean hidden exam-day recall per root. */
  rootRecall: Record<string, number>;
  /** Cards whose hidden exam-day recall is drawn as recalled (expected count). */
  cardsRecalled: number;
}

const RECALL_RATINGS = [0.224, 0.632, 0.144];
const FIRST_RATINGS_AFTER_AGAIN = [0.094, 0.495, 0.171].map((p) => p / 0.76);

/** A learner with hidden parameters drawn around the FSRS-6 defaults, and their missed days. */
export function drawLearner(seed: number, cards: number, days: number, missedChance = 0.1): SimLearner {
  const random = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const w = [...default_w];
  for (const i of [0, 1, 2, 3]) w[i] = w[i]! * Math.exp(0.35 * normal());
  for (const i of [4, 5, 6, 7]) w[i] = w[i]! * Math.exp(0.1 * normal());
  for (const i of [8, 9, 10]) w[i] = w[i]! * Math.exp(0.12 * normal());
  for (const i of [11, 12, 13, 14]) w[i] = w[i]! * Math.exp(0.12 * normal());
  w[20] = w[20]! * Math.exp(0.2 * normal());
  const weights = clipParameters(w, 1, true);
  const firstAgain = Math.min(0.6, Math.max(0.05, 0.24 + 0.08 * normal()));
  const cardEase = Array.from({ length: cards }, () => Math.exp(0.3 * normal()));
  const missed = Array.from({ length: days }, (_, d) => d > 0 && d < days - 1 && random() < missedChance);
  return { seed, weights, firstAgain, cardEase, missed };
}

interface Memory {
  state: FSRSState;
  /** Day of the last review. */
  last: number;
}

interface SchedCard {
  due: number;
  /** The scheduler's memory estimate (FSRS arms). */
  mem: FSRSState | null;
  last: number;
  /** SM-2: interval in days and ease. */
  ivl: number;
  ease: number;
}

/** Runs one learner under one scheduler; deterministic for the learner's seed. */
export function simulate(kind: SchedulerKind, learner: SimLearner, cards: readonly SimCard[], config: SimConfig): SimResult {
  const run = steps(kind, learner, cards, config);
  let step = run.next();
  while (!step.done) step = run.next(config.fit ? config.fit(step.value) : null);
  return step.value;
}

/** The same run with an asynchronous fitter (the binding's computeParameters returns a promise). */
export async function simulateAsync(
  kind: SchedulerKind,
  learner: SimLearner,
  cards: readonly SimCard[],
  config: SimConfig & { fitAsync?: (log: readonly SimLogEntry[]) => Promise<number[] | null> },
): Promise<SimResult> {
  const run = steps(kind, learner, cards, config);
  let step = run.next();
  while (!step.done) step = run.next(config.fitAsync ? await config.fitAsync(step.value) : null);
  return step.value;
}

/** The run itself: it yields the log on each refit day and takes the fitted weights (or null) back. */
function* steps(
  kind: SchedulerKind,
  learner: SimLearner,
  cards: readonly SimCard[],
  config: SimConfig & { fitAsync?: unknown },
): Generator<readonly SimLogEntry[], SimResult, number[] | null> {
  const random = mulberry32(learner.seed * 7919 + 17);
  const hidden = new FSRSAlgorithm(generatorParameters({ w: learner.weights, enable_short_term: true }));
  let weights: readonly number[] = default_w;
  let sched = new FSRSAlgorithm(generatorParameters({ w: [...weights], enable_short_term: true }));
  const memory: (Memory | null)[] = cards.map(() => null);
  const state: (SchedCard | null)[] = cards.map(() => null);
  const log: SimLogEntry[] = [];
  const daily: number[] = [];
  const n = cards.length;
  let nextNew = 0;
  let reviews = 0;
  const fits = config.refitDays ?? [];
  const usesFit = kind === 'fsrs-fitted' || (kind === 'exam' && config.examUsesFit);

  const review = (i: number, day: number, sameDay: boolean): 1 | 2 | 3 | 4 => {
    const mem = memory[i]!;
    const elapsed = day - mem.last;
    const p = sameDay ? 0.97 : recallAfter(elapsed, mem.state.stability, learner.weights);
    const rating = random() < p ? pick(RECALL_RATINGS, random()) : 1;
    mem.state = hidden.next_state(mem.state, elapsed, rating);
    mem.last = day;
    log.push({ card: i, day, rating });
    reviews++;
    return rating;
  };

  /** The scheduler's view after a rating (FSRS arms): its own memory estimate. */
  const schedUpdate = (c: SchedCard, day: number, rating: number) => {
    c.mem = sched.next_state(c.mem, c.mem ? day - c.last : 0, rating);
    c.last = day;
  };

  const retention = (day: number) =>
    kind === 'exam' ? examRetention(config.days - day, config.desiredRetention) : config.desiredRetention;

  const nextInterval = (c: SchedCard, day: number): number => {
    const s = c.mem!.stability;
    const interval = intervalFor(s, retention(day), weights);
    if (kind !== 'exam') return interval;
    return capIntervalForExam({
      intervalDays: interval,
      stability: s,
      daysLeft: config.days - day,
      target: examTarget(config.desiredRetention),
      weights,
    });
  };

  /** Learning steps 1m, 10m (Again back to the first, Hard repeats, Good on, Easy graduates). */
  const learnNew = (i: number, day: number): SchedCard => {
    const roll = random();
    const first: 1 | 2 | 3 | 4 =
      roll < learner.firstAgain
        ? 1
        : (pick(FIRST_RATINGS_AFTER_AGAIN, (roll - learner.firstAgain) / (1 - learner.firstAgain)) as 2 | 3 | 4);
    const init = hidden.next_state(null, 0, first);
    memory[i] = { state: { difficulty: init.difficulty, stability: init.stability * learner.cardEase[i]! }, last: day };
    log.push({ card: i, day, rating: first });
    reviews++;
    const c: SchedCard = { due: day + 1, mem: null, last: day, ivl: 0, ease: 2.5 };
    schedUpdate(c, day, first);
    let step = first === 1 ? 0 : first === 2 ? 0 : first === 3 ? 1 : 2;
    let guard = 0;
    while (step < 2 && guard++ < 6) {
      const r = review(i, day, true);
      schedUpdate(c, day, r);
      step = r === 1 ? 0 : r === 2 ? step : r === 3 ? step + 1 : 2;
    }
    c.ivl = first === 4 ? 4 : 1;
    c.due = day + (kind === 'sm2' ? c.ivl : nextInterval(c, day));
    return c;
  };

  const reviewDue = (i: number, day: number) => {
    const c = state[i]!;
    const rating = review(i, day, false);
    if (kind === 'sm2') {
      const delay = Math.max(0, day - c.due);
      if (rating === 1) {
        c.ease = Math.max(1.3, c.ease - 0.2);
        review(i, day, true); // relearning step 10m
        c.ivl = 1;
      } else if (rating === 2) {
        c.ease = Math.max(1.3, c.ease - 0.15);
        c.ivl = Math.max(c.ivl + 1, Math.round(c.ivl * 1.2));
      } else if (rating === 3) {
        c.ivl = Math.max(c.ivl + 1, Math.round((c.ivl + delay / 2) * c.ease));
      } else {
        c.ease += 0.15;
        c.ivl = Math.max(c.ivl + 1, Math.round((c.ivl + delay) * c.ease * 1.3));
      }
      c.due = day + c.ivl;
      c.last = day;
      return;
    }
    schedUpdate(c, day, rating);
    if (rating === 1) schedUpdate(c, day, review(i, day, true));
    c.due = day + nextInterval(c, day);
  };

  for (let day = 0; day < config.days; day++) {
    if (usesFit && (config.fit || config.fitAsync) && fits.includes(day)) {
      const fitted = yield log;
      if (fitted) {
        weights = fitted;
        sched = new FSRSAlgorithm(generatorParameters({ w: [...fitted], enable_short_term: true }));
      }
    }
    if (learner.missed[day]) {
      daily.push(0);
      continue;
    }
    const before = reviews;
    const daysLeft = config.days - day;
    let due: number[] = [];
    for (let i = 0; i < nextNew; i++) if (state[i]!.due <= day) due.push(i);
    if (kind === 'exam') {
      const budget = dailyCap(
        dailyBudget({ cards: n, daysLeft: config.days, floor: 10 }),
        daily.filter((_, d) => !learner.missed[d]),
      );
      // Most at risk on exam day first; what does not fit waits for the next day.
      const examRecallOf = (i: number) => recallAfter(config.days - state[i]!.last, state[i]!.mem!.stability, weights);
      due.sort((a, b) => examRecallOf(a) - examRecallOf(b) || a - b);
      const pace = newCardPace({ unseen: n - nextNew, daysLeft, newPerDay: config.newPerDay });
      const newCost = 2.6;
      // Room for due reviews: the cap less the new cards' expected learning steps; a failed review
      // costs a relearning step too, so the count is checked as the reviews happen.
      const reviewRoom = budget - Math.min(pace, n - nextNew) * newCost;
      for (const i of due) {
        if (reviews - before + 2 > reviewRoom) break;
        reviewDue(i, day);
      }
      let introduced = 0;
      while (nextNew < n && introduced < pace && reviews - before + newCost <= budget) {
        state[nextNew] = learnNew(nextNew, day);
        nextNew++;
        introduced++;
      }
      if (daysLeft <= EXAM_POLICY.PULL_IN_DAYS) {
        const target = EXAM_POLICY.PULL_IN_TARGET;
        const candidates: { i: number; gain: number }[] = [];
        for (let i = 0; i < nextNew; i++) {
          const c = state[i]!;
          if (c.due <= day || day - c.last < EXAM_POLICY.PULL_IN_MIN_GAP_DAYS) continue;
          const r = recallAfter(config.days - c.last, c.mem!.stability, weights);
          if (r >= target) continue;
          const gain = reviewGain({
            stability: c.mem!.stability,
            difficulty: c.mem!.difficulty,
            elapsedDays: day - c.last,
            daysLeft,
            algorithm: sched,
          });
          candidates.push({ i, gain });
        }
        candidates.sort((a, b) => b.gain - a.gain || a.i - b.i);
        for (const { i } of candidates) {
          if (reviews - before + 2 > budget) break;
          reviewDue(i, day);
        }
      }
    } else {
      due.sort((a, b) => state[a]!.due - state[b]!.due || a - b);
      due = due.slice(0, config.reviewsPerDay);
      for (const i of due) reviewDue(i, day);
      for (let k = 0; k < config.newPerDay && nextNew < n; k++) {
        state[nextNew] = learnNew(nextNew, day);
        nextNew++;
      }
    }
    daily.push(reviews - before);
  }

  const rootSums = new Map<string, { sum: number; count: number }>();
  let total = 0;
  cards.forEach((card, i) => {
    const mem = memory[i];
    const r = mem ? recallAfter(config.days - mem.last, mem.state.stability, learner.weights) : 0;
    total += r;
    for (const root of card.roots) {
      const acc = rootSums.get(root) ?? { sum: 0, count: 0 };
      acc.sum += r;
      acc.count++;
      rootSums.set(root, acc);
    }
  });
  return {
    kind,
    reviews,
    daily,
    examRecall: n === 0 ? 0 : total / n,
    rootRecall: Object.fromEntries([...rootSums].map(([root, a]) => [root, a.sum / a.count])),
    cardsRecalled: total,
  };
}

/** Summary figures of a daily load series: the largest day and its ratio to the mean over study days. */
export function loadFigures(daily: readonly number[], missed: readonly boolean[]): { max: number; mean: number; ratio: number } {
  const studied = daily.filter((_, d) => !missed[d]);
  const mean = studied.length === 0 ? 0 : studied.reduce((a, b) => a + b, 0) / studied.length;
  const max = Math.max(0, ...studied);
  return { max, mean, ratio: mean === 0 ? 0 : max / mean };
}

function pick(probabilities: readonly number[], roll: number): 2 | 3 | 4 {
  let acc = 0;
  for (let i = 0; i < probabilities.length; i++) {
    acc += probabilities[i]!;
    if (roll < acc) return (i + 2) as 2 | 3 | 4;
  }
  return 4;
}
