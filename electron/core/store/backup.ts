// Online backups of the case store with SQLite's backup API (the database stays usable while copying).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './database';

/** Copies the live database to `<dir>/desk-<stamp>-<label>.sqlite` and returns that path. */
export async function backupDatabase(db: Db, dir: string, label: string, now: Date): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const file = join(dir, `desk-${stamp}-${label}.sqlite`);
  await db.backup(file);
  return file;
}
