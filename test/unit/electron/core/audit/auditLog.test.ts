import { beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../../../../electron/core/audit/auditLog';
import type { Db } from '../../../../../electron/core/store/database';
import { storeAt } from '../store/migrations/helpers';

describe('audit log hash chain', () => {
  let db: Db;
  beforeEach(async () => {
    db = await storeAt(1);
    const at = new Date('2026-03-02T04:00:00Z');
    db.transaction(() => {
      for (let i = 1; i <= 5; i++) appendAudit(db, { officerId: null, action: `test.action${i}`, caseId: `case-${i}`, details: { i } }, at);
    })();
  });

  // Tampering needs the append-only triggers out of the way, as an attacker with the file would do.
  const tamper = (sql: string) => {
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    db.exec(sql);
  };

  it('verifies an intact chain', () => {
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, entries: 5 });
  });

  it('links each entry to the previous hash', () => {
    const rows = db.prepare('SELECT prev_hash, hash FROM audit_log ORDER BY seq').all() as { prev_hash: string; hash: string }[];
    rows.slice(1).forEach((row, i) => expect(row.prev_hash).toBe(rows[i]!.hash));
  });

  it('detects an edited entry', () => {
    tamper(`UPDATE audit_log SET details = '{"i":99}' WHERE seq = 3`);
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 3, reason: 'hash_mismatch' });
  });

  it('detects an edited entry whose hash was recomputed, at the next link', () => {
    tamper(`UPDATE audit_log SET hash = 'f' || substr(hash, 2) WHERE seq = 2`);
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('detects a deleted entry in the middle', () => {
    tamper('DELETE FROM audit_log WHERE seq = 2');
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 2, reason: 'gap' });
  });

  it('detects the newest entry deleted', () => {
    tamper('DELETE FROM audit_log WHERE seq = 5');
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, reason: 'head_mismatch' });
  });
});
