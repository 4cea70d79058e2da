import { describe, expect, it } from 'vitest';
import { columns, storeAt } from './helpers';

describe('migration 009 processing', () => {
  it('adds decisions, immutable signatures, the append-only journal and number series', async () => {
    const db = await storeAt(9);
    expect(columns(db, 'decisions')).toEqual(['case_id', 'decision', 'data', 'document_id', 'updated_at', 'updated_by']);
    expect(columns(db, 'signatures')).toEqual(expect.arrayContaining(['document_id', 'cms', 'signer_iin', 'certificate_serial']));
    expect(columns(db, 'issue_journal')).toEqual(expect.arrayContaining(['number', 'seq', 'recipient_name', 'doc_series', 'issued_on']));
    expect(columns(db, 'number_blocks')).toContain('series');
    for (const table of ['signatures', 'issue_journal']) {
      expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?`).pluck().get(table)).toBe(2);
    }
  });

  it('indexes case names for case-insensitive Kazakh and Russian search (ё = е)', async () => {
    const db = await storeAt(9);
    db.prepare("INSERT INTO offices (id, code, name_kk, name_ru, department_kk, department_ru) VALUES (1, '6205', 'a', 'b', 'c', 'd')").run();
    const insert = db.prepare(
      "INSERT INTO cases (id, office_id, channel, applicant_type, taxpayer_id, taxpayer_name, state, created_at, updated_at) VALUES (?, 1, 'office', 'individual', ?, ?, 'intake', 'now', 'now')",
    );
    insert.run('a', '900314400120', 'Нұрланова Әлия Серікқызы');
    insert.run('b', '850702300459', 'Ёлкин Иван');
    const find = (q: string) => db.prepare('SELECT c.id FROM cases_fts JOIN cases c ON c.rowid = cases_fts.rowid WHERE cases_fts MATCH ?').pluck().all(q);
    expect(find('"НҰРЛАН"*')).toEqual(['a']);
    expect(find('"елкин"')).toEqual(['b']);
    db.prepare("UPDATE cases SET taxpayer_name = 'Петров Пётр' WHERE id = 'b'").run();
    expect(find('"елкин"')).toEqual([]);
    expect(find('"петр"')).toEqual(['b']);
    db.prepare("DELETE FROM cases WHERE id = 'b'").run();
    expect(find('"петр"')).toEqual([]);
  });
});
