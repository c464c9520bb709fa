// Times the examination core (issue 13) and prints figures: probeResponse per probe (p50, p95,
// max), the first efficientExamination (which builds the candidate points), every other lesion's
// first call, and a cached call. Run after a build:
//
//   pnpm --filter @dermatome/data bench:examination
import {
  ALL_LESIONS_ON_SIDES,
  EXAMINATION_CASES,
  efficientExamination,
  mapViews,
  probeResponse,
  validateProbe,
  VIEW_IDS,
} from '../dist/esm/index.js';

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const ms = (v) => `${v.toFixed(3)} ms`;

function summary(label, times) {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `${label}: n=${times.length} p50=${ms(quantile(sorted, 0.5))} p95=${ms(quantile(sorted, 0.95))} max=${ms(sorted[sorted.length - 1])}`,
  );
}

// A fixed pseudo-random sequence of probes on the skin of every view (a small LCG: same probes every run).
let state = 12345;
const rand = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
const probes = [];
while (probes.length < 5000) {
  const view = VIEW_IDS[Math.floor(rand() * VIEW_IDS.length)];
  const probe = {
    view,
    x: rand() * mapViews[view].width,
    y: rand() * mapViews[view].height,
    modality: rand() < 0.5 ? 'pinprick' : 'light-touch',
  };
  if (validateProbe(probe).ok) probes.push(probe);
}

let first = performance.now();
probeResponse(EXAMINATION_CASES[0], probes[0], 0);
console.log(`probeResponse, very first call (JIT warm-up): ${ms(performance.now() - first)}`);
const probeTimes = [];
for (let i = 1; i < probes.length; i++) {
  const c = EXAMINATION_CASES[i % EXAMINATION_CASES.length];
  const t0 = performance.now();
  probeResponse(c, probes[i], i);
  probeTimes.push(performance.now() - t0);
}
summary('probeResponse (validate + geometry + answer)', probeTimes);

console.log(
  `load average while measuring: ${(await import('node:os'))
    .loadavg()
    .map((v) => v.toFixed(1))
    .join(' ')}`,
);
let t0 = performance.now();
efficientExamination(ALL_LESIONS_ON_SIDES[0]);
console.log(`efficientExamination, first call (builds the candidate points): ${ms(performance.now() - t0)}`);

const firstCalls = [];
for (const l of ALL_LESIONS_ON_SIDES.slice(1)) {
  t0 = performance.now();
  efficientExamination(l);
  firstCalls.push(performance.now() - t0);
}
summary('efficientExamination, first call per lesion and side', firstCalls);

const cached = [];
for (let round = 0; round < 20; round++) {
  for (const l of ALL_LESIONS_ON_SIDES) {
    t0 = performance.now();
    efficientExamination(l);
    cached.push(performance.now() - t0);
  }
}
summary('efficientExamination, cached', cached);
const lengths = ALL_LESIONS_ON_SIDES.map((l) => efficientExamination(l).steps.length);
console.log(
  `efficient examination length: min=${Math.min(...lengths)} max=${Math.max(...lengths)} mean=${(lengths.reduce((a, b) => a + b, 0) / lengths.length).toFixed(2)}`,
);
