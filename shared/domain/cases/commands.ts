// What officers (and the central system) ask a case to do: one tagged object per command, carrying
// exactly the data the transition needs. The clock is never read here: dates arrive as data.
import type { ApplicantType, Channel, IntakeStepId, IsoDate } from '../types';

/** The result of §5.1.c: the application's data compared with the central tax system's registry. */
export type RegistryCheck = 'match' | 'mismatch';
/** The central system's verdict on an electronic application's EDS (§10–11, condition 3). */
export type SignatureCheck = 'valid' | 'invalid';
/** The two results the service can end with (§2): a certificate or a reasoned refusal. */
export type Decision = 'certificate' | 'refusal';

/** What §5.1.d writes and an electronic application already carries when it arrives. */
export interface RegistrationData {
  registrationNumber: string;
  registeredOn: IsoDate;
  /** The §5.2 deadline, computed by the calendar module (and possibly moved past a day off). */
  deadline: IsoDate;
  /** Which regulation version's steps, norms and forms govern this case from now on. */
  regulationVersion: string;
}

/** The person who receives the outgoing document, as the journal records it (Appendix 2, columns 5–8). */
export interface Recipient {
  fullName: string;
  documentName: string;
  documentNumber: string;
  documentSeries: string | null;
}

export type StartIntake = { type: 'startIntake'; channel: Channel; applicantType: ApplicantType; taxpayerId: string };
export type CompleteIntakeStep = { type: 'completeIntakeStep'; step: IntakeStepId };
export type RecordRegistryCheck = { type: 'recordRegistryCheck'; result: RegistryCheck };
export type DeclineAcceptance = { type: 'declineAcceptance'; reasonCode: string; note: string };
export type Register = { type: 'register' } & RegistrationData;
export type ReceiveElectronic = {
  type: 'receiveElectronic';
  channel: Channel;
  applicantType: ApplicantType;
  taxpayerId: string;
  signatureCheck: SignatureCheck;
} & RegistrationData;
export type Assign = { type: 'assign'; officerId: number };
export type SaveDraft = { type: 'saveDraft'; decision: Decision; documentHash: string; refusalGrounds?: readonly string[] };
export type SubmitForApproval = { type: 'submitForApproval' };
export type Approve = { type: 'approve'; documentHash: string; signatureId: string };
export type ReturnForRework = { type: 'returnForRework'; comment: string };
export type MarkReadyForIssue = { type: 'markReadyForIssue' };
export type Issue = { type: 'issue'; journalNumber: string; issuedOn: IsoDate; recipient: Recipient };
export type SendBack = { type: 'sendBack' };
export type Withdraw = { type: 'withdraw'; note: string };

export type CaseCommand =
  | StartIntake
  | CompleteIntakeStep
  | RecordRegistryCheck
  | DeclineAcceptance
  | Register
  | ReceiveElectronic
  | Assign
  | SaveDraft
  | SubmitForApproval
  | Approve
  | ReturnForRework
  | MarkReadyForIssue
  | Issue
  | SendBack
  | Withdraw;

export type CommandType = CaseCommand['type'];

export const commandTypes = [
  'startIntake',
  'completeIntakeStep',
  'recordRegistryCheck',
  'declineAcceptance',
  'register',
  'receiveElectronic',
  'assign',
  'saveDraft',
  'submitForApproval',
  'approve',
  'returnForRework',
  'markReadyForIssue',
  'issue',
  'sendBack',
  'withdraw',
] as const satisfies readonly CommandType[];

// Compile-time proof that the list above names every command (a missing one fails `tsc`).
const everyCommandListed: Exclude<CommandType, (typeof commandTypes)[number]> extends never ? true : false = true;
void everyCommandListed;
