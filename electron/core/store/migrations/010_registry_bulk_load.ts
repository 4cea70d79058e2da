// Migration 10: the registry cache loads a million taxpayers fast. It is looked up by IIN/BIN
// only (§5.1.c), so the lower(name) index goes (every insert called back into JavaScript); and
// the initial download lands in an unindexed staging table first, merged into the cache in key
// order at the end — random-order inserts into the keyed table rewrote a page per row.
import type { Migration } from '../migration';

export const migration010: Migration = {
  version: 10,
  name: 'registry_bulk_load',
  up(db) {
    db.exec(`
      DROP INDEX IF EXISTS taxpayers_name;
      CREATE TABLE taxpayers_staging (
        id            TEXT NOT NULL,
        kind          TEXT NOT NULL,
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
    `);
  },
};
