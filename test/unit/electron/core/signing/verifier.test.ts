// The verifier on signed applications made with the test PKI: every finding of condition 3
// (signature, chain, validity at signing time, revocation with the CRL's age, IIN/BIN) and the
// GOST path, which must say "cannot verify here" unless a verifier is plugged in.
import { createVerify } from 'node:crypto';
import * as pkijs from 'pkijs';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyDetachedCms, type AlgorithmVerifier, type VerificationReport } from '../../../../../electron/core/signing';
import { toPem } from '../../../../../electron/core/signing/certificate';
import { buildDetachedCms, parseSignedData } from '../../../../../electron/core/signing/cms';
import { openPkcs12 } from '../../../../../electron/core/signing/pkcs12';
import { ensurePki, type TestPki } from '../../../../fixtures/pki/ensurePki';
import type { HolderId } from '../../../../fixtures/pki/make-pki';
import { samplePdf } from '../../../../fixtures/pki/samplePdf';

const hour = 3_600_000;
/** The CRL in the test PKI is issued 2025-06-01 and due again 2025-06-08. */
const signedAt = new Date('2025-06-02T09:00:00Z');
const now = new Date('2025-06-03T10:00:00Z');
const fetchedAt = new Date('2025-06-01T04:00:00Z');
const gost2015 = '1.2.398.3.10.1.1.2.3.1';

const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('verifyDetachedCms', () => {
  let pki: TestPki;
  const pdf = samplePdf('Confirmation of residency No. 6205-000123');

  // Opening a PKCS#12 (forge's PBE key derivation) is the slow part; once per holder is enough.
  const stores = new Map<HolderId, ReturnType<typeof openPkcs12>>();
  async function signAs(holder: HolderId, at = signedAt, data = pdf): Promise<Uint8Array> {
    if (!stores.has(holder)) stores.set(holder, openPkcs12(pki.p12(holder), pki.password));
    const store = await stores.get(holder)!;
    return buildDetachedCms({ data, privateKey: store.privateKey, signerCertificate: store.certificate, chain: store.chain, signingTime: at });
  }

  function verify(cms: Uint8Array | string, overrides: Partial<Parameters<typeof verifyDetachedCms>[2]> = {}, data = pdf): Promise<VerificationReport> {
    return verifyDetachedCms(data, cms, { roots: [pki.rootPem], crls: [{ der: pki.crlDer, fetchedAt }], now, ...overrides });
  }

  beforeAll(async () => {
    pki = await ensurePki();
  });

  it('accepts a good signature and reports every finding', async () => {
    const holder = pki.manifest.holders.applicant;
    const report = await verify(await signAs('applicant'), { expectedId: { iin: holder.iin } });
    expect(report.failures).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report).toMatchObject({
      ok: true,
      signatureValid: true,
      signature: { status: 'valid', digestAlgorithm: '2.16.840.1.101.3.4.2.1', signatureAlgorithm: '1.2.840.113549.1.1.11', verifiedBy: 'builtin' },
      chainValid: true,
      signingTime: signedAt,
      checkedAt: signedAt,
      validAtSigningTime: true,
      idMatches: true,
      signer: { iin: holder.iin, bin: null, serialNumberHex: holder.serialHex },
    });
    expect(report.chain.map((c) => c.subjectCn)).toEqual([
      `${holder.name.split(' ').slice(0, 2).join(' ').toUpperCase()}`,
      'ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) TEST',
      'ҚР ТҮБІРЛІК КУӘЛАНДЫРУШЫ ОРТАЛЫҒЫ (RSA) TEST',
    ]);
    expect(report.revocation).toMatchObject({
      status: 'good',
      crl: { thisUpdate: new Date(pki.manifest.crlThisUpdate), nextUpdate: new Date(pki.manifest.crlNextUpdate), fetchedAt, ageMs: now.getTime() - fetchedAt.getTime(), stale: false },
    });
  });

  it('rejects the signature when the document differs by one byte', async () => {
    const cms = await signAs('applicant');
    const tampered = pdf.slice();
    tampered[pdf.length - 10] = tampered[pdf.length - 10]! ^ 0x20;
    const report = await verify(cms, {}, tampered);
    expect(report.ok).toBe(false);
    expect(report.signatureValid).toBe(false);
    expect(report.signature.status).toBe('invalid');
    expect(codes(report.failures)).toEqual(['signatureInvalid']);
    expect(report.failures[0]!.message.ru).toContain('Подпись недействительна');
    expect(report.chainValid).toBe(true); // the certificate itself is fine
  });

  it('rejects a chain that does not reach a configured root', async () => {
    const report = await verify(await signAs('applicant'), { roots: [pki.otherRootPem] });
    expect(report.ok).toBe(false);
    expect(report.signatureValid).toBe(true);
    expect(report.chainValid).toBe(false);
    expect(codes(report.failures)).toEqual(['chainInvalid']);
    expect(report.failures[0]!.detail).toContain('ҚР ТҮБІРЛІК');
  });

  it('rejects a signature made outside the certificate validity', async () => {
    const report = await verify(await signAs('expired', signedAt));
    expect(report.ok).toBe(false);
    expect(report.signatureValid).toBe(true);
    expect(report.chainValid).toBe(true);
    expect(report.validAtSigningTime).toBe(false);
    expect(codes(report.failures)).toEqual(['notValidAtSigningTime']);
    expect(report.failures[0]!.detail).toContain('2021-01-01T00:00:00.000Z');
  });

  it('accepts the expired certificate for a signature made while it was valid', async () => {
    const report = await verify(await signAs('expired', new Date('2020-06-01T00:00:00Z')));
    expect(report.validAtSigningTime).toBe(true);
    expect(report.ok).toBe(true);
  });

  it('judges validity at `at` when given, instead of the signer-claimed signingTime', async () => {
    const report = await verify(await signAs('expired', new Date('2020-06-01T00:00:00Z')), { at: new Date('2025-06-02T00:00:00Z') });
    expect(report.checkedAt).toEqual(new Date('2025-06-02T00:00:00Z'));
    expect(report.validAtSigningTime).toBe(false);
    expect(codes(report.failures)).toEqual(['notValidAtSigningTime']);
  });

  it('reports a revoked certificate with the revocation date and the CRL age', async () => {
    const report = await verify(await signAs('revoked'));
    expect(report.ok).toBe(false);
    expect(codes(report.failures)).toEqual(['revoked']);
    expect(report.revocation).toMatchObject({
      status: 'revoked',
      revokedAt: new Date('2025-05-20T06:00:00Z'),
      reasonCode: 1,
      crl: { fetchedAt, ageMs: 54 * hour, stale: false, thisUpdate: new Date('2025-06-01T00:00:00Z'), nextUpdate: new Date('2025-06-08T00:00:00Z') },
    });
  });

  it('flags a stale CRL (past nextUpdate) as a warning, or a failure in strict mode', async () => {
    const later = new Date('2025-06-10T12:00:00Z');
    const cms = await signAs('applicant', new Date('2025-06-10T11:00:00Z'));
    const report = await verify(cms, { now: later });
    expect(report.revocation.status).toBe('good');
    expect(report.revocation.crl).toMatchObject({ stale: true, ageMs: later.getTime() - fetchedAt.getTime() });
    expect(codes(report.warnings)).toEqual(['crlStale']);
    expect(report.ok).toBe(true);

    const strict = await verify(cms, { now: later, strictRevocation: true });
    expect(codes(strict.failures)).toEqual(['crlStale']);
    expect(strict.ok).toBe(false);

    // Still revoked when the list is stale: an old "revoked" does not expire.
    const revoked = await verify(await signAs('revoked', new Date('2025-06-10T11:00:00Z')), { now: later });
    expect(revoked.revocation).toMatchObject({ status: 'revoked', crl: { stale: true } });
  });

  it('says revocation is unknown when no CRL of the issuer is synced, or the CRL is not signed by it', async () => {
    const none = await verify(await signAs('applicant'), { crls: [] });
    expect(none.revocation).toMatchObject({ status: 'unknown', crl: null });
    expect(codes(none.warnings)).toEqual(['revocationUnknown']);
    expect(none.ok).toBe(true);

    const forged = pki.crlDer.slice();
    forged[forged.length - 5] = forged[forged.length - 5]! ^ 0xff; // breaks the CRL's signature
    const bad = await verify(await signAs('revoked'), { crls: [{ der: forged, fetchedAt }] });
    expect(bad.revocation.status).toBe('unknown');
    expect(bad.revocation.detail).toContain('signature invalid');
  });

  it('checks condition 3: the IIN/BIN in the request against the certificate', async () => {
    const applicant = pki.manifest.holders.applicant;
    const org = pki.manifest.holders.applicantOrg;
    const individual = await signAs('applicant');
    const mismatch = await verify(individual, { expectedId: { iin: org.iin } });
    expect(mismatch.ok).toBe(false);
    expect(mismatch.idMatches).toBe(false);
    expect(codes(mismatch.failures)).toEqual(['idMismatch']);
    expect(mismatch.failures[0]!.detail).toBe(`IIN: request ${org.iin}, certificate ${applicant.iin}`);
    expect(mismatch.failures[0]!.message.kk).toContain('ЖСН/БСН');

    const organisation = await signAs('applicantOrg');
    expect((await verify(organisation, { expectedId: { bin: org.bin!, iin: org.iin } })).idMatches).toBe(true);
    const wrongBin = await verify(organisation, { expectedId: { bin: pki.manifest.holders.supervisor.bin! } });
    expect(wrongBin.idMatches).toBe(false);
    expect(wrongBin.failures[0]!.detail).toContain(`certificate ${org.bin}`);
    // An individual's certificate has no BIN: a request made for a company cannot match it.
    expect((await verify(individual, { expectedId: { bin: org.bin! } })).failures[0]!.detail).toContain('certificate (none)');
    expect((await verify(individual)).idMatches).toBeNull();
  });

  it('refuses a signing time in the future and an authentication key', async () => {
    const future = await verify(await signAs('applicant', new Date(now.getTime() + 2 * hour)));
    expect(codes(future.failures)).toEqual(['signingTimeInFuture']);
    const auth = await verify(await signAs('supervisorAuth'));
    expect(codes(auth.failures)).toEqual(['wrongKeyUsage']);
  });

  it('reads the CMS as PEM text, PEM bytes or bare base64, as portals send it', async () => {
    const cms = await signAs('applicant');
    const pem = toPem(cms, 'CMS');
    for (const form of [pem, new Uint8Array(Buffer.from(pem)), Buffer.from(cms).toString('base64')]) {
      expect((await verifyDetachedCms(pdf, form, { roots: [pki.rootPem], crls: [{ der: pki.crlDer, fetchedAt }], now })).ok).toBe(true);
    }
  });

  it('reports bytes that are not a CMS as malformed', async () => {
    const report = await verify(new Uint8Array(Buffer.from('-----BEGIN CMS-----\nnot really\n-----END CMS-----\n')));
    expect(report.ok).toBe(false);
    expect(codes(report.failures)).toEqual(['malformed']);
    expect(report.signer).toBeNull();
  });

  describe('GOST', () => {
    /** A CMS that names a GOST 34.10-2015 signature algorithm (the value itself is still RSA underneath). */
    async function gostLabelled(): Promise<Uint8Array> {
      const signedData = parseSignedData(await signAs('applicant'));
      signedData.signerInfos[0]!.signatureAlgorithm = new pkijs.AlgorithmIdentifier({ algorithmId: gost2015 });
      return new Uint8Array(new pkijs.ContentInfo({ contentType: pkijs.ContentInfo.SIGNED_DATA, content: signedData.toSchema() }).toSchema().toBER());
    }

    it('says it cannot verify a GOST signature here, without a verifier plugged in', async () => {
      const report = await verify(await gostLabelled());
      expect(report.ok).toBe(false);
      expect(report.signatureValid).toBe(false);
      expect(report.signature).toMatchObject({ status: 'unverifiable', signatureAlgorithm: gost2015, verifiedBy: null });
      expect(codes(report.failures)).toEqual(['algorithmUnsupported']);
      expect(report.failures[0]!.message.ru).toContain('ГОСТ');
      expect(report.failures[0]!.message.kk).toContain('ГОСТ');
    });

    it('hands a GOST signature to the plugged-in verifier, which decides', async () => {
      const calls: { signatureAlgorithm: string; certificate: Uint8Array }[] = [];
      let answer = true;
      // Stands in for a Kalkan bridge: checks the value with the certificate's key (RSA here).
      const plugin: AlgorithmVerifier = {
        digest: () => Promise.reject(new Error('not used: the digest is SHA-256')),
        verify: async ({ signatureAlgorithm, signed, signature, certificate }) => {
          calls.push({ signatureAlgorithm, certificate });
          const ok = createVerify('sha256').update(signed).verify(toPem(certificate, 'CERTIFICATE'), signature);
          return ok && answer;
        },
      };
      const cms = await gostLabelled();
      const report = await verify(cms, { algorithmVerifiers: { [gost2015]: plugin } });
      expect(report.signature).toMatchObject({ status: 'valid', verifiedBy: 'plugin' });
      expect(report.ok).toBe(true);
      expect(calls).toHaveLength(1);
      expect(calls[0]!.signatureAlgorithm).toBe(gost2015);

      answer = false;
      const refused = await verify(cms, { algorithmVerifiers: { [gost2015]: plugin } });
      expect(refused.signature.status).toBe('invalid');
      expect(codes(refused.failures)).toEqual(['signatureInvalid']);
    });
  });
});
