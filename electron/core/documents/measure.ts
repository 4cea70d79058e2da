// Text measurement from the font's own advance widths, for templates that paginate themselves
// (the journal): react-pdf's automatic pagination re-lays out the rest of the document at every
// page break, which is quadratic in the page count. The estimate is an upper bound: kerning only
// narrows PT Sans text, and a safety factor covers the line breaker choosing earlier breaks.

export interface TextMeasure {
  /** Width of `text` on one line, in points, without kerning. */
  width(text: string, fontSize: number, bold?: boolean): number;
  /** Height of one line at `fontSize` (the font's ascent − descent + line gap). */
  lineHeight(fontSize: number): number;
}

export interface GlyphMetrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  advance(codePoint: number): number;
}

export function createTextMeasure(regular: GlyphMetrics, bold: GlyphMetrics): TextMeasure {
  const caches = [new Map<number, number>(), new Map<number, number>()] as const;
  const faces = [regular, bold] as const;
  return {
    width(text, fontSize, isBold = false) {
      const i = isBold ? 1 : 0;
      const face = faces[i];
      const cache = caches[i];
      let units = 0;
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        let advance = cache.get(cp);
        if (advance === undefined) {
          advance = face.advance(cp);
          cache.set(cp, advance);
        }
        units += advance;
      }
      return (units / face.unitsPerEm) * fontSize;
    },
    lineHeight(fontSize) {
      return ((regular.ascent - regular.descent + regular.lineGap) / regular.unitsPerEm) * fontSize;
    },
  };
}

/** How many lines `text` takes in a box `width` points wide (greedy breaking at spaces). */
export function lineCount(measure: TextMeasure, text: string, width: number, fontSize: number, bold = false): number {
  // Knuth–Plass (react-pdf's breaker) may break a little earlier than a greedy fill.
  const room = width * 0.92;
  const space = measure.width(' ', fontSize, bold);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/ +/).filter(Boolean)) {
    const w = measure.width(word, fontSize, bold);
    if (w > room) {
      // A word longer than the box is broken inside: it fills whole lines of its own.
      lines += (used > 0 ? 1 : 0) + Math.ceil(w / room) - 1;
      used = w % room;
      continue;
    }
    if (used === 0) used = w;
    else if (used + space + w <= room) used += space + w;
    else {
      lines++;
      used = w;
    }
  }
  return lines;
}
