// A per-document font cache for pdfkit, the PDF writer under react-pdf. react-pdf hands pdfkit
// the loaded fontkit font object for every text run; pdfkit caches fonts only by name, so for
// an object it opens a new embedded font each time and then compares it with the one it has by
// JSON-serialising both fonts' name tables — about a third of the render time of a table-heavy
// form. This wrapper answers repeated requests for the same font object in the same document
// with the font pdfkit chose the first time, which is exactly what pdfkit ends up using anyway.
// The PDF differs only in which internal font ids are skipped; it stays deterministic.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface PdfKitDocument {
  _font: unknown;
  _fontSource: unknown;
  _fontFamily: unknown;
  fontSize(size: unknown): PdfKitDocument;
}

type FontMethod = (this: PdfKitDocument, src: unknown, family?: unknown, size?: unknown) => PdfKitDocument;

const marker = Symbol.for('residency-desk.pdfkitFontCache');

const isFontObject = (src: unknown): src is object => typeof src === 'object' && src !== null && typeof (src as { layout?: unknown }).layout === 'function';

/**
 * The URL of the pdfkit module react-pdf itself imports: resolved from react-pdf's own folder
 * and read from pdfkit's package.json at run time, so a bundler cannot swap in a private copy.
 */
export function pdfkitModuleUrl(): string | null {
  const fromHere = createRequire(import.meta.url);
  let dir = dirname(createRequire(fromHere.resolve('@react-pdf/renderer')).resolve('pdfkit'));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; exports?: { '.'?: { node?: { import?: string } } }; main?: string };
      if (pkg.name === 'pdfkit') {
        const entry = pkg.exports?.['.']?.node?.import ?? pkg.main;
        return entry ? pathToFileURL(join(dir, entry)).href : null;
      }
    }
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

let installed: Promise<boolean> | null = null;

/** Installs the cache on pdfkit's document prototype once; true when it is in place. */
export function installPdfkitFontCache(): Promise<boolean> {
  installed ??= (async () => {
    const url = pdfkitModuleUrl();
    if (!url) return false;
    const pdfkit = (await import(url)) as { default?: { prototype?: Record<string | symbol, unknown> } };
    const proto = pdfkit.default?.prototype;
    const original = proto?.['font'];
    if (!proto || typeof original !== 'function') return false;
    if (proto[marker]) return true;
    const fontsOf = new WeakMap<object, Map<object, unknown>>();
    const cached: FontMethod = function (src, family, size) {
      if (!isFontObject(src) || (family !== undefined && family !== null && typeof family !== 'number')) {
        return (original as FontMethod).call(this, src, family, size);
      }
      const fontSize = typeof family === 'number' ? family : size;
      let fonts = fontsOf.get(this);
      if (!fonts) fontsOf.set(this, (fonts = new Map()));
      const known = fonts.get(src);
      if (known === undefined) {
        (original as FontMethod).call(this, src, undefined, fontSize);
        fonts.set(src, this._font);
        return this;
      }
      this._fontSource = src;
      this._fontFamily = null;
      this._font = known;
      if (fontSize !== undefined && fontSize !== null) this.fontSize(fontSize);
      return this;
    };
    proto['font'] = cached;
    proto[marker] = true;
    return true;
  })();
  return installed;
}
