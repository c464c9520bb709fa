// Benchmark: review submissions per second through the HTTP API versus the same writes done
// directly with SQL, and queue fetch latency with 10^3 versus 10^6 card states in the table.
// The API runs as its own process (as in production); this process generates the load and does
// the raw SQL, against one fresh PostgreSQL database that is dropped at the end.
//
//   pnpm bench            (from the repository root; builds first)
//
// Environment: BENCH_ADMIN_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres),
// BENCH_REVIEWS (default 2000), BENCH_CONCURRENCY (default 8), BENCH_BATCH (reviews per batch
// request, default 50), BENCH_ROUNDS (measured rounds of HTTP then SQL, default 3). Every phase
// prints the machine's load average beside its figures.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  cookieFetch,
  jsonPoster,
  fmt,
  freshDatabase,
  loadAverage,
  percentile,
  startApi,
  withoutExaminationCases,
  cpuSnapshot,
  cpuUsed,
  addCpu,
  cpuPerItem,
} from './support.mjs';

const require = createRequire(import.meta.url);
const { hashPassword } = require('../dist/auth/password.js');
const { createApiClient } = require('@dermatome/api-client');
const { cards, MASTERY_ROOTS } = require('@dermatome/data');

const REVIEWS = Number(process.env.BENCH_REVIEWS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const BATCH = Number(process.env.BENCH_BATCH ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PASSWORD = 'benchmark-password-1';

async function main() {
  const db = await freshDatabase('dt_bench');
  const pool = new pg.Pool({ connectionString: db.url, max: CONCURRENCY });
  const api = await startApi(db.url, Math.max(CONCURRENCY, 4));
  const baseUrl = api.baseUrl;
  try {
    console.log(`Dermatome Trainer benchmark — PostgreSQL database ${db.name}, ${cards.length} cards in the bank`);
    console.log(
      `Node ${process.version}, concurrency ${CONCURRENCY}, ${REVIEWS} reviews per write test, load average ${loadAverage()}\n`,
    );

    // Learners with history, each with every card studied once (a state and a log row), in groups
    // of CONCURRENCY: a warm-up group for each side, then per round one for HTTP and one for SQL,
    // then one for the batch endpoint. Each group's learners are used once.
    const groupCount = 2 + ROUNDS * 2 + 1;
    const passwordHash = await hashPassword(PASSWORD);
    const learners = [];
    for (let i = 0; i < CONCURRENCY * groupCount; i++) {
      const { rows } = await pool.query(
        `INSERT INTO users (email, display_name, role, password_hash) VALUES ($1, $2, 'student', $3) RETURNING id`,
        [`bench-${String(i).padStart(3, '0')}@example.edu`, `Bench ${i}`, passwordHash],
      );
      learners.push({ id: rows[0].id, email: `bench-${String(i).padStart(3, '0')}@example.edu` });
    }
    const group = (k) => learners.slice(k * CONCURRENCY, (k + 1) * CONCURRENCY);
    await pool.query(`INSERT INTO learner_decks (user_id, deck_id) SELECT id, 'dermatomes-of-the-leg' FROM users`);
    await pool.query(`
      INSERT INTO card_states (user_id, card_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review)
      SELECT u.id, c.id, now() - interval '1 hour', 5, 5, 3, 3, 0, 2, 0, 2, now() - interval '3 days' FROM users u CROSS JOIN cards c`);
    const states = Number((await pool.query(`SELECT count(*) FROM card_states`)).rows[0].count);
    console.log(`Seeded ${learners.length} learners, ${states} card states (every card in review, due now)\n`);

    const signIn = (members) =>
      Promise.all(
        members.map(async (l) => {
          const fetch = cookieFetch();
          const client = createApiClient({ baseUrl, fetch });
          const { response } = await client.POST('/api/auth/login', { body: { email: l.email, password: PASSWORD } });
          if (response.status !== 200) throw new Error(`login failed: ${response.status}`);
          await client.PUT('/api/study/settings', { body: { reviewsPerDay: 99999 } });
          const { data } = await client.GET('/api/study/queue', { params: { query: { limit: 200 } } });
          return { client, poster: jsonPoster(baseUrl, fetch.cookie()), queue: withoutExaminationCases(data.cards) };
        }),
      );
    const perClient = Math.ceil(REVIEWS / CONCURRENCY);

    // Reviews through the HTTP API: each client answers its queue, one review at a time.
    async function httpRound(members) {
      const clients = await signIn(members);
      const latencies = [];
      let sample = null;
      const cpu = cpuSnapshot(api.pid);
      const start = performance.now();
      await Promise.all(
        clients.map(async ({ poster, queue }) => {
          for (const card of queue.slice(0, perClient)) {
            const t0 = performance.now();
            const { status, data } = await poster.post('/api/study/reviews', {
              cardId: card.cardId,
              rating: 3,
              reviewId: randomUUID(),
              durationMs: 5000,
              version: card.version,
            });
            latencies.push(performance.now() - t0);
            if (status !== 201) throw new Error(`review failed: ${status} ${JSON.stringify(data)}`);
            sample ??= data;
          }
        }),
      );
      const seconds = (performance.now() - start) / 1000;
      const used = cpuUsed(cpu, cpuSnapshot(api.pid));
      for (const c of clients) c.poster.close();
      return { latencies, seconds, used, sample, clients };
    }

    // The same writes straight in SQL, one transaction per review: the state update with its
    // version check, the log row (with a response and schedule of the API's size), the day's
    // activity and the mastery of the card's roots. What the SQL side does not do is the work
    // only the API can do (FSRS, grading, mastery arithmetic, session, idempotency and lock checks).
    async function sqlRound(members, sample) {
      const responseJson = JSON.stringify(sample);
      const stateJson = JSON.stringify(sample.state);
      const latencies = [];
      const cpu = cpuSnapshot(api.pid);
      const start = performance.now();
      await Promise.all(
        members.map(async (l) => {
          const client = await pool.connect();
          try {
            for (const card of cards.slice(0, perClient)) {
              const t0 = performance.now();
              await client.query('BEGIN');
              const { rowCount } = await client.query(
                `UPDATE card_states SET due = now() + interval '9 days', stability = 9.1, difficulty = 4.9, elapsed_days = 3,
                   scheduled_days = 9, learning_steps = 0, reps = reps + 1, lapses = lapses, state = 2, last_review = now(),
                   suspended = false, buried_until = NULL, leech = false, version = version + 1, updated_at = now()
                  WHERE user_id = $1 AND card_id = $2 AND version = $3`,
                [l.id, card.id, 0],
              );
              if (rowCount !== 1) throw new Error('raw SQL: version check failed');
              await client.query(
                `INSERT INTO review_logs (review_id, user_id, card_id, rating, state, due, stability, difficulty, elapsed_days, last_elapsed_days,
                   scheduled_days, learning_steps, reviewed_at, study_date, duration_ms, answer, correct, partial, flags_before, state_after,
                   version_after, response)
                 VALUES ($1, $2, $3, 3, 2, now(), 5, 5, 3, 3, 3, 0, now(), current_date, 5000, NULL, NULL, NULL,
                   '{"suspended":false,"buriedUntil":null,"leech":false}', $4, 1, $5)`,
                [randomUUID(), l.id, card.id, stateJson, responseJson],
              );
              await client.query(
                `INSERT INTO learner_daily_activity (user_id, day, reviews, recalled, duration_ms) VALUES ($1, current_date, 1, 1, 5000)
                 ON CONFLICT (user_id, day) DO UPDATE SET reviews = learner_daily_activity.reviews + 1,
                   recalled = learner_daily_activity.recalled + 1, duration_ms = learner_daily_activity.duration_ms + 5000`,
                [l.id],
              );
              await client.query(
                `INSERT INTO mastery_daily (user_id, root, day, mastery, coverage, recall, seen, total)
                 SELECT $1, r, current_date, 0.5, 1, 0.5, 10, 10 FROM unnest($2::text[]) AS r
                 ON CONFLICT (user_id, root, day) DO UPDATE SET mastery = EXCLUDED.mastery, coverage = EXCLUDED.coverage,
                   recall = EXCLUDED.recall, seen = EXCLUDED.seen, total = EXCLUDED.total`,
                [l.id, card.roots.filter((r) => MASTERY_ROOTS.includes(r))],
              );
              await client.query('COMMIT');
              latencies.push(performance.now() - t0);
            }
          } finally {
            client.release();
          }
        }),
      );
      return { latencies, seconds: (performance.now() - start) / 1000, used: cpuUsed(cpu, cpuSnapshot(api.pid)) };
    }

    // Both sides warm up first (the API's JIT, both pools), unmeasured.
    const warm = await httpRound(group(0));
    await sqlRound(group(1), warm.sample);
    const sample = warm.sample;

    // The measured rounds alternate HTTP and SQL, so a change in the machine's load meets both.
    const http = { latencies: [], seconds: 0, used: null };
    const sql = { latencies: [], seconds: 0, used: null };
    let firstClients = null;
    console.log(`Review writes: ${ROUNDS} rounds of HTTP then SQL after a warm-up of each (load average ${loadAverage()})`);
    for (let r = 0; r < ROUNDS; r++) {
      const h = await httpRound(group(2 + 2 * r));
      firstClients ??= h.clients;
      const q = await sqlRound(group(3 + 2 * r), sample);
      for (const [total, round] of [
        [http, h],
        [sql, q],
      ]) {
        total.latencies.push(...round.latencies);
        total.seconds += round.seconds;
        total.used = addCpu(total.used, round.used);
      }
      const rate = (x) => x.latencies.length / x.seconds;
      console.log(
        `  round ${r + 1}: HTTP ${fmt(rate(h))} reviews/s, SQL ${fmt(rate(q))} writes/s, ${fmt((rate(h) / rate(q)) * 100)}% (load average ${loadAverage()})`,
      );
    }
    const httpRate = http.latencies.length / http.seconds;
    const sqlRate = sql.latencies.length / sql.seconds;
    const spread = (l) => `p50 ${fmt(percentile(l, 50))} ms, p95 ${fmt(percentile(l, 95))} ms, p99 ${fmt(percentile(l, 99))} ms`;
    console.log(
      `  HTTP API  ${http.latencies.length} reviews in ${fmt(http.seconds, 2)} s = ${fmt(httpRate)} reviews/s   (${spread(http.latencies)})`,
    );
    console.log(
      `  SQL only  ${sql.latencies.length} writes  in ${fmt(sql.seconds, 2)} s = ${fmt(sqlRate)} writes/s    (${spread(sql.latencies)})`,
    );
    console.log(`  CPU per review: HTTP ${cpuPerItem(http.used, http.latencies.length)}`);
    console.log(`                  SQL  ${cpuPerItem(sql.used, sql.latencies.length)}`);
    console.log(
      `  ratio     the API achieves ${fmt((httpRate / sqlRate) * 100)}% of raw SQL throughput (SQL is ${fmt(sqlRate / httpRate, 2)}x faster)\n`,
    );

    // The batch endpoint (what the web's outbox uses): the queue sent BENCH_BATCH reviews per request.
    const batchClients = await signIn(group(groupCount - 1));
    const batchLatencies = [];
    let batchReviews = 0;
    let batchMissing = false;
    const batchCpu = cpuSnapshot(api.pid);
    const batchStart = performance.now();
    await Promise.all(
      batchClients.map(async ({ poster, queue }) => {
        const mine = queue.slice(0, perClient);
        for (let i = 0; i < mine.length && !batchMissing; i += BATCH) {
          const reviews = mine.slice(i, i + BATCH).map((card) => ({
            cardId: card.cardId,
            rating: 3,
            reviewId: randomUUID(),
            durationMs: 5000,
            version: card.version,
          }));
          const t0 = performance.now();
          const { status, data } = await poster.post('/api/study/reviews/batch', { reviews });
          batchLatencies.push(performance.now() - t0);
          if (status === 404) {
            batchMissing = true;
            return;
          }
          if (status !== 200) throw new Error(`batch failed: ${status}`);
          const applied = data.results.filter((r) => r.outcome === 'applied').length;
          if (applied !== reviews.length) throw new Error(`batch: ${applied} of ${reviews.length} applied`);
          batchReviews += applied;
        }
      }),
    );
    const batchSeconds = (performance.now() - batchStart) / 1000;
    const batchUsed = cpuUsed(batchCpu, cpuSnapshot(api.pid));
    for (const c of batchClients) c.poster.close();
    if (batchMissing) console.log('Batch submit: POST /api/study/reviews/batch does not exist in this build\n');
    else {
      const batchRate = batchReviews / batchSeconds;
      console.log(`Batch submit (POST /api/study/reviews/batch, ${BATCH} reviews a request; load average ${loadAverage()})`);
      console.log(
        `  batches   ${batchReviews} reviews in ${fmt(batchSeconds, 2)} s = ${fmt(batchRate)} reviews/s   (per request ${spread(batchLatencies)})`,
      );
      console.log(`  CPU per review: ${cpuPerItem(batchUsed, batchReviews)}`);
      console.log(`  ratio     ${fmt((batchRate / sqlRate) * 100)}% of raw SQL throughput\n`);
    }

    // 3. Queue fetch latency: small table, then 10^6 card states.
    const probe = firstClients[0].client;
    async function queueLatency(label) {
      const total = Number((await pool.query(`SELECT count(*) FROM card_states`)).rows[0].count);
      for (let i = 0; i < 10; i++) await probe.GET('/api/study/queue');
      const samples = [];
      for (let i = 0; i < 100; i++) {
        const t0 = performance.now();
        const { response } = await probe.GET('/api/study/queue');
        samples.push(performance.now() - t0);
        if (response.status !== 200) throw new Error(`queue failed: ${response.status}`);
      }
      console.log(
        `  ${label.padEnd(10)} ${String(total).padStart(8)} card states: p50 ${fmt(percentile(samples, 50))} ms, p95 ${fmt(percentile(samples, 95))} ms`,
      );
      return percentile(samples, 50);
    }
    console.log(`Queue fetch (GET /api/study/queue, 100 requests after 10 warm-up; load average ${loadAverage()})`);
    // Shrink to ~10^3 states: keep only the probe learner's rows plus a few others.
    await pool.query(
      `DELETE FROM card_states WHERE user_id <> $1 AND user_id NOT IN (SELECT id FROM users ORDER BY email LIMIT 3)`,
      [group(2)[0].id],
    );
    const small = await queueLatency('10^3');
    const target = 1_000_000;
    const have = Number((await pool.query(`SELECT count(*) FROM card_states`)).rows[0].count);
    const extraLearners = Math.ceil((target - have) / cards.length);
    const t0 = performance.now();
    await pool.query(
      `INSERT INTO users (email, display_name, role, password_hash)
       SELECT 'filler-' || g || '@example.edu', 'Filler ' || g, 'student', 'x' FROM generate_series(1, $1) g`,
      [extraLearners],
    );
    await pool.query(`
      INSERT INTO card_states (user_id, card_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review)
      SELECT u.id, c.id, now() + (random() * interval '30 days'), 5, 5, 3, 3, 0, 2, 0, 2, now() - interval '3 days'
        FROM users u CROSS JOIN cards c WHERE u.email LIKE 'filler-%'`);
    await pool.query('ANALYZE card_states');
    console.log(`  (inserted ${extraLearners} more learners' states in ${fmt((performance.now() - t0) / 1000, 1)} s)`);
    const large = await queueLatency('10^6');
    console.log(`  ratio      10^6 / 10^3 median latency = ${fmt(large / small, 2)}x`);
  } finally {
    await api.stop();
    await pool.end();
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
