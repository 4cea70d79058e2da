import { describe, expect, it } from 'vitest';
import { columns, storeAt } from './helpers';

describe('migration 002 cases', () => {
  it('adds the case projection and its event log on top of migration 001', async () => {
    const db = await storeAt(2);
    expect(columns(db, 'cases')).toEqual(
      expect.arrayContaining(['id', 'office_id', 'channel', 'taxpayer_id', 'state', 'registration_number', 'deadline', 'version']),
    );
    expect(columns(db, 'case_events')).toEqual(['case_id', 'seq', 'at', 'officer_id', 'type', 'payload']);
  });

  it('keeps registration numbers unique and case events append-only', async () => {
    const db = await storeAt(2);
    db.prepare("INSERT INTO offices (id, code, name_kk, name_ru, department_kk, department_ru) VALUES (1, '6205', 'a', 'b', 'c', 'd')").run();
    const insert = db.prepare(
      `INSERT INTO cases (id, office_id, channel, applicant_type, taxpayer_id, taxpayer_name, state, registration_number, created_at, updated_at)
       VALUES (?, 1, 'office', 'individual', '900314400120', 'N', 'registered', ?, 'now', 'now')`,
    );
    insert.run('a', '6205-2026-000001');
    expect(() => insert.run('b', '6205-2026-000001')).toThrow(/UNIQUE/);
    db.prepare("INSERT INTO case_events (case_id, seq, at, type, payload) VALUES ('a', 1, 'now', 'created', '{}')").run();
    expect(() => db.prepare("UPDATE case_events SET type = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM case_events').run()).toThrow(/append-only/);
    expect(() => db.prepare("INSERT INTO case_events (case_id, seq, at, type, payload) VALUES ('zzz', 1, 'now', 't', '{}')").run()).toThrow(
      /FOREIGN KEY/,
    );
  });
});
