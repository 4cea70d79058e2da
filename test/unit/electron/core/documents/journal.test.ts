// The issue journal of a long period: many A4 landscape pages, the title and header row on
// every page, "Page N of M" on every page, every row printed once and none running into the
// footer — also for rows with long, wrapping names.
import { beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../../../../shared/i18n';
import { loadTextMeasure, registerFonts } from '../../../../../electron/core/documents/fonts';
import { lineCount, type TextMeasure } from '../../../../../electron/core/documents/measure';
import { renderDocument } from '../../../../../electron/core/documents/pipeline';
import type { DocumentRenderer } from '../../../../../electron/core/documents/renderer';
import { geometry, paginate } from '../../../../../electron/core/documents/templates/journalLayout';
import type { JournalData, JournalRow } from '../../../../../electron/core/documents/types';
import { journal, journalRows } from './fixtures';
import { pageSizes, pageTexts, savePngPages, squash, wordBoxes } from './pdfTools';
import { testFontsDir, testRenderer } from './renderer';

/** Checks the printed journal page by page; returns the page count. */
function checkJournal(pdf: Buffer, data: JournalData): number {
  const pages = pageTexts(pdf).map(squash);
  const total = pages.length;
  expect(pageSizes(pdf)).toEqual(Array(total).fill('841.89 x 595.28'));
  pages.forEach((text, i) => {
    expect(text).toContain(squash(translate(data.locale, 'doc.journal.title')));
    expect(text).toContain(squash(translate(data.locale, 'doc.journal.col.outgoing')));
    expect(text).toContain(squash(translate(data.locale, 'doc.journal.col.presented')));
    expect(text).toContain(squash(translate(data.locale, 'doc.journal.page', { page: i + 1, total })));
  });
  // Every row's number and taxpayer ID, each on exactly one page.
  for (const row of data.rows) {
    const on = pages.filter((text) => text.includes(row.taxpayerId));
    expect(on, row.taxpayerId).toHaveLength(1);
  }
  // Nothing but the footer below the rows' box: no row ran into the bottom margin.
  const rowsBottom = geometry.pageHeight - geometry.paddingBottom;
  const footer = new Set(
    [translate(data.locale, 'doc.journal.printed', { date: '01.04.2026' }), ...Array.from({ length: total }, (_, i) => translate(data.locale, 'doc.journal.page', { page: i + 1, total }))]
      .flatMap((s) => s.split(' ')),
  );
  for (const page of wordBoxes(pdf)) {
    const below = page.words.filter((w) => w.yMax > rowsBottom + 0.5);
    expect(below.filter((w) => !footer.has(w.text))).toEqual([]);
  }
  return total;
}

describe('issue journal', () => {
  let renderer: DocumentRenderer;
  let measure: TextMeasure;
  beforeAll(async () => {
    renderer = await testRenderer();
    measure = await loadTextMeasure(registerFonts(testFontsDir));
  });

  it('prints 1,000 rows on many pages with the header and page numbers on each', async () => {
    const data = journal('ru', 1000);
    const rendered = await renderDocument(renderer, 'journal', data);
    const total = checkJournal(rendered.pdf, rendered.data);
    expect(total).toBeGreaterThan(40);
    expect(total).toBe(paginate(measure, rendered.data.rows).length);
    savePngPages(rendered.pdf, 'journal-1000', { first: 1, last: 2 });
  }, 60_000);

  it('keeps long, wrapping rows inside the page', async () => {
    const long = ['Жауапкершілігі шектеулі серіктестігі', '«Қазақстан Темір Жолы» ұлттық компаниясы', 'Международная ассоциация перевозчиков'];
    const rows: JournalRow[] = journalRows(150, 'kk').map((row, i) => ({
      ...row,
      taxpayerName: `${long[i % 3]} ${row.taxpayerName} ${i % 5 === 0 ? long[(i + 1) % 3] : ''}`.trim(),
      recipientName: i % 4 === 0 ? `${row.recipientName} ${long[(i + 2) % 3]}` : row.recipientName,
      presented: { ...row.presented, name: i % 2 ? 'Нотариат куәландырған сенімхат' : row.presented.name },
    }));
    const data = { ...journal('kk', 0), rows };
    const rendered = await renderDocument(renderer, 'journal', data);
    expect(checkJournal(rendered.pdf, rendered.data)).toBeGreaterThan(5);
    savePngPages(rendered.pdf, 'journal-long-rows', { first: 1, last: 1 });
  }, 60_000);

  it('prints an empty period as one page saying so', async () => {
    const rendered = await renderDocument(renderer, 'journal', journal('kk', 0));
    const pages = pageTexts(rendered.pdf);
    expect(pages).toHaveLength(1);
    expect(squash(pages[0]!)).toContain(squash(translate('kk', 'doc.journal.empty')));
    expect(squash(pages[0]!)).toContain(squash(translate('kk', 'doc.journal.page', { page: 1, total: 1 })));
  });

  it('counts wrapped lines from the font’s widths, erring on the side of more lines', () => {
    expect(lineCount(measure, 'Иванов', 100, 7.5)).toBe(1);
    expect(lineCount(measure, 'Документ, подтверждающий резидентство, № 6205-2026-004000', 146, 7.5)).toBe(2);
    expect(lineCount(measure, 'ӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘӘ', 50, 7.5)).toBeGreaterThan(3);
    expect(measure.width('Қ', 10, true)).toBeGreaterThan(measure.width('Қ', 10));
    expect(measure.lineHeight(10)).toBeGreaterThan(10);
  });
});
