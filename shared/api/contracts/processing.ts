// queue.*, processing.*, approval.*, issuance.*: the back half of the service — the queue with
// deadlines, the decision (§5.2), the head's EDS approval or return (Appendix 5), and issuance
// at the window against signature in the journal (§5.3, Appendix 2).
import { z } from 'zod';
import { endpoint } from '../endpoint';
import {
  certificateDraftSchema,
  queueFilterSchema,
  recipientSchema,
  refusalDraftSchema,
  type CaseDetail,
  type OfficerListItem,
  type QueuePage,
} from '../processing';
import type { DocumentPreview } from '../types';

const caseId = z.string().uuid();
const deciders = ['processing', 'supervisor'] as const;

export const processingContract = {
  /** The officers of the acting officer's office (for assignment and the assignee filter). */
  'officers.list': endpoint<OfficerListItem[]>()({ input: z.object({}).strict(), access: 'signedIn', mutates: false }),
  'queue.search': endpoint<QueuePage>()({ input: queueFilterSchema, access: 'signedIn', mutates: false }),
  'case.get': endpoint<CaseDetail>()({ input: z.object({ caseId }).strict(), access: 'signedIn', mutates: false }),
  'case.assign': endpoint<CaseDetail>()({
    input: z.object({ caseId, officerId: z.number().int().positive().optional() }).strict(),
    access: deciders,
    mutates: true,
  }),
  'processing.saveDraft': endpoint<CaseDetail>()({
    input: z.discriminatedUnion('decision', [
      z.object({ caseId, decision: z.literal('certificate'), certificate: certificateDraftSchema }).strict(),
      z.object({ caseId, decision: z.literal('refusal'), refusal: refusalDraftSchema }).strict(),
    ]),
    access: deciders,
    mutates: true,
  }),
  'processing.submit': endpoint<CaseDetail>()({ input: z.object({ caseId }).strict(), access: deciders, mutates: true }),
  'approval.approve': endpoint<CaseDetail>()({
    input: z
      .object({
        caseId,
        /** The document the head reviewed: approval is bound to these exact bytes. */
        documentId: z.string().uuid(),
        signer: z.enum(['software', 'ncalayer']).default('software'),
        /** Password of the head's PKCS#12 key (software signer only; NCALayer asks itself). */
        keyPassword: z.string().min(1).max(200).optional(),
      })
      .strict(),
    access: ['supervisor'],
    mutates: true,
  }),
  'approval.return': endpoint<CaseDetail>()({
    input: z.object({ caseId, comment: z.string().trim().min(5).max(2000) }).strict(),
    access: ['supervisor'],
    mutates: true,
  }),
  'processing.markReady': endpoint<CaseDetail>()({ input: z.object({ caseId }).strict(), access: ['processing', 'frontDesk'], mutates: true }),
  'processing.sendBack': endpoint<CaseDetail>()({ input: z.object({ caseId }).strict(), access: ['processing'], mutates: true }),
  'issuance.start': endpoint<CaseDetail>()({ input: z.object({ caseId }).strict(), access: ['frontDesk'], mutates: true }),
  'issuance.issue': endpoint<CaseDetail>()({
    input: z.object({ caseId, recipient: recipientSchema }).strict(),
    access: ['frontDesk'],
    mutates: true,
  }),
  'issuance.journal': endpoint<DocumentPreview>()({
    input: z
      .object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), locale: z.enum(['kk', 'ru']).default('kk') })
      .strict(),
    access: ['frontDesk', 'supervisor', 'admin'],
    mutates: false,
  }),
} as const;
