// What arrived with an electronic application, kept next to its case: the request document, its
// detached CMS and the report of verifying them. Immutable rows with their SHA-256; a second
// delivery of the same application adds nothing.
import { createHash } from 'node:crypto';
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

/** The stored verification report of a case's electronic request, or null. */
export function signatureReportOf<T>(db: Db, caseId: string): T | null {
  const bytes = db.prepare("SELECT bytes FROM case_attachments WHERE case_id = ? AND kind = 'signatureReport'").pluck().get(caseId) as Buffer | undefined;
  return bytes ? (JSON.parse(bytes.toString('utf8')) as T) : null;
}
