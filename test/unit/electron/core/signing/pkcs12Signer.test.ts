// The software signer against the test PKI: its detached CMS over a PDF verifies with OpenSSL
// (and stops verifying when one byte of the PDF changes), it reports the signer's facts, and it
// refuses someone else's key, an authentication key, an expired, a revoked or a locked one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isSigningError, pkcs12Signer, SigningError } from '../../../../../electron/core/signing';
import { parseCertificates } from '../../../../../electron/core/signing/certificate';
import { parseSignedData, signingTimeOf } from '../../../../../electron/core/signing/cms';
import { ensurePki, type TestPki } from '../../../../fixtures/pki/ensurePki';
import { samplePdf } from '../../../../fixtures/pki/samplePdf';

const supervisorIin = '751121400786';
const processingIin = '850702300459';

function opensslVerify(dir: string, pdf: Uint8Array, cms: Uint8Array, rootFile: string) {
  writeFileSync(path.join(dir, 'doc.pdf'), pdf);
  writeFileSync(path.join(dir, 'doc.p7s'), cms);
  const args = ['cms', '-verify', '-binary', '-inform', 'DER', '-in', path.join(dir, 'doc.p7s'), '-content', path.join(dir, 'doc.pdf'), '-CAfile', rootFile, '-purpose', 'any', '-out', path.join(dir, 'out.pdf')];
  const run = spawnSync('openssl', args, { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

async function refusal(promise: Promise<unknown>): Promise<SigningError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof SigningError)) throw new Error(`expected a SigningError, got ${String(error)}`);
  return error;
}

describe('pkcs12Signer', () => {
  let pki: TestPki;
  const work = mkdtempSync(path.join(tmpdir(), 'desk-signing-'));
  beforeAll(async () => {
    pki = await ensurePki();
  });

  it('makes a detached CMS over a PDF that OpenSSL verifies, and that fails after one byte of the PDF changes', async () => {
    const pdf = samplePdf();
    const result = await pkcs12Signer({ p12: pki.p12('supervisor'), password: pki.password }).sign(pdf, { iin: supervisorIin });

    const good = opensslVerify(work, pdf, result.cms, pki.path(pki.manifest.root));
    expect(good.output).toContain('Verification successful');
    expect(good.status).toBe(0);

    const tampered = pdf.slice();
    tampered[100] = tampered[100]! ^ 0x01;
    const bad = opensslVerify(work, tampered, result.cms, pki.path(pki.manifest.root));
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain('Verification failure');

    // Trusting a foreign root instead: the chain cannot be built, so OpenSSL refuses too.
    const foreign = opensslVerify(work, pdf, result.cms, pki.path(pki.manifest.otherRoot));
    expect(foreign.status).not.toBe(0);
  });

  it('reports the signer certificate facts and carries the chain and signingTime', async () => {
    const before = new Date(Math.floor(Date.now() / 1000) * 1000);
    const result = await pkcs12Signer({ p12: pki.p12('supervisor'), password: pki.password }).sign(samplePdf(), { iin: supervisorIin });
    const after = new Date();
    const holder = pki.manifest.holders.supervisor;

    expect(result.via).toBe('pkcs12');
    expect(result.signer).toMatchObject({
      subjectCn: 'АХМЕТОВА ГҮЛНАР',
      surname: 'АХМЕТОВА',
      givenName: 'МАРАТҚЫЗЫ',
      iin: supervisorIin,
      bin: holder.bin,
      serialNumberHex: holder.serialHex,
      issuerCn: 'ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) TEST',
      notBefore: new Date(holder.notBefore),
      notAfter: new Date(holder.notAfter),
      extKeyUsage: ['1.3.6.1.5.5.7.3.4'],
      policies: ['1.2.398.3.3.4.1.2', '1.2.398.3.3.4.1.2.2'],
    });
    expect(result.signer.bin).toMatch(/^\d{12}$/);
    expect(result.signer.issuer).toBe('CN=ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) TEST, C=KZ');

    const signedData = parseSignedData(result.cms);
    expect(signedData.encapContentInfo.eContent).toBeUndefined(); // detached
    const signerInfo = signedData.signerInfos[0]!;
    expect(signerInfo.digestAlgorithm.algorithmId).toBe('2.16.840.1.101.3.4.2.1');
    expect(signerInfo.signatureAlgorithm.algorithmId).toBe('1.2.840.113549.1.1.11');
    // contentType, signingTime, messageDigest: the DER order of their encodings (shortest first here).
    expect(signerInfo.signedAttrs?.attributes.map((a) => a.type)).toEqual(['1.2.840.113549.1.9.3', '1.2.840.113549.1.9.5', '1.2.840.113549.1.9.4']);
    const signingTime = signingTimeOf(signerInfo);
    expect(signingTime?.getTime()).toBe(result.signingTime.getTime() - (result.signingTime.getTime() % 1000));
    expect(signingTime!.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(signingTime!.getTime()).toBeLessThanOrEqual(after.getTime());

    // The certificates travel byte for byte as issued: the holder's and the intermediate.
    const carried = (signedData.certificates ?? []).map((c) => Buffer.from(c.toSchema().toBER()).toString('hex'));
    const issued = parseCertificates([pki.certPem('supervisor'), pki.intermediatePem]).map((c) => Buffer.from(c.toSchema().toBER()).toString('hex'));
    expect(carried).toEqual(issued);
  });

  it('signs with an organisation key and reads its BIN', async () => {
    const holder = pki.manifest.holders.applicantOrg;
    const result = await pkcs12Signer({ p12: pki.p12('applicantOrg'), password: pki.password }).sign(samplePdf(), { iin: holder.iin });
    expect(result.signer).toMatchObject({ iin: holder.iin, bin: holder.bin, policies: ['1.2.398.3.3.4.1.2', '1.2.398.3.3.4.1.2.1'] });
  });

  it("refuses to sign with someone else's key (wrongIin) and says so in both languages", async () => {
    const error = await refusal(pkcs12Signer({ p12: pki.p12('supervisor'), password: pki.password }).sign(samplePdf(), { iin: processingIin }));
    expect(error.code).toBe('wrongIin');
    expect(error.detail).toContain(supervisorIin);
    expect(error.localized.kk).toContain('ЖСН');
    expect(error.localized.ru).toContain('ИИН');
    expect(isSigningError(error, 'wrongIin')).toBe(true);
  });

  it('refuses an authentication key (wrongKeyUsage)', async () => {
    const error = await refusal(pkcs12Signer({ p12: pki.p12('supervisorAuth'), password: pki.password }).sign(samplePdf(), { iin: supervisorIin }));
    expect(error.code).toBe('wrongKeyUsage');
  });

  it('refuses an expired key (certificateExpired)', async () => {
    const holder = pki.manifest.holders.expired;
    const error = await refusal(pkcs12Signer({ p12: pki.p12('expired'), password: pki.password }).sign(samplePdf(), { iin: holder.iin }));
    expect(error.code).toBe('certificateExpired');
  });

  it('refuses a key listed on the synced CRL (certificateRevoked), and signs with it when no CRL says so', async () => {
    const holder = pki.manifest.holders.revoked;
    const withCrl = pkcs12Signer({ p12: pki.p12('revoked'), password: pki.password, crls: [pki.crlDer] });
    expect((await refusal(withCrl.sign(samplePdf(), { iin: holder.iin }))).code).toBe('certificateRevoked');
    const withoutCrl = pkcs12Signer({ p12: pki.p12('revoked'), password: pki.password });
    expect((await withoutCrl.sign(samplePdf(), { iin: holder.iin })).signer.iin).toBe(holder.iin);
  });

  it('reports a wrong password as keyUnavailable', async () => {
    const error = await refusal(pkcs12Signer({ p12: pki.p12('supervisor'), password: 'wrong' }).sign(samplePdf(), { iin: supervisorIin }));
    expect(error.code).toBe('keyUnavailable');
    expect(error.localized.ru).toContain('пароль');
  });
});
