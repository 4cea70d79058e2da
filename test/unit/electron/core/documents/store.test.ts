// Stored documents: what createDocument keeps, the chain of corrections, immutability in the
// store, verification by re-rendering the snapshot, and the print log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentRenderer } from '../../../../../electron/core/documents/renderer';
import { canonicalJson, sha256Hex } from '../../../../../electron/core/documents/snapshot';
import { createDocument, getDocument, listDocuments, printLog, recordPrint, verifyDocument } from '../../../../../electron/core/documents/store';
import { openTestCore } from '../testCore';
import { fixtures } from './fixtures';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

describe('document store', () => {
  let core: TestCore;
  let renderer: DocumentRenderer;
  let officerId: number;
  beforeEach(async () => {
    core = await openTestCore();
    renderer = await core.deps.documentRenderer();
    officerId = core.db.prepare("SELECT id FROM officers WHERE login = 'processing'").pluck().get() as number;
  });
  afterEach(() => core.close());

  const create = (extra: { caseId?: string | null; supersedes?: string | null; data?: unknown; kind?: 'coupon' | 'residencyCertificate' } = {}) =>
    createDocument(
      core.db,
      renderer,
      {
        kind: extra.kind ?? 'residencyCertificate',
        data: extra.data ?? fixtures.residencyCertificate('kk'),
        caseId: extra.caseId === undefined ? 'case-1' : extra.caseId,
        regulationVersion: 'kz-residency-2015',
        createdBy: officerId,
        supersedes: extra.supersedes ?? null,
      },
      core.clock.now(),
    );

  it('stores the PDF with its hash, the template and regulation versions and the canonical snapshot', async () => {
    const doc = await create();
    const row = core.db.prepare('SELECT * FROM documents WHERE id = ?').get(doc.id) as Record<string, unknown>;
    expect(row).toMatchObject({
      case_id: 'case-1',
      kind: 'residencyCertificate',
      template: 'residencyCertificate',
      template_version: 1,
      regulation_version: 'kz-residency-2015',
      locale: 'kk',
      created_at: core.clock.now().toISOString(),
      created_by: officerId,
      supersedes: null,
    });
    expect(row['data_json']).toBe(canonicalJson(fixtures.residencyCertificate('kk')));
    expect(row['data_sha256']).toBe(sha256Hex(row['data_json'] as string));
    expect(row['pdf_sha256']).toBe(sha256Hex(row['pdf'] as Buffer));
    expect((row['pdf'] as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect(doc).toMatchObject({ createdByName: 'Қасымов Е. Б.', pdfBytes: (row['pdf'] as Buffer).length, supersededBy: null });
    expect(getDocument(core.db, doc.id)?.data).toEqual(fixtures.residencyCertificate('kk'));
  });

  it('takes the same snapshot whatever the key order and surrounding spaces of the data', async () => {
    const data = fixtures.coupon('ru');
    const shuffled = Object.fromEntries(Object.entries({ ...data, window: ` ${data.window} ` }).reverse());
    const a = await create({ kind: 'coupon', data });
    const b = await create({ kind: 'coupon', data: shuffled });
    expect(b.dataSha256).toBe(a.dataSha256);
    expect(b.pdfSha256).toBe(a.pdfSha256);
  });

  it('keeps a correction as a new version that supersedes the old one, once', async () => {
    const first = await create();
    const corrected = await create({ supersedes: first.id, data: { ...fixtures.residencyCertificate('kk'), period: { kind: 'year', year: 2024 } } });
    expect(corrected.supersedes).toBe(first.id);
    expect(getDocument(core.db, first.id)?.supersededBy).toBe(corrected.id);
    expect(listDocuments(core.db, 'case-1').map((d) => d.id)).toEqual([first.id, corrected.id]);
    await expect(create({ supersedes: first.id })).rejects.toMatchObject({ code: 'conflict' });
    await expect(create({ supersedes: corrected.id, caseId: 'case-2' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(create({ supersedes: corrected.id, kind: 'coupon', data: fixtures.coupon('kk') })).rejects.toMatchObject({ code: 'conflict' });
    await expect(create({ supersedes: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'not_found' });
    expect(core.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(2);
  });

  it('refuses UPDATE and DELETE on stored documents and their print log', async () => {
    const doc = await create();
    recordPrint(core.db, { documentId: doc.id, officerId, printer: 'HP LaserJet 400', copies: 1 }, core.clock.now());
    expect(() => core.db.prepare("UPDATE documents SET pdf = x'00' WHERE id = ?").run(doc.id)).toThrow(/immutable/);
    expect(() => core.db.prepare("UPDATE documents SET locale = 'ru' WHERE id = ?").run(doc.id)).toThrow(/immutable/);
    expect(() => core.db.prepare('DELETE FROM documents WHERE id = ?').run(doc.id)).toThrow(/immutable/);
    expect(() => core.db.prepare('UPDATE print_log SET copies = 5').run()).toThrow(/append-only/);
    expect(() => core.db.prepare('DELETE FROM print_log').run()).toThrow(/append-only/);
    expect(getDocument(core.db, doc.id)?.pdfSha256).toBe(doc.pdfSha256);
  });

  it('verifies a document by re-rendering its snapshot, and detects tampering', async () => {
    const doc = await create();
    expect(await verifyDocument(core.db, renderer, doc.id)).toEqual({ ok: true, pdfSha256: doc.pdfSha256 });

    // Someone with the database file drops the guard and edits the stored PDF...
    core.db.exec('DROP TRIGGER documents_no_update');
    const forged = Buffer.from(doc.pdf);
    forged[forged.length >> 1]! ^= 0x01;
    core.db.prepare('UPDATE documents SET pdf = ? WHERE id = ?').run(forged, doc.id);
    expect(await verifyDocument(core.db, renderer, doc.id)).toMatchObject({ ok: false, reason: 'pdf_altered' });
    // ...and its hash with it: the snapshot no longer renders to those bytes.
    core.db.prepare('UPDATE documents SET pdf_sha256 = ? WHERE id = ?').run(sha256Hex(forged), doc.id);
    expect(await verifyDocument(core.db, renderer, doc.id)).toMatchObject({ ok: false, reason: 'render_mismatch', expected: sha256Hex(forged), actual: doc.pdfSha256 });

    const other = await create({ caseId: 'case-9' });
    const tamperedData = getDocument(core.db, other.id)!.data;
    core.db.prepare('UPDATE documents SET data_json = ? WHERE id = ?').run(canonicalJson({ ...tamperedData, registrationNumber: 'X-1' }), other.id);
    expect(await verifyDocument(core.db, renderer, other.id)).toMatchObject({ ok: false, reason: 'data_altered' });

    const third = await create({ caseId: 'case-8' });
    core.db.prepare('UPDATE documents SET template_version = 99 WHERE id = ?').run(third.id);
    expect(await verifyDocument(core.db, renderer, third.id)).toMatchObject({ ok: false, reason: 'template_changed', expected: '99', actual: '1' });
    await expect(verifyDocument(core.db, renderer, 'missing')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('logs prints in order', async () => {
    const doc = await create({ caseId: null });
    const a = recordPrint(core.db, { documentId: doc.id, officerId, printer: 'HP', copies: 2 }, core.clock.now());
    core.clock.advance(60_000);
    const b = recordPrint(core.db, { documentId: doc.id, officerId, printer: 'Canon', copies: 1 }, core.clock.now());
    expect(printLog(core.db, doc.id)).toEqual([a, b]);
    expect(b).toMatchObject({ documentId: doc.id, officerId, printer: 'Canon', copies: 1, at: core.clock.now().toISOString() });
    expect(() => recordPrint(core.db, { documentId: 'nope', officerId, printer: 'HP', copies: 1 }, core.clock.now())).toThrow(/FOREIGN KEY/);
  });
});
