// Migration 2: the case projection and its append-only event log (a case = its events).
import type { Migration } from '../migration';

export const migration002: Migration = {
  version: 2,
  name: 'cases',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id                  TEXT PRIMARY KEY,
        office_id           INTEGER NOT NULL REFERENCES offices(id),
        channel             TEXT NOT NULL,
        applicant_type      TEXT NOT NULL,
        taxpayer_id         TEXT NOT NULL,
        taxpayer_name       TEXT NOT NULL,
        state               TEXT NOT NULL,
        registration_number TEXT UNIQUE,
        registered_at       TEXT,
        deadline            TEXT,
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL,
        version             INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX cases_deadline ON cases(state, deadline);
      CREATE INDEX cases_taxpayer ON cases(taxpayer_id);

      CREATE TABLE case_events (
        case_id     TEXT NOT NULL REFERENCES cases(id),
        seq         INTEGER NOT NULL,
        at          TEXT NOT NULL,
        officer_id  INTEGER REFERENCES officers(id),
        type        TEXT NOT NULL,
        payload     TEXT NOT NULL,
        PRIMARY KEY (case_id, seq)
      ) STRICT;

      CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
        BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;
      CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
        BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;
    `);
  },
};
