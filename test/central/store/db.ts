// Opens the simulator's SQLite store (a file or ':memory:'), creates the schema, and keeps the
// store's epoch: a random id minted when the store is created and again on every simulated
// restore from backup, so a cursor from another epoch (or another simulator) is never trusted.
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { createSchema } from './schema';

export type CentralDb = Database.Database;

export function openCentralDb(file: string): CentralDb {
  const db = new Database(file);
  configure(db, file !== ':memory:');
  return db;
}

/** Opens a serialized image (a backup) as an in-memory store. */
export function openCentralImage(image: Buffer): CentralDb {
  const db = new Database(image);
  configure(db, false);
  return db;
}

function configure(db: CentralDb, onDisk: boolean): void {
  if (onDisk) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  createSchema(db);
  if (readMeta(db, 'epoch') === null) writeMeta(db, 'epoch', newEpoch());
}

export const newEpoch = (): string => randomBytes(6).toString('hex');

export function readMeta(db: CentralDb, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function writeMeta(db: CentralDb, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
