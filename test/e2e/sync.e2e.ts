// Sync as the officer sees it, in Chromium through start:web connected to the central-system
// simulator: the status is always in the header, a registered case reaches the central system,
// a broken link shows offline with the unsent count and nothing is lost, and "sync now" in the
// panel sends it once the link is back.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCentral, type RunningCentral } from '../central';
import { demoTaxpayer } from '../../electron/core/registry/taxpayerGenerator';
import { launchChromium } from './support/chromium';
import { registerInPerson, signedInSocket, type DeskSocket } from './support/deskSocket';
import { screenshot } from './support/screenshots';
import { startWebHostProcess, type RunningHost } from './support/webHost';

describe('sync status in the browser', () => {
  let central: RunningCentral;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let desk: DeskSocket;

  beforeAll(async () => {
    central = await startCentral({ taxpayers: 500 });
    const credential = central.central.registerWorkstation('6205', 1);
    [host, browser] = await Promise.all([
      startWebHostProcess(['--central-url', central.url, '--workstation-credential', `${credential.id}:${credential.secret}`]),
      launchChromium(),
    ]);
    page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    await page.goto(host.url);
    await page.getByLabel('Логин').fill('frontdesk');
    await page.getByLabel('Құпиясөз').fill('demo1234');
    await page.keyboard.press('Enter');
    desk = await signedInSocket(host, 'frontdesk');
  });
  afterAll(async () => {
    desk?.close();
    await browser?.close();
    await host?.stop();
    await central?.close();
  });

  const badge = () => page.getByTestId('sync-status');

  it('shows the link to the central system in the header', async () => {
    await expect.poll(() => badge().getAttribute('data-state'), { timeout: 20_000 }).toBe('online');
  });

  it('sends a registered case to the central system', async () => {
    const taxpayer = demoTaxpayer(10);
    const { caseId } = await registerInPerson(desk, taxpayer);
    await expect.poll(() => central.central.cases().find((c) => c.caseId === caseId)?.state, { timeout: 30_000 }).toBe('registered');
    await expect.poll(() => page.getByTestId('sync-unsent').count(), { timeout: 20_000 }).toBe(0);
  });

  it('keeps working offline: the header says so and counts what is not sent yet', async () => {
    central.central.setFaults({ drop: 1 });
    const { caseId } = await registerInPerson(desk, demoTaxpayer(15));
    await expect.poll(() => badge().getAttribute('data-state'), { timeout: 30_000 }).toBe('offline');
    await expect.poll(() => page.getByTestId('sync-unsent').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByTestId('sync-unsent').textContent()).toMatch(/\d+ жіберілмеген өзгеріс/);
    await screenshot(page, 'sync-offline-kk');
    expect(central.central.cases().some((c) => c.caseId === caseId)).toBe(false);

    central.central.setFaults({ drop: 0 });
    await badge().click();
    await page.getByTestId('sync-now').waitFor({ state: 'visible' });
    await page.waitForTimeout(400); // the drawer slides in
    await screenshot(page, 'sync-panel-kk');
    await page.getByTestId('sync-now').click();
    await expect.poll(() => central.central.cases().find((c) => c.caseId === caseId)?.state, { timeout: 30_000 }).toBe('registered');
    await expect.poll(() => badge().getAttribute('data-state'), { timeout: 20_000 }).toBe('online');
    expect(await page.getByTestId('quarantine-empty').textContent()).toBe('Карантинде өзгеріс жоқ');
  });
});
