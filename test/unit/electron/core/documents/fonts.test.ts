// The fonts: every Kazakh and Russian letter is in both faces and survives the round trip
// through a PDF, and what was printed before never changes what is printed next.
import { beforeAll, describe, expect, it } from 'vitest';
import { Font } from '@react-pdf/renderer';
import { kazakhAndRussianLetters, registerFonts } from '../../../../../electron/core/documents/fonts';
import { renderDocument } from '../../../../../electron/core/documents/pipeline';
import type { DocumentRenderer } from '../../../../../electron/core/documents/renderer';
import { fixtures } from './fixtures';
import { pdfText, squash } from './pdfTools';
import { testFontsDir, testRenderer } from './renderer';

const kazakhLetters = 'ӘҒҚҢӨҰҮҺІәғқңөұүһі';

describe('document fonts', () => {
  let renderer: DocumentRenderer;
  beforeAll(async () => {
    renderer = await testRenderer();
  });

  it('lists every Kazakh and Russian letter, upper and lower case', () => {
    for (const ch of kazakhLetters) expect(kazakhAndRussianLetters).toContain(ch);
    for (let cp = 'А'.codePointAt(0)!; cp <= 'я'.codePointAt(0)!; cp++) expect(kazakhAndRussianLetters).toContain(String.fromCodePoint(cp));
    expect(kazakhAndRussianLetters).toContain('Ё');
    expect(kazakhAndRussianLetters).toContain('ё');
    expect([...kazakhAndRussianLetters]).toHaveLength(2 * (33 + 9));
  });

  it('has a glyph for every letter in the regular and the bold face', async () => {
    expect(await renderer.missingGlyphs()).toEqual({ regular: [], bold: [] });
    // The check itself must be able to fail: PT Sans has no Georgian.
    expect((await renderer.missingGlyphs('ა')).regular).toEqual(['ა']);
  });

  it('prints every letter in both faces and reads them back from the PDF', async () => {
    // Words of a dozen letters, so that the lines wrap as a name or a reason would.
    const letters = [...kazakhAndRussianLetters].map((ch, i) => (i > 0 && i % 12 === 0 ? ` ${ch}` : ch)).join('');
    const data = { ...fixtures.declineNotice('kk'), applicant: { name: letters, taxpayerId: '920817350246' }, reasons: `${letters}. ${letters}.` };
    const text = squash(pdfText((await renderDocument(renderer, 'declineNotice', data)).pdf));
    // The applicant's name is printed bold, the reasons regular.
    expect(text.split(squash(letters)).length - 1).toBe(3);
  });

  it('registers one family per fonts folder and turns hyphenation off', () => {
    expect(registerFonts(testFontsDir)).toBe(registerFonts(`${testFontsDir}/`));
    expect(Font.getHyphenationCallback()?.('резиденттігін')).toEqual(['резиденттігін']);
    expect(() => registerFonts('/nonexistent/fonts')).toThrow(/font file missing/);
  });

  it('prints English after Kazakh text exactly as it would fresh (fontkit glyph cache)', async () => {
    // PT Sans builds Cyrillic а, е, о… from the Latin letters; once a Kazakh text has been
    // embedded, fontkit used to hand back Latin glyphs without code points and react-pdf
    // dropped them from the certificate's English lines.
    await renderDocument(renderer, 'coupon', fixtures.coupon('kk'));
    const text = squash(pdfText((await renderDocument(renderer, 'residencyCertificate', fixtures.residencyCertificate('kk'))).pdf));
    expect(text).toContain(squash('Certificate of residence in the Republic of Kazakhstan'));
    expect(text).toContain(squash('Federal Republic of Germany'));
  });
});
