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

/**
 * A reusable lookup bound to one prepared statement (the hot path of §5.1.c). During a bulk load a
 * taxpayer may be there twice (it changed mid-download): the newest row answers.
 */
export function taxpayerLookup(db: Db): (id: string) => CachedTaxpayer | null {
  const statement = db.prepare('SELECT * FROM taxpayers WHERE id = ? ORDER BY version DESC, rowid DESC LIMIT 1');
  return (id) => {
    const row = statement.get(id) as Row | undefined;
    return row ? fromRow(row) : null;
  };
}

/**
 * A taxpayer as sync hands it to the cache: the record's fields in column order. A first download
 * is a million of them passed from the page reader thread to the core, and a structured clone of
 * small arrays costs a third of one of keyed objects (pulledPage.ts).
 */
export type TaxpayerRow = [
  id: string,
  kind: TaxpayerRecord['kind'],
  name: string,
  surname: string | null,
  givenName: string | null,
  patronymic: string | null,
  address: string,
  registeredOn: string,
  status: TaxpayerRecord['status'],
  taxOffice: string,
  version: number,
  updatedAt: string,
];

export const taxpayerRow = (t: TaxpayerRecord): TaxpayerRow => [
  t.id,
  t.kind,
  t.name,
  t.surname,
  t.givenName,
  t.patronymic,
  t.address,
  t.registeredOn,
  t.status,
  t.taxOffice,
  t.version,
  t.updatedAt,
];

export function* taxpayerRows(records: Iterable<TaxpayerRecord>): Generator<TaxpayerRow> {
  for (const record of records) yield taxpayerRow(record);
}

/** The cache's columns, in TaxpayerRow order and then the moment of caching. */
const columns = 'id, kind, name, surname, given_name, patronymic, address, registered_on, status, tax_office, version, updated_at, cached_at';
const columnCount = columns.split(',').length;
const rowPlaceholders = `(${Array(columnCount).fill('?').join(', ')})`;

/**
 * Inserts or updates taxpayers; an older version never overwrites a newer one (deliveries may
 * arrive reordered). Call inside a transaction for bulk loads.
 */
export function upsertTaxpayers(db: Db, rows: Iterable<TaxpayerRow>, cachedAt: string): number {
  const statement = db.prepare(
    `INSERT INTO taxpayers (${columns}) VALUES ${rowPlaceholders}
     ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, name = excluded.name, surname = excluded.surname,
       given_name = excluded.given_name, patronymic = excluded.patronymic, address = excluded.address,
       registered_on = excluded.registered_on, status = excluded.status, tax_office = excluded.tax_office,
       version = excluded.version, updated_at = excluded.updated_at, cached_at = excluded.cached_at
     WHERE excluded.version > taxpayers.version`,
  );
  let count = 0;
  for (const row of rows) count += statement.run(...row, cachedAt).changes;
  return count;
}

/**
 * True while a first download is being loaded: the IIN/BIN index is dropped until it completes
 * (lookups still work, by scanning). Random-order inserts into an index of a million keys rewrite
 * a page per row; appending to the table and indexing once at the end writes each row once.
 */
export function registryBulkLoading(db: Db): boolean {
  return !db.prepare("SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = 'taxpayers_id')").pluck().get();
}

/**
 * Caches taxpayers. Into an empty cache (a first download) they are appended with the index
 * dropped — a bulk load, ended by finishBulkLoad once the delivery is complete; otherwise they
 * are upserted in place.
 */
export function cacheTaxpayers(db: Db, rows: Iterable<TaxpayerRow>, cachedAt: string): number {
  if (!registryBulkLoading(db)) {
    if (db.prepare('SELECT EXISTS (SELECT 1 FROM taxpayers)').pluck().get()) return upsertTaxpayers(db, rows, cachedAt);
    db.exec('DROP INDEX taxpayers_id');
  }
  // Rows go in groups of `perInsert` per statement: running a statement costs about as much as binding a row.
  const one = db.prepare(`INSERT INTO taxpayers (${columns}) VALUES ${rowPlaceholders}`);
  const many = db.prepare(`INSERT INTO taxpayers (${columns}) VALUES ${Array(perInsert).fill(rowPlaceholders).join(', ')}`);
  const values: unknown[] = [];
  let count = 0;
  for (const row of rows) {
    for (const value of row) values.push(value);
    values.push(cachedAt);
    if (++count % perInsert === 0) {
      many.run(values);
      values.length = 0;
    }
  }
  for (let i = 0; i < values.length; i += columnCount) one.run(values.slice(i, i + columnCount));
  return count;
}

const perInsert = 20;

/**
 * Ends a bulk load by building the unique index. A taxpayer delivered twice during the download
 * (it changed meanwhile) first loses its older rows — the rule upsertTaxpayers applies row by row.
 */
export function finishBulkLoad(db: Db): void {
  if (!registryBulkLoading(db)) return;
  try {
    db.exec('CREATE UNIQUE INDEX taxpayers_id ON taxpayers(id)');
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
    dropSupersededRows(db);
    db.exec('CREATE UNIQUE INDEX taxpayers_id ON taxpayers(id)');
  }
}

/** Keeps one row per taxpayer: the highest version, the last delivered among equals. */
function dropSupersededRows(db: Db): void {
  db.exec('CREATE INDEX taxpayers_load ON taxpayers(id, version)');
  db.exec(
    `DELETE FROM taxpayers WHERE rowid IN (
       SELECT older.rowid FROM taxpayers AS older JOIN taxpayers AS newer ON newer.id = older.id
       WHERE newer.version > older.version OR (newer.version = older.version AND newer.rowid > older.rowid))`,
  );
  db.exec('DROP INDEX taxpayers_load');
}

/** Fills an empty cache with the first `count` demo taxpayers (demo stores only). */
export function seedDemoRegistry(db: Db, count: number, cachedAt: string): number {
  const { n } = db.prepare('SELECT count(*) AS n FROM taxpayers').get() as { n: number };
  if (n > 0 || count === 0) return 0;
  return db.transaction(() => {
    const cached = cacheTaxpayers(db, taxpayerRows(demoTaxpayers(0, count)), cachedAt);
    finishBulkLoad(db);
    return cached;
  })();
}
