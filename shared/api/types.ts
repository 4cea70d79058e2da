// Output types of the api contract: what the renderer may see of the core's records.
import type { Localized } from '../i18n/types';
import type { Role } from '../domain/roles';
import type { DocumentKind } from './contracts/documents';

export interface AppInfo {
  name: string;
  version: string;
  /** Highest applied store migration. */
  schemaVersion: number;
  /** Which host serves the core: the Electron main process or the local web host. */
  host: 'electron' | 'web' | 'test';
  demo: boolean;
  /** The demo officers' password, shown on the sign-in screen of a demo store only. */
  demoPassword: string | null;
  /** The demo head's signing-key password (resources/demo-pki), shown when approving in a demo store. */
  demoKeyPassword: string | null;
}

export interface OfficeView {
  code: string;
  name: Localized;
  department: Localized;
}

export interface OfficerView {
  id: number;
  login: string;
  fullName: string;
  /** Surname and initials, as written on the second copy (§5.1.e). */
  shortName: string;
  role: Role;
  office: OfficeView;
}

export interface SessionView {
  /** Opaque token that lets the same window resume its session after a reload. */
  token: string;
  officer: OfficerView;
  expiresAt: string;
}

export interface CaseSummary {
  id: string;
  registrationNumber: string | null;
  taxpayerId: string;
  taxpayerName: string;
  state: string;
  registeredAt: string | null;
  deadline: string | null;
}

/** Result of checking the audit log's hash chain. */
export interface AuditChainView {
  ok: boolean;
  entries: number;
  /** First entry found altered, missing or out of order; null when the chain is intact. */
  brokenAt: number | null;
  reason: 'hash_mismatch' | 'link_mismatch' | 'gap' | 'head_mismatch' | null;
}

/** A stored official document: what it is, what it was made from, and who made it. */
export interface DocumentView {
  id: string;
  caseId: string | null;
  kind: DocumentKind;
  template: string;
  templateVersion: number;
  regulationVersion: string;
  locale: 'kk' | 'ru';
  /** SHA-256 of the canonical JSON data snapshot (RFC 8785); printed in the document's QR code. */
  dataSha256: string;
  pdfSha256: string;
  pdfBytes: number;
  createdAt: string;
  createdBy: number;
  createdByName: string;
  /** The document this one corrects, and the one that corrected it (null while current). */
  supersedes: string | null;
  supersededBy: string | null;
}

/** A stored document with its data snapshot and the PDF itself. */
export interface DocumentFile extends DocumentView {
  data: Record<string, unknown>;
  pdfBase64: string;
}

/** One entry of a document's print log. */
export interface PrintRecord {
  id: number;
  documentId: string;
  officerId: number;
  at: string;
  printer: string;
  copies: number;
}

/** A form rendered from posted data and not stored. */
export interface DocumentPreview {
  kind: DocumentKind;
  dataSha256: string;
  pdfSha256: string;
  pdfBase64: string;
}
