// The administrator's workstation settings and the audit log check in Chromium through the real
// `start:web` host: the administrator changes the window number on the settings screen (a wrong
// value is caught first and nothing is sent), and a coupon the front desk prints afterwards
// carries it (read from the stored PDF with poppler's pdftotext); a coupon printed before does
// not. A front-desk officer finds no settings — not in the navigation, not when the window was
// left on the settings screen — and the core refuses them the change in Kazakh and Russian. The
// audit log check reads "intact" with as many entries as the core counts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTaxpayer } from '../../electron/core/registry/taxpayerGenerator';
import { launchChromium } from './support/chromium';
import { expectOk, registerInPerson, signedInSocket, type DeskSocket } from './support/deskSocket';
import { screenshot as saveScreenshot } from './support/screenshots';
import { startWebHostProcess, type RunningHost } from './support/webHost';

const viewport = { width: 1440, height: 960 };

/** A window number no coupon would carry by chance. */
const windowNumber = '47-Б';

/** Polls until the value matches: a round trip to the core may take a while with other E2E files running. */
const poll = <T>(read: () => T | Promise<T>, timeout = 10_000) => expect.poll(read, { timeout });

async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, name);
}

async function signIn(page: Page, host: RunningHost, login: string): Promise<void> {
  await page.goto(host.url);
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Құпиясөз').fill('demo1234');
  await page.keyboard.press('Enter');
  await page.getByTestId('officer').waitFor();
}

const noSpace = (text: string) => text.replace(/\s+/g, '');

/** The text of a case's coupon as poppler reads the stored PDF, whitespace removed. */
async function couponText(socket: DeskSocket, caseId: string): Promise<string> {
  const documents = expectOk(await socket.call('documents.list', { caseId }));
  const coupon = documents.find((d) => d.kind === 'coupon' && !d.supersededBy);
  if (!coupon) throw new Error(`no coupon among ${documents.map((d) => d.kind).join(', ')}`);
  const file = expectOk(await socket.call('documents.get', { id: coupon.id }));
  const dir = mkdtempSync(join(tmpdir(), 'desk-coupon-'));
  try {
    const pdf = join(dir, 'coupon.pdf');
    writeFileSync(pdf, Buffer.from(file.pdfBase64, 'base64'));
    return noSpace(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The message Mantine shows under a settings field. */
const fieldError = (page: Page, id: string) => page.locator(`#${id}-error`).textContent();

describe('administrator: workstation settings and the audit log in Chromium through start:web', () => {
  let host: RunningHost;
  let browser: Browser;
  let admin: Page;
  let desk: Page;
  let deskSocket: DeskSocket;
  let adminSocket: DeskSocket;

  beforeAll(async () => {
    [host, browser] = await Promise.all([startWebHostProcess(), launchChromium()]);
    [admin, desk, deskSocket, adminSocket] = await Promise.all([
      browser.newPage({ viewport }),
      browser.newPage({ viewport }),
      signedInSocket(host, 'frontdesk'),
      signedInSocket(host, 'admin'),
    ]);
  });
  afterAll(async () => {
    deskSocket?.close();
    adminSocket?.close();
    await browser?.close();
    await host?.stop();
  });

  it('a coupon printed before the change carries the default window number, not the new one', async () => {
    const { caseId } = await registerInPerson(deskSocket, demoTaxpayer(30));
    const text = await couponText(deskSocket, caseId);
    expect(text).toContain(noSpace('Шығыс құжаты берілетін «терезенің» нөмірі'));
    expect(text).not.toContain(noSpace(windowNumber));
  });

  it('the administrator opens the settings from the navigation, filled from the core', async () => {
    await signIn(admin, host, 'admin');
    await admin.getByTestId('nav-settings').click();
    await admin.getByTestId('settings-form').waitFor();
    expect(await admin.locator('#settings-windowNumber').inputValue()).toBe('1');
    expect(await admin.locator('#settings-workstationNo').inputValue()).toBe('1');
    expect(await admin.locator('#settings-officeHead-fullName').inputValue()).toBe('Ахметова Гүлнар Маратқызы');
    expect(await admin.getByTestId('settings-save').isDisabled()).toBe(true);
    await screenshot(admin, 'admin-settings-kk');
  });

  it('a wrong value is named at its field in Kazakh and nothing is sent', async () => {
    const before = expectOk(await adminSocket.call('settings.get', {}));
    await admin.locator('#settings-workstationNo').fill('120');
    await admin.locator('#settings-stampLabel-widthMm').fill('12');
    await admin.keyboard.press('Enter');
    await poll(() => fieldError(admin, 'settings-workstationNo')).toBe('Тым үлкен: ең көбі 99');
    expect(await fieldError(admin, 'settings-stampLabel-widthMm')).toBe('Тым кіші: кемінде 30');
    expect(await admin.getByTestId('settings-invalid').textContent()).toBe('Белгіленген өрістерді түзетіңіз.');
    expect(await admin.evaluate(() => document.activeElement?.id)).toBe('settings-workstationNo');
    await screenshot(admin, 'admin-settings-invalid-kk');
    expect(expectOk(await adminSocket.call('settings.get', {}))).toEqual(before);
    await admin.getByTestId('settings-revert').click();
    await poll(() => admin.locator('#settings-workstationNo').inputValue()).toBe('1');
    expect(await admin.locator('#settings-stampLabel-widthMm').inputValue()).toBe('70');
  });

  it('the administrator changes the window number (Enter saves); the core holds it at once', async () => {
    await admin.locator('#settings-windowNumber').fill(windowNumber);
    await admin.locator('#settings-windowNumber').press('Enter');
    await poll(() => admin.getByTestId('settings-saved').textContent()).toBe('Баптаулар сақталды: «Терезенің» нөмірі.');
    expect(await admin.getByTestId('settings-save').isDisabled()).toBe(true);
    const settings = expectOk(await adminSocket.call('settings.get', {}));
    expect(settings).toMatchObject({ windowNumber, workstationNo: 1, stampLabel: { widthMm: 70, heightMm: 40 } });
    await screenshot(admin, 'admin-settings-saved-kk');
  });

  it('a coupon the front desk prints afterwards carries the new window number', async () => {
    const { caseId } = await registerInPerson(deskSocket, demoTaxpayer(31));
    const text = await couponText(deskSocket, caseId);
    const label = noSpace('Шығыс құжаты берілетін «терезенің» нөмірі');
    expect(text).toContain(label);
    expect(text).toContain(noSpace(windowNumber));
    // Field 7's label, then the number: the value sits in the field it belongs to.
    expect(text.indexOf(noSpace(windowNumber))).toBeGreaterThan(text.indexOf(label));
  });

  it('a front-desk officer finds no settings, even with the window left on the settings screen', async () => {
    await signIn(desk, host, 'frontdesk');
    await desk.getByTestId('nav-queue').waitFor();
    expect(await desk.getByTestId('nav-settings').count()).toBe(0);
    expect(await desk.getByTestId('nav-audit').count()).toBe(0);
    // The screen the administrator's window remembers, put on the front desk's window.
    const remembered = await admin.evaluate(() => sessionStorage.getItem('desk.screen'));
    expect(JSON.parse(remembered!)).toMatchObject({ state: { screen: { name: 'settings' } } });
    await desk.evaluate((value) => sessionStorage.setItem('desk.screen', value), remembered!);
    await desk.reload();
    await desk.getByTestId('officer').waitFor();
    await desk.getByTestId('queue-table').or(desk.getByTestId('queue-empty')).first().waitFor();
    expect(await desk.getByTestId('settings-screen').count()).toBe(0);
    await screenshot(desk, 'admin-frontdesk-no-settings-kk');
  });

  it('the core refuses the front desk the change, in Kazakh and Russian, and nothing changes', async () => {
    const refused = await deskSocket.call('settings.update', { windowNumber: '99' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: { kk: 'Бұл әрекетке сіздің рөліңіздің құқығы жоқ.', ru: 'Ваша роль не даёт права на это действие.' } },
    });
    expect(expectOk(await deskSocket.call('settings.get', {})).windowNumber).toBe(windowNumber);
  });

  it('the audit log check reads intact, with as many entries as the core counts', async () => {
    await admin.getByTestId('audit-verify').click();
    const result = admin.getByTestId('audit-result');
    await poll(() => result.getAttribute('data-intact')).toBe('true');
    expect(await result.textContent()).toContain('Тұтастығы бұзылмаған');
    const shown = await admin.getByTestId('audit-entries').textContent();
    const core = expectOk(await adminSocket.call('audit.verify', {}));
    expect(core.ok).toBe(true);
    // Sign-ins, the registrations and the settings change are all in the log.
    expect(core.entries).toBeGreaterThan(10);
    expect(shown).toBe(`Тексерілген жазбалар: ${core.entries}`);
    await screenshot(admin, 'admin-settings-audit-kk');

    await admin.getByText('Русский').click();
    await poll(() => result.textContent()).toContain('Целостность не нарушена');
    expect(await admin.getByTestId('audit-entries').textContent()).toBe(`Проверено записей: ${core.entries}`);
    expect(await admin.getByRole('heading', { name: 'Настройки рабочего места' }).count()).toBe(1);
    await screenshot(admin, 'admin-settings-audit-ru');
  });
});
