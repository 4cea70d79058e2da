// PT Sans (OFL, every Kazakh letter) registered with react-pdf from a configurable fonts
// folder: <project>/resources/fonts in development and tests, <resources>/fonts in the
// packaged app. react-pdf's font store is global, so each folder gets its own family name;
// the name never reaches the PDF (pdfkit writes the font's PostScript name), so the output
// does not depend on where the fonts were loaded from.
import { Font } from '@react-pdf/renderer';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createTextMeasure, type GlyphMetrics, type TextMeasure } from './measure';

export const fontFiles = { regular: 'PTSans-Regular.ttf', bold: 'PTSans-Bold.ttf' } as const;

/** Every letter of the Kazakh and Russian alphabets: a form must be able to print all of them. */
export const kazakhAndRussianLetters =
  'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ' + 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';

const families = new Map<string, string>();
let hyphenationOff = false;

/** Registers regular and bold from `fontsDir` (once per folder) and returns the family name. */
export function registerFonts(fontsDir: string): string {
  const dir = resolve(fontsDir);
  const known = families.get(dir);
  if (known) return known;
  for (const file of Object.values(fontFiles)) {
    if (!existsSync(join(dir, file))) throw new Error(`font file missing: ${join(dir, file)}`);
  }
  const family = families.size === 0 ? 'PT Sans' : `PT Sans ${families.size + 1}`;
  Font.register({
    family,
    fonts: [
      { src: join(dir, fontFiles.regular), fontWeight: 'normal' },
      { src: join(dir, fontFiles.bold), fontWeight: 'bold' },
    ],
  });
  if (!hyphenationOff) {
    // Official forms never break words: names and numbers must print whole.
    Font.registerHyphenationCallback((word) => [word]);
    hyphenationOff = true;
  }
  families.set(dir, family);
  return family;
}

// react-pdf types its loaded fonts through fontkit, which ships no type declarations: this is
// the part of a fontkit font the pipeline uses.
interface Glyph {
  advanceWidth: number;
  codePoints: number[];
}

interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): Glyph;
  getGlyph(id: number, codePoints?: number[]): Glyph;
  _glyphs: Record<number, Glyph | undefined>;
}

const isolated = new WeakSet<object>();

/**
 * fontkit caches one glyph object per glyph id, with the code points of its first request, and
 * a composite glyph asks for its components with none. PT Sans builds Cyrillic letters from
 * Latin ones (а from a, е from e…), so once a Kazakh or Russian text has been embedded, the
 * Latin letter comes back with no code points: react-pdf then drops it from later text and the
 * PDF maps it to nothing (the English lines of a certificate printed after a coupon lost their
 * a, e, o, p…). Here every request with code points gets a glyph carrying exactly those, and a
 * request without any never fills the cache, so what is printed does not depend on what was
 * printed before.
 */
function isolateGlyphCodePoints(font: FontkitFont): void {
  if (isolated.has(font)) return;
  isolated.add(font);
  const original = font.getGlyph;
  const variants = new Map<number | string, Glyph>();
  font.getGlyph = function (this: FontkitFont, id: number, codePoints: number[] = []): Glyph {
    if (codePoints.length === 0) {
      const any = this._glyphs[id];
      if (any) return any;
      const bare = original.call(this, id, codePoints);
      delete this._glyphs[id];
      return bare;
    }
    const key = codePoints.length === 1 ? id * 0x110000 + codePoints[0]! : `${id}:${codePoints.join(',')}`;
    const known = variants.get(key);
    if (known) return known;
    const cached = this._glyphs[id];
    delete this._glyphs[id];
    const glyph = original.call(this, id, codePoints);
    if (cached) this._glyphs[id] = cached;
    variants.set(key, glyph);
    return glyph;
  };
}

// Numeric weights: react-pdf resolves a 'bold' descriptor to the regular face (it compares the
// name with the registered number), while text styled bold asks for 700.
const weights = { normal: 400, bold: 700 } as const;

async function loadFace(family: string, face: 'normal' | 'bold'): Promise<FontkitFont> {
  const descriptor = { fontFamily: family, fontWeight: weights[face] };
  await Font.load(descriptor);
  const font = Font.getFont(descriptor).data as unknown as FontkitFont | null;
  if (!font) throw new Error(`font ${family} ${face} did not load`);
  isolateGlyphCodePoints(font);
  return font;
}

/** Loads both faces (react-pdf would on first use anyway) and measures text with them. */
export async function loadTextMeasure(family: string): Promise<TextMeasure> {
  const metrics = (font: FontkitFont): GlyphMetrics => ({
    unitsPerEm: font.unitsPerEm,
    ascent: font.ascent,
    descent: font.descent,
    lineGap: font.lineGap,
    advance: (cp) => font.glyphForCodePoint(cp).advanceWidth,
  });
  return createTextMeasure(metrics(await loadFace(family, 'normal')), metrics(await loadFace(family, 'bold')));
}

/** The letters of `letters` that the registered regular or bold face has no glyph for. */
export async function missingGlyphs(family: string, letters = kazakhAndRussianLetters): Promise<{ regular: string[]; bold: string[] }> {
  const check = async (face: 'normal' | 'bold') => {
    const font = await loadFace(family, face);
    return [...letters].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
  };
  return { regular: await check('normal'), bold: await check('bold') };
}
