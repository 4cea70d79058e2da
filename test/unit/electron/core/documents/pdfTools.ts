// Test helpers that read rendered PDFs the way a person or a scanner would: poppler's pdftotext
// (text, per page, word boxes), pdfinfo (page count), pdftoppm (PNG pages in
// test-output/documents/ for a person to look at; rasters for the QR decoder) and jsQR.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export const outputDir = fileURLToPath(new URL('../../../../../test-output/documents/', import.meta.url));

/** pdftotext drops spaces inside wrapped lines, so texts are compared without whitespace. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

function withPdfFile<T>(pdf: Uint8Array, fn: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'desk-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return fn(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of every page, in order (pdftotext separates pages with form feeds). */
export function pageTexts(pdf: Uint8Array): string[] {
  const text = withPdfFile(pdf, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 << 20 }).toString('utf8'));
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export const pdfText = (pdf: Uint8Array): string => pageTexts(pdf).join('\n');

/** Text in content-stream order (-raw): keeps rotated text, such as a watermark, in one piece. */
export function rawText(pdf: Uint8Array): string {
  return withPdfFile(pdf, (file) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']).toString('utf8'));
}

/** pdfinfo's report (ISO dates), for the first `pages` pages' sizes too. */
export function pdfInfo(pdf: Uint8Array, pages = 1): string {
  return withPdfFile(pdf, (file) => execFileSync('pdfinfo', ['-isodates', '-f', '1', '-l', String(pages), file]).toString('utf8'));
}

export const pageCount = (pdf: Uint8Array): number => Number(/^Pages:\s+(\d+)/m.exec(pdfInfo(pdf))?.[1]);

/** Every page's size in points, e.g. "595.28 x 841.89". */
export function pageSizes(pdf: Uint8Array): string[] {
  const n = pageCount(pdf);
  return [...pdfInfo(pdf, n).matchAll(/^Page\s+\d+ size:\s+([\d.]+ x [\d.]+) pts/gm)].map((m) => m[1]!);
}

export interface Word {
  text: string;
  yMin: number;
  yMax: number;
}

/** Every word with its vertical extent, per page (points from the top). */
export function wordBoxes(pdf: Uint8Array): { height: number; words: Word[] }[] {
  const html = withPdfFile(pdf, (file) => execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 << 20 }).toString('utf8'));
  return html
    .split('<page ')
    .slice(1)
    .map((page) => ({
      height: Number(/height="([\d.]+)"/.exec(page)?.[1]),
      words: [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        yMin: Number(m[1]),
        yMax: Number(m[2]),
        text: m[3]!,
      })),
    }));
}

/** Writes PNG pages (60 dpi) to test-output/documents/<name>-<page>.png for a person to look at. */
export function savePngPages(pdf: Uint8Array, name: string, pages?: { first: number; last: number }): string[] {
  mkdirSync(outputDir, { recursive: true });
  for (const old of readdirSync(outputDir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) rmSync(join(outputDir, old));
  withPdfFile(pdf, (file) => {
    const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
    execFileSync('pdftoppm', ['-r', '60', '-png', ...range, file, join(outputDir, name)]);
  });
  return readdirSync(outputDir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
}

/** Rasterises page 1 at 200 dpi and decodes the QR code on it; null if there is none. */
export function decodeQr(pdf: Uint8Array, page = 1): string | null {
  return withPdfFile(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-r', '200', '-png', '-f', String(page), '-l', String(page), '-singlefile', file, join(dir, 'page')]);
    const png = PNG.sync.read(readFileSync(join(dir, 'page.png')));
    const result = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
    return result?.data ?? null;
  });
}
