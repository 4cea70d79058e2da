import { describe, expect, it } from 'vitest';
import { columns, storeAt } from './helpers';

describe('migration 001 foundation', () => {
  it('creates offices, officers, sessions, settings and the audit log', async () => {
    const db = await storeAt(1);
    expect(columns(db, 'officers')).toEqual(
      expect.arrayContaining(['login', 'full_name', 'short_name', 'iin', 'role', 'office_id', 'password_hash', 'active']),
    );
    expect(columns(db, 'sessions')).toEqual(['token_hash', 'officer_id', 'created_at', 'expires_at', 'ended_at']);
    expect(columns(db, 'audit_log')).toEqual(['seq', 'at', 'officer_id', 'action', 'case_id', 'details', 'prev_hash', 'hash']);
  });

  it('rejects an unknown role and an officer of a missing office', async () => {
    const db = await storeAt(1);
    db.prepare("INSERT INTO offices (id, code, name_kk, name_ru, department_kk, department_ru) VALUES (1, '6205', 'a', 'b', 'c', 'd')").run();
    const insert = db.prepare(
      "INSERT INTO officers (login, full_name, short_name, iin, role, office_id, password_hash, created_at) VALUES (?, 'n', 's', '1', ?, ?, 'h', 'now')",
    );
    expect(() => insert.run('a', 'king', 1)).toThrow(/CHECK/);
    expect(() => insert.run('b', 'admin', 99)).toThrow(/FOREIGN KEY/);
    insert.run('c', 'admin', 1);
    expect(() => insert.run('C', 'admin', 1)).toThrow(/UNIQUE/); // logins are case-insensitive
  });

  it('makes the audit log append-only', async () => {
    const db = await storeAt(1);
    db.prepare("INSERT INTO audit_log (seq, at, action, details, prev_hash, hash) VALUES (1, 'now', 'x', '{}', 'p', 'h')").run();
    expect(() => db.prepare("UPDATE audit_log SET action = 'y'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});
