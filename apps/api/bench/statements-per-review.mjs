// Profiling aid: how many statements one review sends to PostgreSQL, and which. Starts the API with
// a counting wrapper around pg (count-queries.cjs), signs one learner in, answers 50 cards one at a
// time through POST /api/study/reviews, and prints the statements per review by kind.
//
//   node bench/statements-per-review.mjs     (after building the API)
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { cookieFetch, freshDatabase, startApi, withoutExaminationCases } from './support.mjs';

const require = createRequire(import.meta.url);
const { hashPassword } = require('../dist/auth/password.js');
const { createApiClient } = require('@dermatome/api-client');
const REVIEWS = Number(process.env.BENCH_REVIEWS ?? 50);

async function main() {
  const db = await freshDatabase('dt_bench_count');
  const file = path.join(os.tmpdir(), `dt-count-${process.pid}.json`);
  const counter = fileURLToPath(new URL('./count-queries.cjs', import.meta.url));
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --require ${counter}`.trim();
  process.env.COUNT_QUERIES_FILE = file;
  const api = await startApi(db.url, 4);
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  try {
    await pool.query(
      `INSERT INTO users (email, display_name, role, password_hash) VALUES ('count@example.edu', 'Count', 'student', $1)`,
      [await hashPassword('count-password-1')],
    );
    await pool.query(`INSERT INTO learner_decks (user_id, deck_id) SELECT id, 'dermatomes-of-the-leg' FROM users`);
    await pool.query(`
      INSERT INTO card_states (user_id, card_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review)
      SELECT u.id, c.id, now() - interval '1 hour', 5, 5, 3, 3, 0, 2, 0, 2, now() - interval '3 days' FROM users u CROSS JOIN cards c`);
    const client = createApiClient({ baseUrl: api.baseUrl, fetch: cookieFetch() });
    await client.POST('/api/auth/login', { body: { email: 'count@example.edu', password: 'count-password-1' } });
    const { data } = await client.GET('/api/study/queue', { params: { query: { limit: 200 } } });
    // The first review of a study date also stores every root's mastery: answer one first, then count the usual case.
    const [first, ...rest] = withoutExaminationCases(data.cards);
    const answer = (c) =>
      client.POST('/api/study/reviews', {
        body: { cardId: c.cardId, rating: 3, reviewId: randomUUID(), durationMs: 3000, version: c.version },
      });
    const totals = async () => {
      await new Promise((r) => setTimeout(r, 300));
      return JSON.parse(fs.readFileSync(file, 'utf8'));
    };
    const minus = (a, b) =>
      Object.fromEntries(
        Object.entries(a)
          .map(([k, [n, ms]]) => [k, [n - (b[k]?.[0] ?? 0), ms - (b[k]?.[1] ?? 0)]])
          .filter(([, [n]]) => n > 0),
      );
    const t0 = await totals();
    if ((await answer(first)).response.status !== 201) throw new Error('review failed');
    const t1 = await totals();
    for (const c of rest.slice(0, REVIEWS)) if ((await answer(c)).response.status !== 201) throw new Error('review failed');
    const t2 = await totals();
    const firstCounts = minus(t1, t0);
    const counts = minus(t2, t1);
    // One learner answering one card at a time: a statement's time is its round trip, PostgreSQL's work included.
    const report = (label, byKind, n) => {
      const total = Object.values(byKind).reduce((a, [k]) => a + k, 0);
      const ms = Object.values(byKind).reduce((a, [, t]) => a + t, 0);
      console.log(`${label}: ${(total / n).toFixed(1)} statements per review, ${(ms / n).toFixed(2)} ms of round trips`);
      console.log('  per review  ms each  statement');
      for (const [sql, [k, t]] of Object.entries(byKind).sort((a, b) => b[1][1] - a[1][1]))
        console.log(`  ${(k / n).toFixed(2).padStart(10)}  ${(t / k).toFixed(2).padStart(7)}  ${sql}`);
    };
    report('First review of the day', firstCounts, 1);
    report(`Next ${REVIEWS} reviews`, counts, REVIEWS);
  } finally {
    await pool.end();
    await api.stop();
    fs.rmSync(file, { force: true });
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
