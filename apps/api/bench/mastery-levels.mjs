// Derives the mastery level thresholds and shows, on simulated learners, what the durable
// definition of mastery reads compared with "recall now" (the old definition) and with the truth.
// Run after `pnpm --filter @dermatome/api build`: `pnpm --filter @dermatome/api bench:mastery`.
//
// Each simulated learner has hidden memory parameters: the FSRS-6 default weights with their
// initial stabilities (w0..w3) and stability growth (w8) scaled by a per-learner factor
// (log-normal, sd 0.35); the scheduler never sees them. 40 cards of one root, 10 new a day, 60 days,
// a day skipped with chance 0.1; a review is recalled with the hidden recall probability (Good),
// else failed (Again). The truth for a card is its hidden recall probability 30 days later with
// no further review.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { fsrs, default_w, forgetting_curve } = require('ts-fsrs');
const { MASTERY_LEVELS, MASTERY_LEVEL_STABILITY_DAYS, MASTERY_HORIZON_DAYS } = require('@dermatome/data');
const { applyRating, newSchedule, recallProbability } = require('../dist/core/scheduler.js');
const { cardDurability, masteryLevel } = require('../dist/core/mastery.js');

const LEARNERS = 300;
const CARDS = 40;
const NEW_PER_DAY = 10;
const DAYS = 60;
const DAY = 86_400_000;
const MIN = 60_000;
const settings = { desiredRetention: 0.9, learningSteps: ['1m', '10m'], relearningSteps: ['10m'] };
const CHECKPOINTS = [1, 3, 7, 14, 28, 42, 60];

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function normal(random) {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

console.log('Thresholds: durability (recall 30 days ahead) of a card with stability S, FSRS-6 default curve');
for (const [level, days] of Object.entries(MASTERY_LEVEL_STABILITY_DAYS)) {
  const r = forgetting_curve(default_w, MASTERY_HORIZON_DAYS, days);
  const stored = MASTERY_LEVELS.find((l) => l.level === level).from;
  console.log(`  ${level.padEnd(10)} S = ${String(days).padStart(2)} d  R(30 d) = ${r.toFixed(4)}  -> threshold ${stored}`);
}

const t0 = Date.parse('2026-09-01T08:00:00Z');
const rows = new Map(CHECKPOINTS.map((d) => [d, { oldDef: [], newDef: [], truth: [], levels: {} }]));
const bands = MASTERY_LEVELS.map((l) => ({ ...l, cards: 0, durability: 0, truth: 0 }));

for (let learner = 0; learner < LEARNERS; learner++) {
  const random = mulberry32(1000 + learner);
  const factor = Math.exp(0.35 * normal(random));
  const w = [...default_w];
  for (const i of [0, 1, 2, 3]) w[i] = Math.min(100, w[i] * factor);
  w[8] = Math.min(6, w[8] * factor);
  const hidden = fsrs({ w, enable_short_term: true });
  const cards = Array.from({ length: CARDS }, () => ({ schedule: null, memory: null, last: null }));
  let introduced = 0;
  const recallHidden = (card, at) =>
    card.memory === null ? 0 : hidden.forgetting_curve(Math.max(0, (at - card.last) / DAY), card.memory.stability);
  const review = (card, at) => {
    const p = card.memory === null ? 0 : recallHidden(card, at);
    const rating = card.memory !== null && random() < p ? 3 : 1;
    const elapsed = card.last === null ? 0 : Math.floor((at - card.last) / DAY);
    card.memory = hidden.next_state(card.memory, elapsed, rating);
    card.last = at;
    card.schedule = applyRating(settings, card.schedule ?? newSchedule(new Date(at)), new Date(at), rating).schedule;
    return rating;
  };
  for (let day = 1; day <= DAYS; day++) {
    const start = t0 + (day - 1) * DAY;
    if (day > 1 && random() < 0.1) {
      /* a missed day */
    } else {
      let now = start;
      // due reviews first, then new cards; learning steps come back within the session
      for (const card of cards)
        if (card.schedule && card.schedule.due.getTime() <= start + 16 * 3600_000) review(card, (now += MIN));
      for (let n = 0; n < NEW_PER_DAY && introduced < CARDS; n++) review(cards[introduced++], (now += MIN));
      for (let pass = 0; pass < 4; pass++) {
        now += 11 * MIN;
        for (const card of cards)
          if (card.schedule && card.schedule.state !== 2 && card.schedule.state !== 0 && card.schedule.due.getTime() <= now)
            review(card, (now += MIN));
      }
    }
    const end = new Date(start + 20 * 3600_000);
    if (rows.has(day)) {
      const row = rows.get(day);
      const dur = cards.map((c) => cardDurability(c.schedule, end));
      const mastery = dur.reduce((a, b) => a + b, 0) / CARDS;
      row.newDef.push(mastery);
      row.oldDef.push(cards.reduce((a, c) => a + (c.schedule ? recallProbability(c.schedule, end) : 0), 0) / CARDS);
      row.truth.push(cards.reduce((a, c) => a + recallHidden(c, end.getTime() + 30 * DAY), 0) / CARDS);
      const level = masteryLevel(mastery, cards.filter((c) => c.schedule).length);
      row.levels[level] = (row.levels[level] ?? 0) + 1;
      cards.forEach((c, i) => {
        if (!c.schedule) return;
        const band = bands.find((b) => dur[i] >= b.from);
        band.cards += 1;
        band.durability += dur[i];
        band.truth += recallHidden(c, end.getTime() + 30 * DAY);
      });
    }
  }
}

// The required first-session cases, with the scheduler alone: every new card failed (Again), or
// every new card recalled (Good, then Good at the 10-minute step).
{
  const at = (m) => new Date(t0 + m * MIN);
  const failed = applyRating(settings, newSchedule(at(0)), at(0), 1).schedule;
  const failedThenPassed = [3, 3].reduce((s, r, i) => applyRating(settings, s, at(1 + 10 * i), r).schedule, failed);
  let recalled = applyRating(settings, newSchedule(at(0)), at(0), 3).schedule;
  recalled = applyRating(settings, recalled, at(10), 3).schedule;
  const end = at(30);
  console.log('\nAfter a first session (root of new cards, read 30 minutes after the first rating)');
  for (const [name, s] of [
    ['failed every card (Again)', failed],
    ['failed, then passed both relearning steps', failedThenPassed],
    ['recalled every card (Good, Good)', recalled],
  ]) {
    const d = cardDurability(s, end);
    console.log(
      `  ${name.padEnd(42)} recall now ${recallProbability(s, end).toFixed(3)}   mastery ${d.toFixed(3)} (${masteryLevel(d, 1)})`,
    );
  }
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const mae = (a, b) => mean(a.map((x, i) => Math.abs(x - b[i])));
console.log(`\n${LEARNERS} simulated learners, ${CARDS} cards of one root, ${NEW_PER_DAY} new a day, FSRS at 0.90`);
console.log('day | recall now (old) | mastery (durable) | true recall +30 d | error old / new | levels (durable)');
for (const [day, r] of rows) {
  const levels = ['not-started', 'learning', 'familiar', 'proficient', 'mastered']
    .map((l) => `${l.slice(0, 4)} ${r.levels[l] ?? 0}`)
    .join(', ');
  console.log(
    `${String(day).padStart(3)} | ${mean(r.oldDef).toFixed(3).padStart(16)} | ${mean(r.newDef).toFixed(3).padStart(17)} | ${mean(
      r.truth,
    )
      .toFixed(3)
      .padStart(17)} | ${mae(r.oldDef, r.truth).toFixed(3)} / ${mae(r.newDef, r.truth).toFixed(3)}   | ${levels}`,
  );
}
console.log('\nCards by durability band (all checkpoints): what a card in each band really keeps 30 days later');
for (const b of bands)
  console.log(
    `  ${b.level.padEnd(10)} from ${b.from.toFixed(2)}: ${String(b.cards).padStart(6)} cards, mean durability ${(b.durability / Math.max(1, b.cards)).toFixed(3)}, true recall +30 d ${(b.truth / Math.max(1, b.cards)).toFixed(3)}`,
  );
