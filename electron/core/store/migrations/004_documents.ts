// Migration 4: issued documents — the PDF bytes with their SHA-256, the template and regulation
// versions, and the canonical data snapshot they were rendered from — immutable once stored (a
// correction is a new row that supersedes the old one), and the append-only print log.
import type { Migration } from '../migration';

export const migration004: Migration = {
  version: 4,
  name: 'documents',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        id                 TEXT PRIMARY KEY,
        case_id            TEXT,
        kind               TEXT NOT NULL,
        template           TEXT NOT NULL,
        template_version   INTEGER NOT NULL CHECK (template_version >= 1),
        regulation_version TEXT NOT NULL,
        locale             TEXT NOT NULL CHECK (locale IN ('kk', 'ru')),
        data_json          TEXT NOT NULL,
        data_sha256        TEXT NOT NULL CHECK (length(data_sha256) = 64),
        pdf                BLOB NOT NULL,
        pdf_sha256         TEXT NOT NULL CHECK (length(pdf_sha256) = 64),
        created_at         TEXT NOT NULL,
        created_by         INTEGER NOT NULL REFERENCES officers(id),
        -- One correction per document: the versions of a document form a chain.
        supersedes         TEXT UNIQUE REFERENCES documents(id)
      ) STRICT;
      CREATE INDEX documents_case ON documents(case_id, created_at) WHERE case_id IS NOT NULL;

      CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents
        BEGIN SELECT RAISE(ABORT, 'documents are immutable: store a correction that supersedes it'); END;
      CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
        BEGIN SELECT RAISE(ABORT, 'documents are immutable: store a correction that supersedes it'); END;

      CREATE TABLE print_log (
        id          INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        officer_id  INTEGER NOT NULL REFERENCES officers(id),
        at          TEXT NOT NULL,
        printer     TEXT NOT NULL,
        copies      INTEGER NOT NULL CHECK (copies >= 1)
      ) STRICT;
      CREATE INDEX print_log_document ON print_log(document_id);

      CREATE TRIGGER print_log_no_update BEFORE UPDATE ON print_log
        BEGIN SELECT RAISE(ABORT, 'print_log is append-only'); END;
      CREATE TRIGGER print_log_no_delete BEFORE DELETE ON print_log
        BEGIN SELECT RAISE(ABORT, 'print_log is append-only'); END;
    `);
  },
};
