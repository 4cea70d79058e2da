// Migration 3: versioned reference data — regulation versions and working-day calendars —
// stored as the exact JSON that was shipped, loaded by an administrator, or synced.
import type { Migration } from '../migration';

export const migration003: Migration = {
  version: 3,
  name: 'reference_data',
  up(db) {
    db.exec(`
      CREATE TABLE regulation_versions (
        id             TEXT PRIMARY KEY,
        effective_from TEXT NOT NULL,
        effective_to   TEXT,
        json           TEXT NOT NULL,
        sha256         TEXT NOT NULL,
        source         TEXT NOT NULL CHECK (source IN ('shipped', 'loaded', 'central')),
        loaded_at      TEXT NOT NULL,
        loaded_by      INTEGER REFERENCES officers(id)
      ) STRICT;

      CREATE TABLE calendar_versions (
        id             TEXT PRIMARY KEY,
        json           TEXT NOT NULL,
        sha256         TEXT NOT NULL,
        source         TEXT NOT NULL CHECK (source IN ('shipped', 'loaded', 'central')),
        loaded_at      TEXT NOT NULL
      ) STRICT;

      -- A loaded version is immutable: a correction is a new version id.
      CREATE TRIGGER regulation_versions_immutable BEFORE UPDATE ON regulation_versions
        BEGIN SELECT RAISE(ABORT, 'regulation versions are immutable'); END;
      CREATE TRIGGER calendar_versions_immutable BEFORE UPDATE ON calendar_versions
        BEGIN SELECT RAISE(ABORT, 'calendar versions are immutable'); END;
    `);
  },
};
