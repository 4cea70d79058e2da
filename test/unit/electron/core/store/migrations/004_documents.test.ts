import { describe, expect, it } from 'vitest';
import { columns, storeAt } from './helpers';

const hash = (c: string) => c.repeat(64);

describe('migration 004 documents', () => {
  it('adds the documents table, immutable, with a chain of corrections, and the print log', async () => {
    const db = await storeAt(4);
    expect(columns(db, 'documents')).toEqual([
      'id',
      'case_id',
      'kind',
      'template',
      'template_version',
      'regulation_version',
      'locale',
      'data_json',
      'data_sha256',
      'pdf',
      'pdf_sha256',
      'created_at',
      'created_by',
      'supersedes',
    ]);
    expect(columns(db, 'print_log')).toEqual(['id', 'document_id', 'officer_id', 'at', 'printer', 'copies']);

    db.prepare("INSERT INTO offices (id, code, name_kk, name_ru, department_kk, department_ru) VALUES (1, '6205', 'a', 'b', 'c', 'd')").run();
    db.prepare("INSERT INTO officers (id, login, full_name, short_name, iin, role, office_id, password_hash, created_at) VALUES (1, 'f', 'n', 's', '1', 'frontDesk', 1, 'h', 'now')").run();
    const insert = db.prepare(
      `INSERT INTO documents VALUES (@id, @caseId, 'coupon', 'coupon', 1, 'kz-residency-2015', @locale, '{}', @dataHash, x'255044462d', @pdfHash, 'now', @by, @supersedes)`,
    );
    const row = { caseId: null, locale: 'kk', dataHash: hash('d'), pdfHash: hash('p'), by: 1, supersedes: null };
    insert.run({ ...row, id: 'doc1' });
    insert.run({ ...row, id: 'doc2', supersedes: 'doc1' });
    expect(() => insert.run({ ...row, id: 'doc3', supersedes: 'doc1' })).toThrow(/UNIQUE/); // a version is corrected once
    expect(() => insert.run({ ...row, id: 'doc4', supersedes: 'nope' })).toThrow(/FOREIGN KEY/);
    expect(() => insert.run({ ...row, id: 'doc5', by: 99 })).toThrow(/FOREIGN KEY/);
    expect(() => insert.run({ ...row, id: 'doc6', locale: 'en' })).toThrow(/CHECK/);
    expect(() => insert.run({ ...row, id: 'doc7', dataHash: 'short' })).toThrow(/CHECK/);

    expect(() => db.prepare("UPDATE documents SET pdf = x'00' WHERE id = 'doc1'").run()).toThrow(/immutable/);
    expect(() => db.prepare("UPDATE documents SET case_id = 'c' WHERE id = 'doc1'").run()).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM documents').run()).toThrow(/immutable/);
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(2);

    const print = db.prepare('INSERT INTO print_log (document_id, officer_id, at, printer, copies) VALUES (?, 1, ?, ?, ?)');
    print.run('doc1', 'now', 'HP', 2);
    expect(() => print.run('doc1', 'now', 'HP', 0)).toThrow(/CHECK/);
    expect(() => print.run('nope', 'now', 'HP', 1)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('UPDATE print_log SET copies = 3').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM print_log').run()).toThrow(/append-only/);
  });
});
