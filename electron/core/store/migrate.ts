// Applies pending migrations at start-up: checks that what the database has applied is a
// prefix of what this build ships, backs an existing database up, then applies every pending
// migration in one transaction (all or nothing).
import type { Localized } from '../../../shared/i18n/types';
import { localized, type MessageKey } from '../../../shared/i18n';
import { backupDatabase } from './backup';
import type { Db } from './database';
import type { Migration } from './migration';

export interface MigrationReport {
  from: number;
  to: number;
  applied: number[];
  backupFile: string | null;
}

export class StoreError extends Error {
  readonly text: Localized;
  constructor(
    readonly code: 'store_newer' | 'store_mismatch' | 'store_bad_list',
    key: MessageKey,
    params: Record<string, string | number>,
  ) {
    const text = localized(key, params);
    super(`${code}: ${text.ru}`);
    this.name = 'StoreError';
    this.text = text;
  }
}

interface AppliedRow {
  version: number;
  name: string;
}

export function appliedMigrations(db: Db): AppliedRow[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  return db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as AppliedRow[];
}

export async function migrate(
  db: Db,
  shipped: readonly Migration[],
  options: { backupDir: string | null; now: () => Date },
): Promise<MigrationReport> {
  shipped.forEach((m, i) => {
    if (m.version !== i + 1) throw new StoreError('store_bad_list', 'store.badList', { version: m.version });
  });
  const applied = appliedMigrations(db);
  if (applied.length > shipped.length) {
    throw new StoreError('store_newer', 'store.newer', { db: applied.length, app: shipped.length });
  }
  applied.forEach((row, i) => {
    const expected = shipped[i]!;
    if (row.version !== expected.version || row.name !== expected.name) {
      throw new StoreError('store_mismatch', 'store.mismatch', { version: row.version, name: row.name });
    }
  });

  const pending = shipped.slice(applied.length);
  const report: MigrationReport = { from: applied.length, to: shipped.length, applied: [], backupFile: null };
  if (pending.length === 0) return report;

  if (applied.length > 0 && options.backupDir) {
    report.backupFile = await backupDatabase(db, options.backupDir, `before-v${pending[0]!.version}`, options.now());
  }

  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      record.run(m.version, m.name, options.now().toISOString());
      report.applied.push(m.version);
    }
  }).immediate();
  return report;
}
