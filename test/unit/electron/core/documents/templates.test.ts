// Every template in both languages, rendered from fixture data and read back with pdftotext:
// each field value and the form's own labels must be on the page. PNG pages go to
// test-output/documents/ for a person to look at.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MessageKey } from '../../../../../shared/i18n';
import { translate } from '../../../../../shared/i18n';
import { dateInWords, formatDate } from '../../../../../electron/core/documents/format';
import { renderDocument } from '../../../../../electron/core/documents/pipeline';
import type { DocumentRenderer } from '../../../../../electron/core/documents/renderer';
import type { DocumentDataMap, DocumentKind, DocumentLocale } from '../../../../../electron/core/documents/types';
import { fixtures, journal } from './fixtures';
import { testRenderer } from './renderer';
import { pageCount, pageSizes, pdfText, rawText, savePngPages, squash } from './pdfTools';

const t = (locale: DocumentLocale, key: string) => translate(locale, key as MessageKey);
const en = (key: string) => translate('ru', `${key}.en` as MessageKey);

/** What must be printed: every field value of the data, and the form's labels. */
const expected: { [K in DocumentKind]: (d: DocumentDataMap[K]) => string[] } = {
  coupon: (d) => [
    t(d.locale, 'doc.header.ministry'),
    t(d.locale, 'doc.header.committee'),
    d.office.department[d.locale],
    d.office.office[d.locale],
    t(d.locale, 'doc.coupon.title'),
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => t(d.locale, `doc.coupon.field${n}`)),
    d.taxpayer.name,
    d.taxpayer.taxpayerId,
    d.incomingDocument,
    formatDate(d.acceptedAt),
    d.registrationNumber,
    d.outgoingDocument,
    formatDate(d.deadline),
    dateInWords(d.locale, d.deadline),
    d.window,
    d.officer.fullName,
    d.officer.position,
    t(d.locale, 'doc.signature'),
  ],
  secondCopyStamp: (d) => [
    d.office[d.locale],
    t(d.locale, 'doc.stamp.title'),
    t(d.locale, 'doc.stamp.number'),
    d.registrationNumber,
    t(d.locale, 'doc.stamp.date'),
    formatDate(d.date),
    t(d.locale, 'doc.stamp.officer'),
    d.officerShortName,
    t(d.locale, 'doc.stamp.signature'),
  ],
  residencyCertificate: (d) => [
    ...(['kk', 'ru'] as const).flatMap((l) => [t(l, 'doc.header.ministry'), d.office.department[l], d.office.office[l], t(l, 'doc.cert.title'), t(l, 'doc.cert.statement')]),
    en('doc.cert.title'),
    en('doc.cert.statement'),
    ...['taxpayer', 'taxpayerId', 'address', 'state', 'number', 'issuer'].flatMap((k) => [t('kk', `doc.cert.${k}`), t('ru', `doc.cert.${k}`), en(`doc.cert.${k}`)]),
    d.taxpayer.name,
    d.taxpayer.taxpayerId,
    d.taxpayer.address,
    d.foreignState.kk,
    d.foreignState.ru,
    d.foreignState.en,
    ...(d.period.kind === 'year' ? [t('kk', 'doc.cert.year'), t('ru', 'doc.cert.year'), en('doc.cert.year'), String(d.period.year)] : [formatDate(d.period.from), formatDate(d.period.to)]),
    d.registrationNumber,
    formatDate(d.issuedOn),
    d.head.fullName,
    d.head.position.kk,
    d.head.position.ru,
    d.head.position.en,
    t('kk', 'doc.cert.eds'),
    en('doc.cert.eds'),
    ...(d.eds ? [d.eds.signer, d.eds.certificateSerial, d.eds.signedAt] : [t('ru', 'doc.cert.eds.none'), en('doc.cert.eds.none')]),
  ],
  refusal: (d) => [
    d.office.department[d.locale],
    d.office.office[d.locale],
    t(d.locale, 'doc.refusal.title'),
    d.addressee.name,
    d.addressee.taxpayerId,
    d.addressee.address,
    d.registrationNumber,
    formatDate(d.issuedOn),
    d.application.registrationNumber,
    formatDate(d.application.date),
    ...d.grounds.flatMap((g) => [g.code, g.ref, g.text]),
    t(d.locale, 'doc.refusal.reasoning'),
    d.reasoning,
    d.appealAuthority,
    d.head.fullName,
    d.head.position,
    d.executor.fullName,
    d.executor.phone,
  ],
  declineNotice: (d) => [
    d.office.department[d.locale],
    d.office.office[d.locale],
    t(d.locale, 'doc.decline.title'),
    d.applicant.name,
    d.applicant.taxpayerId,
    formatDate(d.date),
    t(d.locale, 'doc.decline.missing'),
    ...d.missing.map((m) => m.text),
    d.reasons,
    t(d.locale, 'doc.decline.copies'),
    d.officer.fullName,
    d.officer.position,
  ],
  journal: (d) => [
    t(d.locale, 'doc.journal.title'),
    d.office.office[d.locale],
    formatDate(d.from),
    formatDate(d.to),
    formatDate(d.printedOn),
    ...['no', 'taxpayer', 'name', 'taxpayerId', 'outgoing', 'recipient', 'presented', 'presentedName', 'presentedNumber', 'presentedSeries', 'signature', 'issuedOn'].map((c) =>
      t(d.locale, `doc.journal.col.${c}`),
    ),
    translate(d.locale, 'doc.journal.page', { page: 1, total: 1 }),
    ...d.rows.flatMap((r) => [
      String(r.no),
      r.taxpayerName,
      r.taxpayerId,
      `${r.outgoingDocument.name}, № ${r.outgoingDocument.number}`,
      r.recipientName,
      r.presented.name,
      r.presented.number,
      r.presented.series,
      formatDate(r.issuedOn),
    ]),
  ],
};

const cases = (Object.keys(fixtures) as DocumentKind[]).flatMap((kind) => (['kk', 'ru'] as const).map((locale) => [kind, locale] as const));

describe('document templates', () => {
  let renderer: DocumentRenderer;
  beforeAll(async () => {
    renderer = await testRenderer();
  });

  it.each(cases)('%s (%s) prints every field value and its labels', async (kind, locale) => {
    const rendered = await renderDocument(renderer, kind, fixtures[kind](locale));
    const text = squash(pdfText(rendered.pdf));
    const missing = (expected[kind] as (d: unknown) => string[])(rendered.data).filter((value) => value !== '' && !text.includes(squash(value)));
    expect(missing).toEqual([]);
    expect(pageCount(rendered.pdf)).toBe(1);
    if (kind !== 'secondCopyStamp') expect(pageSizes(rendered.pdf)).toEqual([kind === 'journal' ? '841.89 x 595.28' : '595.28 x 841.89']);
    expect(savePngPages(rendered.pdf, `${kind}-${locale}`)).toEqual([`${kind}-${locale}-1.png`]);
  });

  it('prints the coupon deadline in words in the applicant’s language', async () => {
    const kk = squash(pdfText((await renderDocument(renderer, 'coupon', fixtures.coupon('kk'))).pdf));
    const ru = squash(pdfText((await renderDocument(renderer, 'coupon', fixtures.coupon('ru'))).pdf));
    expect(kk).toContain(squash('2026 жылғы 17 наурыз'));
    expect(ru).toContain(squash('17 марта 2026 года'));
    expect(ru).not.toContain(squash('Салықтық өтінішті қабылдау туралы талон'));
  });

  it.each([
    [50, 30],
    [90, 50],
    [120, 40],
  ])('makes the second-copy stamp one page of the configured label size, %i × %i mm', async (widthMm, heightMm) => {
    const data = { ...fixtures.secondCopyStamp('kk'), label: { widthMm, heightMm } };
    const stamp = await renderDocument(renderer, 'secondCopyStamp', data);
    expect(pageCount(stamp.pdf)).toBe(1);
    const [width, height] = pageSizes(stamp.pdf)[0]!.split(' x ').map(Number);
    expect(width).toBeCloseTo((widthMm * 72) / 25.4, 1);
    expect(height).toBeCloseTo((heightMm * 72) / 25.4, 1);
    const text = squash(pdfText(stamp.pdf));
    for (const value of expected.secondCopyStamp(stamp.data)) expect(text).toContain(squash(value));
    savePngPages(stamp.pdf, `secondCopyStamp-${widthMm}x${heightMm}`);
  });

  it('prints the stamp on a 70 × 40 mm label unless told otherwise', async () => {
    const { label: _omitted, ...withoutLabel } = fixtures.secondCopyStamp('ru');
    expect((await renderDocument(renderer, 'secondCopyStamp', withoutLabel)).data.label).toEqual({ widthMm: 70, heightMm: 40 });
  });

  it('prints a certificate for a period and one signed with an EDS', async () => {
    const data = {
      ...fixtures.residencyCertificate('ru'),
      period: { kind: 'range' as const, from: '2025-01-01', to: '2025-06-30' },
      eds: { signer: 'САРСЕНБАЕВ КАЙРАТ', certificateSerial: '7d3f00a1b2c3', signedAt: '16.03.2026 11:02' },
    };
    const rendered = await renderDocument(renderer, 'residencyCertificate', data);
    const text = squash(pdfText(rendered.pdf));
    const missing = expected.residencyCertificate(rendered.data).filter((value) => !text.includes(squash(value)));
    expect(missing).toEqual([]);
    expect(text).toContain(squash('01.01.2025 – 30.06.2025'));
    savePngPages(rendered.pdf, 'residencyCertificate-eds');
  });

  it('marks previews as drafts on every page', async () => {
    const draft = await renderDocument(renderer, 'refusal', fixtures.refusal('kk'), { draft: true });
    const final = await renderDocument(renderer, 'refusal', fixtures.refusal('kk'));
    expect(rawText(draft.pdf).split('\n')).toContain('ЖОБА');
    expect(rawText(final.pdf)).not.toContain('ЖОБА');
    expect(draft.pdfSha256).not.toBe(final.pdfSha256);
    expect(draft.dataSha256).toBe(final.dataSha256);
    savePngPages(draft.pdf, 'refusal-draft');

    const journalDraft = await renderDocument(renderer, 'journal', journal('ru', 60), { draft: true });
    const pages = rawText(journalDraft.pdf).split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.split('\n')).toContain('ПРОЕКТ');
  });
});
