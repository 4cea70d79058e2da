// The pdfkit font cache: installed on the very pdfkit react-pdf uses, and answering repeated
// requests for one font object with one embedded font instead of opening it again per text run.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Font } from '@react-pdf/renderer';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerFonts } from '../../../../../electron/core/documents/fonts';
import { installPdfkitFontCache, pdfkitModuleUrl } from '../../../../../electron/core/documents/pdfkitFontCache';
import { testFontsDir } from './renderer';

interface PdfDoc {
  _font: unknown;
  _fontCount: number;
  font(src: unknown, size?: number): PdfDoc;
  text(s: string): PdfDoc;
}

describe('pdfkit font cache', () => {
  let family: string;
  beforeAll(async () => {
    expect(await installPdfkitFontCache()).toBe(true);
    family = registerFonts(testFontsDir);
    await Font.load({ fontFamily: family, fontWeight: 400 });
  });

  it('patches the pdfkit that react-pdf loads, found at run time', async () => {
    const url = pdfkitModuleUrl();
    expect(url).toMatch(/\/node_modules\/pdfkit\/.+\.mjs$/);
    const here = createRequire(import.meta.url).resolve('pdfkit');
    const reactPdf = createRequire(createRequire(import.meta.url).resolve('@react-pdf/renderer')).resolve('pdfkit');
    expect(dirname(reactPdf)).toBe(dirname(here));
    const specifier = 'pdfkit';
    const asImported = (await import(specifier)) as { default: { prototype: Record<symbol, unknown> } };
    expect((await import(url!)).default).toBe(asImported.default);
    expect(asImported.default.prototype[Symbol.for('residency-desk.pdfkitFontCache')]).toBe(true);
  });

  it('embeds a font object once per document, however many runs use it', async () => {
    const specifier = 'pdfkit';
    const { default: PDFDocument } = (await import(specifier)) as { default: new (options?: object) => PdfDoc };
    const fontObject = Font.getFont({ fontFamily: family, fontWeight: 400 }).data;
    const doc = new PDFDocument({ autoFirstPage: false });
    const countBefore = doc._fontCount;
    doc.font(fontObject, 12);
    const first = doc._font;
    for (let i = 0; i < 50; i++) doc.font(fontObject, 9 + (i % 3));
    expect(doc._font).toBe(first);
    // pdfkit alone opens a new font (and id) on every call with an object.
    expect(doc._fontCount).toBe(countBefore + 1);
    expect(await installPdfkitFontCache()).toBe(true);
  });
});
