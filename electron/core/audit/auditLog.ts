// The append-only audit log: who did what, when, to which case. Each entry carries the hash
// of the previous one, and audit_head the newest hash, so editing, deleting or truncating
// the log is detected by verifyAuditChain. Written in the caller's transaction.
import { createHash } from 'node:crypto';
import type { Db } from '../store/database';

export interface AuditEntry {
  officerId: number | null;
  action: string;
  caseId?: string | null;
  details?: Record<string, unknown>;
}

export type ChainCheck =
  | { ok: true; entries: number; head: string }
  | { ok: false; entries: number; brokenAt: number; reason: 'hash_mismatch' | 'link_mismatch' | 'gap' | 'head_mismatch' };

export const genesisHash = '0'.repeat(64);

interface Row {
  seq: number;
  at: string;
  officer_id: number | null;
  action: string;
  case_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

function entryHash(row: Omit<Row, 'hash'>): string {
  const canonical = JSON.stringify([row.seq, row.at, row.officer_id, row.action, row.case_id, row.details, row.prev_hash]);
  return createHash('sha256').update(canonical).digest('hex');
}

export function appendAudit(db: Db, entry: AuditEntry, at: Date): { seq: number; hash: string } {
  const head = db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string } | undefined;
  const row: Omit<Row, 'hash'> = {
    seq: (head?.seq ?? 0) + 1,
    at: at.toISOString(),
    officer_id: entry.officerId,
    action: entry.action,
    case_id: entry.caseId ?? null,
    details: JSON.stringify(entry.details ?? {}),
    prev_hash: head?.hash ?? genesisHash,
  };
  const hash = entryHash(row);
  db.prepare(
    `INSERT INTO audit_log (seq, at, officer_id, action, case_id, details, prev_hash, hash)
     VALUES (@seq, @at, @officer_id, @action, @case_id, @details, @prev_hash, @hash)`,
  ).run({ ...row, hash });
  db.prepare(
    `INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?)
     ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash`,
  ).run(row.seq, hash);
  return { seq: row.seq, hash };
}

export function auditCount(db: Db): number {
  const head = db.prepare('SELECT seq FROM audit_head WHERE id = 1').get() as { seq: number } | undefined;
  return head?.seq ?? 0;
}

export function verifyAuditChain(db: Db): ChainCheck {
  let prev = genesisHash;
  let expectedSeq = 1;
  let entries = 0;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<Row>) {
    if (row.seq !== expectedSeq) return { ok: false, entries, brokenAt: expectedSeq, reason: 'gap' };
    if (row.prev_hash !== prev) return { ok: false, entries, brokenAt: row.seq, reason: 'link_mismatch' };
    const { hash, ...rest } = row;
    if (entryHash(rest) !== hash) return { ok: false, entries, brokenAt: row.seq, reason: 'hash_mismatch' };
    prev = hash;
    expectedSeq++;
    entries++;
  }
  const head = db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string } | undefined;
  if ((head?.hash ?? genesisHash) !== prev || (head?.seq ?? 0) !== entries) {
    return { ok: false, entries, brokenAt: entries + 1, reason: 'head_mismatch' };
  }
  return { ok: true, entries, head: prev };
}
