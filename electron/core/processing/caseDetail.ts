// A case in full for the processing officer, the head and the window: the application as typed
// at the desk, the registry match, the decision draft, documents and signatures, the deadline
// with its risk, what this officer may do now, and the case's timeline.
import type { CaseDetail, CaseTimelineEntry, CertificateDraft, IssuanceTiming, RefusalDraft, SignatureView } from '../../../shared/api/processing';
import { stepTimings, type StepEvent } from '../../../shared/domain/norms';
import { normSeconds, procedure, type RegulationVersion } from '../../../shared/domain/regulation';
import { allowedCommands } from '../../../shared/domain/cases';
import { daysLeft, deadlineRisk, type WorkingCalendar } from '../../../shared/domain/calendar';
import type { ApplicantType } from '../../../shared/domain/types';
import { officerActor, requireCase } from '../cases/caseStore';
import type { Officer } from '../context';
import { listDocuments } from '../documents/store';
import { caseEvents } from '../cases/caseStore';
import { caseRegulation, loadForm, stepEventTypes } from '../intake/intakeView';
import { issuanceStepId } from '../issuance/journal';
import { shownWorkingDaysLeft } from './queueSearch';
import { compareWithRegistry } from '../intake/registryMatch';
import { taxpayerLookup } from '../registry/registryCache';
import type { Db } from '../store/database';

export function signaturesOf(db: Db, caseId: string): SignatureView[] {
  return (
    db
      .prepare(
        `SELECT s.id, s.document_id, s.signer_name, s.signer_iin, s.certificate_serial, s.signed_at, s.signer_kind
         FROM signatures s JOIN documents d ON d.id = s.document_id WHERE d.case_id = ? ORDER BY s.signed_at`,
      )
      .all(caseId) as { id: string; document_id: string; signer_name: string; signer_iin: string; certificate_serial: string; signed_at: string; signer_kind: 'pkcs12' | 'ncalayer' }[]
  ).map((r) => ({
    id: r.id,
    documentId: r.document_id,
    signerName: r.signer_name,
    signerIin: r.signer_iin,
    certificateSerial: r.certificate_serial,
    signedAt: r.signed_at,
    signerKind: r.signer_kind,
  }));
}

export function decisionOf(db: Db, caseId: string): CaseDetail['decision'] {
  const row = db.prepare('SELECT decision, data, document_id FROM decisions WHERE case_id = ?').get(caseId) as
    | { decision: 'certificate' | 'refusal'; data: string; document_id: string }
    | undefined;
  return row ? { decision: row.decision, data: JSON.parse(row.data) as CertificateDraft | RefusalDraft, documentId: row.document_id } : null;
}

/** What an event says beyond its type, for the timeline. */
function eventDetail(type: string, payload: Record<string, unknown>): string | null {
  const field = (name: string): string | null => (payload[name] === undefined || payload[name] === null ? null : String(payload[name]));
  switch (type) {
    case 'case.intakeStepCompleted': {
      const step = field('step');
      return step === null ? null : `§${step}`;
    }
    case 'case.registered':
    case 'case.electronicReceived':
      return field('registrationNumber');
    case 'case.draftSaved':
      return field('decision');
    case 'case.returnedForRework':
      return field('comment');
    case 'case.acceptanceDeclined':
    case 'case.withdrawn':
      return field('note');
    case 'case.issued':
      return field('journalNumber');
    case 'case.registryChecked':
      return field('result');
    default:
      return null;
  }
}

function timelineOf(db: Db, caseId: string): CaseTimelineEntry[] {
  const rows = db
    .prepare("SELECT e.at, e.type, e.payload, o.short_name AS name FROM case_events e LEFT JOIN officers o ON o.id = e.officer_id WHERE e.case_id = ? AND e.type LIKE 'case.%' ORDER BY e.seq")
    .all(caseId) as { at: string; type: string; payload: string; name: string | null }[];
  return rows.map((e) => ({ at: e.at, type: e.type, officerName: e.name, detail: eventDetail(e.type, JSON.parse(e.payload) as Record<string, unknown>) }));
}

/** §5.3's timer, once the case waits at (or has passed) the window. */
function issuanceTiming(db: Db, caseId: string, state: string, regulation: RegulationVersion, now: Date): IssuanceTiming | null {
  if (!['readyForIssue', 'issued'].includes(state)) return null;
  const step = procedure(regulation, issuanceStepId);
  const norm = normSeconds(step) ?? 0;
  const events = caseEvents<StepEvent>(db, caseId, stepEventTypes).filter((e) => e.step === issuanceStepId);
  const [timing] = stepTimings(events, [{ id: issuanceStepId, normSeconds: norm }], now.toISOString());
  return {
    ref: step.ref,
    title: step.title,
    normSeconds: norm,
    status: timing!.status,
    activeSeconds: timing!.activeSeconds,
    startedAt: timing!.startedAt ?? null,
    serverTime: now.toISOString(),
  };
}

export function buildCaseDetail(db: Db, officer: Officer, caseId: string, today: string, calendar: WorkingCalendar, now: Date): CaseDetail {
  const stored = requireCase(db, caseId, officer);
  const { row, snapshot } = stored;
  const regulation = caseRegulation(db, stored);
  const form = loadForm(db, caseId);
  const record = taxpayerLookup(db)(row.taxpayer_id);
  const left = row.deadline ? daysLeft(today, row.deadline, calendar) : null;
  const officerName = db.prepare('SELECT short_name FROM officers WHERE id = ?').pluck();
  return {
    id: caseId,
    snapshot,
    channel: row.channel,
    applicantType: row.applicant_type,
    taxpayerId: row.taxpayer_id,
    taxpayerName: row.taxpayer_name,
    applicantLocale: row.applicant_locale,
    regulationVersion: row.regulation_version,
    deadline:
      row.deadline && left
        ? {
            due: row.deadline,
            workingDaysLeft: shownWorkingDaysLeft(left),
            calendarDaysLeft: left.calendarDays,
            risk: deadlineRisk(today, row.deadline, calendar),
          }
        : null,
    form,
    registry: {
      found: record !== null,
      cachedAt: record?.cachedAt ?? null,
      rows: compareWithRegistry(regulation, row.applicant_type as ApplicantType, row.taxpayer_id, form, record),
    },
    decision: decisionOf(db, caseId),
    documents: listDocuments(db, caseId, officer.officeId),
    signatures: signaturesOf(db, caseId),
    allowed: allowedCommands(snapshot, officerActor(officer)),
    refusalGrounds: regulation.refusalGrounds.filter((g) => g.active).map((g) => ({ code: g.code, ref: g.ref, text: g.text })),
    assigneeName: snapshot.assignee ? ((officerName.get(snapshot.assignee) as string | undefined) ?? null) : null,
    timeline: timelineOf(db, caseId),
    issuance: issuanceTiming(db, caseId, snapshot.state, regulation, now),
  };
}
