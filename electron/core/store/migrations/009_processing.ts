// Migration 9: the back half of the service — decision drafts (§5.2), EDS signatures over stored
// documents (Appendix 5), the journal of issued outgoing documents (§5.3, Appendix 2), number
// series beyond registration numbers, and full-text search over names and numbers.
import type { Migration } from '../migration';

export const migration009: Migration = {
  version: 9,
  name: 'processing',
  up(db) {
    db.exec(`
      -- The processing officer's current draft; every saved version is a stored document.
      CREATE TABLE decisions (
        case_id     TEXT PRIMARY KEY REFERENCES cases(id),
        decision    TEXT NOT NULL CHECK (decision IN ('certificate', 'refusal')),
        data        TEXT NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents(id),
        updated_at  TEXT NOT NULL,
        updated_by  INTEGER NOT NULL REFERENCES officers(id)
      ) STRICT;

      -- Detached CMS signatures over the exact bytes of a stored document.
      CREATE TABLE signatures (
        id                 TEXT PRIMARY KEY,
        document_id        TEXT NOT NULL REFERENCES documents(id),
        cms                BLOB NOT NULL,
        signer_kind        TEXT NOT NULL CHECK (signer_kind IN ('pkcs12', 'ncalayer')),
        signer_iin         TEXT NOT NULL,
        signer_name        TEXT NOT NULL,
        certificate_serial TEXT NOT NULL,
        signed_at          TEXT NOT NULL,
        officer_id         INTEGER NOT NULL REFERENCES officers(id)
      ) STRICT;
      CREATE INDEX signatures_document ON signatures(document_id);
      CREATE TRIGGER signatures_immutable BEFORE UPDATE ON signatures
        BEGIN SELECT RAISE(ABORT, 'signatures are immutable'); END;
      CREATE TRIGGER signatures_no_delete BEFORE DELETE ON signatures
        BEGIN SELECT RAISE(ABORT, 'signatures are immutable'); END;

      -- Appendix 2, one row per outgoing document handed over (columns 2–8 and 10; 9 is the
      -- recipient's signature on paper).
      CREATE TABLE issue_journal (
        number          TEXT PRIMARY KEY,
        office_code     TEXT NOT NULL,
        year            INTEGER NOT NULL,
        seq             INTEGER NOT NULL,
        case_id         TEXT NOT NULL UNIQUE REFERENCES cases(id),
        document_id     TEXT REFERENCES documents(id),
        taxpayer_name   TEXT NOT NULL,
        taxpayer_id     TEXT NOT NULL,
        outgoing_name   TEXT NOT NULL,
        outgoing_number TEXT NOT NULL,
        recipient_kind  TEXT NOT NULL CHECK (recipient_kind IN ('taxpayer', 'representative')),
        recipient_name  TEXT NOT NULL,
        doc_name        TEXT NOT NULL,
        doc_number      TEXT NOT NULL,
        doc_series      TEXT,
        issued_on       TEXT NOT NULL,
        officer_id      INTEGER NOT NULL REFERENCES officers(id),
        created_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX issue_journal_office_date ON issue_journal(office_code, issued_on, seq);
      CREATE TRIGGER issue_journal_immutable BEFORE UPDATE ON issue_journal
        BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
      CREATE TRIGGER issue_journal_no_delete BEFORE DELETE ON issue_journal
        BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;

      -- Number blocks serve more than one series (registration numbers, journal numbers).
      ALTER TABLE number_blocks ADD COLUMN series TEXT NOT NULL DEFAULT 'registration' CHECK (series IN ('registration', 'journal'));
      DROP INDEX number_blocks_office_year;
      CREATE INDEX number_blocks_series ON number_blocks(series, office_code, year);

      -- Officers find cases by name (Cyrillic and Kazakh in any case; ё is searched as е, which
      -- unicode61 does not fold) and by numbers. Contentless: only rowids come back.
      CREATE VIRTUAL TABLE cases_fts USING fts5(
        taxpayer_name, registration_number, taxpayer_id,
        content = '', contentless_delete = 1, tokenize = 'unicode61'
      );
      CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
        INSERT INTO cases_fts(rowid, taxpayer_name, registration_number, taxpayer_id)
        VALUES (new.rowid, replace(replace(new.taxpayer_name, 'ё', 'е'), 'Ё', 'Е'), new.registration_number, new.taxpayer_id);
      END;
      CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
        DELETE FROM cases_fts WHERE rowid = old.rowid;
      END;
      CREATE TRIGGER cases_fts_update AFTER UPDATE OF taxpayer_name, registration_number, taxpayer_id ON cases BEGIN
        DELETE FROM cases_fts WHERE rowid = old.rowid;
        INSERT INTO cases_fts(rowid, taxpayer_name, registration_number, taxpayer_id)
        VALUES (new.rowid, replace(replace(new.taxpayer_name, 'ё', 'е'), 'Ё', 'Е'), new.registration_number, new.taxpayer_id);
      END;
      INSERT INTO cases_fts(rowid, taxpayer_name, registration_number, taxpayer_id)
        SELECT rowid, replace(replace(taxpayer_name, 'ё', 'е'), 'Ё', 'Е'), registration_number, taxpayer_id FROM cases;

      -- The queue is read in deadline order a page at a time: walking this index stops after a page.
      CREATE INDEX cases_queue_order ON cases(office_id, deadline, registration_number);
      CREATE INDEX cases_office_assignee ON cases(office_id, assignee_id, state);
      CREATE INDEX cases_office_channel ON cases(office_id, channel, state);
    `);
  },
};
