// Probe latency: how long the API takes to answer one probe of a virtual sensory examination
// (validation, the hidden lesion's geometry, the append-only write), measured through HTTP against
// the built API on a throw-away PostgreSQL database. Prints p50 and p95; the target is p95 < 50 ms.
//
//   pnpm --filter @dermatome/api build && pnpm --filter @dermatome/api bench:probe
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { cookieFetch, fmt, freshDatabase, percentile, startApi } from './support.mjs';

const require = createRequire(import.meta.url);
const { cards, lossLevel, mapViews, skinSpot, VIEW_IDS, examinationCase } = require('@dermatome/data');

const EXAMINATIONS = Number(process.env.BENCH_EXAMINATIONS ?? 10);
const PROBES_PER_EXAMINATION = Number(process.env.BENCH_PROBES ?? 60);

/** Points on the skin of every view (the figure a learner taps), in a fixed order. */
function skinPoints() {
  const points = [];
  for (const view of VIEW_IDS) {
    const [bx, by, bw, bh] = mapViews[view].viewBox.split(/\s+/).map(Number);
    for (let y = by + 7; y < by + bh; y += 23) {
      for (let x = bx + 5; x < bx + bw; x += 17) if (skinSpot(view, x, y)) points.push({ view, x, y });
    }
  }
  return points;
}

async function main() {
  const db = await freshDatabase('dt_bench_probe');
  const api = await startApi(db.url);
  try {
    const fetchWithCookie = cookieFetch();
    const call = async (method, path, body) => {
      const res = await fetchWithCookie(`${api.baseUrl}${path}`, {
        method,
        headers: { 'content-type': 'application/json', origin: api.baseUrl },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    await call('POST', '/api/auth/register', {
      email: `bench-${Date.now()}@example.edu`,
      password: 'correct-horse-42',
      displayName: 'Bench Learner',
    });
    const caseCards = cards.filter((c) => c.type === 'examination-case');
    const points = skinPoints();
    console.log(
      `Examination probe benchmark — PostgreSQL database ${db.name}; ${EXAMINATIONS} examinations x ${PROBES_PER_EXAMINATION} probes, ${points.length} skin points`,
    );
    const times = [];
    let abnormal = 0;
    for (let e = 0; e < EXAMINATIONS; e++) {
      const card = caseCards[(e * 7) % caseCards.length];
      const patient = examinationCase(card.id);
      const exam = await call('POST', '/api/examinations', { cardId: card.id });
      for (let i = 0; i < PROBES_PER_EXAMINATION; i++) {
        const point = points[(e * 131 + i * 37) % points.length];
        const modality = i % 2 === 0 ? 'pinprick' : 'light-touch';
        const started = performance.now();
        const probe = await call('POST', `/api/examinations/${exam.id}/probes`, { modality, ...point });
        times.push(performance.now() - started);
        if (probe.answer !== 'normal') abnormal++;
        // a sanity check that the answers come from the lesion: normal skin never answers abnormal
        if (lossLevel(patient.lesion, patient.side, skinSpot(point.view, point.x, point.y)) === 0 && probe.answer !== 'normal')
          throw new Error(`probe on spared skin answered ${probe.answer}`);
      }
    }
    // for scale on a busy machine: the same number of the lightest signed-in read (the learner's settings)
    const baseline = [];
    for (let i = 0; i < times.length; i++) {
      const started = performance.now();
      await call('GET', '/api/study/settings');
      baseline.push(performance.now() - started);
    }
    // the first examinations warm the JIT and the pool: report all, and without the first 20
    const warm = times.slice(20);
    console.log(`probes answered: ${times.length} (${abnormal} abnormal)`);
    console.log(
      `all      p50 ${fmt(percentile(times, 50))} ms   p95 ${fmt(percentile(times, 95))} ms   max ${fmt(Math.max(...times))} ms`,
    );
    console.log(`warm     p50 ${fmt(percentile(warm, 50))} ms   p95 ${fmt(percentile(warm, 95))} ms   (target p95 < 50 ms)`);
    console.log(
      `baseline p50 ${fmt(percentile(baseline, 50))} ms   p95 ${fmt(percentile(baseline, 95))} ms   (GET /api/study/settings, same load)`,
    );
  } finally {
    await api.stop();
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
