// The document renderer as the rest of the core sees it, and its lazy loader: loading
// @react-pdf takes ~0.4 s, so the core opens without it and loads it on the first render.
import { join } from 'node:path';
import type { DocumentDataMap, DocumentKind } from './types';

export interface RenderRequest<K extends DocumentKind = DocumentKind> {
  kind: K;
  /** Validated template data (see schemas.ts). */
  data: DocumentDataMap[K];
  /** SHA-256 of the data's canonical JSON: goes into the QR code of outgoing documents. */
  dataSha256: string;
  /** A preview, watermarked so it cannot pass for an issued document. */
  draft?: boolean;
}

export interface DocumentRenderer {
  readonly fontsDir: string;
  /** Renders one document to PDF bytes; the same request always gives the same bytes. */
  render<K extends DocumentKind>(request: RenderRequest<K>): Promise<Buffer>;
  /** The Kazakh and Russian letters the registered fonts cannot print (empty when all is well). */
  missingGlyphs(letters?: string): Promise<{ regular: string[]; bold: string[] }>;
}

export const fontsDirOf = (resourcesDir: string): string => join(resourcesDir, 'fonts');

/** A getter that creates the renderer on first use and then returns the same one. */
export function lazyDocumentRenderer(fontsDir: string): () => Promise<DocumentRenderer> {
  let renderer: Promise<DocumentRenderer> | null = null;
  return () => {
    renderer ??= import('./reactPdfRenderer').then((m) => m.createDocumentRenderer(fontsDir));
    // A failed load (e.g. missing fonts) is retried on the next call rather than cached.
    renderer.catch(() => {
      renderer = null;
    });
    return renderer;
  };
}
