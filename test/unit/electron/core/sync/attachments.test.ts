// Reading what officers see of an electronic application's attachments: the application form from
// the signed request document (or nothing, when the document is not that form), and the stored
// verification report with its revocation check.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import { electronicRequestOf, signatureReportOf, storeAttachment } from '../../../../../electron/core/sync/attachments';
import { call, expectOk, openTestCore, signedIn, type TestClock } from '../testCore';
import { individual } from '../intake/intakeDriver';

let core: Core & { clock: TestClock };
let caseId: string;
const now = '2026-03-02T04:00:00.000Z';
const form = {
  form: 'kz.sgd.residency-confirmation.application',
  formVersion: 1,
  applicationId: 'a1',
  channel: 'portal',
  submittedAt: '2026-03-02T03:55:00.000Z',
  service: { kk: 'Қазақстан Республикасының резиденттігін растау', ru: 'Подтверждение резидентства Республики Казахстан' },
  applicant: { type: 'individual', taxpayerId: individual.id, name: individual.name, address: individual.address, signatory: null },
  request: { year: 2025, country: 'DE', copies: 1, language: 'ru' },
};
const store = (kind: 'request' | 'signatureReport', bytes: Uint8Array | string) => storeAttachment(core.db, caseId, kind, 'application/octet-stream', typeof bytes === 'string' ? Buffer.from(bytes) : bytes, now);

beforeEach(async () => {
  core = await openTestCore();
  const desk = await signedIn(core, 'frontDesk');
  ({ caseId } = expectOk(await call(core, desk, 'intake.start', { applicantType: 'individual', taxpayerId: individual.id, applicantLocale: 'kk', presentedBy: 'applicant' })));
});

afterEach(() => core.close());

describe('the request document of an electronic application', () => {
  it('gives the fields of the application form the applicant signed', () => {
    store('request', JSON.stringify(form));
    expect(electronicRequestOf(core.db, caseId)).toEqual({
      submittedAt: '2026-03-02T03:55:00.000Z',
      applicant: { type: 'individual', taxpayerId: individual.id, name: individual.name, address: individual.address, signatory: null },
      year: 2025,
      country: 'DE',
      copies: 1,
      language: 'ru',
    });
  });

  it.each([
    ['no request document at all', null],
    ['a PDF', '%PDF-1.7 binary'],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
    ['JSON of another form', JSON.stringify({ ...form, form: 'kz.sgd.other' })],
    ['the form with a malformed IIN', JSON.stringify({ ...form, applicant: { ...form.applicant, taxpayerId: '123' } })],
    ['the form with a country that is not a code', JSON.stringify({ ...form, request: { ...form.request, country: 'Germany' } })],
  ])('gives nothing to show for %s', (_name, bytes) => {
    if (bytes !== null) store('request', bytes);
    expect(electronicRequestOf(core.db, caseId)).toBeNull();
  });
});

describe('the stored verification report', () => {
  const issue = { code: 'crlStale', message: { kk: 'к', ru: 'р' }, detail: 'nextUpdate …' };
  const crl = { issuer: 'CN=TEST CA', thisUpdate: '2026-02-20T00:00:00.000Z', nextUpdate: '2026-02-27T00:00:00.000Z', fetchedAt: '2026-03-01T00:00:00.000Z', ageMs: 100_800_000, stale: true };

  it('keeps the verdict and the revocation check with the CRL facts the screen shows', () => {
    const report = { signer: { subject: 'CN=X' }, revocation: { status: 'good', revokedAt: null, reasonCode: null, crl, detail: null }, chain: [] };
    store('signatureReport', JSON.stringify({ valid: true, checkedAt: now, failures: [], warnings: [issue], report }));
    expect(signatureReportOf(core.db, caseId)).toEqual({
      valid: true,
      checkedAt: now,
      failures: [],
      warnings: [issue],
      revocation: { status: 'good', crl: { thisUpdate: crl.thisUpdate, nextUpdate: crl.nextUpdate, fetchedAt: crl.fetchedAt, ageMs: crl.ageMs, stale: true } },
    });
  });

  it('has no revocation check when verification never reached a signer', () => {
    const report = { signer: null, revocation: { status: 'unknown', revokedAt: null, reasonCode: null, crl: null, detail: null } };
    store('signatureReport', JSON.stringify({ valid: false, checkedAt: now, failures: [{ ...issue, code: 'malformed' }], warnings: [], report }));
    expect(signatureReportOf(core.db, caseId)?.revocation).toBeNull();
    expect(signatureReportOf(core.db, caseId)?.valid).toBe(false);
  });

  it('is null for a case without one', () => {
    expect(signatureReportOf(core.db, caseId)).toBeNull();
  });
});
