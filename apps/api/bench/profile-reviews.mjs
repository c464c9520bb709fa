// Profiling aid: runs the API under `node --cpu-prof` while 8 learners answer 100 cards each
// through POST /api/study/reviews, then prints the functions with the most self time (the
// .cpuprofile is kept for Chrome DevTools). PROFILE_DIR names where to put it (default a temp dir).
//
//   node bench/profile-reviews.mjs     (after building the API)
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { cookieFetch, freshDatabase, startApi, withoutExaminationCases } from './support.mjs';

const require = createRequire(import.meta.url);
const { hashPassword } = require('../dist/auth/password.js');
const { createApiClient } = require('@dermatome/api-client');
const LEARNERS = 8;
const PER_LEARNER = Number(process.env.PROFILE_REVIEWS ?? 100);

async function main() {
  const dir = process.env.PROFILE_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'dt-profile-'));
  const db = await freshDatabase('dt_bench_profile');
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${dir}`.trim();
  const api = await startApi(db.url, LEARNERS);
  delete process.env.NODE_OPTIONS;
  try {
    const hash = await hashPassword('profile-password-1');
    for (let i = 0; i < LEARNERS; i++)
      await pool.query(`INSERT INTO users (email, display_name, role, password_hash) VALUES ($1, 'P', 'student', $2)`, [
        `p${i}@example.edu`,
        hash,
      ]);
    await pool.query(`INSERT INTO learner_decks (user_id, deck_id) SELECT id, 'dermatomes-of-the-leg' FROM users`);
    await pool.query(`
      INSERT INTO card_states (user_id, card_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review)
      SELECT u.id, c.id, now() - interval '1 hour', 5, 5, 3, 3, 0, 2, 0, 2, now() - interval '3 days' FROM users u CROSS JOIN cards c`);
    await Promise.all(
      Array.from({ length: LEARNERS }, async (_, i) => {
        const client = createApiClient({ baseUrl: api.baseUrl, fetch: cookieFetch() });
        await client.POST('/api/auth/login', { body: { email: `p${i}@example.edu`, password: 'profile-password-1' } });
        const { data } = await client.GET('/api/study/queue', { params: { query: { limit: PER_LEARNER } } });
        for (const c of withoutExaminationCases(data.cards))
          await client.POST('/api/study/reviews', {
            body: { cardId: c.cardId, rating: 3, reviewId: randomUUID(), durationMs: 3000, version: c.version },
          });
      }),
    );
  } finally {
    await api.stop();
    await pool.end();
    await db.drop();
  }
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const self = new Map();
  const dt = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // Start-up (module loading, migrations) is left out: samples count from the first one inside the review path.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inReviewPath = (id) => {
    for (let at = id; at !== undefined; at = parent.get(at))
      if (byId.get(at).callFrame.url.includes('/dist/study/review.service')) return true;
    return false;
  };
  const first = Math.max(0, profile.samples.findIndex(inReviewPath));
  const total = dt.slice(first).reduce((a, b) => a + b, 0);
  profile.samples.forEach((id, i) => {
    if (i < first) return;
    const n = byId.get(id);
    const where = n.callFrame.url.replace(/.*node_modules\//, '').replace(/.*\/dist\//, 'dist/');
    const key = `${n.callFrame.functionName || '(anonymous)'}  ${where.split('/').slice(0, 2).join('/')}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
  });
  const byPackage = new Map();
  for (const [key, us] of self) {
    const pkg = key.split('  ')[1] || '(native)';
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  }
  console.log(`Profile: ${path.join(dir, file)} (${(total / 1e6).toFixed(1)} s sampled from the first review on)`);
  console.log('Self time by package or folder:');
  for (const [k, us] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`  ${((us / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
  console.log('Top functions by self time:');
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${((us / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
  // Inclusive time: a sample counts once for every distinct function on its stack.
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    if (i < first) return;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      const where = n.callFrame.url.replace(/.*node_modules\//, '').replace(/.*\/dist\//, 'dist/');
      const key = `${n.callFrame.functionName || '(anonymous)'}  ${where.split('/').slice(0, 3).join('/')}:${n.callFrame.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (dt[i] ?? 0));
    }
  });
  console.log('Top named functions by inclusive time:');
  for (const [k, us] of [...inclusive]
    .filter(([k]) => !k.startsWith('(') && !k.startsWith(' '))
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.PROFILE_TOP ?? 40)))
    console.log(`  ${((us / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
