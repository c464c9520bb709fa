// Watch mode: rebuilds the data package and the API on change and restarts the API;
// the web runs on Vite's dev server (same origin: it proxies /api to the API).
import concurrently from 'concurrently';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const apiPort = process.env.API_PORT ?? '3001';

const { result } = concurrently(
  [
    { name: 'data', command: 'pnpm --filter @dermatome/data exec tsc -p tsconfig.build.json --watch --preserveWatchOutput' },
    { name: 'data-cjs', command: 'pnpm --filter @dermatome/data exec tsc -p tsconfig.cjs.json --watch --preserveWatchOutput' },
    { name: 'api-tsc', command: 'pnpm --filter @dermatome/api exec tsc -p tsconfig.build.json --watch --preserveWatchOutput' },
    {
      name: 'api',
      env: { API_PORT: apiPort, NODE_ENV: 'development' },
      command: 'node --watch-path=apps/api/dist --watch-path=packages/dermatome-data/dist apps/api/dist/main.js',
    },
    {
      name: 'web',
      command: 'pnpm --filter @dermatome/web exec vite dev --port 3000',
      env: { API_ORIGIN: `http://127.0.0.1:${apiPort}` },
    },
  ],
  { cwd: root, killOthersOn: ['failure'], prefixColors: ['gray', 'gray', 'gray', 'blue', 'magenta'] },
);
result.then(
  () => process.exit(0),
  () => process.exit(1),
);
