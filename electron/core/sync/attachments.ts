// What arrived with an electronic application, kept next to its case: the request document, its
// detached CMS and the report of verifying them. Immutable rows with their SHA-256; a second
// delivery of the same application adds nothing. What officers see of them is read here too.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ElectronicRequestView, SignatureReportView } from '../../../shared/api/contracts/sync';
import { applicationFormSchema } from '../../../shared/sync/applicationForm';
import type { Db } from '../store/database';

export type AttachmentKind = 'request' | 'requestCms' | 'signatureReport';

export interface AttachmentInfo {
  kind: AttachmentKind;
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Stores an attachment unless the case already has one of that kind. */
export function storeAttachment(db: Db, caseId: string, kind: AttachmentKind, mediaType: string, bytes: Uint8Array, now: string): void {
  db.prepare(
    `INSERT INTO case_attachments (case_id, kind, media_type, bytes, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(case_id, kind) DO NOTHING`,
  ).run(caseId, kind, mediaType, Buffer.from(bytes), sha256Hex(bytes), now);
}

export function listAttachments(db: Db, caseId: string): AttachmentInfo[] {
  return db
    .prepare('SELECT kind, media_type AS mediaType, length(bytes) AS size, sha256, created_at AS createdAt FROM case_attachments WHERE case_id = ? ORDER BY id')
    .all(caseId) as AttachmentInfo[];
}

const issues = z.array(z.object({ code: z.string(), message: z.object({ kk: z.string(), ru: z.string() }), detail: z.string().nullable() }));
/** The stored report (electronic.ts): the verdict for the officer, and the verifier's full report. */
const storedReport = z.object({
  valid: z.boolean(),
  checkedAt: z.string(),
  failures: issues,
  warnings: issues,
  report: z
    .object({
      signer: z.unknown(),
      revocation: z.object({
        status: z.enum(['good', 'revoked', 'unknown']),
        crl: z.object({ thisUpdate: z.string(), nextUpdate: z.string().nullable(), fetchedAt: z.string(), ageMs: z.number(), stale: z.boolean() }).nullable(),
      }),
    })
    .optional(),
});

/**
 * The verification report of a case's electronic request as officers see it, or null if none was
 * stored. Revocation is null when the check never got to it (no signer to check).
 */
export function signatureReportOf(db: Db, caseId: string): SignatureReportView | null {
  const bytes = db.prepare("SELECT bytes FROM case_attachments WHERE case_id = ? AND kind = 'signatureReport'").pluck().get(caseId) as Buffer | undefined;
  if (!bytes) return null;
  const { report, ...verdict } = storedReport.parse(JSON.parse(bytes.toString('utf8')));
  // The schema keeps only what the view shows (zod drops the other keys of the verifier's report).
  return { ...verdict, revocation: report?.signer ? report.revocation : null };
}

/** The fields of a case's electronic request, or null if it has none or it is not the application form. */
export function electronicRequestOf(db: Db, caseId: string): ElectronicRequestView | null {
  const bytes = db.prepare("SELECT bytes FROM case_attachments WHERE case_id = ? AND kind = 'request'").pluck().get(caseId) as Buffer | undefined;
  if (!bytes) return null;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null; // a PDF or other bytes: shown by size and hash only
  }
  const parsed = applicationFormSchema.safeParse(json);
  if (!parsed.success) return null;
  const { submittedAt, applicant, request } = parsed.data;
  return { submittedAt, applicant, ...request };
}
