// sync.* and quarantine.*: what the officer always sees of sync with the central system (on or
// off, online, unsent count, last success, quarantine, the clock guard, download progress), the
// "sync now" button, and the quarantine of rejected changes that supervisors resolve.
import { z } from 'zod';
import type { Localized } from '../../i18n/types';
import type { ApplicationForm } from '../../sync/applicationForm';
import { endpoint } from '../endpoint';
import { noInput } from './common';

export interface SyncStatusView {
  /** False when this workstation has no central system configured: sync is off and says why. */
  configured: boolean;
  centralUrl: string | null;
  /** null before the first attempt. */
  online: boolean | null;
  syncing: boolean;
  /** Changes waiting to be sent. */
  unsent: number;
  /** Changes the central system rejected that nobody has resolved yet. */
  quarantined: number;
  lastSuccessAt: string | null;
  lastPushAt: string | null;
  lastPullAt: string | null;
  nextAttemptAt: string | null;
  /** Consecutive failed attempts (the retry delay grows with them). */
  failures: number;
  lastError: { kind: string; message: Localized; at: string } | null;
  /** The central system asked to download everything again; waits until `unsent` is 0. */
  resetPending: boolean;
  clock: {
    /** central − workstation, in ms; null until learned. */
    offsetMs: number | null;
    checkedAt: string | null;
    /** The workstation clock is more than five minutes off. */
    drift: boolean;
    /** Today by the central clock: the date deadlines are shown against. */
    today: string;
    message: Localized | null;
  };
  download: { active: boolean; done: number; remaining: number | null };
  /** Cases changed by sync since the workstation started (others' work, arrivals): lists read again when it grows. */
  casesReceived: number;
  /** Registration numbers left for this year in the leased blocks (offline capacity). */
  numbersLeft: number | null;
  /** One line for the status bar: why sync is off, the last failure, or the clock warning. */
  message: Localized | null;
}

export interface QuarantineItemView {
  mutationId: string;
  seq: number;
  kind: string;
  caseId: string | null;
  eventType: string | null;
  taxpayerName: string | null;
  registrationNumber: string | null;
  officer: { id: number; shortName: string } | null;
  createdAt: string;
  attempts: number;
  /** The central system's reason code (e.g. the state machine's, 'conflict', 'unknownCase'). */
  code: string;
  message: Localized;
  quarantinedAt: string;
}

export interface QuarantineResolvedView {
  mutationId: string;
  resolution: 'resubmitted' | 'discarded';
  newMutationId: string | null;
}

export interface CaseAttachmentView {
  kind: 'request' | 'requestCms' | 'signatureReport';
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

/** The revocation check of the signer's certificate: against which synced CRL, and how old it was. */
export interface RevocationView {
  status: 'good' | 'revoked' | 'unknown';
  /** null: no usable CRL of the issuer was synced, so revocation could not be checked. */
  crl: {
    thisUpdate: string;
    nextUpdate: string | null;
    fetchedAt: string;
    /** How long before the check the CRL had been received. */
    ageMs: number;
    stale: boolean;
  } | null;
}

/** What the applicant signed: the fields of the electronic application form (its request document). */
export type ElectronicRequestView = Pick<ApplicationForm, 'submittedAt' | 'applicant'> & ApplicationForm['request'];

export interface SignatureReportView {
  valid: boolean;
  checkedAt: string;
  failures: { code: string; message: Localized; detail: string | null }[];
  warnings: { code: string; message: Localized; detail: string | null }[];
  /** null in a report that could not get as far as revocation (an unreadable signature). */
  revocation: RevocationView | null;
}

const mutationId = z.string().uuid();

export const syncContract = {
  'sync.status': endpoint<SyncStatusView>()({ input: noInput, access: 'signedIn', mutates: false }),
  /** Starts a sync cycle and answers with the status after it (the cycle writes its own records). */
  'sync.now': endpoint<SyncStatusView>()({ input: noInput, access: 'signedIn', mutates: false }),
  /** `request` is null when there is no request document or it is not the application form. */
  'sync.caseAttachments': endpoint<{ attachments: CaseAttachmentView[]; signatureReport: SignatureReportView | null; request: ElectronicRequestView | null }>()({
    input: z.object({ caseId: z.string().uuid() }).strict(),
    access: 'signedIn',
    mutates: false,
  }),
  'quarantine.list': endpoint<QuarantineItemView[]>()({ input: noInput, access: 'signedIn', mutates: false }),
  'quarantine.resolve': endpoint<QuarantineResolvedView>()({
    input: z.discriminatedUnion('action', [
      z.object({ mutationId, action: z.literal('resubmit'), note: z.string().trim().max(2000).optional() }).strict(),
      z.object({ mutationId, action: z.literal('discard'), reason: z.string().trim().min(1).max(2000) }).strict(),
    ]),
    access: ['supervisor', 'admin'],
    mutates: true,
  }),
} as const;
