// What processing officers, heads and the issuance window see: the queue with deadline risk,
// a case in full, the decision drafted (§5.2), the approval (Appendix 5) and the issuance (§5.3).
import { z } from 'zod';
import type { CaseSnapshot, CommandType } from '../domain/cases';
import type { Localized } from '../domain/text';
import type { IsoDate } from '../domain/types';
import { applicantTypes, channels } from '../domain/types';
import type { IntakeForm, RegistryComparisonRow } from './intake';
import type { DocumentView } from './types';

/** The most rows one `queue.search` answers. */
export const queuePageMax = 500;

export const queueFilterSchema = z
  .object({
    /** Registration number, IIN/BIN, or (part of) the taxpayer's name. */
    text: z.string().trim().max(100).optional(),
    channel: z.enum(channels).optional(),
    applicantType: z.enum(applicantTypes).optional(),
    /** 'me', 'unassigned', or an officer id. */
    assignee: z.union([z.enum(['me', 'unassigned']), z.number().int().positive()]).optional(),
    states: z
      .array(z.enum(['registered', 'inProcessing', 'decisionDrafted', 'awaitingApproval', 'returnedForRework', 'approved', 'readyForIssue', 'issued', 'sentBack', 'declined', 'withdrawn', 'intake']))
      .max(12)
      .optional(),
    risk: z.enum(['overdue', 'amber', 'normal']).optional(),
    limit: z.number().int().min(1).max(queuePageMax).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .strict();
export type QueueFilter = z.input<typeof queueFilterSchema>;

export interface QueueRow {
  id: string;
  registrationNumber: string | null;
  channel: string;
  applicantType: string;
  taxpayerId: string;
  taxpayerName: string;
  state: CaseSnapshot['state'];
  registeredOn: IsoDate | null;
  deadline: IsoDate | null;
  /** Calendar-aware: working days left (0 on the due day), negative when overdue. */
  workingDaysLeft: number | null;
  calendarDaysLeft: number | null;
  risk: 'overdue' | 'amber' | 'normal' | null;
  assigneeId: number | null;
  assigneeName: string | null;
}

export interface QueuePage {
  rows: QueueRow[];
  /** Matching cases, counted up to a cap (a broad filter is not counted to the end). */
  total: number;
  totalCapped: boolean;
  /** The date the risk was computed for (the central clock's when known). */
  today: IsoDate;
}

export const certificateDraftSchema = z
  .object({
    foreignState: z.string().regex(/^[A-Z]{2}$/),
    period: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('year'), year: z.number().int().min(2000).max(2100) }).strict(),
      z.object({ kind: z.literal('range'), from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict(),
    ]),
    address: z.string().trim().min(1).max(300),
  })
  .strict();
export type CertificateDraft = z.infer<typeof certificateDraftSchema>;

export const refusalDraftSchema = z
  .object({
    grounds: z.array(z.string().min(1).max(80)).min(1).max(10),
    reasoning: z.string().trim().min(10).max(5000),
    address: z.string().trim().min(1).max(300),
  })
  .strict();
export type RefusalDraft = z.infer<typeof refusalDraftSchema>;

export interface SignatureView {
  id: string;
  documentId: string;
  signerName: string;
  signerIin: string;
  certificateSerial: string;
  signedAt: string;
  signerKind: 'pkcs12' | 'ncalayer';
}

export interface CaseTimelineEntry {
  at: string;
  type: string;
  officerName: string | null;
  /** What the event says beyond its type: the step, the decision, the comment… */
  detail: string | null;
}

/** §5.3 at the window: its norm from the case's regulation version and the timer so far. */
export interface IssuanceTiming {
  ref: string;
  title: Localized;
  normSeconds: number;
  status: 'notStarted' | 'running' | 'paused' | 'completed';
  activeSeconds: number;
  startedAt: string | null;
  /** The core's clock when this was computed: a running timer advances from it. */
  serverTime: string;
}

export interface OfficerListItem {
  id: number;
  fullName: string;
  shortName: string;
  role: 'frontDesk' | 'processing' | 'supervisor' | 'admin';
  active: boolean;
}

export interface CaseDetail {
  id: string;
  snapshot: CaseSnapshot;
  channel: string;
  applicantType: string;
  taxpayerId: string;
  taxpayerName: string;
  applicantLocale: 'kk' | 'ru';
  regulationVersion: string | null;
  deadline: { due: IsoDate; workingDaysLeft: number; calendarDaysLeft: number; risk: 'overdue' | 'amber' | 'normal' } | null;
  form: IntakeForm;
  registry: { found: boolean; cachedAt: string | null; rows: RegistryComparisonRow[] };
  decision: { decision: 'certificate' | 'refusal'; data: CertificateDraft | RefusalDraft; documentId: string } | null;
  documents: DocumentView[];
  signatures: SignatureView[];
  /** The commands the state machine would accept from this officer now. */
  allowed: CommandType[];
  refusalGrounds: { code: string; ref: string; text: Localized }[];
  assigneeName: string | null;
  timeline: CaseTimelineEntry[];
  /** Null until the case is approved for issue at the window (office channel). */
  issuance: IssuanceTiming | null;
}

export const recipientSchema = z
  .object({
    kind: z.enum(['taxpayer', 'representative']),
    fullName: z.string().trim().min(3).max(300),
    documentName: z.string().trim().min(2).max(200),
    documentNumber: z.string().trim().min(1).max(50),
    documentSeries: z.string().trim().max(20).optional(),
  })
  .strict();
export type RecipientInput = z.infer<typeof recipientSchema>;
