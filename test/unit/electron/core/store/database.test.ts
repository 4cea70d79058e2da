import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../../electron/core/store/database';
import { tempDir } from '../testCore';

describe('openDatabase', () => {
  let db: Db | undefined;
  afterEach(() => db?.close());

  it('opens a real file in WAL mode with foreign keys on', () => {
    db = openDatabase(join(tempDir(), 'desk.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
  });

  it('folds Kazakh and Russian letters in LOWER/UPPER, which SQLite alone does not', () => {
    db = openDatabase(':memory:');
    const row = db.prepare("SELECT lower('ӘЛИЯ НҰРЛАНОВА Ғ Қ Ң Ө Ұ Ү Һ І') AS l, upper('әлия ёлка') AS u, lower(NULL) AS n").get();
    expect(row).toEqual({ l: 'әлия нұрланова ғ қ ң ө ұ ү һ і', u: 'ӘЛИЯ ЁЛКА', n: null });
  });

  it('lets LIKE-free case-insensitive search match Cyrillic names', () => {
    db = openDatabase(':memory:');
    db.exec("CREATE TABLE t (name TEXT); INSERT INTO t VALUES ('Қасымов Ержан'), ('Ахметова Гүлнар')");
    const rows = db.prepare("SELECT name FROM t WHERE instr(lower(name), lower(?)) > 0").all('ҚАСЫМ');
    expect(rows).toEqual([{ name: 'Қасымов Ержан' }]);
  });
});
