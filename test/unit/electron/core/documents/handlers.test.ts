// documents.* through the dispatcher, as the renderer calls them: the PDF and its metadata,
// a case's documents, printing (print log + audit entry in one transaction), previews that
// store nothing, kk/ru errors for bad input, and documents kept within their office.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../../electron/core/audit/auditLog';
import { createDocument, type StoredDocument } from '../../../../../electron/core/documents/store';
import { call, expectOk, openTestCore, signedIn } from '../testCore';
import { fixtures, journal } from './fixtures';
import { rawText } from './pdfTools';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

describe('documents handlers', () => {
  let core: TestCore;
  let doc: StoredDocument;
  beforeEach(async () => {
    core = await openTestCore();
    const officerId = core.db.prepare("SELECT id FROM officers WHERE login = 'frontdesk'").pluck().get() as number;
    doc = await createDocument(
      core.db,
      await core.deps.documentRenderer(),
      { kind: 'coupon', data: fixtures.coupon('kk'), caseId: 'case-7', regulationVersion: 'kz-residency-2015', createdBy: officerId },
      core.clock.now(),
    );
  });
  afterEach(() => core.close());

  const counts = () => ({
    documents: core.db.prepare('SELECT count(*) FROM documents').pluck().get(),
    prints: core.db.prepare('SELECT count(*) FROM print_log').pluck().get(),
    audit: core.db.prepare('SELECT count(*) FROM audit_log').pluck().get(),
  });

  it('returns a document with its snapshot and the PDF as base64', async () => {
    const connection = await signedIn(core, 'supervisor');
    const got = expectOk(await call(core, connection, 'documents.get', { id: doc.id }));
    const pdf = Buffer.from(got.pdfBase64, 'base64');
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(doc.pdfSha256);
    expect(got).toMatchObject({ id: doc.id, kind: 'coupon', caseId: 'case-7', templateVersion: 1, dataSha256: doc.dataSha256, pdfBytes: pdf.length });
    expect(got.data).toEqual(fixtures.coupon('kk'));
  });

  it('lists a case’s documents', async () => {
    const connection = await signedIn(core, 'processing');
    expect(expectOk(await call(core, connection, 'documents.list', { caseId: 'case-7' })).map((d) => d.id)).toEqual([doc.id]);
    expect(expectOk(await call(core, connection, 'documents.list', { caseId: 'case-8' }))).toEqual([]);
  });

  it('logs a print and audits it in the same transaction', async () => {
    const connection = await signedIn(core, 'frontDesk');
    const before = counts();
    const entry = expectOk(await call(core, connection, 'documents.print', { id: doc.id, printer: 'HP LaserJet M404', copies: 2 }));
    expect(entry).toMatchObject({ documentId: doc.id, printer: 'HP LaserJet M404', copies: 2, at: core.clock.now().toISOString() });
    expect(counts()).toEqual({ ...before, prints: before.prints as number + 1, audit: before.audit as number + 1 });
    const audit = core.db.prepare('SELECT officer_id, action, case_id, details FROM audit_log ORDER BY seq DESC LIMIT 1').get() as Record<string, unknown>;
    expect(audit).toEqual({
      officer_id: entry.officerId,
      action: 'documents.print',
      case_id: 'case-7',
      details: JSON.stringify({ documentId: doc.id, printer: 'HP LaserJet M404', copies: 2 }),
    });
    expect(verifyAuditChain(core.db).ok).toBe(true);
  });

  it.each([
    [{ printer: 'HP', copies: 0 }, 'copies'],
    [{ printer: '   ', copies: 1 }, 'printer'],
    [{ printer: 'HP', copies: 1.5 }, 'copies'],
    [{ printer: 'HP', copies: 1, tray: 2 }, ''],
  ])('refuses a bad print request %j with a kk/ru error and changes nothing', async (input, field) => {
    const connection = await signedIn(core, 'frontDesk');
    const before = counts();
    const result = await call(core, connection, 'documents.print', { id: doc.id, ...input } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) {
      expect(result.error.message.kk).toContain('Енгізілген деректер қате');
      expect(result.error.message.ru.length).toBeGreaterThan(0);
      const issues = (result.error.details as { issues: { path: string[]; message: { kk: string; ru: string } }[] }).issues;
      expect(issues[0]?.path.join('.')).toBe(field);
      expect(issues[0]?.message.kk).not.toBe(issues[0]?.message.ru);
    }
    expect(counts()).toEqual(before);
  });

  it('answers a missing document, or one of another office, as not found and changes nothing', async () => {
    core.db.prepare("INSERT INTO offices (code, name_kk, name_ru, department_kk, department_ru) VALUES ('6206', 'a', 'b', 'c', 'd')").run();
    const otherOffice = core.db.prepare("SELECT id FROM offices WHERE code = '6206'").pluck().get() as number;
    // The document was made by the front-desk officer; the processing officer now works elsewhere.
    const connection = await signedIn(core, 'processing');
    core.db.prepare('UPDATE officers SET office_id = ? WHERE login = ?').run(otherOffice, 'processing');
    const before = counts();
    for (const result of [
      await call(core, connection, 'documents.get', { id: doc.id }),
      await call(core, connection, 'documents.print', { id: doc.id, printer: 'HP', copies: 1 }),
      await call(core, connection, 'documents.get', { id: '00000000-0000-4000-8000-000000000000' }),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect(expectOk(await call(core, connection, 'documents.list', { caseId: 'case-7' }))).toEqual([]);
    expect(counts()).toEqual(before);
  });

  it('needs a signed-in officer', async () => {
    const anonymous = core.connect();
    expect(await call(core, anonymous, 'documents.print', { id: doc.id, printer: 'HP', copies: 1 })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(await call(core, anonymous, 'documents.preview', { kind: 'coupon', data: fixtures.coupon('kk') })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
  });

  it('previews a form from posted data as a draft, storing nothing', async () => {
    const before = counts();
    for (const role of ['frontDesk', 'processing', 'supervisor', 'admin'] as const) {
      const connection = await signedIn(core, role);
      const preview = expectOk(await call(core, connection, 'documents.preview', { kind: 'refusal', data: fixtures.refusal('ru') }));
      expect(preview.kind).toBe('refusal');
      expect(rawText(Buffer.from(preview.pdfBase64, 'base64')).split('\n')).toContain('ПРОЕКТ');
    }
    const sessions = 4;
    expect(counts()).toEqual({ ...before, audit: before.audit as number + sessions });
  });

  it('previews the journal of a period as the journal itself', async () => {
    const connection = await signedIn(core, 'supervisor');
    const preview = expectOk(await call(core, connection, 'documents.preview', { kind: 'journal', data: journal('kk', 30) }));
    const text = rawText(Buffer.from(preview.pdfBase64, 'base64'));
    expect(text).toContain('Берілген шығыс құжаттарының журналы');
    expect(text).not.toContain('ЖОБА');
  });

  it('refuses bad preview data with field paths and kk/ru messages', async () => {
    const connection = await signedIn(core, 'frontDesk');
    const result = await call(core, connection, 'documents.preview', { kind: 'coupon', data: { ...fixtures.coupon('ru'), deadline: '17.03.2026' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) {
      expect(result.error.details).toEqual({
        issues: [{ path: ['data', 'deadline'], message: { kk: 'Күн ЖЖЖЖ-АА-КК пішіміндегі нақты күн болуы керек', ru: 'Дата должна быть реальной датой в формате ГГГГ-ММ-ДД' } }],
      });
    }
    expect(await call(core, connection, 'documents.preview', { kind: 'letter', data: {} } as never)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
