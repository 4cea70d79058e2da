// The QR code of outgoing documents (coupon, certificate, refusal): scanned from a 200 dpi
// raster, it gives the registration number and the SHA-256 of the stored data snapshot, which
// anyone can recompute from the snapshot with RFC 8785 canonical JSON.
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQrPayload, qrPayload } from '../../../../../electron/core/documents/snapshot';
import { createDocument, getDocument } from '../../../../../electron/core/documents/store';
import { openTestCore } from '../testCore';
import { fixtures } from './fixtures';
import { decodeQr } from './pdfTools';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

describe('QR code of outgoing documents', () => {
  let core: TestCore;
  let officerId: number;
  beforeAll(async () => {
    core = await openTestCore();
    officerId = core.db.prepare("SELECT id FROM officers WHERE login = 'frontdesk'").pluck().get() as number;
  });
  afterAll(() => core.close());

  it.each([
    ['coupon', 'kk'],
    ['coupon', 'ru'],
    ['residencyCertificate', 'kk'],
    ['refusal', 'ru'],
  ] as const)('%s (%s): decodes to the registration number and the stored snapshot hash', async (kind, locale) => {
    const data = fixtures[kind](locale);
    const stored = await createDocument(
      core.db,
      await core.deps.documentRenderer(),
      { kind, data, caseId: 'case-qr', regulationVersion: 'kz-residency-2015', createdBy: officerId },
      core.clock.now(),
    );
    const scanned = parseQrPayload(decodeQr(getDocument(core.db, stored.id)!.pdf) ?? '');
    expect(scanned).toEqual({ registrationNumber: data.registrationNumber, dataSha256: stored.dataSha256 });
    const independent = createHash('sha256').update(canonicalize(stored.data)!).digest('hex');
    expect(scanned?.dataSha256).toBe(independent);
  }, 20_000);

  it('has no QR code on forms that are not outgoing documents', async () => {
    const renderer = await core.deps.documentRenderer();
    for (const kind of ['secondCopyStamp', 'declineNotice'] as const) {
      const stored = await createDocument(core.db, renderer, { kind, data: fixtures[kind]('kk'), caseId: null, regulationVersion: 'kz-residency-2015', createdBy: officerId }, core.clock.now());
      expect(decodeQr(stored.pdf)).toBeNull();
    }
  }, 20_000);

  it('formats and parses the payload', () => {
    const hash = 'ab'.repeat(32);
    expect(qrPayload('6205-2026-000123', hash)).toBe(`RD1|6205-2026-000123|${hash}`);
    expect(parseQrPayload(`RD1|6205-2026-000123|${hash}`)).toEqual({ registrationNumber: '6205-2026-000123', dataSha256: hash });
    expect(parseQrPayload(`RD2|6205|${hash}`)).toBeNull();
    expect(parseQrPayload('RD1|6205|abc')).toBeNull();
  });
});
