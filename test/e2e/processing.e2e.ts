// Processing (§5.2), the head's approval with the EDS (Appendix 5) and issuance at the window
// against signature in the journal (§5.3, Appendix 2) in Chromium through the real `start:web`
// host, with three officers signed in side by side (front desk, processing, head). Cases come in
// through the core's intake api (the intake screens have their own test); everything after
// registration is done on the screens: a certificate from queue to journal, a refusal, a draft
// returned for rework and approved after it, and the two refusals of approval — the head's own
// draft, and a front-desk officer (who is never offered the action; the core refuses it too).
// The staff lists come from the core's `officers.list`, the timeline says what each event says,
// and the §5.3 clock is the core's: a reload of the window shows it still running.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTaxpayer } from '../../electron/core/registry/taxpayerGenerator';
import { storeWithAgedCases } from './support/agedStore';
import { launchChromium } from './support/chromium';
import { registerInPerson, signedInSocket, type DeskSocket } from './support/deskSocket';
import { openFromList, openInQueue, poll } from './support/lists';
import { screenshot as saveScreenshot } from './support/screenshots';
import { startWebHostProcess, type RunningHost } from './support/webHost';

const viewport = { width: 1600, height: 1000 };

const overdueTaxpayer = demoTaxpayer(20);
const amberTaxpayer = demoTaxpayer(21);
const certificateTaxpayer = demoTaxpayer(22);
const refusalTaxpayer = demoTaxpayer(23);
const reworkTaxpayer = demoTaxpayer(25);
const ownDraftTaxpayer = demoTaxpayer(26);

/** A full-page screenshot taken from the top. */
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

/** "1:05" → 65 (the timers' m:ss). */
const clockSeconds = (text: string | null): number => {
  const [m, sec] = (text ?? '').split(':').map(Number);
  return (m ?? NaN) * 60 + (sec ?? NaN);
};

/** What the timeline of the case on screen says beside its events. */
const timelineDetails = (page: Page) => page.getByTestId('case-timeline').getByTestId('timeline-detail').allTextContents();

const activeTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? '');

/** pdf.js painted a page of the document into `within`. */
async function expectPdfPainted(within: Locator): Promise<void> {
  const canvas = within.locator('.react-pdf__Page__canvas').first();
  await canvas.waitFor({ timeout: 20_000 });
  await expect
    .poll(
      () =>
        canvas.evaluate((c) => {
          const el = c as HTMLCanvasElement;
          const data = el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data;
          let dark = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
          return dark;
        }),
      { timeout: 10_000 },
    )
    .toBeGreaterThan(200);
}

/** The text of the PDF shown in `within` (pdf.js text layer). */
const pdfText = (within: Locator) => within.locator('.react-pdf__Page__textContent').first().textContent();

async function openInApprovals(page: Page, number: string): Promise<void> {
  await page.getByTestId('nav-approvals').click();
  await page.getByTestId('approvals-screen').waitFor();
  await openFromList(page, 'approvals-search', number);
  await page.getByTestId('approval-panel').waitFor();
}

const caseState = (page: Page) => page.getByTestId('case-screen').getAttribute('data-state');

/** On the decision form (focus on its first field): a certificate for Germany, 2025, saved. */
async function draftCertificate(page: Page): Promise<void> {
  await page.getByTestId('decision-form').waitFor();
  await poll(() => activeTestId(page)).toBe('decision-foreign-state');
  await page.keyboard.type('Герман');
  // The form is already valid (prefilled from the application): an Enter before the list opens
  // would save it (a slow machine did), and the Ctrl+Enter below would then submit it for approval.
  await poll(() => page.locator('#decision-foreignState').getAttribute('aria-expanded')).toBe('true');
  await page.keyboard.press('Enter');
  await page.locator('#decision-year').fill('2025');
  await page.keyboard.press('Control+Enter');
  await expectPdfPainted(page.getByTestId('draft-preview')).catch(async (e: unknown) => {
    await screenshot(page, 'zz-draft-failure');
    throw e;
  });
}

/** The processing officer takes the case (Enter: focus is on "take") and drafts a certificate. */
async function takeAndDraftCertificate(page: Page, number: string): Promise<void> {
  await openInQueue(page, number);
  await poll(() => activeTestId(page)).toBe('take-case');
  await page.keyboard.press('Enter');
  await draftCertificate(page);
}

/** Saved: focus is on "submit for approval", and Ctrl+Enter sends it. */
async function submitDraft(page: Page): Promise<void> {
  await poll(() => activeTestId(page)).toBe('submit-draft');
  await page.keyboard.press('Control+Enter');
  await page.getByTestId('approval-panel').waitFor();
  await poll(() => caseState(page)).toBe('awaitingApproval');
}

/** The head approves what is on screen with the demo software key. */
async function approveWithSoftwareKey(page: Page): Promise<void> {
  await expectPdfPainted(page.getByTestId('approval-review'));
  await page.keyboard.press('Control+Enter');
  const dialog = page.getByTestId('approve-dialog');
  await dialog.getByLabel('Кілттің құпиясөзі').fill('Test-1234');
  await page.keyboard.press('Enter');
  await page.getByTestId('signature').waitFor({ timeout: 20_000 });
}

describe('processing, approval and issuance in Chromium through start:web', () => {
  let host: RunningHost;
  let browser: Browser;
  let desk: Page;
  let processing: Page;
  let head: Page;
  let deskSocket: DeskSocket;
  const numbers: Record<'overdue' | 'amber' | 'certificate' | 'refusal' | 'rework' | 'ownDraft', string> = {} as never;
  const caseIds: Record<string, string> = {};
  let issuedOn = '';

  beforeAll(async () => {
    // Two cases from weeks ago: one past its deadline, one due within three working days.
    const aged = await storeWithAgedCases([
      { taxpayer: overdueTaxpayer, registeredDaysAgo: 25 },
      { taxpayer: amberTaxpayer, registeredDaysAgo: 13 },
    ]);
    [numbers.overdue, numbers.amber] = aged.numbers as [string, string];
    [host, browser] = await Promise.all([startWebHostProcess([], { dataDir: aged.dataDir }), launchChromium()]);
    const pages = await Promise.all([0, 1, 2].map(async () => (await browser.newContext({ viewport, locale: 'kk-KZ' })).newPage()));
    [desk, processing, head] = pages as [Page, Page, Page];
    deskSocket = await signedInSocket(host, 'frontdesk');
    const registered = [];
    for (const [key, taxpayer] of [
      ['certificate', certificateTaxpayer],
      ['refusal', refusalTaxpayer],
      ['rework', reworkTaxpayer],
      ['ownDraft', ownDraftTaxpayer],
    ] as const) {
      const r = await registerInPerson(deskSocket, taxpayer, { foreignState: 'Германия', period: '2025 жыл' });
      numbers[key] = r.number;
      caseIds[key] = r.caseId;
      registered.push(r);
    }
    await Promise.all([signIn(desk, host, 'frontdesk'), signIn(processing, host, 'processing'), signIn(head, host, 'supervisor')]);
  });

  afterAll(async () => {
    deskSocket?.close();
    await browser?.close();
    await host?.stop();
  });

  it('the processing queue: sorted by deadline, overdue in red and nearly due in amber, filtered and searched', async () => {
    const queue = processing.getByTestId('processing-queue');
    await queue.waitFor();
    await poll(() => processing.getByTestId('case-row').count()).toBe(6);
    const rows = processing.getByTestId('case-row');
    // By deadline: the overdue case first, then the nearly due one.
    expect(await rows.nth(0).getAttribute('data-risk')).toBe('overdue');
    expect(await rows.nth(1).getAttribute('data-risk')).toBe('amber');
    expect(await rows.nth(2).getAttribute('data-risk')).toBe('normal');
    expect(await rows.nth(0).getByTestId('row-number').textContent()).toBe(numbers.overdue);
    expect(await rows.nth(0).getByTestId('days-left').textContent()).toMatch(/^мерзімі \d+ жұмыс күнге өтті$/);
    expect(await rows.nth(1).getByTestId('days-left').textContent()).toMatch(/^(\d жұмыс күні қалды|мерзімі бүгін аяқталады)$/);
    const colour = (row: Locator) => row.getByTestId('days-left').evaluate((el) => getComputedStyle(el).color);
    expect(await colour(rows.nth(0))).toBe('rgb(201, 42, 42)'); // red.9
    expect(await colour(rows.nth(1))).toBe('rgb(230, 119, 0)'); // yellow.9 (amber)
    expect(await processing.getByTestId('list-count').textContent()).toBe('6 өтініш');
    await screenshot(processing, 'processing-queue-kk');

    await processing.getByTestId('filter-risk').selectOption('overdue');
    await poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-risk')).toBe('overdue');
    await processing.getByTestId('filter-risk').selectOption('');
    // The office's deciding officers from the core (the officer themself is "mine"): the head.
    await poll(() => processing.getByTestId('filter-assignee').locator('option').allTextContents()).toEqual([
      'Барлығы',
      'Маған бекітілгендер',
      'Орындаушы бекітілмеген',
      'Ахметова Г. М.',
    ]);
    await processing.getByTestId('filter-assignee').selectOption('unassigned');
    await poll(() => rows.count()).toBe(6);

    // A name typed in lower case finds the taxpayer (the core searches Cyrillic in any case).
    const surname = certificateTaxpayer.name.split(' ')[0]!;
    await processing.locator('#queue-search').fill(surname.toLocaleLowerCase('kk'));
    await poll(async () => (await rows.allTextContents()).every((text) => text.includes(surname))).toBe(true);
    await processing.locator('#queue-search').fill(certificateTaxpayer.id);
    await poll(() => rows.count()).toBe(1);
    await processing.getByTestId('filters-reset').click();
    await poll(() => rows.count()).toBe(6);
  });

  it('certificate: taken, drafted and submitted; the head reviews the PDF and signs with the software key', async () => {
    await takeAndDraftCertificate(processing, numbers.certificate);
    expect(await processing.getByTestId('case-assignee').textContent()).toContain('Қасымов Е. Б.');
    expect(await pdfText(processing.getByTestId('draft-preview'))).toContain('Германия');
    expect(await processing.getByTestId('draft-status').textContent()).toMatch(/^Жоба сақталды: /);
    expect(await processing.getByTestId('case-deadline').getAttribute('data-risk')).toBe('normal');
    // The timeline says what each event says: the intake's steps, the number, the decision drafted.
    await poll(() => timelineDetails(processing)).toEqual(expect.arrayContaining(['§5.1.a', '§5.1.f', numbers.certificate, 'Резиденттікті растайтын құжат']));
    await screenshot(processing, 'case-decision-kk');
    await submitDraft(processing);
    await processing.getByTestId('waiting-approval').waitFor();
    expect(await processing.getByTestId('approve-open').count()).toBe(0);

    await head.getByTestId('nav-approvals').waitFor();
    await openInApprovals(head, numbers.certificate);
    expect(await head.getByTestId('approvals-count').textContent()).toBe('1');
    await expectPdfPainted(head.getByTestId('approval-review'));
    expect(await head.getByTestId('approval-review').textContent()).toContain('Жобаны дайындаған: Қасымов Е. Б.');
    await screenshot(head, 'approval-review-kk');
    await head.keyboard.press('Control+Enter');
    const dialog = head.getByTestId('approve-dialog');
    await dialog.getByTestId('signer-software').waitFor();
    expect(await dialog.getByTestId('signer-software').isChecked()).toBe(true);
    expect(await dialog.textContent()).toContain('Демо-басшы кілтінің құпиясөзі: Test-1234');
    // A wrong key password: the core's refusal, in Kazakh.
    await dialog.getByLabel('Кілттің құпиясөзі').fill('wrong-password');
    await head.keyboard.press('Enter');
    await poll(() => dialog.getByRole('alert').textContent(), 15_000).toContain('Кілт сақтағышы ашылмады');
    await dialog.getByLabel('Кілттің құпиясөзі').fill('Test-1234');
    await screenshot(head, 'approval-dialog-kk');
    await head.keyboard.press('Enter');
    await head.getByTestId('signature').waitFor({ timeout: 20_000 });
    expect(await head.getByTestId('signature-signer').textContent()).toContain('АХМЕТОВА');
    expect(await head.getByTestId('signature-serial').textContent()).toMatch(/^[0-9a-f]{8,}$/i);
    expect(await caseState(head)).toBe('approved');
    await poll(() => head.getByTestId('approvals-count').count()).toBe(0);
    await expectPdfPainted(head.getByTestId('outgoing-document'));
    await screenshot(head, 'approval-signed-kk');
  });

  it('processing marks it ready for issue: the issued copy carries the EDS block', async () => {
    await openInQueue(processing, numbers.certificate);
    await processing.getByTestId('signature').waitFor();
    const serial = (await processing.getByTestId('signature-serial').textContent())!;
    await poll(() => activeTestId(processing)).toBe('mark-ready');
    await processing.keyboard.press('Control+Enter');
    await poll(() => caseState(processing), 15_000).toBe('readyForIssue');
    const outgoing = processing.getByTestId('outgoing-document');
    await expectPdfPainted(outgoing);
    // (The PDF's text layer may break the long serial across lines with a hyphen.)
    await poll(async () => (await pdfText(outgoing))?.replace(/[\s-]/g, ''), 10_000).toContain(serial);
    // The signed draft is kept, replaced by the issued copy.
    const certificates = processing.locator('[data-testid="case-document"][data-kind="residencyCertificate"]');
    await poll(() => certificates.count()).toBe(2);
    expect(await certificates.first().textContent()).toContain('ауыстырылған');
  });

  it('issuance at the window: found by IIN, the §5.3 clock, the recipient and document recorded, the journal line printed', async () => {
    await desk.keyboard.press('Alt+i');
    await desk.getByTestId('issuance-screen').waitFor();
    await openFromList(desk, 'issuance-search', certificateTaxpayer.id);
    await desk.getByTestId('issue-screen').waitFor();
    await poll(() => activeTestId(desk)).toBe('issue-start');
    await desk.keyboard.press('Enter');
    const timer = desk.getByTestId('issuance-timer');
    await timer.waitFor();
    expect(await timer.getAttribute('data-status')).toBe('running');
    // The §, title and norm of the case's regulation version, as the core reports them.
    expect(await desk.getByTestId('issuance-step-title').textContent()).toBe('§5.3Шығыс құжаттарын Журналда тіркеу және қол қойдырып беру');
    expect(await desk.getByTestId('issuance-norm').textContent()).toBe('10:00');
    await poll(() => desk.getByTestId('issuance-remaining').textContent(), 5_000).toMatch(/^9:5\d$/);
    // The core keeps the clock: reloaded, the window shows it still running from where it was.
    await poll(async () => clockSeconds(await desk.getByTestId('issuance-elapsed').textContent()), 5_000).toBeGreaterThanOrEqual(2);
    await desk.reload();
    await desk.getByTestId('issuance-timer').waitFor();
    expect(await desk.getByTestId('issue-start').count()).toBe(0);
    const reloaded = clockSeconds(await desk.getByTestId('issuance-elapsed').textContent());
    expect(reloaded).toBeGreaterThanOrEqual(2);
    await poll(async () => clockSeconds(await desk.getByTestId('issuance-elapsed').textContent()), 5_000).toBeGreaterThan(reloaded);
    // Prefilled from the intake: the same person came in person.
    await poll(() => desk.evaluate(() => document.activeElement?.id)).toBe('recipient-fullName');
    expect(await desk.locator('#recipient-fullName').inputValue()).toBe('Серікбаев Арман Жанұлы');
    expect(await desk.locator('#recipient-documentName').inputValue()).toBe('ҚР азаматының жеке куәлігі');
    expect(await desk.locator('#recipient-documentNumber').inputValue()).toBe('051234567');
    await desk.locator('#recipient-documentSeries').fill('KZ');
    await expectPdfPainted(desk.getByTestId('issue-outgoing'));
    await screenshot(desk, 'issuance-form-kk');
    await desk.keyboard.press('Control+Enter');
    await desk.getByTestId('issued-card').waitFor({ timeout: 20_000 });
    const journalNumber = await desk.getByTestId('journal-number').textContent();
    expect(journalNumber).toMatch(/^Ж-6205-\d{4}-\d{7}$/);
    issuedOn = (await desk.getByTestId('issued-on').textContent())!;

    // Focus is on printing the journal line for the recipient's signature.
    await poll(() => activeTestId(desk)).toBe('print-journal-line');
    await desk.keyboard.press('Enter');
    const print = desk.getByTestId('print-dialog');
    await expectPdfPainted(print);
    await poll(() => pdfText(print), 10_000).toContain('Серікбаев Арман Жанұлы');
    await screenshot(desk, 'journal-line-kk');
    await poll(() => desk.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Басып шығару');
    await desk.keyboard.press('Enter');
    await print.waitFor({ state: 'hidden', timeout: 20_000 });
    await desk.getByTestId('printed').waitFor();
    expect(await desk.getByTestId('issue-screen').getAttribute('data-state')).toBe('issued');
  });

  it('the journal of a period is previewed with the issued line', async () => {
    await desk.getByTestId('nav-journal').click();
    await desk.getByTestId('journal-screen').waitFor();
    // The day of issue (today's by default — unless midnight in Kazakhstan came in between).
    for (const id of ['journal-from', 'journal-to']) {
      await desk.locator(`#${id}`).fill('');
      await desk.locator(`#${id}`).pressSequentially(issuedOn.replace(/\./g, ''));
    }
    await desk.keyboard.press('Enter');
    const preview = desk.getByTestId('journal-preview');
    await expectPdfPainted(preview);
    await poll(() => pdfText(preview), 10_000).toContain('Серікбаев Арман Жанұлы');
    await screenshot(desk, 'journal-kk');
  });

  it('refusal, screens in Russian: grounds of the regulation with their references, the reasoning required, approved and made ready', async () => {
    await processing.locator('header').getByText('Русский').click();
    await openInQueue(processing, numbers.refusal);
    await poll(() => activeTestId(processing)).toBe('take-case');
    await processing.keyboard.press('Enter');
    await processing.getByTestId('decision-form').waitFor();
    await processing.getByTestId('decision-refusal').check();
    const grounds = processing.getByTestId('decision-grounds');
    expect(await grounds.textContent()).toMatch(/§\S+/);
    await processing.locator('#decision-grounds').check();
    // Without the reasoning the draft is not sent: the officer is told why and taken there.
    await processing.keyboard.press('Control+Enter');
    await poll(() => processing.getByTestId('decision-form').textContent()).toContain('Изложите мотивировку отказа (не менее 10 знаков)');
    await poll(() => processing.evaluate(() => document.activeElement?.id)).toBe('decision-reasoning');
    await processing.keyboard.type('Заявитель находился в Республике Казахстан менее 183 дней в 2025 году');
    await processing.keyboard.press('Control+Enter');
    const preview = processing.getByTestId('draft-preview');
    await expectPdfPainted(preview);
    await poll(() => processing.getByTestId('draft-status').textContent()).toMatch(/^Проект сохранён: /);
    await screenshot(processing, 'case-refusal-ru');
    await submitDraft(processing);

    await openInApprovals(head, numbers.refusal);
    await approveWithSoftwareKey(head);
    await openInQueue(processing, numbers.refusal);
    await processing.getByTestId('mark-ready').click();
    await poll(() => caseState(processing), 15_000).toBe('readyForIssue');
    expect(await processing.getByTestId('outgoing-document').textContent()).toContain('Мотивированный отказ');
  });

  it('returned for rework: the head’s comment is in view for the officer, the draft is redone and approved', async () => {
    await processing.locator('header').getByText('Қазақша').click();
    await takeAndDraftCertificate(processing, numbers.rework);
    await submitDraft(processing);

    await openInApprovals(head, numbers.rework);
    await expectPdfPainted(head.getByTestId('approval-review'));
    await head.getByTestId('return-open').click();
    const dialog = head.getByTestId('return-dialog');
    const comment = dialog.getByLabel('Орындаушыға ескерту');
    await comment.waitFor();
    await head.keyboard.type('Қыс');
    await head.keyboard.press('Control+Enter');
    await poll(() => dialog.textContent()).toContain('Ескертуді жазыңыз (кемінде 5 таңба)');
    await comment.fill('Кезеңді 01.01.2025 – 31.12.2025 күндер аралығы ретінде көрсетіңіз');
    await screenshot(head, 'approval-return-kk');
    await head.keyboard.press('Control+Enter');
    await poll(() => caseState(head)).toBe('returnedForRework');

    await openInQueue(processing, numbers.rework);
    const notice = processing.getByTestId('rework-comment');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Кезеңді 01.01.2025 – 31.12.2025 күндер аралығы ретінде көрсетіңіз');
    expect(await notice.textContent()).toContain('Ахметова Г. М.');
    expect(await timelineDetails(processing)).toContain('Кезеңді 01.01.2025 – 31.12.2025 күндер аралығы ретінде көрсетіңіз');
    await expectPdfPainted(processing.getByTestId('draft-preview'));
    await screenshot(processing, 'case-rework-kk');
    await processing.getByTestId('period-range').check();
    await processing.locator('#decision-from').pressSequentially('01012025');
    await processing.locator('#decision-to').pressSequentially('31122025');
    await processing.keyboard.press('Control+Enter');
    await poll(() => processing.getByTestId('draft-status').textContent(), 15_000).toMatch(/^Жоба сақталды: /);
    await poll(() => pdfText(processing.getByTestId('draft-preview')), 10_000).toContain('31.12.2025');
    await submitDraft(processing);

    await openInApprovals(head, numbers.rework);
    await approveWithSoftwareKey(head);
    expect(await caseState(head)).toBe('approved');
  });

  it('a head may not approve a draft of their own: assigned to themself, drafted, submitted — the reason is shown, and the core refuses it', async () => {
    await openInQueue(head, numbers.ownDraft);
    const target = head.getByTestId('assign-target');
    await poll(() => target.inputValue()).not.toBe('');
    expect(await target.locator('option:checked').textContent()).toBe('Өзім (Ахметова Г. М.)');
    // The office's active processing officers and heads, from the core.
    await poll(() => target.locator('option').allTextContents()).toEqual(['Өзім (Ахметова Г. М.)', 'Қасымов Е. Б.']);
    await head.getByTestId('assign-submit').click();
    await draftCertificate(head);
    await submitDraft(head);
    const refusal = head.getByTestId('self-approval');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Басшы өзі дайындаған жобаны бекіте алмайды.');
    expect(await head.getByTestId('approve-open').count()).toBe(0);
    expect(await head.getByTestId('return-open').count()).toBe(1);
    await expectPdfPainted(head.getByTestId('approval-review'));
    await screenshot(head, 'approval-own-draft-kk');

    const headSocket = await signedInSocket(host, 'supervisor');
    try {
      const detail = await headSocket.call('case.get', { caseId: caseIds.ownDraft! });
      const documentId = detail.ok ? detail.value.decision!.documentId : '';
      const refused = await headSocket.call('approval.approve', { caseId: caseIds.ownDraft!, documentId, signer: 'software', keyPassword: 'Test-1234' });
      expect(refused).toMatchObject({
        ok: false,
        error: {
          code: 'refused',
          details: { reason: 'selfApproval' },
          message: { kk: 'Басшы өзі дайындаған жобаны бекіте алмайды.', ru: 'Руководитель не может утвердить проект, подготовленный им самим.' },
        },
      });
    } finally {
      headSocket.close();
    }
  });

  it('a front-desk officer is never offered approval, and the core refuses it in Kazakh and Russian', async () => {
    expect(await desk.getByTestId('nav-approvals').count()).toBe(0);
    // Even on the case screen itself, opened directly, nothing but the notice.
    await desk.evaluate((caseId) => {
      sessionStorage.setItem('desk.screen', JSON.stringify({ state: { screen: { name: 'case', caseId, from: 'queue' } }, version: 0 }));
    }, caseIds.ownDraft!);
    await desk.reload();
    await desk.getByTestId('case-screen').waitFor();
    await desk.getByTestId('waiting-approval').waitFor();
    expect(await desk.getByTestId('approve-open').count()).toBe(0);
    expect(await desk.getByTestId('return-open').count()).toBe(0);

    const detail = await deskSocket.call('case.get', { caseId: caseIds.ownDraft! });
    expect(detail.ok && detail.value.allowed).not.toContain('approve');
    const documentId = detail.ok ? detail.value.decision!.documentId : '';
    const refused = await deskSocket.call('approval.approve', { caseId: caseIds.ownDraft!, documentId, signer: 'software', keyPassword: 'Test-1234' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: { kk: 'Бұл әрекетке сіздің рөліңіздің құқығы жоқ.', ru: 'Ваша роль не даёт права на это действие.' } },
    });
  });
});
