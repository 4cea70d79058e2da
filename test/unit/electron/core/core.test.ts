import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../electron/core/audit/auditLog';
import { openDatabase } from '../../../../electron/core/store/database';
import { migrate } from '../../../../electron/core/store/migrate';
import { migrations } from '../../../../electron/core/store/migrations';
import { call, expectOk, openTestCore, tempDir } from './testCore';

describe('openCore on a real file', () => {
  it('creates, migrates and seeds a new store once; reopening keeps it', async () => {
    const dataDir = tempDir();
    const first = await openTestCore({ dataDir });
    expect(existsSync(join(dataDir, 'desk.sqlite'))).toBe(true);
    expect(first.db.prepare('SELECT count(*) FROM officers').pluck().get()).toBe(4);
    expect(first.db.prepare('SELECT role FROM officers ORDER BY id').pluck().all()).toEqual(['frontDesk', 'processing', 'supervisor', 'admin']);
    first.close();

    const second = await openTestCore({ dataDir });
    expect(second.migration.applied).toEqual([]);
    expect(second.db.prepare('SELECT count(*) FROM officers').pluck().get()).toBe(4);
    expect(verifyAuditChain(second.db)).toMatchObject({ ok: true, entries: 1 });
    second.close();
  });

  it('backs up an existing older store before migrating it', async () => {
    const dataDir = tempDir();
    const old = openDatabase(join(dataDir, 'desk.sqlite'));
    await migrate(old, migrations.slice(0, 1), { backupDir: null, now: () => new Date() });
    old.close();
    const core = await openTestCore({ dataDir });
    expect(core.migration).toMatchObject({ from: 1, applied: migrations.slice(1).map((m) => m.version) });
    expect(readdirSync(join(dataDir, 'backups'))).toEqual([expect.stringMatching(/before-v2\.sqlite$/)]);
    core.close();
  });

  it('does not seed demo officers when demo is off', async () => {
    const core = await openTestCore({ demo: false });
    expect(core.db.prepare('SELECT count(*) FROM officers').pluck().get()).toBe(0);
    expect(expectOk(await call(core, core.connect(), 'app.info', {})).demo).toBe(false);
    core.close();
  });
});
