// Migration 5: what front-desk intake needs — the full case snapshot on the projection, event
// ids for sync, the intake form typed at the desk, and offline registration numbers leased in
// blocks with a journal of every number issued, voided or expired.
import type { Migration } from '../migration';

export const migration005: Migration = {
  version: 5,
  name: 'intake',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN snapshot TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE cases ADD COLUMN regulation_version TEXT;
      ALTER TABLE cases ADD COLUMN calendar_version TEXT;
      ALTER TABLE cases ADD COLUMN applicant_locale TEXT NOT NULL DEFAULT 'kk' CHECK (applicant_locale IN ('kk', 'ru'));
      ALTER TABLE cases ADD COLUMN assignee_id INTEGER REFERENCES officers(id);
      ALTER TABLE cases ADD COLUMN created_by INTEGER REFERENCES officers(id);
      CREATE INDEX cases_office_state ON cases(office_id, state, deadline);

      -- Every event has a global id (for idempotent sync) and the workstation it was made on.
      ALTER TABLE case_events ADD COLUMN event_id TEXT;
      ALTER TABLE case_events ADD COLUMN workstation_id TEXT;
      CREATE UNIQUE INDEX case_events_event_id ON case_events(event_id);

      -- The application's data as typed at the desk (§5.1.a–c), merged from intake.formSaved events.
      CREATE TABLE intake_forms (
        case_id    TEXT PRIMARY KEY REFERENCES cases(id),
        form       TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- A printed registration number never changes.
      CREATE TRIGGER cases_number_final BEFORE UPDATE OF registration_number ON cases
        WHEN OLD.registration_number IS NOT NULL AND NEW.registration_number IS NOT OLD.registration_number
        BEGIN SELECT RAISE(ABORT, 'a registration number never changes'); END;

      -- Number blocks leased to this workstation (by the central system, or the local stand-in).
      CREATE TABLE number_blocks (
        id          TEXT PRIMARY KEY,
        office_code TEXT NOT NULL,
        year        INTEGER NOT NULL,
        first_seq   INTEGER NOT NULL,
        last_seq    INTEGER NOT NULL CHECK (last_seq >= first_seq),
        source      TEXT NOT NULL CHECK (source IN ('local', 'central')),
        leased_at   TEXT NOT NULL,
        expires_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX number_blocks_office_year ON number_blocks(office_code, year);

      -- The journal of numbers: each number of a block appears here once it is used up —
      -- issued to a case, voided, or expired with its block. Rows are never deleted.
      CREATE TABLE registration_numbers (
        number     TEXT PRIMARY KEY,
        block_id   TEXT NOT NULL REFERENCES number_blocks(id),
        seq        INTEGER NOT NULL,
        status     TEXT NOT NULL CHECK (status IN ('issued', 'voided', 'expired')),
        case_id    TEXT REFERENCES cases(id),
        officer_id INTEGER REFERENCES officers(id),
        at         TEXT NOT NULL,
        note       TEXT,
        UNIQUE (block_id, seq)
      ) STRICT;
      CREATE TRIGGER registration_numbers_no_delete BEFORE DELETE ON registration_numbers
        BEGIN SELECT RAISE(ABORT, 'the number journal is append-only'); END;
      CREATE TRIGGER registration_numbers_issued_final BEFORE UPDATE ON registration_numbers
        WHEN OLD.status <> 'issued' OR NEW.status <> 'voided' OR NEW.number <> OLD.number
        BEGIN SELECT RAISE(ABORT, 'only an issued number may be voided'); END;
    `);
  },
};
