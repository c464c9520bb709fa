import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp } from '../support/test-app';

describe('embedded database on disk', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dt-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps its data across a restart', async () => {
    const first = await startTestApp({ EMBEDDED_DATA_DIR: dataDir });
    await first.dataSource.query('CREATE TABLE kept (value text)');
    await first.dataSource.query("INSERT INTO kept VALUES ('still here')");
    await first.close();

    const second = await startTestApp({ EMBEDDED_DATA_DIR: dataDir });
    const rows = await second.dataSource.query('SELECT value FROM kept');
    const health = await second.http().get('/api/health').expect(200);
    await second.close();
    expect(rows).toEqual([{ value: 'still here' }]);
    expect(health.body.database).toBe('embedded');
    // Two starts on a fresh on-disk database (migrations, content, job-queue schema, each write flushed
    // to disk) take 30-60 s on a busy 2-core machine: more than jest's default 60 s would allow reliably.
  }, 150_000);
});
