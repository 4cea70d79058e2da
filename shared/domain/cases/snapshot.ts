// The current state of one case, as a plain serialisable value: what `apply` folds the event log
// into and what `decide` guards against. Stored as the `cases` projection next to the log.
import type { ApplicantType, Channel, IntakeStepId, IsoDate } from '../types';
import type { Decision, Recipient, RegistryCheck, SignatureCheck } from './commands';
import type { CaseState } from './states';

export interface Registration {
  number: string;
  registeredOn: IsoDate;
  deadline: IsoDate;
  regulationVersion: string;
}

export interface Draft {
  decision: Decision;
  documentHash: string;
  /** Standard §10 grounds; empty for a certificate. */
  refusalGrounds: string[];
  draftedBy: number;
}

/** The supervisor's EDS signature and seal (ҚФБ 2, Appendix 5), bound to one exact document. */
export interface Approval {
  documentHash: string;
  signatureId: string;
  approvedBy: number;
}

export interface Issuance {
  journalNumber: string;
  issuedOn: IsoDate;
  recipient: Recipient;
}

export interface CaseSnapshot {
  state: CaseState;
  /** Null only in the `new` pseudo-state. */
  channel: Channel | null;
  applicantType: ApplicantType | null;
  /** IIN/BIN of the taxpayer the application is about. */
  taxpayerId: string | null;
  /** §5.1 steps in the order they were completed; §5.1.d is added by registration itself. */
  completedSteps: IntakeStepId[];
  /** §5.1.c: null until the officer records the comparison with the registry. */
  registryCheck: RegistryCheck | null;
  /** Electronic channels only; null for the office channel, where the applicant is present. */
  signatureCheck: SignatureCheck | null;
  registration: Registration | null;
  /** The processing officer (§5.2) who may draft and submit. */
  assignee: number | null;
  /** The current draft; kept when returned for rework so the officer sees what was returned. */
  draft: Draft | null;
  approval: Approval | null;
  /** The supervisor's latest return comment; kept for the record after a resubmission. */
  reworkComment: string | null;
  declined: { reasonCode: string; note: string } | null;
  issuance: Issuance | null;
  withdrawal: { note: string } | null;
  /** Number of events folded in: the log position, for optimistic concurrency in the store. */
  version: number;
}

/** The empty case before its first event (state `new`). */
export function initialCase(): CaseSnapshot {
  return {
    state: 'new',
    channel: null,
    applicantType: null,
    taxpayerId: null,
    completedSteps: [],
    registryCheck: null,
    signatureCheck: null,
    registration: null,
    assignee: null,
    draft: null,
    approval: null,
    reworkComment: null,
    declined: null,
    issuance: null,
    withdrawal: null,
    version: 0,
  };
}
