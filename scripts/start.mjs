// Runs the built product: the API (embedded PostgreSQL unless DATABASE_URL is set) and the web
// server, which serves the pages and proxies /api to the API on one origin.
import concurrently from 'concurrently';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const port = process.env.PORT ?? '3000';
const apiPort = process.env.API_PORT ?? '3001';
const url = `http://localhost:${port}`;

const { result } = concurrently(
  [
    {
      name: 'api',
      command: 'node apps/api/dist/main.js',
      env: {
        API_PORT: apiPort,
        NODE_ENV: process.env.NODE_ENV ?? 'production',
        COOKIE_SECURE: process.env.COOKIE_SECURE ?? 'false',
      },
    },
    {
      name: 'web',
      command: 'node apps/web/build/index.js',
      env: { PORT: port, ORIGIN: process.env.ORIGIN ?? url, API_ORIGIN: `http://127.0.0.1:${apiPort}` },
    },
  ],
  { cwd: root, killOthersOn: ['failure', 'success'], prefixColors: ['blue', 'magenta'] },
);

announceWhenReady();
result.then(
  () => process.exit(0),
  () => process.exit(1),
);

async function announceWhenReady() {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) {
        const health = await res.json();
        console.log(`\nDermatome Trainer is running at ${url} (database: ${health.database}). Press Ctrl+C to stop.\n`);
        return;
      }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
