// `pnpm bench:learning`: compares schedulers on simulated learners up to an exam (a table, not a test).
// Every scheduler sees the same learners (hidden FSRS-6 weights drawn around the defaults), the
// same missed days and the same seeds. LEARNERS=n overrides the count (default 200).
import { cards as CARDS } from '@dermatome/data';
import { EXAM_POLICY } from '../dist/core/exam-date.js';
import { drawLearner, loadFigures, simulateAsync } from '../dist/core/learning-simulation.js';

// POLICY='{"PULL_IN_DAYS":10}' tries other constants of the exam-date policy (exploration only).
if (process.env.POLICY) Object.assign(EXAM_POLICY, JSON.parse(process.env.POLICY));

const LEARNERS = Number(process.env.LEARNERS ?? 200);
const DAYS = 60;
const cards = CARDS.map((c) => ({ id: c.id, roots: c.roots }));
const fit = await loadFitter();
const config = {
  days: DAYS,
  newPerDay: 20,
  reviewsPerDay: 200,
  desiredRetention: 0.9,
  fitAsync: fit?.fn,
  refitDays: [20, 40],
  examUsesFit: !!fit && process.env.EXAM_FIT !== '0',
};
// Without the optimiser the fitted arm would only repeat FSRS with the default weights: it is left out, and said so.
const kinds = (process.env.KINDS ?? 'sm2,fsrs,fsrs-fitted,exam').split(',').filter((k) => fit || k !== 'fsrs-fitted');
const started = Date.now();
const rows = Object.fromEntries(kinds.map((k) => [k, []]));
for (let l = 0; l < LEARNERS; l++) {
  const learner = drawLearner(1000 + l, cards.length, DAYS);
  for (const kind of kinds)
    rows[kind].push({ result: await simulateAsync(kind, learner, cards, config), missed: learner.missed });
}
const table = kinds.map((kind) => {
  const list = rows[kind];
  const loads = list.map((x) => loadFigures(x.result.daily, x.missed));
  const reviews = mean(list.map((x) => x.result.reviews));
  const recall = mean(list.map((x) => x.result.examRecall));
  const minRoot = list.map((x) => Math.min(...Object.values(x.result.rootRecall)));
  return {
    scheduler: kind,
    'reviews/learner': reviews.toFixed(0),
    'largest day (max)': Math.max(...loads.map((f) => f.max)),
    'largest day (mean)': mean(loads.map((f) => f.max)).toFixed(1),
    'max/mean (worst)': Math.max(...loads.map((f) => f.ratio)).toFixed(2),
    'max/mean (mean)': mean(loads.map((f) => f.ratio)).toFixed(2),
    'learners >1.5x': loads.filter((f) => f.ratio > 1.5).length,
    'exam recall %': (100 * recall).toFixed(1),
    'weakest root % (mean)': (100 * mean(minRoot)).toFixed(1),
    'weakest root % (min)': (100 * Math.min(...minRoot)).toFixed(1),
    'reviews/card recalled': (reviews / mean(list.map((x) => x.result.cardsRecalled))).toFixed(2),
  };
});
console.log(
  `${LEARNERS} learners, ${cards.length} cards, ${DAYS} days to the exam, 20 new/day, ~10% missed days; fitted weights: ${fit ? fit.name : 'unavailable (defaults)'}`,
);
console.table(table);
const base = rows.fsrs && table.find((t) => t.scheduler === 'fsrs');
const exam = rows.exam && table.find((t) => t.scheduler === 'exam');
if (base && exam) {
  const dr = (Number(exam['reviews/learner']) / Number(base['reviews/learner']) - 1) * 100;
  const dp = Number(exam['exam recall %']) - Number(base['exam recall %']);
  console.log(`exam-date vs FSRS 0.90: reviews ${dr.toFixed(1)}%, exam-day recall ${dp >= 0 ? '+' : ''}${dp.toFixed(1)} points`);
}
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);

function mean(xs) {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** computeParameters from @open-spaced-repetition/binding on the simulated log, with the API's optimiserItems. */
async function loadFitter() {
  try {
    const binding = await import('@open-spaced-repetition/binding');
    const { optimiserItems } = await import('../dist/core/fsrs-fit.js');
    const base = Date.UTC(2026, 0, 1);
    const fn = async (log) => {
      const reviews = log.map((e, k) => ({
        cardId: String(e.card),
        reviewedAt: new Date(base + e.day * 86_400_000 + k),
        studyDate: new Date(base + e.day * 86_400_000).toISOString().slice(0, 10),
        rating: e.rating,
      }));
      const items = optimiserItems(reviews).map(
        (item) => new binding.FSRSBindingItem(item.reviews.map((r) => new binding.FSRSBindingReview(r.rating, r.deltaT))),
      );
      if (items.length < 64) return null;
      try {
        return await binding.computeParameters(items, { enableShortTerm: true });
      } catch {
        return null;
      }
    };
    return { fn, name: 'computeParameters (binding)' };
  } catch {
    return null;
  }
}
