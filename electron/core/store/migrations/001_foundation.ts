// Migration 1: offices, officers, sessions, workstation settings and the hash-chained audit log.
import type { Migration } from '../migration';

export const migration001: Migration = {
  version: 1,
  name: 'foundation',
  up(db) {
    db.exec(`
      CREATE TABLE offices (
        id            INTEGER PRIMARY KEY,
        code          TEXT NOT NULL UNIQUE,
        name_kk       TEXT NOT NULL,
        name_ru       TEXT NOT NULL,
        department_kk TEXT NOT NULL,
        department_ru TEXT NOT NULL
      ) STRICT;

      CREATE TABLE officers (
        id            INTEGER PRIMARY KEY,
        login         TEXT NOT NULL UNIQUE COLLATE NOCASE,
        full_name     TEXT NOT NULL,
        short_name    TEXT NOT NULL,
        iin           TEXT NOT NULL,
        role          TEXT NOT NULL CHECK (role IN ('frontDesk','processing','supervisor','admin')),
        office_id     INTEGER NOT NULL REFERENCES offices(id),
        password_hash TEXT NOT NULL,
        active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        created_at    TEXT NOT NULL
      ) STRICT;

      -- Only the SHA-256 of a session token is stored: a copied database opens no session.
      CREATE TABLE sessions (
        token_hash    TEXT PRIMARY KEY,
        officer_id    INTEGER NOT NULL REFERENCES officers(id),
        created_at    TEXT NOT NULL,
        expires_at    TEXT NOT NULL,
        ended_at      TEXT
      ) STRICT;

      CREATE TABLE settings (
        key           TEXT PRIMARY KEY,
        value         TEXT NOT NULL
      ) STRICT;

      -- Append-only: each entry carries the hash of the previous one; audit_head holds the
      -- hash of the newest entry so that removing the last rows is detected as well.
      CREATE TABLE audit_log (
        seq           INTEGER PRIMARY KEY,
        at            TEXT NOT NULL,
        officer_id    INTEGER REFERENCES officers(id),
        action        TEXT NOT NULL,
        case_id       TEXT,
        details       TEXT NOT NULL,
        prev_hash     TEXT NOT NULL,
        hash          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_case ON audit_log(case_id) WHERE case_id IS NOT NULL;

      CREATE TABLE audit_head (
        id            INTEGER PRIMARY KEY CHECK (id = 1),
        seq           INTEGER NOT NULL,
        hash          TEXT NOT NULL
      ) STRICT;

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};
