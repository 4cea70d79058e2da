import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/store/database';
import { appliedMigrations, migrate, StoreError } from '../../../../../electron/core/store/migrate';
import type { Migration } from '../../../../../electron/core/store/migration';
import { migrations } from '../../../../../electron/core/store/migrations';
import { tempDir } from '../testCore';

const now = () => new Date('2026-03-02T04:00:00Z');
const table = (version: number, name = `t${version}`): Migration => ({
  version,
  name,
  up: (db) => db.exec(`CREATE TABLE ${name} (x INTEGER)`),
});

describe('migrate', () => {
  it('applies every shipped migration to a new store and records them', async () => {
    const db = openDatabase(':memory:');
    const report = await migrate(db, migrations, { backupDir: null, now });
    expect(report).toMatchObject({ from: 0, to: migrations.length, backupFile: null });
    expect(appliedMigrations(db).map((m) => m.version)).toEqual(migrations.map((m) => m.version));
    expect((await migrate(db, migrations, { backupDir: null, now })).applied).toEqual([]);
  });

  it('backs an existing store up before migrating it, and the backup holds the old schema', async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'desk.sqlite'));
    await migrate(db, [table(1)], { backupDir: join(dir, 'backups'), now });
    expect(existsSync(join(dir, 'backups'))).toBe(false); // a new store needs no backup

    const report = await migrate(db, [table(1), table(2)], { backupDir: join(dir, 'backups'), now });
    expect(report.applied).toEqual([2]);
    expect(report.backupFile).toMatch(/before-v2\.sqlite$/);
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
    const backup = new Database(report.backupFile!, { readonly: true });
    expect(backup.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual([1]);
    backup.close();
    db.close();
  });

  it('refuses a store whose applied list is not a prefix of the shipped list', async () => {
    const db = openDatabase(':memory:');
    await migrate(db, [table(1, 'a')], { backupDir: null, now });
    await expect(migrate(db, [table(1, 'b'), table(2)], { backupDir: null, now })).rejects.toMatchObject({ code: 'store_mismatch' });
  });

  it('refuses a store written by a newer build, with a kk/ru message', async () => {
    const db = openDatabase(':memory:');
    await migrate(db, [table(1), table(2)], { backupDir: null, now });
    const error = await migrate(db, [table(1)], { backupDir: null, now }).catch((e) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error.code).toBe('store_newer');
    expect(error.text.kk).toContain('жаңартыңыз');
    expect(error.text.ru).toContain('Обновите');
  });

  it('applies pending migrations all or nothing', async () => {
    const db = openDatabase(':memory:');
    const broken: Migration = { version: 2, name: 'broken', up: (d) => d.exec('CREATE TABLE oops (; nonsense') };
    await expect(migrate(db, [table(1), broken], { backupDir: null, now })).rejects.toThrow();
    expect(appliedMigrations(db)).toEqual([]);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 't1'").pluck().get()).toBe(0);
  });

  it('rejects a shipped list that is not numbered 1..n', async () => {
    const db = openDatabase(':memory:');
    await expect(migrate(db, [table(1), table(3)], { backupDir: null, now })).rejects.toMatchObject({ code: 'store_bad_list' });
  });
});
