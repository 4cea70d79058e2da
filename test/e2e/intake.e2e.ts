// Front-desk intake (§5.1.a–f) in Chromium through the real `start:web` host: a full intake of
// an individual in person driven by the keyboard, a legal entity through a representative with
// Russian forms, an intake declined at completeness with its notice, and an intake interrupted
// by a reload that resumes at the same step with what was typed.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTaxpayer } from '../../electron/core/registry/taxpayerGenerator';
import { launchChromium } from './support/chromium';
import { screenshot as saveScreenshot } from './support/screenshots';
import { startWebHostProcess, type RunningHost } from './support/webHost';

const individual = demoTaxpayer(0);
const entity = demoTaxpayer(4);
const declinedApplicant = demoTaxpayer(1);
const interrupted = demoTaxpayer(2);
const second = demoTaxpayer(3);

/** A valid IIN with its check digit changed: the live check must say why it is wrong. */
const wrongIin = individual.id.slice(0, 11) + String((Number(individual.id[11]) + 1) % 10);

/** A full-page screenshot taken from the top (a scrolled page draws the fixed header mid-image). */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, name);
}

/** A front-office screen; the browser's locale (date fields) follows the officer's language. */
const viewport = { width: 1600, height: 1000 };

const field = (page: Page, path: string): Locator => page.locator(`[id="intake-field-${path}"]`);
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const wizardAt = (page: Page, step: string) => page.locator(`[data-testid="intake-wizard"][data-step="${step}"]`).waitFor();

async function signIn(page: Page, host: RunningHost): Promise<void> {
  await page.goto(host.url);
  await page.getByLabel('Логин').fill('frontdesk');
  await page.getByLabel('Құпиясөз').fill('demo1234');
  await page.keyboard.press('Enter');
  await page.getByTestId('officer').waitFor();
}

/** Types a date (DD.MM.YYYY) into a date field, replacing what was there. */
async function typeDate(page: Page, path: string, date: string): Promise<void> {
  const input = field(page, path);
  await input.fill('');
  await input.pressSequentially(date.replace(/\./g, ''));
}

/** Ticks every checkbox of the step's checklist with Tab and Space, starting from the first. */
async function tickAll(page: Page, ids: string[]): Promise<void> {
  await field(page, `checks.${ids[0]}`).focus();
  for (let i = 0; i < ids.length; i++) {
    await page.keyboard.press('Space');
    if (i < ids.length - 1) await page.keyboard.press('Tab');
  }
}

async function checklistIds(page: Page): Promise<string[]> {
  return page.locator('input[type="checkbox"][data-field^="checks."]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).dataset['field']!.slice(7)));
}

/** The PDF preview rendered a page by pdf.js (a painted canvas) and its thumbnails. */
async function expectPdfShown(page: Page): Promise<void> {
  const dialog = page.getByTestId('print-dialog');
  await dialog.locator('.react-pdf__Page__canvas').first().waitFor({ timeout: 20_000 });
  await expect.poll(() => dialog.getByTestId('pdf-thumbnail').count()).toBeGreaterThan(0);
  // pdf.js paints asynchronously after the canvas appears; under load that takes a while.
  const measure = () =>
    dialog
      .locator('.react-pdf__Page__canvas')
      .first()
      .evaluate((canvas) => {
        const c = canvas as HTMLCanvasElement;
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
        return { width: c.width, dark };
      });
  await expect.poll(async () => (await measure()).dark, { timeout: 20_000 }).toBeGreaterThan(200);
  const painted = await measure();
  expect(painted.width).toBeGreaterThan(100);
  expect(painted.dark).toBeGreaterThan(200);
}

/** The hidden print frame holds the document's pages as images at the form's size. */
async function expectPrintFrame(page: Page): Promise<{ images: number; pageSize: string }> {
  const frame = page.frameLocator('iframe[data-print-frame]');
  await frame.locator('img').first().waitFor({ state: 'attached' });
  const images = await frame.locator('img').count();
  const pageSize = /@page\{size:([^;]+);/.exec((await frame.locator('style').textContent()) ?? '')?.[1] ?? '';
  return { images, pageSize };
}

/** Prints from the open dialog with Enter (the Print button has focus) and waits for the log. */
async function printWithEnter(page: Page): Promise<{ images: number; pageSize: string }> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/Басып шығару|Печать/);
  await page.keyboard.press('Enter');
  await page
    .getByTestId('print-dialog')
    .waitFor({ state: 'hidden', timeout: 20_000 })
    .catch(async (error: unknown) => {
      await screenshot(page, 'zz-print-failure');
      throw error;
    });
  await page.getByTestId('printed').waitFor();
  return expectPrintFrame(page);
}

describe('front-desk intake in Chromium through start:web', () => {
  let host: RunningHost;
  let browser: Browser;

  beforeAll(async () => {
    [host, browser] = await Promise.all([startWebHostProcess(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  describe('an individual applying in person, by keyboard, through to the summary and the queue', () => {
    let page: Page;
    beforeAll(async () => {
      page = await browser.newPage({ viewport, locale: 'kk-KZ' });
      await signIn(page, host);
    });

    it('starts with Alt+N: the IIN is checked as it is typed, with the reason when wrong', async () => {
      await page.keyboard.press('Alt+n');
      await page.getByTestId('intake-start').waitFor();
      // Focus starts on the applicant type (individual); Tab goes to the IIN.
      await page.keyboard.press('Tab');
      expect(await activeId(page)).toBe('intake-start-taxpayerId');
      await page.keyboard.type(wrongIin.slice(0, 6));
      expect(await page.getByTestId('intake-start').textContent()).toContain('6 / 12 цифр');
      await page.keyboard.type(wrongIin.slice(6));
      await expect.poll(() => page.getByTestId('taxpayer-id-reasons').textContent()).toContain('бақылау (соңғы) цифры');
      await screenshot(page, 'intake-start-kk');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(individual.id[11]!);
      await expect.poll(() => page.getByTestId('intake-start').textContent()).toContain('ЖСН дұрыс (туған күні: 01.01.1940)');
      expect(await page.getByTestId('taxpayer-id-reasons').count()).toBe(0);
      await page.keyboard.press('Enter');
      await wizardAt(page, '5.1.a');
      expect(await page.getByTestId('step-ref').textContent()).toBe('§5.1.a');
      // Focus is on the step's first field.
      await expect.poll(() => activeId(page)).toBe('intake-field-person.surname');
    });

    it('§5.1.a identity: typed, saved as it goes, the timer running against the 2-minute norm', async () => {
      const elapsed = await page.getByTestId('timer-elapsed').textContent();
      expect(await page.getByTestId('timer-remaining').textContent()).toMatch(/^[12]:\d\d$/);
      await page.keyboard.type('Байжанова');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Іңкәр');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Нұрланқызы');
      await page.keyboard.press('Tab');
      expect(await activeId(page)).toBe('intake-field-identityDocument.type');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.type('049876543');
      await page.keyboard.press('Tab');
      await page.keyboard.type('ҚР ІІМ');
      // Dates are typed as digits; the dots come by themselves.
      await page.keyboard.press('Tab');
      await page.keyboard.type('04052020');
      await page.keyboard.press('Tab');
      await page.keyboard.type('03052030');
      expect(await field(page, 'identityDocument.issuedOn').inputValue()).toBe('04.05.2020');
      await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
      expect(await field(page, 'identityDocument.type').inputValue()).toBe('idCard');
      // Enter with the checklist still open goes to what is missing.
      await field(page, 'identityDocument.expiresOn').press('Enter');
      await expect.poll(() => activeId(page)).toMatch(/^intake-field-checks\./);
      await tickAll(page, await checklistIds(page));
      await expect.poll(() => page.getByTestId('step-ready').count()).toBe(1);
      // The timer ticks each second; fast typing can finish inside the first one, so wait for the tick.
      await expect.poll(() => page.getByTestId('timer-elapsed').textContent(), { timeout: 5_000 }).not.toBe(elapsed);
      await screenshot(page, 'intake-identity-kk');
      await page.keyboard.press('Enter');
      await wizardAt(page, '5.1.b');
      expect(await page.getByTestId('step-5.1.a').getAttribute('data-status')).toBe('completed');
    });

    it('§5.1.b completeness: the required documents ticked, Enter goes on', async () => {
      const ids = await checklistIds(page);
      expect(ids).toContain('taxApplication');
      expect(ids).not.toContain('powerOfAttorney');
      await expect.poll(() => activeId(page)).toBe(`intake-field-checks.${ids[0]}`);
      await tickAll(page, ids.filter((id) => id !== 'foreignStateForm'));
      await expect.poll(() => page.getByTestId('step-ready').count()).toBe(1);
      await screenshot(page, 'intake-completeness-kk');
      await page.keyboard.press('Enter');
      await wizardAt(page, '5.1.c');
    });

    it('§5.1.c registry match: the application data beside the registry, the match recorded', async () => {
      await expect.poll(() => activeId(page)).toBe('intake-field-application.taxpayerName');
      await page.keyboard.type(individual.name);
      await page.keyboard.press('Tab');
      await page.keyboard.type(individual.address);
      // IIN, name, address and registration status agree once the address has been saved.
      await expect.poll(() => page.locator('[data-testid="registry-table"] tr[data-verdict="match"]').count()).toBe(4);
      expect(await page.locator('[data-testid="registry-table"] tr[data-verdict="mismatch"]').count()).toBe(0);
      expect(await page.getByTestId('registry-age').textContent()).toContain('Тізілімнің жергілікті көшірмесі');
      // Enter: the only thing missing is the verdict, so focus goes to "match".
      await page.keyboard.press('Enter');
      await expect.poll(() => activeId(page)).toBe('intake-field-registryCheck');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('registry-check').textContent()).toBe('Белгіленді: деректер сәйкес');
      await screenshot(page, 'intake-registry-kk');
      await page.keyboard.press('Enter');
      await wizardAt(page, '5.1.d');
    });

    it('§5.1.d registration: the incoming number and the deadline in words', async () => {
      await expect.poll(() => activeId(page)).toBe('intake-field-registration');
      await screenshot(page, 'intake-registration-kk');
      await page.keyboard.press('Enter');
      await wizardAt(page, '5.1.e');
      expect(await page.getByTestId('registration-number').textContent()).toMatch(/\S+/);
      expect(await page.getByTestId('registration-deadline').textContent()).toMatch(/^\d\d\.\d\d\.\d{4}$/);
      expect(await page.getByTestId('registration-deadline-words').textContent()).toMatch(/\d{4}/);
    });

    it('§5.1.e second copy: the stamp previewed with pdf.js and printed', async () => {
      await expect.poll(() => activeId(page)).toBe('intake-field-secondCopyStamp');
      await screenshot(page, 'intake-second-copy-kk');
      await page.keyboard.press('Enter');
      await expectPdfShown(page);
      await screenshot(page, 'pdf-preview-stamp-kk');
      // The stamp prints on a label of its own size (70 × 40 mm by default).
      expect(await printWithEnter(page)).toEqual({ images: 1, pageSize: '70.00mm 40.00mm' });
      expect(await page.getByTestId('printed').textContent()).toBe('Басып шығарылды: browser, 1 дана');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('complete-step');
      await page.keyboard.press('Enter');
      await wizardAt(page, '5.1.f');
    });

    it('§5.1.f coupon: previewed with page thumbnails and zoom, printed, and the summary follows', async () => {
      await expect.poll(() => activeId(page)).toBe('intake-field-coupon');
      await page.keyboard.press('Enter');
      await expectPdfShown(page);
      const preview = page.getByTestId('pdf-preview');
      const before = Number(await preview.getAttribute('data-scale'));
      await page.getByRole('button', { name: 'Үлкейту' }).click();
      await expect.poll(async () => Number(await preview.getAttribute('data-scale'))).toBeGreaterThan(before);
      await page.getByRole('button', { name: 'Бет енімен' }).click();
      await expect.poll(async () => Number(await preview.getAttribute('data-scale'))).toBe(before);
      await screenshot(page, 'pdf-preview-coupon-kk');
      await page.getByRole('button', { name: 'Басып шығару', exact: true }).focus();
      expect((await printWithEnter(page)).pageSize).toBe('210.00mm 297.00mm');
      await page.keyboard.press('Enter');
      await page.getByTestId('intake-summary').waitFor();
      expect(await page.getByTestId('summary-total').textContent()).toContain('Қабылдау нормативі сақталды');
      expect(await page.getByTestId('summary-table').locator('tbody tr').count()).toBe(6);
      expect(await page.getByTestId('summary-table').textContent()).toContain('20:00');
      await screenshot(page, 'intake-summary-kk');
    });

    it('back to the queue, where the case waits with its number and deadline', async () => {
      const number = await page.getByTestId('registration-number').textContent();
      const deadline = await page.getByTestId('registration-deadline').textContent();
      // Focus is on "back to the queue".
      await page.keyboard.press('Enter');
      const row = page.getByTestId('queue-row').filter({ hasText: individual.id });
      await row.waitFor();
      expect(await row.textContent()).toContain(number!);
      expect(await row.getByTestId('queue-deadline').textContent()).toBe(deadline);
      expect(await row.getByTestId('queue-state').textContent()).toBe('Тіркелді');
      expect(await page.getByTestId('open-intakes').textContent()).toContain('Аяқталмаған қабылдау жоқ');
      await screenshot(page, 'queue-after-intake-kk');
    });
  });

  describe('a legal entity through a representative, screens and forms in Russian', () => {
    let page: Page;
    beforeAll(async () => {
      page = await browser.newPage({ viewport, locale: 'ru-RU' });
      await signIn(page, host);
      await page.getByText('Русский').click();
      await page.getByRole('heading', { name: 'Очередь заявлений' }).waitFor();
    });

    it('starts for a legal entity: BIN checked, the representative fixed, Russian forms chosen', async () => {
      await page.getByTestId('new-intake').click();
      const form = page.getByTestId('intake-start');
      await form.getByLabel('Юридическое лицо', { exact: true }).check();
      await form.getByLabel('БИН налогоплательщика').fill(individual.id);
      await expect.poll(() => page.getByTestId('taxpayer-id-reasons').textContent()).toMatch(/БИН/);
      await form.getByLabel('БИН налогоплательщика').fill(entity.id);
      await expect.poll(() => form.textContent()).toContain('БИН корректен');
      expect(await form.getByRole('radio', { name: 'Сам заявитель' }).isDisabled()).toBe(true);
      await form.getByText('Русский').click();
      expect(await form.getByRole('radio', { name: 'Русский' }).isChecked()).toBe(true);
      await screenshot(page, 'intake-start-entity-ru');
      await form.getByRole('button', { name: 'Начать приём' }).click();
      await wizardAt(page, '5.1.a');
      expect(await page.getByTestId('intake-taxpayer').textContent()).toBe(entity.name);
    });

    it('§5.1.a with the power of attorney and the entity checklist', async () => {
      await page.getByTestId('power-of-attorney').waitFor();
      await field(page, 'person.surname').fill('Ким');
      await field(page, 'person.givenName').fill('Виктор');
      await field(page, 'identityDocument.type').selectOption('idCard');
      await field(page, 'identityDocument.number').fill('041122334');
      await field(page, 'identityDocument.issuer').fill('МВД РК');
      await typeDate(page, 'identityDocument.issuedOn', '11.02.2019');
      await typeDate(page, 'identityDocument.expiresOn', '10.02.2029');
      await field(page, 'powerOfAttorney.number').fill('Д-17');
      await typeDate(page, 'powerOfAttorney.issuedOn', '10.01.2026');
      await typeDate(page, 'powerOfAttorney.validUntil', '31.12.2027');
      await field(page, 'powerOfAttorney.issuedBy').fill(entity.name);
      await field(page, 'powerOfAttorney.powers').fill('Подача и получение документов по подтверждению резидентства');
      const ids = await checklistIds(page);
      expect(ids).toEqual(expect.arrayContaining(['headSignature', 'entitySeal']));
      for (const id of ids) await field(page, `checks.${id}`).check();
      await expect.poll(() => page.getByTestId('step-ready').count()).toBe(1);
      await screenshot(page, 'intake-identity-representative-ru');
      await page.getByTestId('complete-step').click();
      await wizardAt(page, '5.1.b');
    });

    it('§5.1.b–d: documents, registry match, registration', async () => {
      const ids = await checklistIds(page);
      expect(ids).toEqual(expect.arrayContaining(['powerOfAttorney', 'stateRegistration']));
      for (const id of ids.filter((i) => i !== 'foreignStateForm')) await field(page, `checks.${id}`).check();
      await expect.poll(() => page.getByTestId('step-ready').count()).toBe(1);
      await page.getByTestId('complete-step').click();
      await wizardAt(page, '5.1.c');
      await field(page, 'application.taxpayerName').fill(entity.name);
      await field(page, 'application.address').fill(entity.address);
      await field(page, 'application.foreignState').fill('Германия');
      await expect.poll(() => page.locator('[data-testid="registry-table"] tr[data-verdict="match"]').count()).toBeGreaterThanOrEqual(3);
      await page.getByRole('button', { name: 'Данные совпадают' }).click();
      await page.getByTestId('registry-check').waitFor();
      await screenshot(page, 'intake-registry-ru');
      await page.getByTestId('complete-step').click();
      await wizardAt(page, '5.1.d');
      await page.getByRole('button', { name: 'Зарегистрировать' }).click();
      await wizardAt(page, '5.1.e');
      expect(await page.getByTestId('registration').textContent()).toContain('Заявление зарегистрировано');
    });

    it('§5.1.e–f: the stamp and the coupon come out in Russian', async () => {
      await page.getByRole('button', { name: 'Распечатать штамп' }).click();
      await expectPdfShown(page);
      await expect.poll(() => page.locator('.react-pdf__Page__textContent').textContent(), { timeout: 10_000 }).toContain('Вх. №');
      await page.getByRole('button', { name: 'Печать', exact: true }).click();
      await page.getByTestId('printed').waitFor();
      await page.getByTestId('complete-step').click();
      await wizardAt(page, '5.1.f');
      await page.getByRole('button', { name: 'Распечатать талон' }).click();
      await expectPdfShown(page);
      await expect.poll(() => page.locator('.react-pdf__Page__textContent').textContent(), { timeout: 10_000 }).toContain('Талон о приеме налогового заявления');
      await screenshot(page, 'pdf-preview-coupon-ru');
      await page.getByRole('button', { name: 'Печать', exact: true }).click();
      await page.getByTestId('printed').waitFor();
      expect(await page.getByTestId('printed').textContent()).toBe('Напечатано: browser, экз.: 1');
      await page.getByTestId('complete-step').click();
      await page.getByTestId('intake-summary').waitFor();
      expect(await page.getByTestId('summary-total').textContent()).toContain('Норматив приёма соблюдён');
      await screenshot(page, 'intake-summary-ru');
      await page.getByRole('button', { name: 'Вернуться к очереди' }).click();
      const row = page.getByTestId('queue-row').filter({ hasText: entity.id });
      expect(await row.getByTestId('queue-state').textContent()).toBe('Зарегистрировано');
      expect(await row.getByTestId('queue-deadline').textContent()).toMatch(/^\d\d\.\d\d\.\d{4}$/);
    });
  });

  describe('declined at completeness, with the notice printed', () => {
    let page: Page;
    beforeAll(async () => {
      page = await browser.newPage({ viewport, locale: 'kk-KZ' });
      await signIn(page, host);
    });

    it('passes identity, finds documents missing and declines acceptance', async () => {
      await page.getByTestId('nav-new-intake').click();
      await page.getByTestId('intake-start').getByLabel('Салық төлеушінің ЖСН').fill(declinedApplicant.id);
      await page.getByRole('button', { name: 'Қабылдауды бастау' }).click();
      await wizardAt(page, '5.1.a');
      await field(page, 'person.surname').fill('Серікова');
      await field(page, 'person.givenName').fill('Құралай');
      await field(page, 'identityDocument.type').selectOption('passport');
      await field(page, 'identityDocument.number').fill('N1234567');
      await field(page, 'identityDocument.issuer').fill('ҚР ІІМ');
      await typeDate(page, 'identityDocument.issuedOn', '01.03.2021');
      // An expired document is flagged in red next to the field.
      await typeDate(page, 'identityDocument.expiresOn', '02.03.2021');
      await expect.poll(() => page.locator('.mantine-InputWrapper-error').textContent()).toContain('құжаттың мерзімі 02.03.2021 өтіп кеткен');
      await typeDate(page, 'identityDocument.expiresOn', '01.03.2031');
      for (const id of await checklistIds(page)) await field(page, `checks.${id}`).check();
      await expect.poll(() => page.getByTestId('step-ready').count()).toBe(1);
      await page.getByTestId('complete-step').click();
      await wizardAt(page, '5.1.b');

      await field(page, 'checks.taxApplication').check();
      await page.getByTestId('completeness-missing').waitFor();
      // Trying to go on lists what is missing instead.
      await page.getByTestId('complete-step').click();
      await expect.poll(() => page.getByTestId('step-problems').textContent()).toContain('Белгіленбеген');
      await screenshot(page, 'intake-completeness-missing-kk');
      await page.getByTestId('completeness-missing').getByRole('button', { name: 'Қабылдаудан бас тарту' }).click();
      const dialog = page.getByTestId('decline-dialog');
      await dialog.getByLabel('Түсіндірме (қолхатқа жазылады)').waitFor();
      expect(await dialog.getByLabel('Негізі', { exact: true }).inputValue()).toBe('incompleteDocuments');
      expect(await dialog.getByRole('checkbox', { checked: true }).count()).toBeGreaterThanOrEqual(2);
      await dialog.getByRole('button', { name: 'Бас тартуды ресімдеу' }).click();
      await expect.poll(() => dialog.textContent()).toContain('Түсіндірмені жазыңыз');
      await dialog.getByLabel('Түсіндірме (қолхатқа жазылады)').fill('Қазақстанда болу күндерін растайтын құжаттар ұсынылмады');
      await screenshot(page, 'intake-decline-dialog-kk');
      await dialog.getByRole('button', { name: 'Бас тартуды ресімдеу' }).click();
      await page.getByTestId('intake-declined').waitFor();
      expect(await page.getByTestId('decline-reason').textContent()).toBe('Құжаттардың толық топтамасы ұсынылмады');
    });

    it('prints the notice declining acceptance, and the queue shows the case declined', async () => {
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Қолхатты басып шығару');
      await page.keyboard.press('Enter');
      await expectPdfShown(page);
      await expect.poll(() => page.locator('.react-pdf__Page__textContent').textContent(), { timeout: 10_000 }).toContain('Құжаттарды қабылдаудан бас тарту туралы қолхат');
      await screenshot(page, 'pdf-preview-decline-notice-kk');
      await printWithEnter(page);
      await screenshot(page, 'intake-declined-kk');
      await page.getByRole('button', { name: 'Кезекке оралу' }).click();
      const row = page.getByTestId('queue-row').filter({ hasText: declinedApplicant.id });
      expect(await row.getByTestId('queue-state').textContent()).toBe('Қабылдаудан бас тартылды');
      expect(await row.getByTestId('queue-deadline').textContent()).toBe('—');
    });
  });

  describe('interrupted: two intakes open, and a reload mid-step loses nothing', () => {
    let page: Page;
    beforeAll(async () => {
      page = await browser.newPage({ viewport, locale: 'kk-KZ' });
      await signIn(page, host);
    });

    async function startFor(taxpayerId: string) {
      await page.getByTestId('nav-new-intake').click();
      await page.getByTestId('intake-start').getByLabel('Салық төлеушінің ЖСН').fill(taxpayerId);
      await page.keyboard.press('Enter');
      await wizardAt(page, '5.1.a');
    }

    it('reloads in the middle of §5.1.a and comes back to the same step with the typing', async () => {
      await startFor(interrupted.id);
      await field(page, 'person.surname').fill('Әбілов');
      await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
      // Typed and reloaded at once, before the pause that sends it.
      await field(page, 'person.givenName').pressSequentially('Дәурен');
      await page.reload();
      await wizardAt(page, '5.1.a');
      await expect.poll(() => field(page, 'person.givenName').inputValue()).toBe('Дәурен');
      expect(await field(page, 'person.surname').inputValue()).toBe('Әбілов');
      await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
      await expect.poll(() => page.evaluate(() => localStorage.getItem('desk.intake.unsaved'))).toBeNull();
      await screenshot(page, 'intake-resumed-kk');
    });

    it('a second applicant interrupts: both intakes stay open and the officer switches between them', async () => {
      await field(page, 'identityDocument.number').fill('045566778');
      await startFor(second.id);
      await field(page, 'person.surname').fill('Байжанов');
      const open = page.getByTestId('open-intake');
      await expect.poll(() => open.filter({ hasText: second.id }).count()).toBe(1);
      expect(await open.filter({ hasText: interrupted.id }).count()).toBe(1);
      await open.filter({ hasText: interrupted.id }).click();
      await wizardAt(page, '5.1.a');
      expect(await field(page, 'identityDocument.number').inputValue()).toBe('045566778');
      expect(await field(page, 'person.givenName').inputValue()).toBe('Дәурен');
      await open.filter({ hasText: second.id }).click();
      await expect.poll(() => field(page, 'person.surname').inputValue()).toBe('Байжанов');
    });

    it('a paused step does not count; after a reload the intake is reopened from the list', async () => {
      await page.getByTestId('pause-button').click();
      await page.getByTestId('paused-notice').waitFor();
      expect(await page.getByTestId('step-timer').getAttribute('data-status')).toBe('paused');
      const frozen = await page.getByTestId('timer-elapsed').textContent();
      await page.waitForTimeout(1500);
      expect(await page.getByTestId('timer-elapsed').textContent()).toBe(frozen);
      await screenshot(page, 'intake-paused-kk');
      await page.keyboard.press('Alt+p');
      await expect.poll(() => page.getByTestId('step-timer').getAttribute('data-status')).toBe('running');

      await page.getByRole('button', { name: 'Кезекке оралу' }).click();
      await page.reload();
      await page.getByRole('heading', { name: 'Өтініштер кезегі' }).waitFor();
      const open = page.getByTestId('open-intake');
      await expect.poll(() => open.filter({ hasText: interrupted.id }).count()).toBe(1);
      expect(await open.filter({ hasText: second.id }).count()).toBe(1);
      await open.filter({ hasText: interrupted.id }).click();
      await wizardAt(page, '5.1.a');
      expect(await field(page, 'person.surname').inputValue()).toBe('Әбілов');
      expect(await field(page, 'identityDocument.number').inputValue()).toBe('045566778');
    });
  });
});
