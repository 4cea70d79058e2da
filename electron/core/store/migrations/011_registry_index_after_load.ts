// Migration 11: the registry cache becomes an ordinary rowid table with a unique index on IIN/BIN,
// so a first download can append rows with the index dropped and build it once at the end
// (registryCache.ts) — the classic bulk load. The staging table of migration 10 goes: staging
// and merging wrote every row twice and sorted the whole registry.
import type { Migration } from '../migration';

export const migration011: Migration = {
  version: 11,
  name: 'registry_index_after_load',
  up(db) {
    db.exec(`
      DROP TABLE taxpayers_staging;
      CREATE TABLE taxpayers_new (
        id            TEXT NOT NULL,
        kind          TEXT NOT NULL CHECK (kind IN ('iin', 'bin')),
        name          TEXT NOT NULL,
        surname       TEXT,
        given_name    TEXT,
        patronymic    TEXT,
        address       TEXT NOT NULL,
        registered_on TEXT,
        status        TEXT NOT NULL,
        tax_office    TEXT NOT NULL,
        version       INTEGER NOT NULL,
        updated_at    TEXT NOT NULL,
        cached_at     TEXT NOT NULL
      ) STRICT;
      INSERT INTO taxpayers_new SELECT * FROM taxpayers ORDER BY id;
      DROP TABLE taxpayers;
      ALTER TABLE taxpayers_new RENAME TO taxpayers;
      CREATE UNIQUE INDEX taxpayers_id ON taxpayers(id);
    `);
  },
};
