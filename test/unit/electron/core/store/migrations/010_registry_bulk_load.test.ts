import { describe, expect, it } from 'vitest';
import { columns, storeAt } from './helpers';

describe('migration 010 registry bulk load', () => {
  it('drops the lower(name) index and adds an unindexed staging table with the cache’s columns', async () => {
    const db = await storeAt(10);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'taxpayers_name'").pluck().get()).toBe(0);
    expect(columns(db, 'taxpayers_staging')).toEqual(columns(db, 'taxpayers'));
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'taxpayers_staging'").pluck().get()).toBe(0);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM taxpayers WHERE id = '900314400120'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/PRIMARY KEY/);
  });
});
