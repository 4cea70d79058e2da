// Migration 8: what the workstation side of sync keeps. One row of sync state (pull cursor, last
// successes, the central clock's offset, where the credential lives — never the secret itself),
// the central log position of each case event once the central system has it, quarantine
// details on outbox rows (a rejected mutation is kept with its reason and how it was resolved),
// the certificate revocation lists the verifier reads, and the attachments of electronic
// applications (the signed request, its CMS and the verification report).
import type { Migration } from '../migration';

export const migration008: Migration = {
  version: 8,
  name: 'sync',
  up(db) {
    db.exec(`
      CREATE TABLE sync_state (
        id               INTEGER PRIMARY KEY CHECK (id = 1),
        -- The central system this store syncs with and the workstation id it knows us by.
        central_url      TEXT,
        workstation_id   TEXT,
        -- Where the secret is kept (e.g. 'env:DESK_WORKSTATION_CREDENTIAL'); the secret never is.
        credential_ref   TEXT,
        pull_cursor      TEXT,
        -- The central system asked for a reset: honoured once the outbox has drained.
        reset_pending    INTEGER NOT NULL DEFAULT 0 CHECK (reset_pending IN (0, 1)),
        last_push_at     TEXT,
        last_pull_at     TEXT,
        last_success_at  TEXT,
        -- central clock − workstation clock, in milliseconds, and when it was learned.
        clock_offset_ms  INTEGER,
        clock_checked_at TEXT,
        -- Progress of the current download: changes applied since the cursor was null, and the
        -- central system's estimate of what is left.
        pulled_changes   INTEGER NOT NULL DEFAULT 0,
        pull_remaining   INTEGER
      ) STRICT;
      INSERT INTO sync_state (id) VALUES (1);

      -- NULL while the event exists only here; its position in the central log of its case once
      -- the central system confirms it. The log stays append-only: only this one column may be
      -- written, and only once, from NULL.
      ALTER TABLE case_events ADD COLUMN server_pos INTEGER;
      CREATE INDEX case_events_server_pos ON case_events(case_id, server_pos) WHERE server_pos IS NOT NULL;
      DROP TRIGGER case_events_no_update;
      CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
        WHEN NOT (OLD.server_pos IS NULL AND NEW.server_pos IS NOT NULL
          AND NEW.case_id IS OLD.case_id AND NEW.seq IS OLD.seq AND NEW.at IS OLD.at AND NEW.officer_id IS OLD.officer_id
          AND NEW.type IS OLD.type AND NEW.payload IS OLD.payload AND NEW.event_id IS OLD.event_id
          AND NEW.workstation_id IS OLD.workstation_id)
        BEGIN SELECT RAISE(ABORT, 'case_events is append-only (only server_pos is set, once)'); END;

      -- A rejected mutation stays in the outbox with the central system's reason, until a
      -- supervisor resubmits it (as a new mutation) or discards it with a reason.
      ALTER TABLE outbox ADD COLUMN quarantine_code TEXT;
      ALTER TABLE outbox ADD COLUMN quarantine_kk TEXT;
      ALTER TABLE outbox ADD COLUMN quarantine_ru TEXT;
      ALTER TABLE outbox ADD COLUMN quarantined_at TEXT;
      ALTER TABLE outbox ADD COLUMN resolution TEXT CHECK (resolution IN ('resubmitted', 'discarded'));
      ALTER TABLE outbox ADD COLUMN resolution_note TEXT;
      ALTER TABLE outbox ADD COLUMN resolved_at TEXT;
      ALTER TABLE outbox ADD COLUMN resolved_by INTEGER REFERENCES officers(id);
      ALTER TABLE outbox ADD COLUMN resubmitted_as TEXT;
      -- The rebase reads a case's mutations to know which of its events are still pending; the
      -- event a case.event mutation carries is found by its id.
      CREATE INDEX outbox_case ON outbox(case_id, seq) WHERE kind = 'case.event';
      CREATE INDEX outbox_event ON outbox(json_extract(payload, '$.eventId')) WHERE kind = 'case.event';
      CREATE INDEX outbox_quarantine ON outbox(status, resolved_at) WHERE status = 'quarantined';
      CREATE TRIGGER outbox_resolution_final BEFORE UPDATE OF resolution ON outbox
        WHEN OLD.resolution IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a quarantine resolution is final'); END;

      -- Certificate revocation lists as synced, for the verifier of incoming applications.
      CREATE TABLE crls (
        id           INTEGER PRIMARY KEY,
        issuer       TEXT NOT NULL,
        der          BLOB NOT NULL,
        this_update  TEXT NOT NULL,
        next_update  TEXT,
        fetched_at   TEXT NOT NULL,
        UNIQUE (issuer, this_update)
      ) STRICT;

      -- What arrived with an electronic application: the request document, its detached CMS,
      -- and the report of verifying one against the other. Immutable.
      CREATE TABLE case_attachments (
        id          INTEGER PRIMARY KEY,
        case_id     TEXT NOT NULL REFERENCES cases(id),
        kind        TEXT NOT NULL CHECK (kind IN ('request', 'requestCms', 'signatureReport')),
        media_type  TEXT NOT NULL,
        bytes       BLOB NOT NULL,
        sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
        created_at  TEXT NOT NULL,
        UNIQUE (case_id, kind)
      ) STRICT;
      CREATE TRIGGER case_attachments_no_update BEFORE UPDATE ON case_attachments
        BEGIN SELECT RAISE(ABORT, 'attachments are immutable'); END;
      CREATE TRIGGER case_attachments_no_delete BEFORE DELETE ON case_attachments
        BEGIN SELECT RAISE(ABORT, 'attachments are immutable'); END;
    `);
  },
};
