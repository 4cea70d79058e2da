// The local cache of the central tax registry: looked up by IIN/BIN at §5.1.c, filled in bulk
// by sync (or the demo generator), and each row knows when it was cached so the officer sees
// how old the data is.
import type { Db } from '../store/database';
import { demoTaxpayers, type TaxpayerRecord } from './taxpayerGenerator';

export interface CachedTaxpayer extends TaxpayerRecord {
  cachedAt: string;
}

interface Row {
  id: string;
  kind: 'iin' | 'bin';
  name: string;
  surname: string | null;
  given_name: string | null;
  patronymic: string | null;
  address: string;
  registered_on: string;
  status: TaxpayerRecord['status'];
  tax_office: string;
  version: number;
  updated_at: string;
  cached_at: string;
}

const fromRow = (r: Row): CachedTaxpayer => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  surname: r.surname,
  givenName: r.given_name,
  patronymic: r.patronymic,
  address: r.address,
  registeredOn: r.registered_on,
  status: r.status,
  taxOffice: r.tax_office,
  version: r.version,
  updatedAt: r.updated_at,
  cachedAt: r.cached_at,
});

/** A reusable lookup bound to one prepared statement (the hot path of §5.1.c). */
export function taxpayerLookup(db: Db): (id: string) => CachedTaxpayer | null {
  const statement = db.prepare('SELECT * FROM taxpayers WHERE id = ?');
  return (id) => {
    const row = statement.get(id) as Row | undefined;
    return row ? fromRow(row) : null;
  };
}

/**
 * Inserts or updates taxpayers; an older version never overwrites a newer one (deliveries may
 * arrive reordered). Call inside a transaction for bulk loads.
 */
export function upsertTaxpayers(db: Db, rows: Iterable<TaxpayerRecord>, cachedAt: string): number {
  const statement = db.prepare(
    `INSERT INTO taxpayers (id, kind, name, surname, given_name, patronymic, address, registered_on, status, tax_office, version, updated_at, cached_at)
     VALUES (@id, @kind, @name, @surname, @givenName, @patronymic, @address, @registeredOn, @status, @taxOffice, @version, @updatedAt, @cachedAt)
     ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, name = excluded.name, surname = excluded.surname,
       given_name = excluded.given_name, patronymic = excluded.patronymic, address = excluded.address,
       registered_on = excluded.registered_on, status = excluded.status, tax_office = excluded.tax_office,
       version = excluded.version, updated_at = excluded.updated_at, cached_at = excluded.cached_at
     WHERE excluded.version > taxpayers.version`,
  );
  let count = 0;
  for (const row of rows) count += statement.run({ ...row, cachedAt }).changes;
  return count;
}

const columns = 'id, kind, name, surname, given_name, patronymic, address, registered_on, status, tax_office, version, updated_at, cached_at';

/**
 * The initial download: rows are appended to the unindexed staging table (cheap at any size)
 * and merged into the cache in key order once the download completes (mergeStagedTaxpayers).
 */
export function stageTaxpayers(db: Db, rows: Iterable<TaxpayerRecord>, cachedAt: string): number {
  const statement = db.prepare(`INSERT INTO taxpayers_staging (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  let count = 0;
  for (const r of rows) {
    statement.run(r.id, r.kind, r.name, r.surname, r.givenName, r.patronymic, r.address, r.registeredOn, r.status, r.taxOffice, r.version, r.updatedAt, cachedAt);
    count++;
  }
  return count;
}

/** True while an initial download is being staged (or the cache is still empty, so it should be). */
export function registryBulkLoading(db: Db): boolean {
  return Boolean(db.prepare('SELECT EXISTS (SELECT 1 FROM taxpayers_staging) OR NOT EXISTS (SELECT 1 FROM taxpayers)').pluck().get());
}

/** Moves staged rows into the cache in key order; the newest version of a taxpayer wins. */
export function mergeStagedTaxpayers(db: Db): number {
  const merged = db
    .prepare(
      `INSERT INTO taxpayers (${columns})
       SELECT ${columns} FROM taxpayers_staging WHERE true ORDER BY id, version
       ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, name = excluded.name, surname = excluded.surname,
         given_name = excluded.given_name, patronymic = excluded.patronymic, address = excluded.address,
         registered_on = excluded.registered_on, status = excluded.status, tax_office = excluded.tax_office,
         version = excluded.version, updated_at = excluded.updated_at, cached_at = excluded.cached_at
       WHERE excluded.version > taxpayers.version`,
    )
    .run().changes;
  db.prepare('DELETE FROM taxpayers_staging').run();
  return merged;
}

/** Fills an empty cache with the first `count` demo taxpayers (demo stores only). */
export function seedDemoRegistry(db: Db, count: number, cachedAt: string): number {
  const { n } = db.prepare('SELECT count(*) AS n FROM taxpayers').get() as { n: number };
  if (n > 0) return 0;
  return db.transaction(() => upsertTaxpayers(db, demoTaxpayers(0, count), cachedAt))();
}
