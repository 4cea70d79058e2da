// Migration 6: the local cache of the central tax registry (§5.1.c compares the application
// with it). Filled by sync (or the demo generator); each row says when it was cached.
import type { Migration } from '../migration';

export const migration006: Migration = {
  version: 6,
  name: 'registry_cache',
  up(db) {
    db.exec(`
      CREATE TABLE taxpayers (
        id            TEXT PRIMARY KEY,
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
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX taxpayers_name ON taxpayers(lower(name));
    `);
  },
};
