// For the receiving side of sync: checks that a pushed event is well-formed and exactly what `decide`
// would have produced for this case and actor, so a forged or stale event is rejected with a reason.
import type { CaseActor } from './actor';
import type { CaseCommand } from './commands';
import { decide, refusal, type DecideResult } from './decide';
import type { CaseEvent } from './events';
import { caseEventSchema } from './schemas';
import type { CaseSnapshot } from './snapshot';

/** The command an event records (events carry all of their command's data). */
export function commandOf(event: CaseEvent): CaseCommand {
  switch (event.type) {
    case 'case.intakeStarted':
      return { type: 'startIntake', channel: event.channel, applicantType: event.applicantType, taxpayerId: event.taxpayerId };
    case 'case.intakeStepCompleted':
      return { type: 'completeIntakeStep', step: event.step };
    case 'case.registryChecked':
      return { type: 'recordRegistryCheck', result: event.result };
    case 'case.acceptanceDeclined':
      return { type: 'declineAcceptance', reasonCode: event.reasonCode, note: event.note };
    case 'case.registered': {
      const { type: _type, ...data } = event;
      return { type: 'register', ...data };
    }
    case 'case.electronicReceived': {
      const { type: _type, ...data } = event;
      return { type: 'receiveElectronic', ...data };
    }
    case 'case.assigned':
      return { type: 'assign', officerId: event.officerId };
    case 'case.draftSaved':
      return { type: 'saveDraft', decision: event.decision, documentHash: event.documentHash, refusalGrounds: event.refusalGrounds };
    case 'case.submittedForApproval':
      return { type: 'submitForApproval' };
    case 'case.approved':
      return { type: 'approve', documentHash: event.documentHash, signatureId: event.signatureId };
    case 'case.returnedForRework':
      return { type: 'returnForRework', comment: event.comment };
    case 'case.markedReadyForIssue':
      return { type: 'markReadyForIssue' };
    case 'case.issued':
      return { type: 'issue', journalNumber: event.journalNumber, issuedOn: event.issuedOn, recipient: event.recipient };
    case 'case.sentBack':
      return { type: 'sendBack' };
    case 'case.withdrawn':
      return { type: 'withdraw', note: event.note };
  }
}

/**
 * Parses the raw event (`malformedEvent` if it is not one), runs its command through `decide`, and
 * accepts it only if it is identical to the event `decide` produces (e.g. `draftedBy` must be the
 * pushing officer, else `eventMismatch`). Refusals of the command itself pass through unchanged.
 */
export function validateEvent(snapshot: CaseSnapshot, raw: unknown, actor: CaseActor): DecideResult {
  const parsed = caseEventSchema.safeParse(raw);
  if (!parsed.success) return refusal('malformedEvent');
  const result = decide(snapshot, commandOf(parsed.data), actor);
  if (result.ok && !sameJson(result.event, parsed.data)) return refusal('eventMismatch');
  return result;
}

/** Structural equality of JSON values, independent of key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
