// The document pipeline's front half: validate the template data with its zod schema (the
// boundary: nothing unvalidated reaches a template), take the canonical JSON snapshot and its
// SHA-256, render the PDF and hash it. Storing is the caller's step (store.ts), inside its
// own transaction, since rendering is asynchronous and a store transaction is not.
import { DeskError, describeIssues } from '../../../shared/api';
import type { DocumentKind } from '../../../shared/api/contracts/documents';
import type { DocumentRenderer } from './renderer';
import { documentSchemas } from './schemas';
import { canonicalJson, sha256Hex } from './snapshot';
import { templateMeta } from './templates/meta';
import type { DocumentDataMap, DocumentLocale } from './types';

export interface DataSnapshot<K extends DocumentKind = DocumentKind> {
  kind: K;
  /** The validated data, defaults filled in. */
  data: DocumentDataMap[K];
  /** Its canonical JSON (RFC 8785). */
  dataJson: string;
  dataSha256: string;
}

export interface RenderedDocument<K extends DocumentKind = DocumentKind> extends DataSnapshot<K> {
  template: string;
  templateVersion: number;
  locale: DocumentLocale;
  pdf: Buffer;
  pdfSha256: string;
}

/** Validates `data` for `kind`; invalid data is a kk/ru `invalid_input` error with paths under `data`. */
export function snapshotOf<K extends DocumentKind>(kind: K, data: unknown): DataSnapshot<K> {
  const parsed = documentSchemas[kind].safeParse(data);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error, data).map((issue) => ({ ...issue, path: ['data', ...issue.path] }));
    throw new DeskError('invalid_input', { issues });
  }
  const valid = parsed.data as DocumentDataMap[K];
  const dataJson = canonicalJson(valid);
  return { kind, data: valid, dataJson, dataSha256: sha256Hex(dataJson) };
}

/** Renders a validated snapshot: the same snapshot always gives the same bytes. */
export async function renderSnapshot<K extends DocumentKind>(
  renderer: DocumentRenderer,
  snapshot: DataSnapshot<K>,
  options: { draft?: boolean } = {},
): Promise<RenderedDocument<K>> {
  const meta = templateMeta[snapshot.kind];
  const pdf = await renderer.render({ kind: snapshot.kind, data: snapshot.data, dataSha256: snapshot.dataSha256, draft: options.draft ?? false });
  return {
    ...snapshot,
    template: meta.name,
    templateVersion: meta.version,
    locale: snapshot.data.locale,
    pdf,
    pdfSha256: sha256Hex(pdf),
  };
}

/** Validate, snapshot, render and hash. */
export async function renderDocument<K extends DocumentKind>(
  renderer: DocumentRenderer,
  kind: K,
  data: unknown,
  options: { draft?: boolean } = {},
): Promise<RenderedDocument<K>> {
  return renderSnapshot(renderer, snapshotOf(kind, data), options);
}
