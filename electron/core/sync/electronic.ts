// Electronic applications (State Corporation, portal, Taxpayer's Cabinet) arriving through pull
// become cases in the office queue. The signature is checked first (asynchronously, before the
// page's transaction); then, inside it, the case is created by the state machine's
// `receiveElectronic` as the system actor, with the request, its CMS and the verification report
// attached. The event id is derived from the application id and the event's content, so every
// workstation of the office that reaches the same verdict writes the very same event and the
// central system answers all but the first 'duplicate'; a workstation that reaches a different
// verdict (e.g. an older CRL) writes a different event, which the central system rejects into the
// quarantine — where a supervisor sees the disagreement instead of it being silently overwritten.
import { createHash } from 'node:crypto';
import { decide, initialCase, type CaseEvent } from '../../../shared/domain/cases';
import { computeDeadline } from '../../../shared/domain/calendar';
import { regulationInForce } from '../../../shared/domain/regulation';
import type { ApplicantType } from '../../../shared/domain/types';
import type { Change } from '../../../shared/sync/protocol';
import { enqueue } from '../cases/outbox';
import type { Logger } from '../context';
import { currentCalendar, regulationVersions } from '../reference/referenceData';
import type { SyncedCrl } from '../signing';
import type { Db } from '../store/database';
import { storeAttachment } from './attachments';
import { ensureOffice } from './directory';
import { rebuildCase } from './rebase';
import type { RequestCheck, RequestVerifier } from './verifier';

export type ArrivedApplication = Extract<Change, { type: 'application.arrived' }>;

export type PreparedApplication =
  | { status: 'ready'; change: ArrivedApplication; check: RequestCheck; event: CaseEvent; eventId: string; calendarVersion: string }
  | { status: 'known'; change: ArrivedApplication }
  | { status: 'unusable'; change: ArrivedApplication; reason: string };

const idKind: Record<ApplicantType, 'iin' | 'bin'> = {
  individual: 'iin',
  individualEntrepreneur: 'iin',
  legalEntity: 'bin',
  foreignEntityEffectiveManagement: 'bin',
};

/** A name-based (version 5 style) UUID: the same name always gives the same id. */
export function derivedUuid(name: string): string {
  const hash = createHash('sha1').update('residency-desk/sync/v1/').update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Events are flat objects of strings: sorting the keys is a canonical form. */
const canonical = (event: CaseEvent): string =>
  JSON.stringify(Object.fromEntries(Object.entries(event).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));

export function electronicEventId(applicationId: string, event: CaseEvent): string {
  return derivedUuid(`application.arrived/${applicationId}/${createHash('sha256').update(canonical(event)).digest('hex')}`);
}

function decode(base64: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) return null;
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

/** Verifies and builds the case-creating event for each application this store does not have yet. */
export async function prepareApplications(
  db: Db,
  changes: readonly ArrivedApplication[],
  deps: { verifier: RequestVerifier; crls: readonly SyncedCrl[]; now: Date; log: Logger },
): Promise<Map<string, PreparedApplication>> {
  const prepared = new Map<string, PreparedApplication>();
  for (const change of changes) {
    if (prepared.has(change.applicationId)) continue;
    // Verified here before (by this workstation): nothing to add. A case another workstation
    // created is still verified here, so that its report with reasons is visible on every desk.
    if (db.prepare("SELECT 1 FROM case_attachments WHERE case_id = ? AND kind = 'signatureReport'").get(change.applicationId)) {
      prepared.set(change.applicationId, { status: 'known', change });
      continue;
    }
    prepared.set(change.applicationId, await prepareOne(db, change, deps));
  }
  return prepared;
}

async function prepareOne(
  db: Db,
  change: ArrivedApplication,
  deps: { verifier: RequestVerifier; crls: readonly SyncedCrl[]; now: Date; log: Logger },
): Promise<PreparedApplication> {
  const document = decode(change.documentBase64);
  const cms = decode(change.cmsBase64);
  if (!document || !cms) return { status: 'unusable', change, reason: 'the document or its CMS is not base64' };
  let check: RequestCheck;
  try {
    check = await deps.verifier({ document, cms, taxpayerId: change.taxpayerId, idKind: idKind[change.applicantType], now: deps.now, crls: deps.crls });
  } catch (error) {
    // A verifier that cannot finish has not shown the signature valid.
    const detail = error instanceof Error ? error.message : String(error);
    deps.log.error('sync: signature verification failed to run', { applicationId: change.applicationId, error: detail });
    check = { valid: false, failures: [{ code: 'malformed', message: { kk: detail, ru: detail }, detail }], warnings: [], report: { error: detail } };
  }
  try {
    const regulation = regulationInForce(regulationVersions(db), change.registeredOn);
    const deadline = computeDeadline(
      { registeredOn: change.registeredOn, calendarDays: regulation.processing.deadlineCalendarDays, moveToNextWorkingDay: regulation.processing.moveToNextWorkingDay },
      currentCalendar(db),
    );
    const decided = decide(
      initialCase(),
      {
        type: 'receiveElectronic',
        channel: change.channel,
        applicantType: change.applicantType,
        taxpayerId: change.taxpayerId,
        signatureCheck: check.valid ? 'valid' : 'invalid',
        registrationNumber: change.registrationNumber,
        registeredOn: change.registeredOn,
        deadline: deadline.due,
        regulationVersion: regulation.id,
      },
      { kind: 'system' },
    );
    if (!decided.ok) return { status: 'unusable', change, reason: `the state machine refused it: ${decided.reason}` };
    return { status: 'ready', change, check, event: decided.event, eventId: electronicEventId(change.applicationId, decided.event), calendarVersion: deadline.calendarVersion };
  } catch (error) {
    return { status: 'unusable', change, reason: error instanceof Error ? error.message : String(error) };
  }
}

function attach(db: Db, caseId: string, change: ArrivedApplication, check: RequestCheck | null, now: string): void {
  const document = Buffer.from(change.documentBase64, 'base64');
  const isPdf = document.subarray(0, 5).toString('latin1') === '%PDF-';
  storeAttachment(db, caseId, 'request', isPdf ? 'application/pdf' : 'application/octet-stream', document, now);
  storeAttachment(db, caseId, 'requestCms', 'application/pkcs7-signature', Buffer.from(change.cmsBase64, 'base64'), now);
  if (check) {
    const report = { valid: check.valid, checkedAt: now, failures: check.failures, warnings: check.warnings, report: check.report };
    storeAttachment(db, caseId, 'signatureReport', 'application/json', Buffer.from(JSON.stringify(report), 'utf8'), now);
  }
}

/**
 * Inside the page's transaction: creates the case (unless another workstation's event created it
 * meanwhile) and keeps the attachments either way. Returns the case id if its log changed.
 */
export function applyApplication(
  db: Db,
  prepared: PreparedApplication,
  ctx: { officeCode: string; workstationId: string; now: Date; log: Logger },
): string | null {
  const { change } = prepared;
  const at = ctx.now.toISOString();
  const exists = db.prepare('SELECT 1 FROM cases WHERE id = ?').get(change.applicationId) !== undefined;
  if (prepared.status === 'unusable') {
    ctx.log.error('sync: electronic application cannot become a case', { applicationId: change.applicationId, reason: prepared.reason });
    if (exists) attach(db, change.applicationId, change, null, at);
    return null;
  }
  if (exists || prepared.status === 'known') {
    if (exists) attach(db, change.applicationId, change, prepared.status === 'ready' ? prepared.check : null, at);
    return null;
  }
  const officeId = ensureOffice(db, ctx.officeCode);
  db.prepare(
    `INSERT INTO cases (id, office_id, channel, applicant_type, taxpayer_id, taxpayer_name, state, created_at, updated_at, version,
                        snapshot, applicant_locale, calendar_version)
     VALUES (@id, @officeId, @channel, @applicantType, @taxpayerId, @taxpayerName, 'new', @at, @at, 0, @snapshot, 'kk', @calendarVersion)`,
  ).run({
    id: change.applicationId,
    officeId,
    channel: change.channel,
    applicantType: change.applicantType,
    taxpayerId: change.taxpayerId,
    taxpayerName: change.taxpayerName,
    at,
    snapshot: JSON.stringify(initialCase()),
    calendarVersion: prepared.calendarVersion,
  });
  db.prepare(
    'INSERT INTO case_events (case_id, seq, at, officer_id, type, payload, event_id, workstation_id) VALUES (?, 1, ?, NULL, ?, ?, ?, ?)',
  ).run(change.applicationId, at, prepared.event.type, JSON.stringify(prepared.event), prepared.eventId, ctx.workstationId);
  enqueue(db, {
    kind: 'case.event',
    caseId: change.applicationId,
    // The actor is the system; the officer who records the delivery is named when it is first sent.
    officerId: null,
    payload: { caseId: change.applicationId, eventId: prepared.eventId, seq: 1, at, workstationId: ctx.workstationId, event: prepared.event },
    now: ctx.now,
  });
  attach(db, change.applicationId, change, prepared.check, at);
  rebuildCase(db, change.applicationId, ctx.log);
  return change.applicationId;
}
