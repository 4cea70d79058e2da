// queue.*, case.*, processing.*, approval.*, issuance.* handlers: the back half of the service.
// Roles are enforced twice — by the contract's access rule and by the state machine's guards —
// and every action is audited in the transaction that makes it.
import { randomUUID } from 'node:crypto';
import { DeskError } from '../../../shared/api';
import type { CaseDetail, CertificateDraft, RefusalDraft } from '../../../shared/api/processing';
import { decide } from '../../../shared/domain/cases';
import type { HandlerContext, HandlerMap, Officer } from '../context';
import { appendEvent, requireCase, runCommand, type StoredCase, type WriteContext } from '../cases/caseStore';
import { enqueue } from '../cases/outbox';
import { createDocument, getDocument, type StoredDocument } from '../documents/store';
import { caseRegulation } from '../intake/intakeView';
import { issueNumber } from '../numbers/blocks';
import { buildCaseDetail, decisionOf } from '../processing/caseDetail';
import { certificateData, refusalData, type DecisionSource } from '../processing/decisionDocuments';
import { officeHead } from '../processing/officeHead';
import { searchQueue } from '../processing/queueSearch';
import { signerFor, syncedCrls } from '../processing/signerFor';
import { currentCalendar } from '../reference/referenceData';
import { isSigningError } from '../signing';
import { kzDate, kzLocalTime } from '../time';
import { formatDate } from '../../../shared/i18n/dates';
import { issuanceStepId, journalData, journalRowsBetween, recordJournalEntry } from '../issuance/journal';
import { renderDocument } from '../documents/pipeline';

type Names =
  | 'officers.list'
  | 'queue.search'
  | 'case.get'
  | 'case.assign'
  | 'processing.saveDraft'
  | 'processing.submit'
  | 'approval.approve'
  | 'approval.return'
  | 'processing.markReady'
  | 'processing.sendBack'
  | 'issuance.start'
  | 'issuance.issue'
  | 'issuance.journal';

const today = (ctx: HandlerContext) => kzDate(ctx.clock.now());

function detail(ctx: HandlerContext, caseId: string): CaseDetail {
  return buildCaseDetail(ctx.db, ctx.actor(), caseId, today(ctx), currentCalendar(ctx.db), ctx.clock.now());
}

function writeContext(ctx: HandlerContext, officer: Officer): WriteContext {
  return { db: ctx.db, now: ctx.clock.now(), officer, workstationId: ctx.workstation.workstationId };
}

/** One transaction: the case re-read inside it (so a concurrent change is seen), then `fn`. */
function onCase(ctx: HandlerContext, caseId: string, action: string, fn: (w: WriteContext, stored: StoredCase) => Record<string, unknown> | void): CaseDetail {
  const officer = ctx.actor();
  ctx.write((audit) => {
    const w = writeContext(ctx, officer);
    const details = fn(w, requireCase(ctx.db, caseId, officer)) ?? {};
    audit({ action, caseId, details });
  });
  return detail(ctx, caseId);
}

function decisionSource(ctx: HandlerContext, stored: StoredCase, eds: DecisionSource['eds'] = null): DecisionSource {
  const officer = ctx.actor();
  return {
    stored,
    regulation: caseRegulation(ctx.db, stored),
    officer,
    head: officeHead(ctx.db, officer.officeId),
    today: today(ctx),
    officePhone: ctx.workstation.officePhone,
    eds,
  };
}

/** The document the current draft was rendered as (what the head reviews and signs). */
function draftDocument(ctx: HandlerContext, caseId: string): StoredDocument {
  const decision = decisionOf(ctx.db, caseId);
  const document = decision ? getDocument(ctx.db, decision.documentId) : null;
  if (!decision || !document) throw new DeskError('not_found', { caseId, what: 'draft' });
  return document;
}

/**
 * After approval, the issued copy: the certificate or refusal re-rendered with the EDS details
 * printed, superseding the signed draft (whose bytes the detached signature covers).
 */
async function issuedCopy(ctx: HandlerContext, stored: StoredCase): Promise<{ data: Record<string, unknown>; kind: 'residencyCertificate' | 'refusal'; supersedes: string }> {
  const decision = decisionOf(ctx.db, stored.row.id);
  const approval = stored.snapshot.approval;
  if (!decision || !approval) throw new DeskError('refused', { reason: 'notApproved' });
  const signature = ctx.db.prepare('SELECT signer_name, certificate_serial, signed_at FROM signatures WHERE id = ?').get(approval.signatureId) as
    | { signer_name: string; certificate_serial: string; signed_at: string }
    | undefined;
  // As read on paper: Kazakhstan local time, and the long serial in groups that wrap cleanly.
  const eds = signature
    ? {
        signer: signature.signer_name,
        certificateSerial: signature.certificate_serial.match(/.{1,8}/g)!.join(' '),
        signedAt: `${formatDate(kzLocalTime(new Date(signature.signed_at)).slice(0, 10))} ${kzLocalTime(new Date(signature.signed_at)).slice(11, 16)}`,
      }
    : null;
  const source = decisionSource(ctx, stored, eds);
  return decision.decision === 'certificate'
    ? { kind: 'residencyCertificate', data: certificateData(decision.data as CertificateDraft, source), supersedes: decision.documentId }
    : { kind: 'refusal', data: refusalData(decision.data as RefusalDraft, source), supersedes: decision.documentId };
}

export const processingHandlers: HandlerMap<Names> = {
  async 'officers.list'(ctx) {
    const rows = ctx.db
      .prepare('SELECT id, full_name, short_name, role, active FROM officers WHERE office_id = ? ORDER BY role, full_name')
      .all(ctx.actor().officeId) as { id: number; full_name: string; short_name: string; role: Officer['role']; active: number }[];
    return rows.map((r) => ({ id: r.id, fullName: r.full_name, shortName: r.short_name, role: r.role, active: r.active === 1 }));
  },

  async 'queue.search'(ctx, filter) {
    return searchQueue(ctx.db, ctx.actor(), filter, today(ctx), currentCalendar(ctx.db));
  },

  async 'case.get'(ctx, { caseId }) {
    return detail(ctx, caseId);
  },

  async 'case.assign'(ctx, { caseId, officerId }) {
    const officer = ctx.actor();
    const target = officerId ?? officer.id;
    return onCase(ctx, caseId, 'case.assign', (w, stored) => {
      const assignee = ctx.db.prepare("SELECT role, office_id, active FROM officers WHERE id = ?").get(target) as
        | { role: string; office_id: number; active: number }
        | undefined;
      // The state machine knows roles, not the staff list: only deciding officers of this office.
      if (!assignee || assignee.office_id !== officer.officeId || !assignee.active || !['processing', 'supervisor'].includes(assignee.role)) {
        throw new DeskError('invalid_input', {
          issues: [{ path: ['officerId'], message: { kk: 'Бұл қызметкерге іс тағайындауға болмайды', ru: 'Этому сотруднику нельзя назначить дело' } }],
        });
      }
      runCommand(w, caseId, stored.snapshot, { type: 'assign', officerId: target });
      return { officerId: target };
    });
  },

  async 'processing.saveDraft'(ctx, input) {
    const officer = ctx.actor();
    const stored = requireCase(ctx.db, input.caseId, officer);
    const source = decisionSource(ctx, stored);
    const [kind, data, draft] =
      input.decision === 'certificate'
        ? (['residencyCertificate', certificateData(input.certificate, source), input.certificate] as const)
        : (['refusal', refusalData(input.refusal, source), input.refusal] as const);
    const previous = decisionOf(ctx.db, input.caseId);
    const renderer = await ctx.documentRenderer();
    const now = ctx.clock.now();
    await createDocument(
      ctx.db,
      renderer,
      {
        caseId: input.caseId,
        kind,
        data,
        regulationVersion: source.regulation.id,
        createdBy: officer.id,
        // A draft of the same kind replaces the previous one as its new version.
        supersedes: previous && getDocument(ctx.db, previous.documentId)?.kind === kind ? previous.documentId : null,
      },
      now,
      (insert) =>
        ctx.write((audit) => {
          const document = insert();
          const w = writeContext(ctx, officer);
          const current = requireCase(ctx.db, input.caseId, officer);
          runCommand(w, input.caseId, current.snapshot, {
            type: 'saveDraft',
            decision: input.decision,
            documentHash: document.pdfSha256,
            ...(input.decision === 'refusal' ? { refusalGrounds: input.refusal.grounds } : {}),
          });
          ctx.db
            .prepare(
              `INSERT INTO decisions (case_id, decision, data, document_id, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT(case_id) DO UPDATE SET decision = excluded.decision, data = excluded.data, document_id = excluded.document_id,
                 updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
            )
            .run(input.caseId, input.decision, JSON.stringify(draft), document.id, now.toISOString(), officer.id);
          appendEvent(w, input.caseId, { type: 'document.created', kind, documentId: document.id, dataSha256: document.dataSha256 });
          audit({ action: 'processing.saveDraft', caseId: input.caseId, details: { decision: input.decision, documentId: document.id } });
          return document;
        }),
    );
    return detail(ctx, input.caseId);
  },

  async 'processing.submit'(ctx, { caseId }) {
    return onCase(ctx, caseId, 'processing.submit', (w, stored) => {
      runCommand(w, caseId, stored.snapshot, { type: 'submitForApproval' });
    });
  },

  async 'approval.approve'(ctx, { caseId, documentId, signer, keyPassword }) {
    const officer = ctx.actor();
    const stored = requireCase(ctx.db, caseId, officer);
    const document = draftDocument(ctx, caseId);
    // The head approves what they reviewed: if the draft changed since, they must review again.
    if (document.id !== documentId) {
      throw new DeskError('conflict', { documentId, current: document.id });
    }
    // Let the state machine refuse (wrong state, own draft…) before asking for a signature.
    const probe = runProbe(stored, officer, document.pdfSha256);
    if (probe) throw probe;
    let signed;
    try {
      signed = await signerFor(signer, officer, { keysDir: ctx.workstation.keysDir, keyPassword, now: () => ctx.clock.now(), crls: syncedCrls(ctx.db) }).sign(document.pdf, {
        iin: officer.iin,
      });
    } catch (error) {
      if (isSigningError(error)) throw new DeskError('refused', { signing: error.code, detail: error.detail }, undefined, error.localized);
      throw error;
    }
    const signatureId = randomUUID();
    return onCase(ctx, caseId, 'approval.approve', (w, current) => {
      ctx.db
        .prepare(
          `INSERT INTO signatures (id, document_id, cms, signer_kind, signer_iin, signer_name, certificate_serial, signed_at, officer_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          signatureId,
          document.id,
          Buffer.from(signed.cms),
          signed.via === 'pkcs12' ? 'pkcs12' : 'ncalayer',
          signed.signer.iin ?? officer.iin,
          signed.signer.subjectCn ?? officer.fullName,
          signed.signer.serialNumberHex,
          signed.signingTime.toISOString(),
          officer.id,
        );
      runCommand(w, caseId, current.snapshot, { type: 'approve', documentHash: document.pdfSha256, signatureId });
      return { documentId: document.id, signatureId, signer: signed.via };
    });
  },

  async 'approval.return'(ctx, { caseId, comment }) {
    return onCase(ctx, caseId, 'approval.return', (w, stored) => {
      runCommand(w, caseId, stored.snapshot, { type: 'returnForRework', comment });
      return { comment };
    });
  },

  async 'processing.markReady'(ctx, { caseId }) {
    const officer = ctx.actor();
    const stored = requireCase(ctx.db, caseId, officer);
    const copy = await issuedCopy(ctx, stored);
    const renderer = await ctx.documentRenderer();
    await createDocument(ctx.db, renderer, { caseId, ...copy, regulationVersion: caseRegulation(ctx.db, stored).id, createdBy: officer.id }, ctx.clock.now(), (insert) =>
      ctx.write((audit) => {
        const document = insert();
        const w = writeContext(ctx, officer);
        runCommand(w, caseId, requireCase(ctx.db, caseId, officer).snapshot, { type: 'markReadyForIssue' });
        appendEvent(w, caseId, { type: 'document.created', kind: copy.kind, documentId: document.id, dataSha256: document.dataSha256 });
        audit({ action: 'processing.markReady', caseId, details: { documentId: document.id } });
        return document;
      }),
    );
    return detail(ctx, caseId);
  },

  async 'processing.sendBack'(ctx, { caseId }) {
    const officer = ctx.actor();
    const stored = requireCase(ctx.db, caseId, officer);
    const copy = await issuedCopy(ctx, stored);
    const renderer = await ctx.documentRenderer();
    const signed = draftDocument(ctx, caseId);
    await createDocument(ctx.db, renderer, { caseId, ...copy, regulationVersion: caseRegulation(ctx.db, stored).id, createdBy: officer.id }, ctx.clock.now(), (insert) =>
      ctx.write((audit) => {
        const document = insert();
        const w = writeContext(ctx, officer);
        runCommand(w, caseId, requireCase(ctx.db, caseId, officer).snapshot, { type: 'sendBack' });
        const cms = ctx.db.prepare('SELECT cms FROM signatures WHERE document_id = ? ORDER BY signed_at DESC LIMIT 1').pluck().get(signed.id) as Buffer;
        // The signed result travels back to the State Corporation / portal / Cabinet through sync.
        enqueue(ctx.db, {
          kind: 'document.stored',
          caseId,
          officerId: officer.id,
          payload: { caseId, documentId: signed.id, kind: signed.kind, pdfBase64: signed.pdf.toString('base64'), cmsBase64: cms.toString('base64'), issuedCopyId: document.id },
          now: w.now,
        });
        audit({ action: 'processing.sendBack', caseId, details: { signedDocumentId: signed.id, issuedCopyId: document.id } });
        return document;
      }),
    );
    return detail(ctx, caseId);
  },

  async 'issuance.start'(ctx, { caseId }) {
    return onCase(ctx, caseId, 'issuance.start', (w, stored) => {
      if (stored.snapshot.state !== 'readyForIssue') throw new DeskError('refused', { state: stored.snapshot.state });
      const started = ctx.db.prepare("SELECT count(*) FROM case_events WHERE case_id = ? AND type = 'step.started' AND payload LIKE ?").pluck().get(caseId, `%"${issuanceStepId}"%`);
      if (!started) appendEvent(w, caseId, { type: 'step.started', step: issuanceStepId, at: w.now.toISOString() });
    });
  },

  async 'issuance.issue'(ctx, { caseId, recipient }) {
    const officer = ctx.actor();
    const issuedOn = today(ctx);
    let entryNumber = '';
    onCase(ctx, caseId, 'issuance.issue', (w, stored) => {
      const number = issueNumber(
        ctx.db,
        { series: 'journal', officeCode: officer.office.code, year: Number(issuedOn.slice(0, 4)), caseId, officerId: officer.id, now: w.now },
        ctx.numberLeaser,
      );
      const domainRecipient = { fullName: recipient.fullName, documentName: recipient.documentName, documentNumber: recipient.documentNumber, documentSeries: recipient.documentSeries ?? null };
      runCommand(w, caseId, stored.snapshot, { type: 'issue', journalNumber: number, issuedOn, recipient: domainRecipient });
      recordJournalEntry(ctx.db, { number, stored, recipient, issuedOn, officer, now: w.now });
      appendEvent(w, caseId, { type: 'step.completed', step: issuanceStepId, at: w.now.toISOString() });
      entryNumber = number;
      return { journalNumber: number, recipient: recipient.kind };
    });
    // The journal line the recipient signs (Appendix 2, column 9), stored with the case.
    const stored = requireCase(ctx.db, caseId, officer);
    const data = journalData(ctx.db, officer, { from: issuedOn, to: issuedOn, locale: stored.row.applicant_locale, printedOn: issuedOn, only: entryNumber });
    const renderer = await ctx.documentRenderer();
    await createDocument(ctx.db, renderer, { caseId, kind: 'journal', data, regulationVersion: caseRegulation(ctx.db, stored).id, createdBy: officer.id }, ctx.clock.now(), (insert) =>
      ctx.write((audit) => {
        const document = insert();
        audit({ action: 'issuance.journalLine', caseId, details: { documentId: document.id, journalNumber: entryNumber } });
        return document;
      }),
    );
    return detail(ctx, caseId);
  },

  async 'issuance.journal'(ctx, { from, to, locale }) {
    const officer = ctx.actor();
    if (from > to || journalRowsBetween(ctx.db, officer, from, to) > 20_000) {
      throw new DeskError('invalid_input', { issues: [{ path: ['to'], message: { kk: 'Кезең қате', ru: 'Неверный период' } }] });
    }
    const data = journalData(ctx.db, officer, { from, to, locale, printedOn: today(ctx) });
    const rendered = await renderDocument(await ctx.documentRenderer(), 'journal', data);
    return { kind: 'journal', dataSha256: rendered.dataSha256, pdfSha256: rendered.pdfSha256, pdfBase64: rendered.pdf.toString('base64') };
  },
};

/** The state machine's answer to the approval before any signing happens (null: it would pass). */
function runProbe(stored: StoredCase, officer: Officer, documentHash: string): DeskError | null {
  const decided = decide(stored.snapshot, { type: 'approve', documentHash, signatureId: 'probe' }, { kind: 'officer', id: officer.id, role: officer.role });
  return decided.ok ? null : new DeskError('refused', { reason: decided.reason }, undefined, decided.message);
}
