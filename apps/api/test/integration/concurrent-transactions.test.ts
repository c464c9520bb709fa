import { startTestApp, TestApp } from '../support/test-app';

describe('concurrent transactions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.query('CREATE TABLE tx_probe (id int PRIMARY KEY, note text NOT NULL)');
  });
  afterAll(() => t.close());

  it('keeps every committed row and none of the rolled-back ones (50 overlapping transactions)', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => i);
    const rollsBack = (id: number) => id % 3 === 0;
    const outcomes = await Promise.allSettled(
      ids.map((id) =>
        t.dataSource.transaction(async (manager) => {
          await manager.query('INSERT INTO tx_probe (id, note) VALUES ($1, $2)', [id, 'first']);
          // Yield so that transactions would interleave if the connection were shared.
          await new Promise((resolve) => setTimeout(resolve, id % 7));
          await manager.query('UPDATE tx_probe SET note = $2 WHERE id = $1', [id, 'second']);
          if (rollsBack(id)) throw new Error(`roll back ${id}`);
        }),
      ),
    );
    const rows: { id: number; note: string }[] = await t.dataSource.query('SELECT id, note FROM tx_probe ORDER BY id');
    const committed = ids.filter((id) => !rollsBack(id));
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(ids.length - committed.length);
    expect(rows.map((r) => r.id)).toEqual(committed);
    expect(rows.every((r) => r.note === 'second')).toBe(true);
  });
});
