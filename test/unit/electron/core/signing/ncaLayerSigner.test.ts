// The NCALayer client against a local stand-in speaking NCALayer's protocol: the request it
// sends, a signature made by the stand-in with a test PKCS#12 and checked locally, the user
// closing the dialog, someone else's key, NCALayer not running or silent, garbled answers, and
// the fallback to commonUtils on an NCALayer without the basics module.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ncaLayerSigner, SigningError, verifyDetachedCms, type NcaLayerSignerOptions } from '../../../../../electron/core/signing';
import { ncaLayerConnectionOptions } from '../../../../../electron/core/signing/ncaLayerSigner';
import { ensurePki, type TestPki } from '../../../../fixtures/pki/ensurePki';
import type { HolderId } from '../../../../fixtures/pki/make-pki';
import { samplePdf } from '../../../../fixtures/pki/samplePdf';
import {
  basicsCancelled,
  basicsResult,
  commonUtilsCancelled,
  commonUtilsResult,
  moduleNotFound,
  requestedData,
  standInSignature,
  startStandIn,
  type StandIn,
  type StandInScript,
} from './ncaLayerStandIn';

const supervisorIin = '751121400786';

async function refusal(promise: Promise<unknown>): Promise<SigningError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof SigningError)) throw new Error(`expected a SigningError, got ${String(error)}`);
  return error;
}

/** A port nobody listens on: bind one, then let it go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('ncaLayerSigner', () => {
  let pki: TestPki;
  let tls: { key: string; cert: string };
  let standIn: StandIn | null = null;
  const pdf = samplePdf('Растау хат / Подтверждение резидентства');

  beforeAll(async () => {
    pki = await ensurePki();
    // NCALayer's own certificate is self-signed for 127.0.0.1; the stand-in gets one like it.
    const dir = mkdtempSync(path.join(tmpdir(), 'desk-ncalayer-'));
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(made.stderr);
    tls = { key: readFileSync(path.join(dir, 'key.pem'), 'utf8'), cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8') };
  });

  afterEach(async () => {
    await standIn?.close();
    standIn = null;
  });

  const signsAs =
    (holder: HolderId): StandInScript =>
    async (request) =>
      basicsResult(await standInSignature(pki.p12(holder), pki.password, requestedData(request)));

  async function run(script: StandInScript, options: Partial<NcaLayerSignerOptions> = {}, standInOptions: Parameters<typeof startStandIn>[1] = {}) {
    standIn = await startStandIn(script, standInOptions);
    return ncaLayerSigner({ url: standIn.url, timeoutMs: 2_000, connectTimeoutMs: 2_000, ...options }).sign(pdf, { iin: supervisorIin });
  }

  it("signs through basics.sign over wss with NCALayer's self-signed loopback certificate, and checks the result", async () => {
    const result = await run(signsAs('supervisor'), { roots: [pki.rootPem], locale: 'ru' }, { tls });

    expect(standIn!.url).toMatch(/^wss:\/\/127\.0\.0\.1:\d+$/);
    expect(standIn!.requests).toEqual([
      {
        module: 'kz.gov.pki.knca.basics',
        method: 'sign',
        args: {
          allowedStorages: null,
          format: 'cms',
          data: Buffer.from(pdf).toString('base64'),
          signingParams: { decode: true, encapsulate: false, digested: false },
          signerParams: { extKeyUsageOids: ['1.3.6.1.5.5.7.3.4'], iin: supervisorIin },
          locale: 'ru',
        },
      },
    ]);
    expect(result.via).toBe('ncalayer-basics');
    expect(result.signer).toMatchObject({ iin: supervisorIin, subjectCn: 'АХМЕТОВА ГҮЛНАР', serialNumberHex: pki.manifest.holders.supervisor.serialHex });
    // The PEM answer came back as DER, and it is a valid detached signature over our PDF.
    expect(result.cms[0]).toBe(0x30);
    const report = await verifyDetachedCms(pdf, result.cms, { roots: [pki.rootPem], now: new Date() });
    expect(report.signatureValid && report.chainValid).toBe(true);
  });

  it('treats a sign answer without a result as the user cancelling', async () => {
    const error = await refusal(run(() => basicsCancelled));
    expect(error.code).toBe('cancelled');
    expect(error.localized.kk).toContain('Қол қою тоқтатылды');
  });

  it("refuses a signature made with someone else's key (wrongIin)", async () => {
    const error = await refusal(run(signsAs('applicant')));
    expect(error.code).toBe('wrongIin');
    expect(error.detail).toContain(pki.manifest.holders.applicant.iin);
  });

  it('refuses an authentication, an expired and a revoked key the same way the PKCS#12 signer does', async () => {
    expect((await refusal(run(signsAs('supervisorAuth')))).code).toBe('wrongKeyUsage');
    for (const [holder, code, crls] of [
      ['expired', 'certificateExpired', []],
      ['revoked', 'certificateRevoked', [{ der: pki.crlDer, fetchedAt: new Date() }]],
    ] as const) {
      await standIn?.close();
      standIn = await startStandIn(signsAs(holder));
      const signer = ncaLayerSigner({ url: standIn.url, timeoutMs: 2_000, crls });
      expect((await refusal(signer.sign(pdf, { iin: pki.manifest.holders[holder].iin }))).code).toBe(code);
    }
  });

  it('refuses a certificate that does not chain to the configured NCA roots', async () => {
    const error = await refusal(run(signsAs('supervisor'), { roots: [pki.otherRootPem] }));
    expect(error.code).toBe('badResponse');
    expect(error.detail).toContain('does not chain to a configured root');
  });

  it('works with an NCALayer that does not greet with its version', async () => {
    const result = await run(signsAs('supervisor'), { connectTimeoutMs: 300 }, { greet: false });
    expect(result.signer.iin).toBe(supervisorIin);
  });

  it('says serviceDown when NCALayer is not running', async () => {
    const port = await closedPort();
    const error = await refusal(ncaLayerSigner({ url: `wss://127.0.0.1:${port}`, connectTimeoutMs: 2_000 }).sign(pdf, { iin: supervisorIin }));
    expect(error.code).toBe('serviceDown');
    expect(error.detail).toContain('ECONNREFUSED');
    expect(error.localized).toEqual({
      kk: 'NCALayer іске қосылмаған. NCALayer бағдарламасын іске қосып, қайталаңыз.',
      ru: 'NCALayer не запущен. Запустите NCALayer и повторите.',
    });
  });

  it('says serviceDown with a timeout detail when NCALayer does not answer', async () => {
    const error = await refusal(run(() => 'silence', { timeoutMs: 200 }));
    expect(error.code).toBe('serviceDown');
    expect(error.detail).toMatch(/^timeout: NCALayer did not answer kz\.gov\.pki\.knca\.basics\.sign within 200 ms/);
  });

  it('says serviceDown when NCALayer drops the connection mid-request', async () => {
    const error = await refusal(run(() => 'hang up'));
    expect(error.code).toBe('serviceDown');
    expect(error.detail).toContain('closed the connection');
  });

  it('says badResponse for a malformed answer', async () => {
    expect((await refusal(run(() => 'Internal error <html>'))).code).toBe('badResponse');
    await standIn?.close();
    const notCms = await refusal(run(() => JSON.stringify({ body: { result: '-----BEGIN CMS-----\nAAAA\n-----END CMS-----\n' }, status: true })));
    expect(notCms.code).toBe('badResponse');
    expect(notCms.detail).toContain('not a CMS');
    await standIn?.close();
    const wrongShape = await refusal(run(() => JSON.stringify({ hello: 'world' })));
    expect(wrongShape.code).toBe('badResponse');
  });

  it('says badResponse when the returned CMS does not sign the bytes we sent', async () => {
    const other = samplePdf('another document');
    const error = await refusal(run(async () => basicsResult(await standInSignature(pki.p12('supervisor'), pki.password, other))));
    expect(error.code).toBe('badResponse');
    expect(error.detail).toContain('signatureInvalid');
  });

  it("reports NCALayer's own error answers as badResponse with its code", async () => {
    const answer = JSON.stringify({ code: 'INVOCATION_ERROR', details: 'org.json.JSONException', message: 'An invoked method threw an exception.', status: false });
    const error = await refusal(run(() => answer));
    expect(error.code).toBe('badResponse');
    expect(error.detail).toBe('NCALayer error INVOCATION_ERROR: An invoked method threw an exception. (org.json.JSONException)');
  });

  describe('without the basics module', () => {
    const olderNcaLayer =
      (tokens: string[], sign: (request: Parameters<StandInScript>[0]) => Promise<string> | string): StandInScript =>
      (request) => {
        if (request.module === 'kz.gov.pki.knca.basics') return moduleNotFound;
        if (request.method === 'getActiveTokens') return commonUtilsResult(tokens);
        return sign(request);
      };

    it('falls back to commonUtils.createCAdESFromBase64 on the file store', async () => {
      const result = await run(
        olderNcaLayer([], async (request) => commonUtilsResult(Buffer.from(await standInSignature(pki.p12('supervisor'), pki.password, requestedData(request))).toString('base64'))),
      );
      expect(result.via).toBe('ncalayer-commonUtils');
      expect(result.signer.iin).toBe(supervisorIin);
      expect(standIn!.requests.map((r) => `${r.module}.${r.method}`)).toEqual([
        'kz.gov.pki.knca.basics.sign',
        'kz.gov.pki.knca.commonUtils.getActiveTokens',
        'kz.gov.pki.knca.commonUtils.createCAdESFromBase64',
      ]);
      expect(standIn!.requests[2]!.args).toEqual(['PKCS12', 'SIGNATURE', Buffer.from(pdf).toString('base64'), false]);
    });

    it('uses a plugged-in token, and still checks the IIN, which commonUtils cannot filter by', async () => {
      const error = await refusal(
        run(olderNcaLayer(['AKKaztokenStore'], async (request) => commonUtilsResult(Buffer.from(await standInSignature(pki.p12('applicant'), pki.password, requestedData(request))).toString('base64')))),
      );
      expect(error.code).toBe('wrongIin');
      expect((standIn!.requests[2]!.args as unknown[])[0]).toBe('AKKaztokenStore');
    });

    it('treats action.canceled as the user cancelling', async () => {
      expect((await refusal(run(olderNcaLayer([], () => commonUtilsCancelled)))).code).toBe('cancelled');
    });
  });

  it('relaxes certificate checks for the loopback address only', () => {
    expect(ncaLayerConnectionOptions('wss://127.0.0.1:13579', undefined).rejectUnauthorized).toBe(false);
    expect(ncaLayerConnectionOptions('wss://localhost:13579', undefined).rejectUnauthorized).toBe(false);
    expect(ncaLayerConnectionOptions('wss://ncalayer.example.kz:13579', undefined).rejectUnauthorized).toBe(true);
    expect(ncaLayerConnectionOptions('wss://127.0.0.1:13579', { ca: tls.cert, rejectUnauthorized: true }).rejectUnauthorized).toBe(true);
  });
});
