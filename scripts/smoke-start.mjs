// Smoke test of the newcomer path: `pnpm start` with no configuration. Starts the built product on
// a fresh embedded database, then checks through the web origin that the API answers on the
// embedded database, that the built-in deck is loaded, that a demo account can sign in and has
// history, and that the home page renders. Part of `pnpm test`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dataDir = mkdtempSync(join(tmpdir(), 'dt-smoke-'));
const port = process.env.SMOKE_PORT ?? '3200';
const origin = `http://127.0.0.1:${port}`;

const child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs')], {
  cwd: root,
  env: {
    ...process.env,
    DATABASE_URL: '',
    EMBEDDED_DATA_DIR: dataDir,
    PORT: port,
    API_PORT: String(Number(port) + 1),
    ORIGIN: origin,
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
});
let output = '';
child.stdout.on('data', (chunk) => (output += chunk));

function fail(message) {
  console.error(`smoke test failed: ${message}\n--- output ---\n${output}`);
  stop(1);
}

function stop(code) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  setTimeout(() => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(code);
  }, 1500);
}

async function waitForHealth() {
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(`${origin}/api/health`);
      if (res.ok) return res.json();
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the product did not answer on /api/health within 120 s');
}

try {
  const started = Date.now();
  const health = await waitForHealth();
  if (health.database !== 'embedded') fail(`expected the embedded database, got ${health.database}`);
  const login = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'student@example.com', password: 'dermatome-demo-1' }),
  });
  if (login.status !== 200) fail(`demo student login answered ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('dt_session='))
    ?.split(';')[0];
  const decks = await (await fetch(`${origin}/api/decks`, { headers: { cookie } })).json();
  const builtIn = decks.find((d) => d.id === 'dermatomes-of-the-leg');
  if (!builtIn || builtIn.cardCount < 250) fail(`the built-in deck is not loaded: ${JSON.stringify(builtIn)}`);
  const summary = await (await fetch(`${origin}/api/progress/summary`, { headers: { cookie } })).json();
  const reviews = summary.calendar.reduce((n, d) => n + d.count, 0);
  if (reviews < 500) fail(`the demo student should have weeks of history, found ${reviews} reviews`);
  const teacher = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'instructor@example.com', password: 'dermatome-demo-1' }),
  });
  const teacherCookie = teacher.headers
    .getSetCookie()
    .find((c) => c.startsWith('dt_session='))
    ?.split(';')[0];
  const cohorts = await (await fetch(`${origin}/api/cohorts`, { headers: { cookie: teacherCookie } })).json();
  if (!Array.isArray(cohorts) || cohorts.length !== 1 || cohorts[0].memberCount < 5)
    fail(`the demo instructor should have a demo cohort: ${JSON.stringify(cohorts)}`);
  const home = await fetch(`${origin}/`, { headers: { cookie } });
  if (home.status !== 200 || !(await home.text()).includes('Dermatome Trainer')) fail(`the home page answered ${home.status}`);
  console.log(
    `smoke test passed: embedded database, ${builtIn.cardCount} cards, demo student with ${reviews} reviews, home page served (ready in ${Math.round((Date.now() - started) / 1000)} s)`,
  );
  stop(0);
} catch (error) {
  fail(error.message);
}
