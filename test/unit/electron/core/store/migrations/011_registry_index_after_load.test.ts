import { describe, expect, it } from 'vitest';
import { migration011 } from '../../../../../../electron/core/store/migrations/011_registry_index_after_load';
import { columns, storeAt } from './helpers';

describe('migration 011 registry index after load', () => {
  it('keeps the cached taxpayers in a rowid table with a unique IIN/BIN index and drops the staging table', async () => {
    const db = await storeAt(10);
    const before = columns(db, 'taxpayers');
    const insert = db.prepare(
      `INSERT INTO taxpayers (id, kind, name, address, registered_on, status, tax_office, version, updated_at, cached_at)
       VALUES (?, 'iin', ?, 'Астана', '1990-01-01', 'active', '6205', 1, '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z')`,
    );
    insert.run('900314400120', 'Байжанова Іңкәр');
    insert.run('880101300111', 'Ахметов Ерлан');
    db.transaction(() => migration011.up(db))();
    expect(columns(db, 'taxpayers')).toEqual(before);
    expect(db.prepare('SELECT id, name FROM taxpayers ORDER BY id').all()).toEqual([
      { id: '880101300111', name: 'Ахметов Ерлан' },
      { id: '900314400120', name: 'Байжанова Іңкәр' },
    ]);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'taxpayers_staging'").pluck().get()).toBe(0);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM taxpayers WHERE id = '900314400120'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX taxpayers_id/);
    expect(() => insert.run('900314400120', 'twice')).toThrow(/UNIQUE/);
    expect(() => insert.run('900314400121', '')).not.toThrow(); // STRICT and CHECK stay as they were
    expect(() => db.prepare("UPDATE taxpayers SET kind = 'x'").run()).toThrow(/CHECK/);
  });
});
