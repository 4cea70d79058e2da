// A stored PDF as page images, for printing through the browser's own dialog: every page drawn
// by pdf.js at print resolution, with its size in millimetres so the printout keeps the form's
// real size (an A4 coupon, a 70×40 mm stamp label).
import { base64ToBytes } from './printing';
import { pdfjs, pdfjsOptions } from './pdfjs';

export interface RasterPage {
  /** A blob: URL of the page as PNG; revoke when done. */
  url: string;
  widthMm: number;
  heightMm: number;
}

const mmPerPoint = 25.4 / 72;

export async function rasterizePdf(pdfBase64: string, dpi = 300): Promise<RasterPage[]> {
  const task = pdfjs.getDocument({ data: base64ToBytes(pdfBase64), ...pdfjsOptions });
  const pages: RasterPage[] = [];
  try {
    const pdf = await task.promise;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const size = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: dpi / 72 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport, intent: 'print' }).promise;
      const blob = await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(`page ${n} could not be drawn`))), 'image/png'),
      );
      pages.push({ url: URL.createObjectURL(blob), widthMm: size.width * mmPerPoint, heightMm: size.height * mmPerPoint });
      canvas.width = 0;
      canvas.height = 0;
      page.cleanup();
    }
    return pages;
  } catch (error) {
    pages.forEach((p) => URL.revokeObjectURL(p.url));
    throw error;
  } finally {
    await task.destroy();
  }
}

/** The print document: one image per page, each on a sheet of the page's own size, no margins. */
export function printDocumentHtml(pages: RasterPage[], title: string): string {
  const first = pages[0];
  const size = first ? `${first.widthMm.toFixed(2)}mm ${first.heightMm.toFixed(2)}mm` : 'auto';
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const images = pages
    .map((p) => `<img src="${p.url}" alt="" style="width:${p.widthMm.toFixed(2)}mm;height:${p.heightMm.toFixed(2)}mm">`)
    .join('');
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title>` +
    `<style>@page{size:${size};margin:0}html,body{margin:0;padding:0}img{display:block;break-after:page}img:last-child{break-after:auto}</style>` +
    `</head><body>${images}</body></html>`
  );
}
