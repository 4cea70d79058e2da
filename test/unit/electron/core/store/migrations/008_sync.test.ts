import { describe, expect, it } from 'vitest';
import { appliedMigrations } from '../../../../../../electron/core/store/migrate';
import { columns, storeAt } from './helpers';

async function storeWithEvent() {
  const db = await storeAt(8);
  db.prepare("INSERT INTO offices (id, code, name_kk, name_ru, department_kk, department_ru) VALUES (1, '6205', 'a', 'b', 'c', 'd')").run();
  db.prepare(
    "INSERT INTO cases (id, office_id, channel, applicant_type, taxpayer_id, taxpayer_name, state, created_at, updated_at) VALUES ('c1', 1, 'office', 'individual', '900314400120', 'X', 'intake', 'now', 'now')",
  ).run();
  db.prepare(
    "INSERT INTO case_events (case_id, seq, at, type, payload, event_id, workstation_id) VALUES ('c1', 1, 'now', 'case.intakeStarted', '{}', 'e1', 'w1')",
  ).run();
  return db;
}

describe('migration 008 sync', () => {
  it('applies on top of 007 with one row of sync state', async () => {
    const db = await storeAt(8);
    expect(appliedMigrations(db).at(-1)).toEqual({ version: 8, name: 'sync' });
    expect(columns(db, 'sync_state')).toEqual(
      expect.arrayContaining(['pull_cursor', 'reset_pending', 'last_success_at', 'clock_offset_ms', 'credential_ref', 'pull_remaining']),
    );
    expect(db.prepare('SELECT count(*) FROM sync_state').pluck().get()).toBe(1);
    expect(() => db.prepare('INSERT INTO sync_state (id) VALUES (2)').run()).toThrow(/CHECK/);
  });

  it('lets a case event receive its central position once, and nothing else change', async () => {
    const db = await storeWithEvent();
    expect(() => db.prepare("UPDATE case_events SET payload = '{\"x\":1}' WHERE event_id = 'e1'").run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE case_events SET server_pos = 1, type = 'x' WHERE event_id = 'e1'").run()).toThrow(/append-only/);
    db.prepare("UPDATE case_events SET server_pos = 3 WHERE event_id = 'e1'").run();
    expect(db.prepare("SELECT server_pos FROM case_events WHERE event_id = 'e1'").pluck().get()).toBe(3);
    expect(() => db.prepare("UPDATE case_events SET server_pos = 4 WHERE event_id = 'e1'").run()).toThrow(/append-only/);
    expect(() => db.prepare("DELETE FROM case_events WHERE event_id = 'e1'").run()).toThrow(/append-only/);
  });

  it('keeps quarantine details on the outbox, with a final resolution', async () => {
    const db = await storeAt(8);
    expect(columns(db, 'outbox')).toEqual(
      expect.arrayContaining(['quarantine_code', 'quarantine_kk', 'quarantine_ru', 'resolution', 'resolved_at', 'resolved_by', 'resubmitted_as']),
    );
    db.prepare(
      "INSERT INTO outbox (mutation_id, kind, payload, created_at, status, quarantine_code) VALUES ('m1', 'case.event', '{\"eventId\":\"e1\"}', 'now', 'quarantined', 'wrongState')",
    ).run();
    expect(() => db.prepare("DELETE FROM outbox WHERE mutation_id = 'm1'").run()).toThrow(/never deleted/);
    expect(() => db.prepare("UPDATE outbox SET resolution = 'other' WHERE mutation_id = 'm1'").run()).toThrow(/CHECK/);
    db.prepare("UPDATE outbox SET resolution = 'discarded', status = 'discarded' WHERE mutation_id = 'm1'").run();
    expect(() => db.prepare("UPDATE outbox SET resolution = 'resubmitted' WHERE mutation_id = 'm1'").run()).toThrow(/final/);
    // The rebase finds a case event's mutation through an index on the payload's eventId.
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT seq FROM outbox WHERE kind = 'case.event' AND json_extract(payload, '$.eventId') = ?")
      .all('e1') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/outbox_event/);
  });

  it('stores CRLs once per issuer and update, and immutable attachments', async () => {
    const db = await storeWithEvent();
    const crl = db.prepare("INSERT INTO crls (issuer, der, this_update, next_update, fetched_at) VALUES ('CN=Root', x'3000', '2026-01-01T00:00:00Z', NULL, 'now')");
    crl.run();
    expect(() => crl.run()).toThrow(/UNIQUE/);
    const attach = db.prepare(
      "INSERT INTO case_attachments (case_id, kind, media_type, bytes, sha256, created_at) VALUES ('c1', ?, 'application/octet-stream', x'00', ?, 'now')",
    );
    attach.run('request', 'a'.repeat(64));
    expect(() => attach.run('request', 'b'.repeat(64))).toThrow(/UNIQUE/);
    expect(() => attach.run('photo', 'c'.repeat(64))).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE case_attachments SET bytes = x'01'").run()).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM case_attachments').run()).toThrow(/immutable/);
  });
});
