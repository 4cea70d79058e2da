import { describe, expect, it } from 'vitest';
import { columns, storeAt } from './helpers';

describe('migration 003 reference data', () => {
  it('adds immutable regulation and calendar version tables', async () => {
    const db = await storeAt(3);
    expect(columns(db, 'regulation_versions')).toEqual(['id', 'effective_from', 'effective_to', 'json', 'sha256', 'source', 'loaded_at', 'loaded_by']);
    expect(columns(db, 'calendar_versions')).toEqual(['id', 'json', 'sha256', 'source', 'loaded_at']);
    db.prepare("INSERT INTO regulation_versions VALUES ('v1', '2015-06-04', NULL, '{}', 'h', 'shipped', 'now', NULL)").run();
    expect(() => db.prepare("UPDATE regulation_versions SET json = '{\"x\":1}'").run()).toThrow(/immutable/);
    expect(() => db.prepare("INSERT INTO regulation_versions VALUES ('v2', 'd', NULL, '{}', 'h', 'guessed', 'now', NULL)").run()).toThrow(/CHECK/);
  });
});
