// The transition function shared by the workstation and the central system: given a case, a command
// and who issues it, either the event to append (and the case after it) or a reasoned refusal.
// Pure and deterministic: no clock, no I/O, no mutation of its arguments.
import { isIsoDate } from '../dates';
import { intakeSteps, type IntakeStepId } from '../types';
import type { Localized } from '../text';
import type { CaseActor } from './actor';
import { apply } from './apply';
import type { CaseCommand, RegistrationData } from './commands';
import type { CaseEvent } from './events';
import { gate } from './guards';
import { reasonMessages, type ReasonCode } from './reasons';
import type { CaseSnapshot } from './snapshot';
import { blank, isSha256Hex } from './values';

export type Decided = { ok: true; next: CaseSnapshot; event: CaseEvent };
export type Refused = { ok: false; reason: ReasonCode; message: Localized };
export type DecideResult = Decided | Refused;

export function refusal(reason: ReasonCode): Refused {
  return { ok: false, reason, message: reasonMessages[reason] };
}

export function decide(snapshot: CaseSnapshot, command: CaseCommand, actor: CaseActor): DecideResult {
  // Only the two commands that create a case bring a channel; for any other the case's own counts,
  // even if an unvalidated command carries a stray `channel` field.
  const creates = command.type === 'startIntake' || command.type === 'receiveElectronic';
  const channel = creates ? command.channel : snapshot.channel;
  const refused = gate(snapshot, command.type, actor, channel) ?? checkData(snapshot, command, actor);
  if (refused !== null) return refusal(refused);
  const event = eventOf(command, actor.kind === 'officer' ? actor.id : null);
  // `next` is literally `apply` of the event, so the log and the projection can never disagree.
  return { ok: true, next: apply(snapshot, event), event };
}

/**
 * Checks that depend on the command's own data, after the permission table has passed. Shapes are
 * trusted (TypeScript, or `caseCommandSchema` at an untrusted boundary); business values are not.
 */
function checkData(s: CaseSnapshot, c: CaseCommand, actor: CaseActor): ReasonCode | null {
  switch (c.type) {
    case 'completeIntakeStep':
      return checkStep(s, c.step);
    case 'declineAcceptance':
      return blank(c.reasonCode) ? 'missingGrounds' : null;
    case 'register':
    case 'receiveElectronic':
      return validRegistration(c) ? null : 'invalidRegistration';
    case 'assign':
      if (actor.kind === 'officer' && actor.role === 'processing' && c.officerId !== actor.id) return 'selfAssignOnly';
      return c.officerId === s.assignee ? 'alreadyAssigned' : null;
    case 'saveDraft':
      // An application with an invalid EDS already has an incoming number, so it must be answered,
      // but only by a reasoned refusal (one of the default §10 grounds).
      if (c.decision === 'certificate' && s.signatureCheck === 'invalid') return 'invalidSignature';
      if (!isSha256Hex(c.documentHash)) return 'invalidHash';
      if (c.decision === 'refusal' && !hasGrounds(c.refusalGrounds)) return 'missingGrounds';
      return null;
    case 'approve':
      // Approval is bound to the exact bytes that were drafted and submitted.
      if (c.documentHash !== s.draft?.documentHash) return 'hashMismatch';
      return blank(c.signatureId) ? 'missingSignature' : null;
    case 'returnForRework':
      return blank(c.comment) ? 'emptyComment' : null;
    case 'issue':
      return validIssue(s, c) ? null : 'missingIssueData';
    case 'withdraw':
      return blank(c.note) ? 'emptyComment' : null;
    default:
      return null;
  }
}

function checkStep(s: CaseSnapshot, step: IntakeStepId): ReasonCode | null {
  const index = intakeSteps.indexOf(step);
  if (s.completedSteps.includes(step)) return 'stepAlreadyCompleted';
  // Before registration only §5.1.a–c are done by hand; §5.1.d is the `register` command. After it,
  // every step up to §5.1.d is necessarily complete, so only §5.1.e–f (or an unknown id) get here.
  if (index < 0 || (s.state === 'intake' && index > 2)) return 'wrongState';
  const previous = intakeSteps[index - 1];
  return previous === undefined || s.completedSteps.includes(previous) ? null : 'stepOutOfOrder';
}

const hasGrounds = (grounds: readonly string[] | undefined): boolean =>
  grounds !== undefined && grounds.length > 0 && grounds.every((g) => !blank(g));

function validRegistration(r: RegistrationData): boolean {
  return (
    !blank(r.registrationNumber) &&
    !blank(r.regulationVersion) &&
    isIsoDate(r.registeredOn) &&
    isIsoDate(r.deadline) &&
    r.deadline >= r.registeredOn
  );
}

function validIssue(s: CaseSnapshot, c: Extract<CaseCommand, { type: 'issue' }>): boolean {
  const { fullName, documentName, documentNumber } = c.recipient;
  return (
    ![c.journalNumber, fullName, documentName, documentNumber].some(blank) &&
    isIsoDate(c.issuedOn) &&
    // A result cannot be handed over before the application was registered.
    c.issuedOn >= (s.registration?.registeredOn ?? '')
  );
}

/** Builds the event field by field, so stray properties on an unvalidated command never reach the log. */
function eventOf(c: CaseCommand, by: number | null): CaseEvent {
  // Only officers draft and approve (the permission table guarantees it), so `by` is an id there.
  switch (c.type) {
    case 'startIntake':
      return { type: 'case.intakeStarted', channel: 'office', applicantType: c.applicantType, taxpayerId: c.taxpayerId };
    case 'completeIntakeStep':
      return { type: 'case.intakeStepCompleted', step: c.step };
    case 'recordRegistryCheck':
      return { type: 'case.registryChecked', result: c.result };
    case 'declineAcceptance':
      return { type: 'case.acceptanceDeclined', reasonCode: c.reasonCode, note: c.note };
    case 'register':
      return { type: 'case.registered', ...registrationFields(c) };
    case 'receiveElectronic':
      return {
        type: 'case.electronicReceived',
        channel: c.channel,
        applicantType: c.applicantType,
        taxpayerId: c.taxpayerId,
        signatureCheck: c.signatureCheck,
        ...registrationFields(c),
      };
    case 'assign':
      return { type: 'case.assigned', officerId: c.officerId };
    case 'saveDraft':
      return {
        type: 'case.draftSaved',
        decision: c.decision,
        documentHash: c.documentHash,
        // A certificate has no refusal grounds; any sent along are dropped rather than stored.
        refusalGrounds: c.decision === 'refusal' ? [...(c.refusalGrounds ?? [])] : [],
        draftedBy: by as number,
      };
    case 'submitForApproval':
      return { type: 'case.submittedForApproval' };
    case 'approve':
      return { type: 'case.approved', documentHash: c.documentHash, signatureId: c.signatureId, approvedBy: by as number };
    case 'returnForRework':
      return { type: 'case.returnedForRework', comment: c.comment };
    case 'markReadyForIssue':
      return { type: 'case.markedReadyForIssue' };
    case 'issue': {
      const r = c.recipient;
      const recipient = { fullName: r.fullName, documentName: r.documentName, documentNumber: r.documentNumber, documentSeries: r.documentSeries };
      return { type: 'case.issued', journalNumber: c.journalNumber, issuedOn: c.issuedOn, recipient };
    }
    case 'sendBack':
      return { type: 'case.sentBack' };
    case 'withdraw':
      return { type: 'case.withdrawn', note: c.note };
  }
}

function registrationFields(r: RegistrationData): RegistrationData {
  return { registrationNumber: r.registrationNumber, registeredOn: r.registeredOn, deadline: r.deadline, regulationVersion: r.regulationVersion };
}
