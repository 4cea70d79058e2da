// documents.*: stored official documents (PDF + snapshot), their print log, and previews of
// a form rendered from posted data without storing it (e.g. the issue journal of a period).
import { z } from 'zod';
import { endpoint } from '../endpoint';
import type { DocumentFile, DocumentPreview, DocumentView, PrintRecord } from '../types';

/** The printed forms the core can render; each has one template per version. */
export const documentKinds = ['coupon', 'secondCopyStamp', 'residencyCertificate', 'refusal', 'declineNotice', 'journal'] as const;
export type DocumentKind = (typeof documentKinds)[number];

const documentId = z.uuid();

export const documentsContract = {
  'documents.get': endpoint<DocumentFile>()({
    input: z.object({ id: documentId }).strict(),
    access: 'signedIn',
    mutates: false,
  }),
  'documents.list': endpoint<DocumentView[]>()({
    input: z.object({ caseId: z.string().min(1).max(64) }).strict(),
    access: 'signedIn',
    mutates: false,
  }),
  'documents.print': endpoint<PrintRecord>()({
    input: z
      .object({
        id: documentId,
        printer: z.string().trim().min(1).max(200),
        copies: z.number().int().min(1).max(20),
      })
      .strict(),
    access: 'signedIn',
    mutates: true,
  }),
  'documents.preview': endpoint<DocumentPreview>()({
    input: z
      .object({
        kind: z.enum(documentKinds),
        // A JSON object, checked field by field against the kind's template schema by the
        // core's document pipeline (typed as `object` so that any template data interface fits).
        data: z.custom<object>((value) => typeof value === 'object' && value !== null && !Array.isArray(value)),
      })
      .strict(),
    access: 'signedIn',
    mutates: false,
  }),
} as const;
