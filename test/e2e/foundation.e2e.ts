// The foundation in a real browser: sign in, see the queue, switch language, reload, sign out.
import type { Browser, Page } from 'playwright-core';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { screenshot } from './support/screenshots';
import { startWebHostProcess, type RunningHost } from './support/webHost';

describe('foundation in Chromium through start:web', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [host, browser] = await Promise.all([startWebHostProcess(), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('opens on the sign-in screen in Kazakh, and the token leaves the address bar', async () => {
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Жүйеге кіру' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');
    expect(page.url()).not.toContain('token=');
    await screenshot(page, 'signin-kk');
  });

  it('shows a wrong password in Kazakh', async () => {
    await page.getByLabel('Логин').fill('frontdesk');
    await page.getByLabel('Құпиясөз').fill('wrong');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Логин немесе құпиясөз қате');
  });

  it('signs the demo front-desk officer in and shows their frame and the empty queue', async () => {
    await page.getByLabel('Құпиясөз').fill('demo1234');
    await page.keyboard.press('Enter');
    await page.getByTestId('queue-empty').waitFor();
    expect(await page.getByTestId('officer').textContent()).toContain('Нұрланова Әлия Серікқызы');
    expect(await page.getByTestId('officer-role').textContent()).toBe('Құжат қабылдау маманы');
    expect(await page.getByTestId('queue-empty').textContent()).toBe('Кезекте өтініш жоқ');
    await screenshot(page, 'queue-kk');
  });

  it('switches the whole screen to Russian and keeps the choice', async () => {
    await page.getByText('Русский').click();
    await expect.poll(() => page.getByTestId('queue-empty').textContent()).toBe('В очереди нет заявлений');
    expect(await page.getByTestId('officer-role').textContent()).toBe('Специалист по приёму документов');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await screenshot(page, 'queue-ru');
  });

  it('resumes the session after a reload', async () => {
    await page.reload();
    await page.getByTestId('queue-empty').waitFor();
    expect(await page.getByTestId('queue-empty').textContent()).toBe('В очереди нет заявлений');
  });

  it('signs out back to the sign-in screen', async () => {
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.getByRole('heading', { name: 'Вход в систему' }).waitFor();
    await screenshot(page, 'signin-ru');
  });

  it('refuses a socket with a wrong token, no token or a foreign Origin', async () => {
    const attempt = (query: string, origin: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`${host.origin.replace('http', 'ws')}/api${query}`, { origin });
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => {
          ws.close();
          resolve(101);
        });
        ws.on('error', () => resolve(-1));
      });
    expect(await attempt(`?token=${host.token}`, host.origin)).toBe(101);
    expect(await attempt('?token=wrong-token-0123456789', host.origin)).toBe(401);
    expect(await attempt('', host.origin)).toBe(401);
    expect(await attempt(`?token=${host.token}`, 'http://evil.example')).toBe(403);
  });

  it('a page opened with a wrong token cannot reach the core', async () => {
    const other = await browser.newPage();
    await other.goto(`${host.origin}/?token=wrong-token-0123456789`);
    await other.getByRole('status').waitFor();
    expect(await other.getByRole('status').textContent()).toContain('байланыс үзілді');
    await other.close();
  });
});
