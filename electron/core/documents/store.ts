// Issued documents in the store: insert (immutable; a correction supersedes the previous
// version), read, list by case, verify (re-render the snapshot and compare hashes) and the
// print log. Writes run in the caller's transaction, so a handler stores a document and its
// audit entry together; createDocument does render + insert for callers without one.
import { randomUUID } from 'node:crypto';
import { DeskError, type DocumentView, type PrintRecord } from '../../../shared/api';
import type { DocumentKind } from '../../../shared/api/contracts/documents';
import { localized } from '../../../shared/i18n';
import type { Db } from '../store/database';
import { renderDocument, renderSnapshot, snapshotOf, type RenderedDocument } from './pipeline';
import type { DocumentRenderer } from './renderer';
import { canonicalJson, sha256Hex } from './snapshot';
import { templateMeta } from './templates/meta';

export interface StoredDocument extends DocumentView {
  data: Record<string, unknown>;
  pdf: Buffer;
}

export interface NewDocument {
  caseId: string | null;
  regulationVersion: string;
  createdBy: number;
  /** The document this one corrects (same kind, same case, not yet corrected). */
  supersedes?: string | null;
}

interface Row {
  id: string;
  case_id: string | null;
  kind: DocumentKind;
  template: string;
  template_version: number;
  regulation_version: string;
  locale: 'kk' | 'ru';
  data_sha256: string;
  pdf_sha256: string;
  pdf_bytes: number;
  created_at: string;
  created_by: number;
  created_by_name: string;
  supersedes: string | null;
  superseded_by: string | null;
}

const selectView = `
  SELECT d.id, d.case_id, d.kind, d.template, d.template_version, d.regulation_version, d.locale,
         d.data_sha256, d.pdf_sha256, length(d.pdf) AS pdf_bytes, d.created_at, d.created_by,
         o.short_name AS created_by_name, d.supersedes,
         (SELECT s.id FROM documents s WHERE s.supersedes = d.id) AS superseded_by
  FROM documents d JOIN officers o ON o.id = d.created_by`;

const toView = (r: Row): DocumentView => ({
  id: r.id,
  caseId: r.case_id,
  kind: r.kind,
  template: r.template,
  templateVersion: r.template_version,
  regulationVersion: r.regulation_version,
  locale: r.locale,
  dataSha256: r.data_sha256,
  pdfSha256: r.pdf_sha256,
  pdfBytes: r.pdf_bytes,
  createdAt: r.created_at,
  createdBy: r.created_by,
  createdByName: r.created_by_name,
  supersedes: r.supersedes,
  supersededBy: r.superseded_by,
});

export function documentView(db: Db, id: string): DocumentView | null {
  const row = db.prepare(`${selectView} WHERE d.id = ?`).get(id) as Row | undefined;
  return row ? toView(row) : null;
}

/** Stores a rendered document; call inside the transaction that also writes the audit entry. */
export function insertDocument(db: Db, rendered: RenderedDocument, meta: NewDocument, now: Date): StoredDocument {
  const supersedes = meta.supersedes ?? null;
  if (supersedes !== null) {
    const previous = documentView(db, supersedes);
    if (!previous) throw new DeskError('not_found', { supersedes });
    if (previous.kind !== rendered.kind || previous.caseId !== meta.caseId) {
      throw new DeskError('conflict', { supersedes }, undefined, localized('documents.supersedeMismatch'));
    }
    if (previous.supersededBy !== null) {
      throw new DeskError('conflict', { supersedes, supersededBy: previous.supersededBy }, undefined, localized('documents.alreadySuperseded'));
    }
  }
  const id = randomUUID();
  db.prepare(
    `INSERT INTO documents (id, case_id, kind, template, template_version, regulation_version, locale,
                            data_json, data_sha256, pdf, pdf_sha256, created_at, created_by, supersedes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    meta.caseId,
    rendered.kind,
    rendered.template,
    rendered.templateVersion,
    meta.regulationVersion,
    rendered.locale,
    rendered.dataJson,
    rendered.dataSha256,
    rendered.pdf,
    rendered.pdfSha256,
    now.toISOString(),
    meta.createdBy,
    supersedes,
  );
  return getDocument(db, id)!;
}

/**
 * Validates, renders and stores a document. `write` runs the insert in the caller's
 * transaction (e.g. `(insert) => ctx.write((audit) => { const doc = insert(); audit(…); return doc; })`);
 * by default the insert gets an immediate transaction of its own.
 */
export async function createDocument(
  db: Db,
  renderer: DocumentRenderer,
  input: NewDocument & { kind: DocumentKind; data: unknown },
  now: Date,
  write: (insert: () => StoredDocument) => StoredDocument = (insert) => db.transaction(insert).immediate(),
): Promise<StoredDocument> {
  const rendered = await renderDocument(renderer, input.kind, input.data);
  return write(() => insertDocument(db, rendered, input, now));
}

export function getDocument(db: Db, id: string): StoredDocument | null {
  const view = documentView(db, id);
  if (!view) return null;
  const { data_json, pdf } = db.prepare('SELECT data_json, pdf FROM documents WHERE id = ?').get(id) as { data_json: string; pdf: Buffer };
  return { ...view, data: JSON.parse(data_json) as Record<string, unknown>, pdf };
}

/** A case's documents, oldest first; `officeId` keeps to documents made in that office. */
export function listDocuments(db: Db, caseId: string, officeId?: number): DocumentView[] {
  const rows = (
    officeId === undefined
      ? db.prepare(`${selectView} WHERE d.case_id = ? ORDER BY d.created_at, d.rowid`).all(caseId)
      : db.prepare(`${selectView} WHERE d.case_id = ? AND o.office_id = ? ORDER BY d.created_at, d.rowid`).all(caseId, officeId)
  ) as Row[];
  return rows.map(toView);
}

/** The office of the officer who made the document: documents stay within their office. */
export function documentOffice(db: Db, id: string): number | null {
  const row = db.prepare('SELECT o.office_id FROM documents d JOIN officers o ON o.id = d.created_by WHERE d.id = ?').get(id) as
    | { office_id: number }
    | undefined;
  return row?.office_id ?? null;
}

export function recordPrint(db: Db, entry: { documentId: string; officerId: number; printer: string; copies: number }, now: Date): PrintRecord {
  const at = now.toISOString();
  const { lastInsertRowid } = db
    .prepare('INSERT INTO print_log (document_id, officer_id, at, printer, copies) VALUES (?, ?, ?, ?, ?)')
    .run(entry.documentId, entry.officerId, at, entry.printer, entry.copies);
  return { id: Number(lastInsertRowid), ...entry, at };
}

export function printLog(db: Db, documentId: string): PrintRecord[] {
  return (
    db.prepare('SELECT id, document_id, officer_id, at, printer, copies FROM print_log WHERE document_id = ? ORDER BY id').all(documentId) as {
      id: number;
      document_id: string;
      officer_id: number;
      at: string;
      printer: string;
      copies: number;
    }[]
  ).map((r) => ({ id: r.id, documentId: r.document_id, officerId: r.officer_id, at: r.at, printer: r.printer, copies: r.copies }));
}

export type VerifyResult =
  | { ok: true; pdfSha256: string }
  | {
      ok: false;
      /**
       * pdf_altered: the stored bytes no longer hash to the stored hash; data_altered: the
       * snapshot no longer hashes to its hash (or is not canonical); render_mismatch: the
       * snapshot renders to other bytes than those stored; template_changed: this build no
       * longer has the template version the document was made with, so it cannot re-render it.
       */
      reason: 'pdf_altered' | 'data_altered' | 'render_mismatch' | 'template_changed';
      expected: string;
      actual: string;
    };

/** Re-renders a stored document from its snapshot and compares the bytes' hash. */
export async function verifyDocument(db: Db, renderer: DocumentRenderer, id: string): Promise<VerifyResult> {
  const row = db.prepare('SELECT kind, template_version, data_json, data_sha256, pdf, pdf_sha256 FROM documents WHERE id = ?').get(id) as
    | { kind: DocumentKind; template_version: number; data_json: string; data_sha256: string; pdf: Buffer; pdf_sha256: string }
    | undefined;
  if (!row) throw new DeskError('not_found', { id });
  const storedPdf = sha256Hex(row.pdf);
  if (storedPdf !== row.pdf_sha256) return { ok: false, reason: 'pdf_altered', expected: row.pdf_sha256, actual: storedPdf };
  const dataHash = sha256Hex(row.data_json);
  let canonical = false;
  try {
    canonical = canonicalJson(JSON.parse(row.data_json)) === row.data_json;
  } catch {
    canonical = false;
  }
  if (dataHash !== row.data_sha256 || !canonical) return { ok: false, reason: 'data_altered', expected: row.data_sha256, actual: dataHash };
  const version = templateMeta[row.kind].version;
  if (version !== row.template_version) {
    return { ok: false, reason: 'template_changed', expected: String(row.template_version), actual: String(version) };
  }
  const rendered = await renderSnapshot(renderer, snapshotOf(row.kind, JSON.parse(row.data_json)));
  if (rendered.dataSha256 !== row.data_sha256) return { ok: false, reason: 'data_altered', expected: row.data_sha256, actual: rendered.dataSha256 };
  if (rendered.pdfSha256 !== row.pdf_sha256) return { ok: false, reason: 'render_mismatch', expected: row.pdf_sha256, actual: rendered.pdfSha256 };
  return { ok: true, pdfSha256: rendered.pdfSha256 };
}
