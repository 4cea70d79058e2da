// §5.2, Appendix 5, §5.3 in the core: decide, approve with an EDS (detached CMS checked with
// openssl), return for rework, refuse, issue against signature in the journal — and every
// role check with a clear message.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../../electron/core/audit/auditLog';
import { pdfText, squash } from '../documents/pdfTools';
import { completeThroughRegistration } from '../intake/intakeDriver';
import { call, expectOk, signedIn } from '../testCore';
import { approve, certificateDraft, processingWorld, submittedCertificate, type ProcessingWorld } from './processingDriver';

describe('processing, approval and issuance', { timeout: 60_000 }, () => {
  let w: ProcessingWorld;
  beforeAll(async () => {
    w = await processingWorld();
  });
  afterAll(() => w.core.close());

  const pdfOf = async (id: string) => Buffer.from(expectOk(await call(w.core, w.head, 'documents.get', { id })).pdfBase64, 'base64');

  it('certificate: draft → approval signed with the head’s EDS → ready → issued with a journal entry', async () => {
    const submitted = await submittedCertificate(w);
    expect(submitted.snapshot.state).toBe('awaitingApproval');
    expect(submitted.allowed).not.toContain('approve');
    const headView = expectOk(await call(w.core, w.head, 'case.get', { caseId: submitted.id }));
    expect(headView.allowed).toEqual(expect.arrayContaining(['approve', 'returnForRework']));

    const draftPdf = await pdfOf(submitted.decision!.documentId);
    expect(squash(pdfText(draftPdf))).toContain(squash('Federal Republic of Germany'));

    const approved = await approve(w, submitted);
    expect(approved.snapshot.state).toBe('approved');
    expect(approved.signatures).toEqual([expect.objectContaining({ documentId: submitted.decision!.documentId, signerIin: '751121400786', signerKind: 'pkcs12' })]);

    // The detached signature verifies with openssl over the stored PDF, and fails after one byte changes.
    const dir = mkdtempSync(join(tmpdir(), 'desk-cms-'));
    const cms = w.core.db.prepare('SELECT cms FROM signatures WHERE id = ?').pluck().get(approved.signatures[0]!.id) as Buffer;
    writeFileSync(join(dir, 'doc.pdf'), draftPdf);
    writeFileSync(join(dir, 'sig.der'), cms);
    const verify = (content: string) =>
      execFileSync('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(dir, 'sig.der'), '-content', content, '-CAfile', w.pki.path(w.pki.manifest.root), '-purpose', 'any', '-out', '/dev/null'], {
        stdio: 'pipe',
      }).toString() + 'ok';
    expect(verify(join(dir, 'doc.pdf'))).toContain('ok');
    const tampered = Buffer.from(draftPdf);
    const middle = Math.floor(tampered.length / 2);
    tampered[middle] = tampered[middle]! ^ 0x01;
    writeFileSync(join(dir, 'tampered.pdf'), tampered);
    expect(() => verify(join(dir, 'tampered.pdf'))).toThrow(/Verification failure|digest failure|bad signature/i);

    const ready = expectOk(await call(w.core, w.processing, 'processing.markReady', { caseId: submitted.id }));
    expect(ready.snapshot.state).toBe('readyForIssue');
    const issued = ready.documents.find((d) => d.kind === 'residencyCertificate' && d.supersedes === submitted.decision!.documentId)!;
    expect(squash(pdfText(await pdfOf(issued.id)))).toContain(squash('Ахметова'));

    expect(ready.issuance).toMatchObject({ ref: '§5.3', normSeconds: 600, status: 'notStarted', activeSeconds: 0 });
    expectOk(await call(w.core, w.desk, 'issuance.start', { caseId: submitted.id }));
    w.core.clock.advance(4 * 60_000);
    expect(expectOk(await call(w.core, w.desk, 'case.get', { caseId: submitted.id })).issuance).toMatchObject({ status: 'running', activeSeconds: 240 });
    const done = expectOk(
      await call(w.core, w.desk, 'issuance.issue', {
        caseId: submitted.id,
        recipient: { kind: 'taxpayer', fullName: 'Нұрланов Ерлан Болатұлы', documentName: 'Жеке куәлік', documentNumber: '049876543' },
      }),
    );
    expect(done.snapshot.state).toBe('issued');
    expect(done.issuance).toMatchObject({ status: 'completed', activeSeconds: 240 });
    expect(done.timeline.find((e) => e.type === 'case.issued')?.detail).toBe(done.snapshot.issuance?.journalNumber);
    expect(done.timeline.find((e) => e.type === 'case.intakeStepCompleted')?.detail).toBe('§5.1.a');
    expect(done.snapshot.issuance?.journalNumber).toMatch(/^Ж-6205-2026-01\d{5}$/);
    const line = done.documents.find((d) => d.kind === 'journal')!;
    const lineText = squash(pdfText(await pdfOf(line.id)));
    for (const value of ['Нұрланов Ерлан Болатұлы', '049876543', done.snapshot.registration!.number]) expect(lineText).toContain(squash(value));

    const journal = expectOk(await call(w.core, w.desk, 'issuance.journal', { from: '2026-03-01', to: '2026-03-31', locale: 'ru' }));
    expect(squash(pdfText(Buffer.from(journal.pdfBase64, 'base64')))).toContain(squash('Нұрланов Ерлан Болатұлы'));
    expect(verifyAuditChain(w.core.db)).toMatchObject({ ok: true });
  });

  it('refusal: grounds from the regulation’s list and the reasoning reach the letter', async () => {
    const { caseId } = await completeThroughRegistration(w.core, w.desk);
    expectOk(await call(w.core, w.processing, 'case.assign', { caseId }));
    const bad = await call(w.core, w.processing, 'processing.saveDraft', {
      caseId,
      decision: 'refusal',
      refusal: { grounds: ['madeUp'], reasoning: 'Представлены не все документы', address: 'Астана' },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const drafted = expectOk(
      await call(w.core, w.processing, 'processing.saveDraft', {
        caseId,
        decision: 'refusal',
        refusal: { grounds: ['notResident'], reasoning: 'Заявитель находился в Республике Казахстан менее 183 дней в 2025 году', address: 'Астана' },
      }),
    );
    expect(drafted.snapshot).toMatchObject({ state: 'decisionDrafted', draft: { decision: 'refusal', refusalGrounds: ['notResident'] } });
    const text = squash(pdfText(await pdfOf(drafted.decision!.documentId)));
    expect(text).toContain(squash('менее 183 дней'));
  });

  it('return for rework: the comment reaches the officer; a later change voids the approval binding', async () => {
    const submitted = await submittedCertificate(w);
    const returned = expectOk(await call(w.core, w.head, 'approval.return', { caseId: submitted.id, comment: 'Укажите период 2025 года полностью' }));
    expect(returned.snapshot).toMatchObject({ state: 'returnedForRework', reworkComment: 'Укажите период 2025 года полностью' });
    const redrafted = expectOk(
      await call(w.core, w.processing, 'processing.saveDraft', {
        caseId: submitted.id,
        decision: 'certificate',
        certificate: { ...certificateDraft, period: { kind: 'range', from: '2025-01-01', to: '2025-12-31' } },
      }),
    );
    expectOk(await call(w.core, w.processing, 'processing.submit', { caseId: submitted.id }));
    // Approving what was reviewed before the change is refused: the head must look again.
    const stale = await call(w.core, w.head, 'approval.approve', { caseId: submitted.id, documentId: submitted.decision!.documentId, keyPassword: w.pki.password });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(redrafted.decision!.documentId).not.toBe(submitted.decision!.documentId);
    expect((await approve(w, { ...redrafted, decision: redrafted.decision })).snapshot.state).toBe('approved');
  });

  it('refuses a front-desk officer approving, a head approving their own draft, and a wrong key password — clearly', async () => {
    const submitted = await submittedCertificate(w);
    const byDesk = await call(w.core, w.desk, 'approval.approve', { caseId: submitted.id, documentId: submitted.decision!.documentId, keyPassword: 'x' });
    expect(byDesk).toMatchObject({ ok: false, error: { code: 'forbidden', message: { ru: 'Ваша роль не даёт права на это действие.' } } });

    const wrongPassword = await call(w.core, w.head, 'approval.approve', { caseId: submitted.id, documentId: submitted.decision!.documentId, keyPassword: 'wrong' });
    expect(wrongPassword).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(w.core.db.prepare('SELECT count(*) FROM signatures s JOIN documents d ON d.id = s.document_id WHERE d.case_id = ?').pluck().get(submitted.id)).toBe(0);

    // The head takes a case, drafts it personally, and may not sign their own draft.
    const { caseId } = await completeThroughRegistration(w.core, w.desk);
    expectOk(await call(w.core, w.head, 'case.assign', { caseId }));
    expectOk(await call(w.core, w.head, 'processing.saveDraft', { caseId, decision: 'certificate', certificate: certificateDraft }));
    const own = expectOk(await call(w.core, w.head, 'processing.submit', { caseId }));
    const self = await call(w.core, w.head, 'approval.approve', { caseId, documentId: own.decision!.documentId, keyPassword: w.pki.password });
    expect(self).toMatchObject({ ok: false, error: { code: 'refused', details: { reason: 'selfApproval' } } });
    if (!self.ok) expect(self.error.message.kk.length).toBeGreaterThan(10);
  });

  it('lists the officers of the office for assignment', async () => {
    const officers = expectOk(await call(w.core, w.head, 'officers.list', {}));
    expect(officers.map((o) => o.role).sort()).toEqual(['admin', 'frontDesk', 'processing', 'supervisor']);
    expect(officers.find((o) => o.role === 'processing')).toMatchObject({ shortName: 'Қасымов Е. Б.', active: true });
  });

  it('finds cases by number, IIN and Cyrillic name in any case, with deadline risk', async () => {
    const { caseId, registration } = await completeThroughRegistration(w.core, w.desk);
    const byNumber = expectOk(await call(w.core, w.processing, 'queue.search', { text: registration!.number }));
    expect(byNumber.rows.map((r) => r.id)).toEqual([caseId]);
    const row = byNumber.rows[0]!;
    expect(row).toMatchObject({ deadline: '2026-03-17', risk: 'normal', workingDaysLeft: expect.any(Number) });
    const name = row.taxpayerName.split(' ')[0]!.toLocaleUpperCase('kk');
    const byName = expectOk(await call(w.core, w.processing, 'queue.search', { text: name, limit: 500 }));
    expect(byName.rows.map((r) => r.id)).toContain(caseId);
    const byIin = expectOk(await call(w.core, w.processing, 'queue.search', { text: row.taxpayerId, limit: 500 }));
    expect(byIin.rows.every((r) => r.taxpayerId === row.taxpayerId)).toBe(true);
    const start = w.core.clock.current;
    try {
      w.core.clock.advance(14 * 86_400_000); // 16 March: due tomorrow (a new working day, a new sign-in)
      const amber = expectOk(await call(w.core, await signedIn(w.core, 'processing'), 'queue.search', { risk: 'amber', limit: 500 }));
      expect(amber.rows.map((r) => r.id)).toContain(caseId);
      w.core.clock.advance(2 * 86_400_000);
      const overdue = expectOk(await call(w.core, await signedIn(w.core, 'processing'), 'queue.search', { risk: 'overdue', limit: 500 }));
      expect(overdue.rows.find((r) => r.id === caseId)).toMatchObject({ risk: 'overdue' });
    } finally {
      w.core.clock.current = start;
    }
  });
});
