// Page geometry of the issue journal and its own pagination: rows are measured with the font's
// metrics and packed into pages in advance, so every <Page> fits on one sheet, react-pdf never
// has to split (and re-lay out) the document, and "Page N of M" is known when rendering.
import { formatDate } from '../format';
import { lineCount, type TextMeasure } from '../measure';
import type { JournalRow } from '../types';

const mm = (value: number): number => (value * 72) / 25.4;

/** Column widths in points (columns 1–10); they add up to the printable width, 771 pt. */
export const columnWidths = [30, 130, 62, 152, 110, 80, 55, 40, 62, 50] as const;

export const geometry = {
  pageHeight: 595.28,
  marginTop: mm(10),
  titleHeight: 30,
  groupHeadHeight: 22,
  subHeadHeight: 22,
  numbersHeight: 11,
  paddingBottom: mm(14),
  paddingLeft: mm(15),
  paddingRight: mm(10),
  fontSize: 7.5,
  cellPaddingX: 2,
  cellPaddingY: 1.5,
  rule: 0.75,
} as const;

export const headerHeight = geometry.groupHeadHeight + geometry.subHeadHeight;
export const paddingTop = geometry.marginTop + geometry.titleHeight + headerHeight + geometry.numbersHeight;
/** The rows' box on every page: the sheet less the header and the footer margin. */
export const rowsArea = geometry.pageHeight - paddingTop - geometry.paddingBottom;
/** What pagination may fill, less a point of slack for rounding. */
export const rowsHeight = rowsArea - 1;

/** The printed text of each column of a row (column 9, the signature, stays empty). */
export function cellTexts(row: JournalRow): string[] {
  return [
    String(row.no),
    row.taxpayerName,
    row.taxpayerId,
    // A no-break space keeps the sign with its number.
    `${row.outgoingDocument.name}, №\u00a0${row.outgoingDocument.number}`,
    row.recipientName,
    row.presented.name,
    row.presented.number,
    row.presented.series,
    '',
    formatDate(row.issuedOn),
  ];
}

export function rowHeight(measure: TextMeasure, row: JournalRow): number {
  const { fontSize, cellPaddingX, cellPaddingY, rule } = geometry;
  const lines = cellTexts(row).reduce(
    (most, text, i) => Math.max(most, text === '' ? 1 : lineCount(measure, text, columnWidths[i]! - 2 * cellPaddingX - rule, fontSize)),
    1,
  );
  return lines * measure.lineHeight(fontSize) + 2 * cellPaddingY + rule;
}

/** Rows packed into pages; an empty journal is one page. */
export function paginate(measure: TextMeasure, rows: readonly JournalRow[]): JournalRow[][] {
  const pages: JournalRow[][] = [];
  let page: JournalRow[] = [];
  let used = 0;
  for (const row of rows) {
    const h = rowHeight(measure, row);
    if (page.length > 0 && used + h > rowsHeight) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(row);
    used += h;
  }
  pages.push(page);
  return pages;
}
