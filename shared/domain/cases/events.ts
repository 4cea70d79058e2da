// What happened to a case: plain JSON objects `{ type, ...data }`, appended to `case_events` and
// synced. Each event carries everything `apply` needs, so a case is rebuilt from its log alone;
// the envelope (event id, time, actor, workstation sequence) belongs to the store.
import type { ApplicantType, Channel, IntakeStepId, IsoDate } from '../types';
import type { Decision, Recipient, RegistrationData, RegistryCheck, SignatureCheck } from './commands';

export type IntakeStarted = { type: 'case.intakeStarted'; channel: 'office'; applicantType: ApplicantType; taxpayerId: string };
export type IntakeStepCompleted = { type: 'case.intakeStepCompleted'; step: IntakeStepId };
export type RegistryChecked = { type: 'case.registryChecked'; result: RegistryCheck };
export type AcceptanceDeclined = { type: 'case.acceptanceDeclined'; reasonCode: string; note: string };
export type Registered = { type: 'case.registered' } & RegistrationData;
export type ElectronicReceived = {
  type: 'case.electronicReceived';
  channel: Channel;
  applicantType: ApplicantType;
  taxpayerId: string;
  signatureCheck: SignatureCheck;
} & RegistrationData;
export type Assigned = { type: 'case.assigned'; officerId: number };
/** `draftedBy` is kept so that approval can refuse the drafter's own document (selfApproval). */
export type DraftSaved = {
  type: 'case.draftSaved';
  decision: Decision;
  documentHash: string;
  refusalGrounds: string[];
  draftedBy: number;
};
export type SubmittedForApproval = { type: 'case.submittedForApproval' };
export type Approved = { type: 'case.approved'; documentHash: string; signatureId: string; approvedBy: number };
export type ReturnedForRework = { type: 'case.returnedForRework'; comment: string };
export type MarkedReadyForIssue = { type: 'case.markedReadyForIssue' };
export type Issued = { type: 'case.issued'; journalNumber: string; issuedOn: IsoDate; recipient: Recipient };
export type SentBack = { type: 'case.sentBack' };
export type Withdrawn = { type: 'case.withdrawn'; note: string };

export type CaseEvent =
  | IntakeStarted
  | IntakeStepCompleted
  | RegistryChecked
  | AcceptanceDeclined
  | Registered
  | ElectronicReceived
  | Assigned
  | DraftSaved
  | SubmittedForApproval
  | Approved
  | ReturnedForRework
  | MarkedReadyForIssue
  | Issued
  | SentBack
  | Withdrawn;

export type CaseEventType = CaseEvent['type'];

export const caseEventTypes = [
  'case.intakeStarted',
  'case.intakeStepCompleted',
  'case.registryChecked',
  'case.acceptanceDeclined',
  'case.registered',
  'case.electronicReceived',
  'case.assigned',
  'case.draftSaved',
  'case.submittedForApproval',
  'case.approved',
  'case.returnedForRework',
  'case.markedReadyForIssue',
  'case.issued',
  'case.sentBack',
  'case.withdrawn',
] as const satisfies readonly CaseEventType[];

const everyEventListed: Exclude<CaseEventType, (typeof caseEventTypes)[number]> extends never ? true : false = true;
void everyEventListed;

/**
 * Whether a stored row is a case transition. The same table may also hold other per-case events
 * (e.g. the intake screen's `step.*` timer events), which replay must skip.
 */
export function isCaseEvent(event: { type: string }): event is CaseEvent {
  return (caseEventTypes as readonly string[]).includes(event.type);
}
