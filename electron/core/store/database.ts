// Opens the case store: a better-sqlite3 database on a real file (WAL, foreign keys on)
// with Unicode-aware LOWER/UPPER, because SQLite's built-ins fold only ASCII and officers
// search Cyrillic and Kazakh names.
import Database from 'better-sqlite3';

export type Db = Database.Database;

export function openDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  registerUnicodeCase(db);
  cacheStatements(db);
  return db;
}

/**
 * Preparing a statement costs more than running it, and handlers run the same few dozen SQL
 * texts over and over: `db.prepare` returns a cached statement, with the output modes that
 * callers toggle (pluck, raw, expand) reset to the defaults each time.
 */
function cacheStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = prepare(sql);
      cache.set(sql, statement);
    } else if (statement.reader) {
      statement.pluck(false).expand(false).raw(false);
    }
    return statement;
  }) as Db['prepare'];
}

function registerUnicodeCase(db: Db): void {
  const options = { deterministic: true, varargs: false } as const;
  db.function('lower', options, (value: unknown) => (typeof value === 'string' ? value.toLocaleLowerCase('kk') : value));
  db.function('upper', options, (value: unknown) => (typeof value === 'string' ? value.toLocaleUpperCase('kk') : value));
}
