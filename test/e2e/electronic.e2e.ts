// Electronic applications in Chromium through start:web, connected to the central-system simulator
// with the test PKI's root trusted: two EDS-signed applications from the portal arrive by sync; the
// processing officer finds them in the queue and sees what the applicant signed and the verification
// made on arrival — green for a valid signature, red with its reason for a revoked certificate — with
// the revocation check, the synced CRL it used and its age; on the invalid one only a reasoned
// refusal can be drafted.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCentral, type RunningCentral } from '../central';
import type { GeneratedApplication } from '../central/applications/generator';
import { ensurePki } from '../fixtures/pki/ensurePki';
import { launchChromium } from './support/chromium';
import { openInQueue, poll } from './support/lists';
import { screenshot } from './support/screenshots';
import { startWebHostProcess, type RunningHost } from './support/webHost';

describe('electronic applications in the browser', () => {
  let central: RunningCentral;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let valid: GeneratedApplication;
  let revoked: GeneratedApplication;

  beforeAll(async () => {
    const pki = await ensurePki();
    central = await startCentral({ taxpayers: 200 });
    central.central.publishCrl(pki.crlDer);
    [valid, revoked] = (await central.central.generateApplications({ officeCode: '6205', count: 2, kinds: ['valid', 'revoked'], channels: ['portal'] })) as [
      GeneratedApplication,
      GeneratedApplication,
    ];
    const credential = central.central.registerWorkstation('6205', 1);
    [host, browser] = await Promise.all([
      startWebHostProcess([
        '--central-url',
        central.url,
        '--workstation-credential',
        `${credential.id}:${credential.secret}`,
        '--trust-roots',
        pki.path(pki.manifest.root),
      ]),
      launchChromium(),
    ]);
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(host.url);
    await page.getByLabel('Логин').fill('processing');
    await page.getByLabel('Құпиясөз').fill('demo1234');
    await page.keyboard.press('Enter');
    await page.getByTestId('officer').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    await central?.close();
  });

  it('a valid signature: in green, with the revocation check against the synced CRL and its age', async () => {
    // The first sync runs at start-up; the case is in the queue once it has.
    await openInQueue(page, valid.registrationNumber, 30_000);
    const section = page.getByTestId('esign');
    await poll(() => section.getByTestId('esign-verdict').getAttribute('data-valid')).toBe('true');
    expect(await section.textContent()).toContain('egov.kz');
    const revocation = section.getByTestId('esign-revocation');
    expect(await revocation.getAttribute('data-status')).toBe('good');
    expect(Number(await revocation.getAttribute('data-crl-age-ms'))).toBeGreaterThanOrEqual(0);
    expect(await revocation.textContent()).toMatch(/^Сертификаттың кері қайтарылуы: кері қайтарылмаған — тізім \(CRL\) \d\d\.\d\d\.\d{4} \d\d:\d\d шығарылған, .* алынған: тексеру сәтінде (\d+ (күн|сағат)|бір сағаттан аз уақыт) бұрын/);
    expect(await section.getByTestId('esign-request-sha256').textContent()).toBe(valid.documentSha256);
    // What the applicant signed, read from the request document.
    const form = section.getByTestId('esign-form');
    expect(await form.textContent()).toContain(`Өтініш беруші${valid.taxpayerName}`);
    expect(await form.textContent()).toContain(`ЖСН/БСН${valid.taxpayerId}`);
    expect(await form.getByTestId('esign-form-country').textContent()).toMatch(/^.+ \([A-Z]{2}\)$/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'electronic-valid-kk');
  });

  it('a revoked certificate: in red with its reason, and only a reasoned refusal can be drafted', async () => {
    await openInQueue(page, revoked.registrationNumber, 30_000);
    const verdict = page.getByTestId('esign-verdict');
    await poll(() => verdict.getAttribute('data-valid')).toBe('false');
    expect(await verdict.getAttribute('role')).toBe('alert');
    expect(await verdict.getByTestId('esign-failure').evaluateAll((items) => items.map((i) => i.getAttribute('data-code')))).toContain('revoked');
    expect(await page.getByTestId('esign-revocation').getAttribute('data-status')).toBe('revoked');
    expect(await page.getByTestId('esign-revocation').textContent()).toContain('кері қайтарылған — тізім (CRL)');
    // Taking the case opens the decision form: the certificate is not offered, the refusal is.
    await page.getByTestId('take-case').click();
    await page.getByTestId('decision-form').waitFor();
    expect(await page.getByTestId('decision-certificate').isDisabled()).toBe(true);
    expect(await page.getByTestId('decision-refusal').isDisabled()).toBe(false);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'electronic-revoked-kk');
  });
});
