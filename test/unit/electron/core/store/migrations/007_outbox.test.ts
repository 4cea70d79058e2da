import { describe, expect, it } from 'vitest';
import { columns, storeAt } from './helpers';

describe('migration 007 outbox', () => {
  it('keeps unsent mutations: an increasing sequence, attempts, and no silent deletion', async () => {
    const db = await storeAt(7);
    expect(columns(db, 'outbox')).toEqual(
      expect.arrayContaining(['seq', 'mutation_id', 'kind', 'payload', 'status', 'attempts', 'last_error']),
    );
    const insert = db.prepare("INSERT INTO outbox (mutation_id, kind, payload, created_at) VALUES (?, 'case.event', '{}', 'now')");
    const a = Number(insert.run('m1').lastInsertRowid);
    const b = Number(insert.run('m2').lastInsertRowid);
    expect(b).toBeGreaterThan(a);
    expect(() => insert.run('m1')).toThrow(/UNIQUE/);
    expect(() => db.prepare("DELETE FROM outbox WHERE mutation_id = 'm1'").run()).toThrow(/never deleted/);
    db.prepare("UPDATE outbox SET status = 'sent' WHERE mutation_id = 'm1'").run();
    db.prepare("DELETE FROM outbox WHERE mutation_id = 'm1'").run();
  });
});
