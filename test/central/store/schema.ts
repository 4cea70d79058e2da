// The central simulator's own SQLite schema: workstations and officers, the central copy of every
// case (log + snapshot), processed mutations (for idempotency), number leases, electronic
// applications, and the one change log that pull reads in central order.
import type Database from 'better-sqlite3';

/** Change-log positions are counted in buckets of 2^12 so `remaining` never scans the whole log. */
export const bucketShift = 12;

const ddl = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS officers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  office_code TEXT NOT NULL,
  login TEXT NOT NULL,
  full_name TEXT NOT NULL,
  short_name TEXT NOT NULL,
  iin TEXT NOT NULL,
  role TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE IF NOT EXISTS workstations (
  id TEXT PRIMARY KEY,
  office_code TEXT NOT NULL,
  number INTEGER NOT NULL,
  secret_sha256 TEXT NOT NULL,
  registered_at TEXT NOT NULL,
  last_seq INTEGER NOT NULL DEFAULT 0,
  UNIQUE (office_code, number)
) WITHOUT ROWID;

-- The central change log: what pull serves, in central order. office_code NULL = every office.
-- body is the change exactly as it goes on the wire: the UTF-8 bytes of one protocol Change's
-- JSON, kept as a BLOB so a page is assembled from bytes without decoding and re-encoding text.
CREATE TABLE IF NOT EXISTS changes (
  pos INTEGER PRIMARY KEY AUTOINCREMENT,
  office_code TEXT,
  type TEXT NOT NULL,
  body BLOB NOT NULL
);
-- Rows per bucket of positions and scope ('*' = every office), kept by triggers, for 'remaining'.
CREATE TABLE IF NOT EXISTS change_counts (
  bucket INTEGER NOT NULL,
  scope TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (bucket, scope)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS changes_counted AFTER INSERT ON changes BEGIN
  INSERT INTO change_counts (bucket, scope, n) VALUES (new.pos >> ${bucketShift}, coalesce(new.office_code, '*'), 1)
    ON CONFLICT (bucket, scope) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS changes_uncounted AFTER DELETE ON changes BEGIN
  UPDATE change_counts SET n = n - 1 WHERE bucket = old.pos >> ${bucketShift} AND scope = coalesce(old.office_code, '*');
END;
-- Compacted entities (a taxpayer, an officer, a CRL issuer, a reference version): only their
-- latest change stays in the log.
CREATE TABLE IF NOT EXISTS latest_change (key TEXT PRIMARY KEY, pos INTEGER NOT NULL) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS cases (
  id TEXT PRIMARY KEY,
  office_code TEXT NOT NULL,
  taxpayer_name TEXT NOT NULL,
  applicant_locale TEXT NOT NULL,
  state TEXT NOT NULL,
  snapshot TEXT NOT NULL,
  event_count INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS case_events (
  case_id TEXT NOT NULL,
  server_pos INTEGER NOT NULL,
  event_id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  at TEXT NOT NULL,
  officer_id INTEGER,
  workstation_id TEXT,
  event TEXT NOT NULL,
  PRIMARY KEY (case_id, server_pos)
);

CREATE TABLE IF NOT EXISTS mutations (
  mutation_id TEXT PRIMARY KEY,
  workstation_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  canonical TEXT NOT NULL,
  status TEXT NOT NULL,
  code TEXT,
  message TEXT,
  server_pos INTEGER,
  processed_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mutations_by_seq ON mutations (workstation_id, seq);

-- Kind-specific records of 'document.stored' and 'journal.entry' mutations.
CREATE TABLE IF NOT EXISTS records (
  mutation_id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  office_code TEXT NOT NULL,
  case_id TEXT,
  payload TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS registration_numbers (
  number TEXT PRIMARY KEY,
  case_id TEXT NOT NULL,
  office_code TEXT NOT NULL,
  year INTEGER NOT NULL,
  seq INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS numbers_by_seq ON registration_numbers (office_code, year, seq);

CREATE TABLE IF NOT EXISTS leases (
  id TEXT PRIMARY KEY,
  workstation_id TEXT NOT NULL,
  office_code TEXT NOT NULL,
  year INTEGER NOT NULL,
  first_seq INTEGER NOT NULL,
  last_seq INTEGER NOT NULL,
  leased_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS leases_by_range ON leases (office_code, year, first_seq);

CREATE TABLE IF NOT EXISTS applications (
  id TEXT PRIMARY KEY,
  office_code TEXT NOT NULL,
  channel TEXT NOT NULL,
  applicant_type TEXT NOT NULL,
  taxpayer_id TEXT NOT NULL,
  taxpayer_name TEXT NOT NULL,
  registration_number TEXT NOT NULL UNIQUE,
  registered_on TEXT NOT NULL,
  signature_kind TEXT NOT NULL,
  expected_signature_check TEXT NOT NULL,
  document_sha256 TEXT NOT NULL,
  arrived_at TEXT NOT NULL
) WITHOUT ROWID;
`;

export function createSchema(db: Database.Database): void {
  db.exec(ddl);
}
