// Migration test helper: a store migrated up to (and including) a given version.
import { openDatabase, type Db } from '../../../../../../electron/core/store/database';
import { migrate } from '../../../../../../electron/core/store/migrate';
import { migrations } from '../../../../../../electron/core/store/migrations';

export async function storeAt(version: number): Promise<Db> {
  const db = openDatabase(':memory:');
  await migrate(db, migrations.slice(0, version), { backupDir: null, now: () => new Date('2026-01-05T04:00:00Z') });
  return db;
}

export const columns = (db: Db, table: string): string[] =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
