// Migration 7: the sync outbox. Every change that must reach the central system is a row here,
// written in the same transaction as the change; seq is this workstation's increasing mutation
// sequence and mutation_id its global id. Dequeued oldest first; never deleted silently.
import type { Migration } from '../migration';

export const migration007: Migration = {
  version: 7,
  name: 'outbox',
  up(db) {
    db.exec(`
      CREATE TABLE outbox (
        seq          INTEGER PRIMARY KEY AUTOINCREMENT,
        mutation_id  TEXT NOT NULL UNIQUE,
        kind         TEXT NOT NULL,
        case_id      TEXT,
        officer_id   INTEGER REFERENCES officers(id),
        payload      TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'quarantined', 'discarded')),
        attempts     INTEGER NOT NULL DEFAULT 0,
        last_error   TEXT,
        sent_at      TEXT
      ) STRICT;
      CREATE INDEX outbox_pending ON outbox(status, seq);
      CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox
        WHEN OLD.status <> 'sent'
        BEGIN SELECT RAISE(ABORT, 'unsent outbox rows are never deleted'); END;
    `);
  },
};
