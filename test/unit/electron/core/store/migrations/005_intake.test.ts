import { describe, expect, it } from 'vitest';
import { columns, storeAt } from './helpers';

describe('migration 005 intake', () => {
  it('extends cases and events, adds the intake form and the number journal', async () => {
    const db = await storeAt(5);
    expect(columns(db, 'cases')).toEqual(expect.arrayContaining(['snapshot', 'regulation_version', 'calendar_version', 'applicant_locale', 'assignee_id']));
    expect(columns(db, 'case_events')).toEqual(expect.arrayContaining(['event_id', 'workstation_id']));
    expect(columns(db, 'intake_forms')).toEqual(['case_id', 'form', 'updated_at']);
    expect(columns(db, 'number_blocks')).toEqual(['id', 'office_code', 'year', 'first_seq', 'last_seq', 'source', 'leased_at', 'expires_at']);
  });

  it('never lets a registration number change once set', async () => {
    const db = await storeAt(5);
    db.prepare("INSERT INTO offices (id, code, name_kk, name_ru, department_kk, department_ru) VALUES (1, '6205', 'a', 'b', 'c', 'd')").run();
    db.prepare(
      "INSERT INTO cases (id, office_id, channel, applicant_type, taxpayer_id, taxpayer_name, state, created_at, updated_at) VALUES ('c', 1, 'office', 'individual', 'x', 'y', 'intake', 'now', 'now')",
    ).run();
    db.prepare("UPDATE cases SET registration_number = '6205-2026-0100001' WHERE id = 'c'").run();
    expect(() => db.prepare("UPDATE cases SET registration_number = '6205-2026-0100002' WHERE id = 'c'").run()).toThrow(/never changes/);
    expect(() => db.prepare("UPDATE cases SET registration_number = NULL WHERE id = 'c'").run()).toThrow(/never changes/);
    db.prepare("UPDATE cases SET state = 'registered' WHERE id = 'c'").run();
    expect(() => db.prepare("INSERT INTO number_blocks VALUES ('b', '6205', 2026, 10, 5, 'local', 'now', 'later')").run()).toThrow(/CHECK/);
  });
});
