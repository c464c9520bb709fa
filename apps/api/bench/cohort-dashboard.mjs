// Benchmark: the cohort dashboard API call with 300 students and 8 weeks of history.
// Seeds the history with the same learner simulation the demo uses (FSRS, the real queue rules),
// stores it the way the API does (card states, review log, daily activity roll-up, daily mastery
// series), then times GET /api/cohorts/:id/dashboard against the API running as its own process.
//
//   pnpm --filter @dermatome/api bench:dashboard     (BENCH_STUDENTS, BENCH_WEEKS to change the size,
//   BENCH_WRITERS for the students writing reviews during the last phase, default 200, and
//   BENCH_THINK_MS for the pause between two of one student's reviews, default 3000; 0 for flat out).
//   BENCH_KEEP_DB=1 keeps the seeded database; BENCH_REUSE_DB=<name> measures it again without seeding
//   (and without the writers, unless BENCH_WRITERS is set).
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  cookieFetch,
  cpuPerItem,
  cpuSnapshot,
  cpuUsed,
  fmt,
  freshDatabase,
  loadAverage,
  percentile,
  startApi,
  withoutExaminationCases,
} from './support.mjs';

const require = createRequire(import.meta.url);
const { createApiClient } = require('@dermatome/api-client');
const { hashPassword } = require('../dist/auth/password.js');
const { cards } = require('@dermatome/data');
const { simulateLearner } = require('../dist/core/simulate.js');
const { masterySeriesFromTrail } = require('../dist/core/mastery.js');
const { addDaysToDate, dateRange, studyDate } = require('../dist/core/study-day.js');
const { ReviewLogsRepository } = require('../dist/learning/review-logs.repository.js');
const { CardStatesRepository } = require('../dist/learning/card-states.repository.js');
const { ActivityRepository } = require('../dist/learning/activity.repository.js');
const { MasteryDailyRepository } = require('../dist/learning/mastery-daily.repository.js');

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 300);
const WEEKS = Number(process.env.BENCH_WEEKS ?? 8);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 200);
/** Each writing student's pause between two reviews (ms, +-50% jitter); 0 writes flat out. */
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 3000);
/** The instructor's pause between two dashboard reloads under load (ms). */
const RELOAD_PAUSE_MS = 500;
const STUDENT_PASSWORD = 'student-password-1';
const SETTINGS = {
  desiredRetention: 0.9,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  timeZone: 'UTC',
  dayStartHour: 4,
  newPerDay: 10,
  reviewsPerDay: 200,
};
const repos = {
  logs: new ReviewLogsRepository(),
  states: new CardStatesRepository(),
  activity: new ActivityRepository(),
  daily: new MasteryDailyRepository(),
};

/** The repositories take a TypeORM EntityManager; for them a pg pool only needs query() returning rows. */
function manager(pool) {
  return { query: async (sql, params) => (await pool.query(sql, params)).rows };
}

/** One simulated student, stored through the API's own repositories. */
async function seedStudent(pool, cohortId, index, now, from, to) {
  const m = manager(pool);
  const { rows } = await pool.query(
    `INSERT INTO users (email, display_name, role, password_hash) VALUES ($1, $2, 'student', 'not-a-login') RETURNING id`,
    [`student-${index}@example.edu`, `Student ${String(index).padStart(3, '0')}`],
  );
  const userId = rows[0].id;
  await pool.query(`INSERT INTO cohort_members (cohort_id, user_id, joined_at) VALUES ($1, $2, $3)`, [
    cohortId,
    userId,
    new Date(`${from}T08:00:00Z`),
  ]);
  await pool.query(`INSERT INTO learner_decks (user_id, deck_id) VALUES ($1, 'dermatomes-of-the-leg')`, [userId]);
  // A spread of habits: some study nearly every day, some rarely, a few stop in the last week.
  const skipChance = [0.05, 0.15, 0.3, 0.5][index % 4];
  const stopEarly = index % 10 === 0 ? 7 : 0;
  const { reviews, schedules } = simulateLearner({
    cards,
    settings: SETTINGS,
    from,
    to: addDaysToDate(to, -stopEarly),
    skipChance,
    notAfter: now,
    seed: 1000 + index,
  });
  const versions = new Map();
  const flags = { suspended: false, buriedUntil: null, leech: false };
  await repos.logs.insertMany(
    m,
    reviews.map((r) => {
      const version = (versions.get(r.cardId) ?? 0) + 1;
      versions.set(r.cardId, version);
      return {
        reviewId: randomUUID(),
        userId,
        cardId: r.cardId,
        log: r.log,
        reviewedAt: r.reviewedAt,
        studyDate: r.studyDate,
        durationMs: r.durationMs,
        answer: null,
        correct: null,
        partial: null,
        flagsBefore: flags,
        stateAfter: r.after,
        versionAfter: version,
        response: {},
      };
    }),
  );
  await repos.states.insertMany(
    m,
    userId,
    [...schedules].map(([cardId, schedule]) => ({ cardId, schedule, version: versions.get(cardId) ?? 0, ...flags })),
  );
  await repos.activity.rebuild(m, userId);
  if (reviews.length > 0) {
    // Through yesterday, as the nightly roll-up has stored it by now (for those who stopped too).
    const trail = reviews.map((r) => ({ cardId: r.cardId, studyDate: r.studyDate, stateAfter: r.after }));
    await repos.daily.upsertMany(
      m,
      userId,
      masterySeriesFromTrail(cards, trail, dateRange(reviews[0].studyDate, to), SETTINGS, now),
    );
  }
  return reviews.length;
}

async function main() {
  const db = await freshDatabase('dt_bench_dash');
  const pool = new pg.Pool({ connectionString: db.url, max: 4 });
  const api = await startApi(db.url);
  try {
    const instructor = createApiClient({ baseUrl: api.baseUrl, fetch: cookieFetch() });
    const credentials = { email: 'bench-teacher@example.edu', password: 'benchmark-password-1' };
    if (db.reused) {
      console.log(`Cohort dashboard benchmark — reusing PostgreSQL database ${db.name}`);
      const { response } = await instructor.POST('/api/auth/login', { body: credentials });
      if (response.status !== 200) throw new Error(`instructor login failed: ${response.status}`);
      const cohortId = (await instructor.GET('/api/cohorts')).data[0].id;
      await measure(instructor, cohortId, api.pid);
      await withExamDate(pool, instructor, cohortId, api.pid);
      // The writers change the database: on a reused one they run only when asked for.
      if (process.env.BENCH_WRITERS && WRITERS > 0) await underLoad(api.baseUrl, pool, instructor, cohortId);
      return;
    }
    const now = new Date();
    const today = studyDate(now, SETTINGS);
    const from = addDaysToDate(today, -WEEKS * 7);
    const to = addDaysToDate(today, -1);
    console.log(
      `Cohort dashboard benchmark — PostgreSQL database ${db.name}; ${STUDENTS} students, ${WEEKS} weeks (${from} to ${to})`,
    );
    await instructor.POST('/api/auth/register', { body: { ...credentials, displayName: 'Dr. Bench', role: 'instructor' } });
    const cohort = (await instructor.POST('/api/cohorts', { body: { name: 'Benchmark cohort' } })).data;
    await pool.query(`UPDATE cohorts SET created_at = $2 WHERE id = $1`, [cohort.id, new Date(`${from}T07:00:00Z`)]);
    await instructor.POST('/api/cohorts/{cohortId}/assignments', {
      params: { path: { cohortId: cohort.id } },
      body: { deckId: 'dermatomes-of-the-leg', startDate: from, newPerDay: 10 },
    });
    const t0 = performance.now();
    let reviews = 0;
    for (let i = 0; i < STUDENTS; i++) {
      reviews += await seedStudent(pool, cohort.id, i, now, from, to);
      if ((i + 1) % 50 === 0)
        console.log(`  seeded ${i + 1} students (${reviews} reviews) in ${fmt((performance.now() - t0) / 1000, 0)} s`);
    }
    await pool.query('ANALYZE');
    const sizes = (
      await pool.query(
        `SELECT (SELECT count(*) FROM review_logs) AS logs, (SELECT count(*) FROM card_states) AS states, (SELECT count(*) FROM mastery_daily) AS mastery`,
      )
    ).rows[0];
    console.log(`Seeded: ${sizes.logs} review log rows, ${sizes.states} card states, ${sizes.mastery} daily mastery rows\n`);
    await measure(instructor, cohort.id, api.pid);
    await withExamDate(pool, instructor, cohort.id, api.pid);
    if (WRITERS > 0) await underLoad(api.baseUrl, pool, instructor, cohort.id);
  } finally {
    await api.stop();
    await pool.end();
    await db.drop();
  }
}

async function measure(instructor, cohortId, apiPid) {
  const timed = async (query = {}) => {
    const t = performance.now();
    const { data, response } = await instructor.GET('/api/cohorts/{cohortId}/dashboard', {
      params: { path: { cohortId }, query },
    });
    if (response.status !== 200) throw new Error(`dashboard failed: ${response.status}`);
    return { ms: performance.now() - t, data };
  };
  console.log(`(load average ${loadAverage()})`);
  const first = await timed();
  console.log(`First call (cold caches and connections): ${fmt(first.ms)} ms`);
  const reasons = new Map();
  for (const s of first.data.students)
    for (const r of s.behind) reasons.set(r.replace(/\d+/g, 'N'), (reasons.get(r.replace(/\d+/g, 'N')) ?? 0) + 1);
  console.log(
    `  ${first.data.students.length} students, ${first.data.series[0].points.length} days of series, ${first.data.students.filter((s) => s.behind.length > 0).length} flagged as behind:`,
  );
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`    ${String(n).padStart(4)} x ${reason}`);
  for (let i = 0; i < 3; i++) await timed();
  const samples = [];
  const cpu = cpuSnapshot(apiPid);
  for (let i = 0; i < 30; i++) samples.push((await timed()).ms);
  const used = cpuUsed(cpu, cpuSnapshot(apiPid));
  console.log(
    `GET /api/cohorts/:id/dashboard, 30 calls after 3 warm-up: p50 ${fmt(percentile(samples, 50))} ms, p95 ${fmt(percentile(samples, 95))} ms, max ${fmt(Math.max(...samples))} ms (budget 100 ms)`,
  );
  console.log(`  CPU per call: ${cpuPerItem(used, samples.length)}`);
  const weekly = [];
  for (let i = 0; i < 10; i++) weekly.push((await timed({ granularity: 'week' })).ms);
  console.log(`  by week: p50 ${fmt(percentile(weekly, 50))} ms`);
  const csv = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await instructor.GET('/api/cohorts/{cohortId}/export/mastery-daily.csv', { params: { path: { cohortId } }, parseAs: 'text' });
    csv.push(performance.now() - t);
  }
  console.log(
    `GET /api/cohorts/:id/export/mastery-daily.csv (${first.data.students.length} students x 7 roots x every day): p50 ${fmt(percentile(csv, 50))} ms`,
  );
}

/**
 * The same dashboard once the assignment has a target date three weeks ahead: every member's
 * predicted exam-day recall comes from all their card states. The date is taken off again after.
 */
async function withExamDate(pool, instructor, cohortId, apiPid) {
  await pool.query(`UPDATE assignments SET target_date = CURRENT_DATE + 21 WHERE cohort_id = $1`, [cohortId]);
  try {
    const call = async () => {
      const t = performance.now();
      const { response } = await instructor.GET('/api/cohorts/{cohortId}/dashboard', { params: { path: { cohortId } } });
      if (response.status !== 200) throw new Error(`dashboard failed: ${response.status}`);
      return performance.now() - t;
    };
    for (let i = 0; i < 3; i++) await call();
    const samples = [];
    const cpu = cpuSnapshot(apiPid);
    for (let i = 0; i < 10; i++) samples.push(await call());
    const used = cpuUsed(cpu, cpuSnapshot(apiPid));
    console.log(
      `  with an exam date (the assignment's target date 3 weeks ahead), 10 calls: p50 ${fmt(percentile(samples, 50))} ms, p95 ${fmt(percentile(samples, 95))} ms`,
    );
    console.log(`    CPU per call: ${cpuPerItem(used, samples.length)}`);
  } finally {
    await pool.query(`UPDATE assignments SET target_date = NULL WHERE cohort_id = $1`, [cohortId]);
  }
}

/**
 * The dashboard while the class studies: WRITERS students sign in and answer their queues through
 * the API (each one review at a time, as the web's outbox does when online, a review every
 * THINK_MS or so) while the instructor reloads the dashboard 30 times.
 */
async function underLoad(baseUrl, pool, instructor, cohortId) {
  const { rows } = await pool.query(
    `SELECT u.email FROM users u JOIN cohort_members cm ON cm.user_id = u.id WHERE cm.cohort_id = $1 ORDER BY u.email LIMIT $2`,
    [cohortId, WRITERS],
  );
  await pool.query(`UPDATE users SET password_hash = $1 WHERE email = ANY($2::text[])`, [
    await hashPassword(STUDENT_PASSWORD),
    rows.map((r) => r.email),
  ]);
  const writers = [];
  for (const { email } of rows) {
    const client = createApiClient({ baseUrl, fetch: cookieFetch() });
    const { response } = await client.POST('/api/auth/login', { body: { email, password: STUDENT_PASSWORD } });
    if (response.status !== 200) throw new Error(`student login failed: ${response.status}`);
    const { data } = await client.GET('/api/study/queue', { params: { query: { limit: 200 } } });
    writers.push({ client, queue: withoutExaminationCases(data.cards) });
  }
  let stop = false;
  let written = 0;
  let refused = 0;
  let failed = 0;
  let measuring = false;
  const writeLatencies = [];
  const writing = writers.map(async ({ client, queue }) => {
    for (const card of queue) {
      if (THINK_MS > 0) await new Promise((r) => setTimeout(r, THINK_MS * (0.5 + Math.random())));
      if (stop) return;
      const counted = measuring;
      const t = performance.now();
      try {
        const { response } = await client.POST('/api/study/reviews', {
          body: { cardId: card.cardId, rating: 3, reviewId: randomUUID(), durationMs: 4000, version: card.version },
        });
        if (!counted) continue;
        writeLatencies.push(performance.now() - t);
        if (response.status === 201) written++;
        else refused++;
      } catch {
        if (counted) failed++;
      }
    }
  });
  // The class reaches its pace first (every student has started), then the instructor reloads
  // the dashboard 30 times, a reload every RELOAD_PAUSE_MS after the last one answered.
  await new Promise((r) => setTimeout(r, Math.max(2000, THINK_MS * 2)));
  measuring = true;
  const t0 = performance.now();
  const samples = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    const { response } = await instructor.GET('/api/cohorts/{cohortId}/dashboard', { params: { path: { cohortId } } });
    if (response.status !== 200) throw new Error(`dashboard failed: ${response.status}`);
    samples.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, RELOAD_PAUSE_MS));
  }
  measuring = false;
  stop = true;
  const seconds = (performance.now() - t0) / 1000;
  const load = loadAverage();
  await Promise.all(writing);
  console.log(
    `\nDashboard under review load: ${writers.length} students writing reviews (a review every ${THINK_MS} ms or so each) while the instructor reloads every ${RELOAD_PAUSE_MS} ms (load average ${load})`,
  );
  console.log(
    `  dashboard, 30 calls in ${fmt(seconds)} s: p50 ${fmt(percentile(samples, 50))} ms, p95 ${fmt(percentile(samples, 95))} ms, max ${fmt(Math.max(...samples))} ms`,
  );
  console.log(
    `  meanwhile ${written} reviews written (${fmt(written / seconds)} reviews/s, ${refused} refused, ${failed} failed to connect; review p50 ${fmt(percentile(writeLatencies, 50))} ms, p95 ${fmt(percentile(writeLatencies, 95))} ms)`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
