// Determinism: the same snapshot gives the same bytes — twice in a row, after other documents,
// and in another process — because the PDF's dates come from the data and its trailer /ID is a
// hash of those; nothing random or clock-dependent reaches the file.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocument } from '../../../../../electron/core/documents/pipeline';
import type { DocumentRenderer } from '../../../../../electron/core/documents/renderer';
import type { DocumentKind } from '../../../../../electron/core/documents/types';
import { fixtures } from './fixtures';
import { pdfInfo } from './pdfTools';
import { testRenderer } from './renderer';

const kinds = Object.keys(fixtures) as DocumentKind[];

describe('document determinism', () => {
  let renderer: DocumentRenderer;
  beforeAll(async () => {
    renderer = await testRenderer();
  });

  it.each(kinds)('%s: the same snapshot renders to the same bytes, whatever was rendered in between', async (kind) => {
    const first = await renderDocument(renderer, kind, fixtures[kind]('kk'));
    for (const other of kinds) await renderDocument(renderer, other, fixtures[other]('ru'));
    const second = await renderDocument(renderer, kind, fixtures[kind]('kk'));
    expect(second.pdfSha256).toBe(first.pdfSha256);
    expect(second.pdf.equals(first.pdf)).toBe(true);
  });

  it('takes the PDF dates from the data and derives the trailer /ID from them', async () => {
    const coupon = await renderDocument(renderer, 'coupon', fixtures.coupon('ru'));
    const info = pdfInfo(coupon.pdf);
    // Accepted 2026-03-02 09:40 in Kazakhstan (UTC+5).
    expect(info).toMatch(/^CreationDate:\s+2026-03-02T04:40:00Z$/m);
    expect(info).toMatch(/^Producer:\s+Residency Desk$/m);
    expect(info).toMatch(/^Title:\s+Талон о приеме налогового заявления$/m);
    const later = await renderDocument(renderer, 'coupon', { ...fixtures.coupon('ru'), acceptedAt: '2026-03-02T09:41' });
    const id = (b: Buffer) => /\/ID \[<([0-9a-f]{32})>/.exec(b.toString('latin1'))?.[1];
    expect(id(coupon.pdf)).toMatch(/^[0-9a-f]{32}$/);
    expect(id(later.pdf)).not.toBe(id(coupon.pdf));
    // Font subset tags come from the fonts' order of use, not from chance.
    const tags = (b: Buffer) => b.toString('latin1').match(/\/FontName \/[A-Z]{6}\+PTSans-\w+/g);
    expect(tags(coupon.pdf)).toEqual(['/FontName /CZZZZZ+PTSans-Bold', '/FontName /DZZZZZ+PTSans-Regular']);
  });

  it('renders the same bytes in a fresh process', async () => {
    const data = fixtures.residencyCertificate('ru');
    const here = await renderDocument(renderer, 'residencyCertificate', data);
    const script = fileURLToPath(new URL('./renderInChild.ts', import.meta.url));
    const there = execFileSync(process.execPath, ['--import', 'tsx', script, 'residencyCertificate', JSON.stringify(data)], { encoding: 'utf8' }).trim();
    expect(there).toBe(here.pdfSha256);
  }, 30_000);
});
