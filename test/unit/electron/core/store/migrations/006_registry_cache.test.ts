import { describe, expect, it } from 'vitest';
import { columns, storeAt } from './helpers';

describe('migration 006 registry cache', () => {
  it('adds the taxpayers cache keyed by IIN/BIN, with an index on the Unicode-lowered name', async () => {
    const db = await storeAt(6);
    expect(columns(db, 'taxpayers')).toEqual(
      expect.arrayContaining(['id', 'kind', 'name', 'address', 'status', 'tax_office', 'version', 'updated_at', 'cached_at']),
    );
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM taxpayers WHERE lower(name) = 'әлия'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('taxpayers_name');
    expect(() =>
      db.prepare("INSERT INTO taxpayers VALUES ('1', 'snils', 'n', NULL, NULL, NULL, 'a', NULL, 'active', '6205', 1, 'u', 'c')").run(),
    ).toThrow(/CHECK/);
  });
});
