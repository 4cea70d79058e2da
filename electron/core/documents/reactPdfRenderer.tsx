/** @jsxRuntime automatic */
/** @jsxImportSource react */
// The DocumentRenderer on @react-pdf/renderer: wraps a template in a <Document> whose metadata
// depends only on the data. pdfkit derives the trailer /ID from the info dictionary (an MD5
// of it, CreationDate included) and the font subset tags from the font's order of use, so
// fixing CreationDate to the document's own date is all determinism needs: no wall clock and
// no random bytes reach the file.
import { Document, renderToBuffer, type DocumentProps } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { documentInstant, label } from './format';
import { loadTextMeasure, missingGlyphs, registerFonts } from './fonts';
import type { TextMeasure } from './measure';
import { installPdfkitFontCache } from './pdfkitFontCache';
import type { DocumentRenderer, RenderRequest } from './renderer';
import { qrPayload } from './snapshot';
import { templateComponents, type TemplateComponent } from './templates';
import { templateMeta, type TemplateMeta } from './templates/meta';
import type { DocumentData, DocumentKind } from './types';

export const producer = 'Residency Desk';

/** The issuing office in the document's language (the stamp carries only the office's name). */
function issuerOf(data: DocumentData): string {
  const office = 'department' in data.office ? data.office.office : data.office;
  return office[data.locale];
}

/** The complete react-pdf element of a document (also the benchmark's bare baseline input). */
export function documentElement<K extends DocumentKind>(request: RenderRequest<K>, fonts: LoadedFonts): ReactElement<DocumentProps> {
  const { kind, data, dataSha256, draft = false } = request;
  const meta = templateMeta[kind] as TemplateMeta<K>;
  const Template = templateComponents[kind] as TemplateComponent<K>;
  const number = meta.qrNumber(data);
  const at = documentInstant(meta.documentDate(data));
  return (
    <Document
      title={label(data.locale, meta.titleKey)}
      author={issuerOf(data)}
      creator={producer}
      producer={producer}
      language={data.locale === 'kk' ? 'kk-KZ' : 'ru-KZ'}
      creationDate={at}
      modificationDate={at}
    >
      <Template data={data} ctx={{ fontFamily: fonts.family, measure: fonts.measure, qr: number === null ? null : qrPayload(number, dataSha256), draft }} />
    </Document>
  );
}

export interface LoadedFonts {
  family: string;
  measure: TextMeasure;
}

export async function loadFonts(fontsDir: string): Promise<LoadedFonts> {
  const family = registerFonts(fontsDir);
  return { family, measure: await loadTextMeasure(family) };
}

export async function createDocumentRenderer(fontsDir: string): Promise<DocumentRenderer> {
  await installPdfkitFontCache();
  const fonts = await loadFonts(fontsDir);
  return {
    fontsDir,
    render: (request) => renderToBuffer(documentElement(request, fonts)),
    missingGlyphs: (letters) => missingGlyphs(fonts.family, letters),
  };
}
