// Folds events into a snapshot. `apply` trusts its input: events come from `decide` (or from a log
// that `decide` wrote), so it validates nothing; use `validateEvent` to check a foreign event first.
import type { RegistrationData } from './commands';
import type { CaseEvent } from './events';
import { initialCase, type CaseSnapshot, type Registration } from './snapshot';

/** The snapshot after one event; never mutates its arguments. */
export function apply(snapshot: CaseSnapshot, event: CaseEvent): CaseSnapshot {
  const s: CaseSnapshot = { ...snapshot, version: snapshot.version + 1 };
  switch (event.type) {
    case 'case.intakeStarted':
      return { ...s, state: 'intake', channel: event.channel, applicantType: event.applicantType, taxpayerId: event.taxpayerId };
    case 'case.intakeStepCompleted':
      return { ...s, completedSteps: [...s.completedSteps, event.step] };
    case 'case.registryChecked':
      return { ...s, registryCheck: event.result };
    case 'case.acceptanceDeclined':
      return { ...s, state: 'declined', declined: { reasonCode: event.reasonCode, note: event.note } };
    case 'case.registered':
      return {
        ...s,
        state: 'registered',
        // Registering the application in the central system is §5.1.d itself.
        completedSteps: [...s.completedSteps, '5.1.d'],
        registration: registrationOf(event),
      };
    case 'case.electronicReceived':
      return {
        ...s,
        state: 'registered',
        channel: event.channel,
        applicantType: event.applicantType,
        taxpayerId: event.taxpayerId,
        signatureCheck: event.signatureCheck,
        registration: registrationOf(event),
      };
    case 'case.assigned':
      return { ...s, state: s.state === 'registered' ? 'inProcessing' : s.state, assignee: event.officerId };
    case 'case.draftSaved':
      return {
        ...s,
        state: 'decisionDrafted',
        draft: {
          decision: event.decision,
          documentHash: event.documentHash,
          refusalGrounds: [...event.refusalGrounds],
          draftedBy: event.draftedBy,
        },
      };
    case 'case.submittedForApproval':
      return { ...s, state: 'awaitingApproval' };
    case 'case.approved':
      return {
        ...s,
        state: 'approved',
        approval: { documentHash: event.documentHash, signatureId: event.signatureId, approvedBy: event.approvedBy },
      };
    case 'case.returnedForRework':
      return { ...s, state: 'returnedForRework', reworkComment: event.comment };
    case 'case.markedReadyForIssue':
      return { ...s, state: 'readyForIssue' };
    case 'case.issued':
      return {
        ...s,
        state: 'issued',
        issuance: { journalNumber: event.journalNumber, issuedOn: event.issuedOn, recipient: { ...event.recipient } },
      };
    case 'case.sentBack':
      return { ...s, state: 'sentBack' };
    case 'case.withdrawn':
      return { ...s, state: 'withdrawn', withdrawal: { note: event.note } };
  }
}

function registrationOf(event: RegistrationData): Registration {
  return {
    number: event.registrationNumber,
    registeredOn: event.registeredOn,
    deadline: event.deadline,
    regulationVersion: event.regulationVersion,
  };
}

/** Rebuilds a case from its event log (oldest first). */
export function replay(events: readonly CaseEvent[]): CaseSnapshot {
  return events.reduce(apply, initialCase());
}
