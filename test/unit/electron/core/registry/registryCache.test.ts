import { describe, expect, it } from 'vitest';
import { validateTaxpayerId } from '../../../../../shared/domain/identifiers';
import {
  cacheTaxpayers,
  finishBulkLoad,
  registryBulkLoading,
  seedDemoRegistry,
  taxpayerLookup,
  taxpayerRows,
  upsertTaxpayers,
} from '../../../../../electron/core/registry/registryCache';
import { demoTaxpayer, demoTaxpayers, type TaxpayerRecord } from '../../../../../electron/core/registry/taxpayerGenerator';
import { storeAt } from '../store/migrations/helpers';

/** The cache takes rows; the tests speak in records. */
const cache = (db: Parameters<typeof cacheTaxpayers>[0], records: Iterable<TaxpayerRecord>, at: string) => cacheTaxpayers(db, taxpayerRows(records), at);

describe('demo taxpayer generator', () => {
  it('is deterministic and gives valid, unique IINs and BINs', () => {
    expect(demoTaxpayer(12345)).toEqual(demoTaxpayer(12345));
    const ids = new Set<string>();
    let bins = 0;
    for (const t of demoTaxpayers(0, 20_000)) {
      const check = validateTaxpayerId(t.id, t.kind, { today: '2026-12-03' });
      expect(check.ok, `${t.id}: ${JSON.stringify(check)}`).toBe(true);
      ids.add(t.id);
      if (t.kind === 'bin') bins++;
    }
    expect(ids.size).toBe(20_000);
    expect(bins).toBe(4_000);
  });

  it('keeps numbers unique far into a million-row registry', () => {
    const ids = new Set<string>();
    for (const t of demoTaxpayers(980_000, 1_000_000)) ids.add(t.id);
    for (const t of demoTaxpayers(0, 20_000)) ids.add(t.id);
    expect(ids.size).toBe(40_000);
  });
});

describe('registry cache', () => {
  it('looks a taxpayer up by IIN/BIN with the time it was cached', async () => {
    const db = await storeAt(11);
    expect(seedDemoRegistry(db, 500, '2026-03-01T00:00:00.000Z')).toBe(500);
    expect(seedDemoRegistry(db, 500, '2026-03-02T00:00:00.000Z')).toBe(0); // only into an empty cache
    const lookup = taxpayerLookup(db);
    const known = demoTaxpayer(7);
    expect(lookup(known.id)).toEqual({ ...known, cachedAt: '2026-03-01T00:00:00.000Z' });
    expect(lookup('000000000000')).toBeNull();
  });

  it('loads a first download without the index, the newest version winning, and indexes it at the end', async () => {
    const db = await storeAt(11);
    expect(registryBulkLoading(db)).toBe(false);
    const rows = [...demoTaxpayers(0, 300)];
    expect(cache(db, rows.slice(0, 200), 't1')).toBe(200);
    expect(registryBulkLoading(db)).toBe(true); // an empty cache is loaded in bulk
    cache(db, [{ ...rows[5]!, version: 3, address: 'newer' }, { ...rows[6]!, version: 0, address: 'older' }], 't1');
    // Mid-download the cache answers by scanning, and the newest delivery of a taxpayer answers.
    expect(taxpayerLookup(db)(rows[5]!.id)?.address).toBe('newer');
    expect(taxpayerLookup(db)(rows[6]!.id)?.address).toBe(rows[6]!.address);
    cache(db, rows.slice(200), 't2');
    finishBulkLoad(db);
    expect(registryBulkLoading(db)).toBe(false);
    expect(db.prepare('SELECT count(*) FROM taxpayers').pluck().get()).toBe(300);
    expect(taxpayerLookup(db)(rows[5]!.id)?.address).toBe('newer');
    expect(taxpayerLookup(db)(rows[6]!.id)).toEqual({ ...rows[6]!, cachedAt: 't1' });
    expect(taxpayerLookup(db)(rows[250]!.id)?.cachedAt).toBe('t2');
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM taxpayers WHERE id = ?').all('1') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX taxpayers_id/);
    // Later changes are applied in place, by version.
    expect(cache(db, [{ ...rows[7]!, version: 2, address: 'moved' }, { ...rows[8]!, version: 0, address: 'stale' }], 't3')).toBe(1);
    expect(db.prepare('SELECT count(*) FROM taxpayers').pluck().get()).toBe(300);
    expect(taxpayerLookup(db)(rows[7]!.id)?.address).toBe('moved');
    expect(taxpayerLookup(db)(rows[8]!.id)?.address).toBe(rows[8]!.address);
  });

  it('finishes a bulk load without duplicates in one index build, and does nothing when none runs', async () => {
    const db = await storeAt(11);
    finishBulkLoad(db);
    expect(registryBulkLoading(db)).toBe(false);
    cache(db, demoTaxpayers(0, 50), 't');
    finishBulkLoad(db);
    expect(db.prepare('SELECT count(*) FROM taxpayers').pluck().get()).toBe(50);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'taxpayers'").pluck().get()).toBe(1);
  });

  it('never lets an older version overwrite a newer one', async () => {
    const db = await storeAt(11);
    const base = demoTaxpayer(3);
    upsertTaxpayers(db, taxpayerRows([{ ...base, version: 5, address: 'new' }]), 't1');
    expect(upsertTaxpayers(db, taxpayerRows([{ ...base, version: 4, address: 'old' }]), 't2')).toBe(0);
    expect(taxpayerLookup(db)(base.id)?.address).toBe('new');
  });

  it('compares Cyrillic names case-insensitively with the Unicode LOWER', async () => {
    const db = await storeAt(11);
    seedDemoRegistry(db, 200, 't');
    const name = demoTaxpayer(0).name;
    const hits = db.prepare('SELECT id FROM taxpayers WHERE lower(name) = lower(?)').pluck().all(name.toLocaleUpperCase('kk'));
    expect(hits).toContain(demoTaxpayer(0).id);
  });
});
