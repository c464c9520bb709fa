import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const main = join(__dirname, '../../dist/main.js');

describe('start-up with a bad environment', () => {
  beforeAll(() => {
    if (!existsSync(main)) throw new Error(`${main} is missing: build the API first (pnpm build)`);
  });

  it.each([
    ['API_PORT', 'not-a-port'],
    ['DATABASE_URL', 'http://example.com/db'],
  ])('stops with a message naming %s', (name, value) => {
    const run = spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH, [name]: value },
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${name}=`);
  });
});
