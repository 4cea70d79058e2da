// The case screen of §5.2: the case as it came in next to the decision; only the commands the
// core allows are offered; the decision form prefilled from the desk's typing, checked before it
// is sent (the first problem gets focus), saved and shown as its PDF, then submitted — all by
// keyboard (Ctrl+Enter); the head's return comment in view; the core's refusals in the officer's
// language; the timeline with what each event says; a head assigns to the office's deciding
// officers (`officers.list`, read once); an electronic application's signature verification.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, fail, type OfficerView } from '../../../../../shared/api';
import type { CaseDetail } from '../../../../../shared/api/processing';
import { caseId, deskOfficer, documentView, electronicAttachments, headOfficer, installFakeProcessing, processingOfficer, registeredCase } from './fakeProcessing';
import { openScreen } from './renderProcessing';

vi.mock('../../../../../renderer/src/features/documents/PdfPreview', () => ({
  PdfPreview: ({ pdfBase64, title }: { pdfBase64: string; title: string }) => (
    <div data-testid="pdf-preview-stub" aria-label={title}>
      {atob(pdfBase64)}
    </div>
  ),
}));

function open(officer: OfficerView, detail: CaseDetail, options: Parameters<typeof installFakeProcessing>[0] = {}, locale: 'kk' | 'ru' = 'kk') {
  const fake = installFakeProcessing({ detail, actor: officer, ...options });
  openScreen(officer, { name: 'case', caseId, from: 'queue' }, locale);
  return fake;
}

/** A case the processing officer has taken. */
const taken = (overrides: Partial<CaseDetail> = {}) =>
  registeredCase({
    allowed: ['saveDraft'],
    assigneeName: 'Қасымов Е. Б.',
    ...overrides,
    snapshot: { ...registeredCase().snapshot, state: 'inProcessing', assignee: 2, ...overrides.snapshot },
  });

const field = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('case screen: processing', () => {
  it('shows the case as it came in: application, intake record, registry match, timeline, deadline', async () => {
    open(processingOfficer, registeredCase());
    const materials = await screen.findByTestId('case-materials');
    expect(within(materials).getByTestId('case-application')).toHaveTextContent('Байжанова Іңкәр Нұрланқызы');
    expect(within(materials).getByTestId('case-application')).toHaveTextContent('ҚР азаматының жеке куәлігі, № 049876543, ҚР ІІМ, 04.05.2020 — 03.05.2030 дейін жарамды');
    expect(within(materials).getByTestId('case-intake')).toHaveTextContent('Нұрланова Ә. С., 02.03.2026 09:15');
    expect(within(materials).getByTestId('case-number')).toHaveTextContent('6205-2026-0100001');
    expect(within(materials).getByTestId('case-registry')).toHaveTextContent('Белгіленді: деректер сәйкес');
    expect(within(materials).getAllByTestId('timeline-entry').map((e) => e.textContent)).toEqual([
      '02.03.2026 09:00Құжаттарды қабылдау басталдыНұрланова Ә. С.',
      '02.03.2026 09:15Өтініш тіркелді6205-2026-0100001Нұрланова Ә. С.',
    ]);
    const deadline = screen.getByTestId('case-deadline');
    expect(deadline).toHaveTextContent('17.03.2026');
    expect(deadline).toHaveTextContent('Мерзімінде');
    expect(deadline).toHaveTextContent('10 жұмыс күні қалды · 14 күнтізбелік күн');
  });

  it('keeps an overdue deadline in red, even over a weekend with no working day passed yet', async () => {
    open(processingOfficer, registeredCase({ deadline: { due: '2026-03-13', workingDaysLeft: 0, calendarDaysLeft: -1, risk: 'overdue' } }), {}, 'ru');
    const deadline = await screen.findByTestId('case-deadline');
    expect(deadline).toHaveAttribute('data-risk', 'overdue');
    expect(within(deadline).getByText('Просрочено')).toBeInTheDocument();
    expect(screen.getByTestId('case-days-left')).toHaveTextContent(/^просрочено на 1 рабочий день$/);
    expect(screen.getByTestId('case-days-left').getAttribute('style')).toContain('--mantine-color-red-9');
  });

  it('offers only what the core allows: nothing when it allows nothing', async () => {
    open(deskOfficer, taken({ allowed: [] }));
    expect(await screen.findByTestId('no-action')).toHaveTextContent('Істің осы кезеңінде сізден әрекет талап етілмейді.');
    expect(screen.queryByTestId('take-case')).toBeNull();
    expect(screen.queryByTestId('decision-form')).toBeNull();
  });

  it('a processing officer takes a free case (focus on "take"), then the decision form opens prefilled', async () => {
    const fake = open(processingOfficer, registeredCase({ allowed: ['assign'] }));
    const take = await screen.findByTestId('take-case');
    await waitFor(() => expect(take).toHaveFocus());
    expect(screen.queryByTestId('decision-form')).toBeNull();
    await userEvent.setup().keyboard('{Enter}');
    await screen.findByTestId('decision-form');
    expect(fake.callsOf('case.assign')).toEqual([{ caseId }]);
    // What the desk typed: "Германия" and "2025 жыл", the address.
    expect(field('decision-foreignState')).toHaveValue('Германия Федеративтік Республикасы (DE)');
    expect(screen.getByText('Өтініште: «Германия»')).toBeInTheDocument();
    expect(field('decision-year')).toHaveValue('2025');
    expect(field('decision-address')).toHaveValue('Астана қ., Мәңгілік Ел даңғылы, 27-үй');
    await waitFor(() => expect(field('decision-foreignState')).toHaveFocus());
    expect(screen.getByTestId('case-assignee')).toHaveTextContent('Қасымов Е. Б.');
  });

  it('checks the draft before sending it, then saves it (the PDF shown) and submits it with Ctrl+Enter', async () => {
    const fake = open(processingOfficer, taken());
    await screen.findByTestId('decision-form');
    const user = userEvent.setup();
    await user.clear(field('decision-year'));
    await user.type(field('decision-year'), '1999');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('2000–2100 аралығындағы жылды енгізіңіз')).toBeInTheDocument();
    expect(field('decision-year')).toHaveFocus();
    expect(fake.callsOf('processing.saveDraft')).toEqual([]);
    expect(screen.queryByTestId('submit-draft')).toBeNull();

    await user.clear(field('decision-year'));
    await user.type(field('decision-year'), '2025');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() =>
      expect(fake.callsOf('processing.saveDraft')).toEqual([
        { caseId, decision: 'certificate', certificate: { foreignState: 'DE', period: { kind: 'year', year: 2025 }, address: 'Астана қ., Мәңгілік Ел даңғылы, 27-үй' } },
      ]),
    );
    const draft = fake.state.detail.decision!.documentId;
    expect(await within(screen.getByTestId('draft-preview')).findByTestId('pdf-preview-stub')).toHaveTextContent(`residencyCertificate ${draft}`);
    expect(screen.getByTestId('draft-status')).toHaveTextContent('Жоба сақталды: 03.03.2026 11:30');
    await waitFor(() => expect(screen.getByTestId('submit-draft')).toHaveFocus());

    // A change not saved: it must be saved (and seen) before it goes to the head.
    await user.clear(field('decision-year'));
    await user.type(field('decision-year'), '2024');
    expect(screen.getByTestId('draft-status')).toHaveTextContent('Өзгерістер сақталмаған: жобаны сақтап, құжатты тексеріңіз');
    expect(screen.getByTestId('submit-draft')).toBeDisabled();
    await user.clear(field('decision-year'));
    await user.type(field('decision-year'), '2025');
    expect(screen.getByTestId('submit-draft')).toBeEnabled();
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(fake.callsOf('processing.submit')).toEqual([{ caseId }]));
    expect(await screen.findByTestId('waiting-approval')).toHaveTextContent('Шешім жобасы басшының бекітуіне жіберілді.');
    expect(screen.getByTestId('case-state')).toHaveTextContent('Басшының келісуінде');
    expect(screen.queryByTestId('approve-open')).toBeNull();
  });

  it('a date range: dates typed as digits, the end not before the start', async () => {
    const fake = open(processingOfficer, taken());
    await screen.findByTestId('decision-form');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('period-range'));
    await user.type(field('decision-from'), '01072025');
    await user.type(field('decision-to'), '30062025');
    expect(field('decision-from')).toHaveValue('01.07.2025');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('Аяқталу күні басталу күнінен ерте болмауы тиіс')).toBeInTheDocument();
    expect(field('decision-to')).toHaveFocus();
    await user.clear(field('decision-to'));
    await user.type(field('decision-to'), '31122025');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(fake.callsOf('processing.saveDraft')).toHaveLength(1));
    expect(fake.callsOf('processing.saveDraft')[0]).toMatchObject({ certificate: { period: { kind: 'range', from: '2025-07-01', to: '2025-12-31' } } });
  });

  it('a reasoned refusal in Russian: the grounds of the regulation with their references, the reasoning', async () => {
    const fake = open(processingOfficer, taken(), {}, 'ru');
    await screen.findByTestId('decision-form');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('decision-refusal'));
    const grounds = screen.getByTestId('decision-grounds');
    expect(within(grounds).getAllByRole('checkbox').map((c) => c.closest('.mantine-Checkbox-root')?.textContent)).toEqual([
      '§10.1 Не является резидентом',
      '§10.2 Неполный пакет документов',
    ]);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('Выберите хотя бы одно основание')).toBeInTheDocument();
    expect(screen.getByText('Изложите мотивировку отказа (не менее 10 знаков)')).toBeInTheDocument();
    expect(field('decision-grounds')).toHaveFocus();
    // Ticked in any order, sent in the regulation's order.
    await user.click(within(grounds).getByLabelText('§10.2 Неполный пакет документов'));
    await user.click(within(grounds).getByLabelText('§10.1 Не является резидентом'));
    await user.type(field('decision-reasoning'), 'Заявитель находился в РК менее 183 дней');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() =>
      expect(fake.callsOf('processing.saveDraft')).toEqual([
        {
          caseId,
          decision: 'refusal',
          refusal: { grounds: ['notResident', 'incomplete'], reasoning: 'Заявитель находился в РК менее 183 дней', address: 'Астана қ., Мәңгілік Ел даңғылы, 27-үй' },
        },
      ]),
    );
    expect(await screen.findByTestId('draft-status')).toHaveTextContent('Проект сохранён: 03.03.2026 11:30');
  });

  it('shows the head’s return comment prominently; the returned draft is saved again before it goes back', async () => {
    const returned = taken({
      decision: { decision: 'certificate', data: { foreignState: 'DE', period: { kind: 'year', year: 2025 }, address: 'Астана қ., Мәңгілік Ел даңғылы, 27-үй' }, documentId: 'old' },
      timeline: [...registeredCase().timeline, { at: '2026-03-03T07:00:00.000Z', type: 'case.returnedForRework', officerName: 'Ахметова Г. М.', detail: 'Кезеңді күндер аралығымен көрсетіңіз' }],
      snapshot: { ...registeredCase().snapshot, state: 'returnedForRework', assignee: 2, reworkComment: 'Кезеңді күндер аралығымен көрсетіңіз' },
    });
    const fake = open(processingOfficer, returned);
    const notice = await screen.findByTestId('rework-comment');
    expect(notice).toHaveTextContent('Басшы (Ахметова Г. М.) пысықтауға қайтарды');
    expect(notice).toHaveTextContent('Кезеңді күндер аралығымен көрсетіңіз');
    expect(screen.getByTestId('draft-status')).toHaveTextContent('Жоба пысықтауға қайтарылды: түзетіп, қайта сақтаңыз');
    expect(screen.queryByTestId('submit-draft')).toBeNull();
    await userEvent.setup().keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(fake.callsOf('processing.saveDraft')).toHaveLength(1));
    expect(await screen.findByTestId('submit-draft')).toBeEnabled();
  });

  it('shows the core’s refusal in the officer’s language and reads the case again', async () => {
    const refused = fail({
      ...apiError('refused', { reason: 'notAssignee' }),
      message: { kk: 'Бұл әрекетті тек іске бекітілген орындаушы жасай алады.', ru: 'Это действие может выполнить только назначенный исполнитель дела.' },
    });
    const fake = open(processingOfficer, taken(), { handlers: { 'processing.saveDraft': () => refused } }, 'ru');
    await screen.findByTestId('decision-form');
    await userEvent.setup().keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Это действие может выполнить только назначенный исполнитель дела.');
    await waitFor(() => expect(fake.callsOf('case.get')).toHaveLength(2));
  });
});

describe('case screen: the timeline', () => {
  const timeline: CaseDetail['timeline'] = [
    { at: '2026-03-02T04:00:00.000Z', type: 'case.intakeStarted', officerName: 'Нұрланова Ә. С.', detail: null },
    { at: '2026-03-02T04:03:00.000Z', type: 'case.intakeStepCompleted', officerName: 'Нұрланова Ә. С.', detail: '§5.1.a' },
    { at: '2026-03-02T04:10:00.000Z', type: 'case.registryChecked', officerName: 'Нұрланова Ә. С.', detail: 'mismatch' },
    { at: '2026-03-02T04:15:00.000Z', type: 'case.registered', officerName: 'Нұрланова Ә. С.', detail: '6205-2026-0100001' },
    { at: '2026-03-03T06:30:00.000Z', type: 'case.draftSaved', officerName: 'Қасымов Е. Б.', detail: 'refusal' },
    { at: '2026-03-03T07:00:00.000Z', type: 'case.returnedForRework', officerName: 'Ахметова Г. М.', detail: 'Негіздерді нақтылаңыз:\n183 күн есебін қосыңыз' },
    { at: '2026-03-05T09:00:00.000Z', type: 'case.issued', officerName: 'Нұрланова Ә. С.', detail: 'Ж-6205-2026-0100001' },
    { at: '2026-03-05T09:01:00.000Z', type: 'case.somethingNew', officerName: null, detail: 'x-42' },
  ];

  it.each([
    ['kk', ['', '§5.1.a', 'Сәйкес емес', '6205-2026-0100001', 'Дәлелді бас тарту', 'Негіздерді нақтылаңыз:\n183 күн есебін қосыңыз', 'Ж-6205-2026-0100001', 'x-42']],
    ['ru', ['', '§5.1.a', 'Не совпадает', '6205-2026-0100001', 'Мотивированный отказ', 'Негіздерді нақтылаңыз:\n183 күн есебін қосыңыз', 'Ж-6205-2026-0100001', 'x-42']],
  ] as const)('says what each event says, codes in the officer’s language (%s)', async (locale, said) => {
    open(processingOfficer, registeredCase({ timeline }), {}, locale);
    const entries = await screen.findAllByTestId('timeline-entry');
    expect(entries.map((e) => within(e).queryByTestId('timeline-detail')?.textContent ?? '')).toEqual(said);
    // The event itself still translated as before; an unknown one by its type.
    expect(entries[1]).toHaveTextContent(locale === 'kk' ? 'Қабылдау қадамы аяқталды§5.1.a' : 'Завершён шаг приёма§5.1.a');
    expect(entries[7]).toHaveTextContent(/^05\.03\.2026 14:01case\.somethingNewx-42/);
    // The head's comment as written, its lines kept, in the return's colour.
    const comment = within(entries[5]!).getByTestId('timeline-detail');
    expect(comment.style.whiteSpace).toBe('pre-wrap');
    expect(comment.getAttribute('style')).toContain('--mantine-color-orange-9');
  });
});

describe('case screen: a head assigns', () => {
  it('to themself or to an active processing officer or head of the office, read once', async () => {
    const fake = open(headOfficer, registeredCase({ allowed: ['assign'] }));
    const target = await screen.findByTestId('assign-target');
    await waitFor(() => expect(within(target).getAllByRole('option')).toHaveLength(4));
    // Grouped by role; no front desk, no administrator, no one whose account is switched off.
    expect(within(target).getAllByRole('option').map((o) => o.textContent)).toEqual(['Өзім (Ахметова Г. М.)', 'Қасымов Е. Б.', 'Серікова А. Б.', 'Жұмабеков Д. А.']);
    expect([...target.querySelectorAll('optgroup')].map((g) => g.label)).toEqual(['Орындаушы маман', 'Басшы']);
    expect(screen.queryByTestId('officers-error')).toBeNull();
    const user = userEvent.setup();
    await user.selectOptions(target, '7');
    await user.click(screen.getByTestId('assign-submit'));
    await waitFor(() => expect(fake.callsOf('case.assign')).toEqual([{ caseId, officerId: 7 }]));
    expect(await screen.findByTestId('assign-panel')).toHaveTextContent('Қазіргі орындаушы: Серікова А. Б.');
    // Assigned to someone else: the head does not draft it.
    expect(screen.queryByTestId('decision-form')).toBeNull();
    await user.selectOptions(screen.getByTestId('assign-target'), '8');
    await user.click(screen.getByTestId('assign-submit'));
    await waitFor(() => expect(fake.callsOf('case.assign')).toEqual([{ caseId, officerId: 7 }, { caseId, officerId: 8 }]));
    await user.selectOptions(screen.getByTestId('assign-target'), String(headOfficer.id));
    await user.click(screen.getByTestId('assign-submit'));
    await waitFor(() => expect(fake.callsOf('case.assign')).toEqual([{ caseId, officerId: 7 }, { caseId, officerId: 8 }, { caseId }]));
    expect(await screen.findByTestId('decision-form')).toBeInTheDocument();
    // The panel was drawn again after every assignment: the staff list was read once.
    expect(fake.callsOf('officers.list')).toEqual([{}]);
  });

  it.each(['kk', 'ru'] as const)('cannot read the staff list: says so, offers themself, and reads it again on request (%s)', async (locale) => {
    let answer: unknown = fail({ ...apiError('transport'), message: { kk: 'Ядромен байланыс жоқ.', ru: 'Нет связи с ядром.' } });
    const fake = open(headOfficer, registeredCase({ allowed: ['assign'] }), { handlers: { 'officers.list': () => answer } }, locale);
    const error = await screen.findByTestId('officers-error');
    expect(error).toHaveTextContent(
      locale === 'kk'
        ? 'Басқарма қызметкерлерінің тізімі алынбадыӘзірге істі тек өзіңізге бекітуге болады. Ядромен байланыс жоқ.'
        : 'Не удалось получить список сотрудников управленияПока дело можно назначить только себе. Нет связи с ядром.',
    );
    const target = screen.getByTestId('assign-target');
    expect(within(target).getAllByRole('option').map((o) => o.textContent)).toEqual([locale === 'kk' ? 'Өзім (Ахметова Г. М.)' : 'Себя (Ахметова Г. М.)']);
    // Still able to take it.
    expect(screen.getByTestId('assign-submit')).toBeEnabled();

    answer = [{ id: 2, fullName: 'Қасымов Ержан Болатұлы', shortName: 'Қасымов Е. Б.', role: 'processing', active: true }];
    await userEvent.setup().click(within(error).getByTestId('officers-retry'));
    await waitFor(() => expect(within(screen.getByTestId('assign-target')).getAllByRole('option')).toHaveLength(2));
    expect(screen.queryByTestId('officers-error')).toBeNull();
    expect(fake.callsOf('officers.list')).toHaveLength(2);
  });

  it('opens a document of the case in the preview to print', async () => {
    const coupon = documentView('coupon', { createdByName: 'Нұрланова Ә. С.' });
    open(processingOfficer, registeredCase({ documents: [coupon] }));
    const row = await screen.findByTestId('case-document');
    expect(row).toHaveTextContent('Салықтық өтінішті қабылдау туралы талон');
    await userEvent.setup().click(within(row).getByTestId('open-document'));
    const dialog = await screen.findByRole('dialog', { name: 'Салықтық өтінішті қабылдау туралы талон' });
    expect(await within(dialog).findByTestId('pdf-preview-stub')).toHaveTextContent(`coupon ${coupon.id}`);
  });
});

describe('case screen: an electronic application', () => {
  const electronic = (signatureCheck: 'valid' | 'invalid' | null, overrides: Partial<CaseDetail> = {}) =>
    registeredCase({ channel: 'portal', ...overrides, snapshot: { ...registeredCase().snapshot, channel: 'portal', signatureCheck } });

  const staleCrl = {
    code: 'crlStale',
    message: {
      kk: 'Кері қайтарылған сертификаттар тізімі (CRL) ескірген: келесі жаңарту мерзімі өтіп кеткен. Анықтамалықтарды синхрондаңыз.',
      ru: 'Список отозванных сертификатов (CRL) устарел: срок следующего обновления прошёл. Выполните синхронизацию справочников.',
    },
    detail: 'nextUpdate 2026-02-20T00:00:00.000Z, fetched 2026-03-01T00:00:00.000Z',
  };

  it('a valid signature: in green, when it was checked, the warnings with their detail, the request by size and SHA-256', async () => {
    const fake = open(processingOfficer, electronic('valid'), { attachments: electronicAttachments({ warnings: [staleCrl] }) });
    const section = await screen.findByTestId('esign');
    expect(fake.callsOf('sync.caseAttachments')).toEqual([{ caseId }]);
    // First among the case's materials.
    expect(screen.getByTestId('case-materials').firstElementChild).toBe(section);
    expect(section).toHaveTextContent('Электрондық өтініштің ЭЦҚ-сын тексеру');
    expect(section).toHaveTextContent('egov.kz порталы');
    const verdict = await within(section).findByTestId('esign-verdict');
    expect(verdict).toHaveAttribute('data-valid', 'true');
    expect(verdict).toHaveTextContent('ЭЦҚ жарамды');
    expect(verdict.getAttribute('style')).toContain('--mantine-color-green');
    expect(within(verdict).getByTestId('esign-checked-at')).toHaveTextContent('Тексерілген уақыты: 02.03.2026 09:00');
    expect(within(verdict).queryByTestId('esign-failure')).toBeNull();
    const warning = within(section).getByTestId('esign-warning');
    expect(warning).toHaveAttribute('data-code', 'crlStale');
    expect(warning).toHaveTextContent(staleCrl.message.kk);
    expect(warning).toHaveTextContent('nextUpdate 2026-02-20T00:00:00.000Z, fetched 2026-03-01T00:00:00.000Z');
    // The revocation check, with the synced CRL it used and its age at the check, in Kazakh.
    const revocation = within(section).getByTestId('esign-revocation');
    expect(revocation).toHaveAttribute('data-status', 'good');
    expect(revocation).toHaveTextContent(
      'Сертификаттың кері қайтарылуы: кері қайтарылмаған — тізім (CRL) 20.02.2026 05:00 шығарылған, 01.03.2026 05:00 алынған: тексеру сәтінде 1 күн бұрын; келесі жаңарту мерзімі (27.02.2026 05:00) өтіп кеткен',
    );
    // What the applicant signed: the application form's fields, the country by its Kazakh name.
    const form = within(section).getByTestId('esign-form');
    expect(form).toHaveTextContent('Өтініш беруші ЭЦҚ-мен қол қойған өтініш');
    expect(form).toHaveTextContent('Өтініш беруші«Алтын Дала» ЖШС');
    expect(form).toHaveTextContent('Ұйым атынан қол қойғанАхметов Ерлан Болатұлы (800101300123)');
    expect(within(form).getByTestId('esign-form-country')).toHaveTextContent('Германия Федеративтік Республикасы (DE)');
    expect(form).toHaveTextContent('Кезең (жыл)2025');
    expect(form).toHaveTextContent('Даналар саны2');
    expect(form).toHaveTextContent('Шығыс құжаттың тіліРусский');
    expect(form).toHaveTextContent('Жіберілген уақыты02.03.2026 08:55');
    expect(within(section).queryByTestId('esign-form-unreadable')).toBeNull();
    // Grouped by a no-break space as Kazakh writes it (not by ICU data, which a browser may lack).
    expect(within(section).getByTestId('esign-request-size').textContent).toBe('12\u00a0345 байт');
    expect(within(section).getByTestId('esign-request-sha256')).toHaveTextContent('3f'.repeat(32));
    expect(within(section).getByTestId('esign-attachments').textContent).toContain('ЭЦҚ-сы (CMS)2\u00a0523 байт');
    expect(within(section).getByTestId('esign-attachments')).toHaveTextContent('Келіп түскен уақыты02.03.2026 09:00');
    // Where the electronic application's attachments were promised, they are now shown.
    expect(screen.getByTestId('case-documents')).not.toHaveTextContent('синхрондаудан кейін');
  });

  it('an invalid signature: in red, each reason in Russian with its detail, and only a refusal possible', async () => {
    const failures = [
      { code: 'revoked', message: { kk: 'Сертификат кері қайтарып алынған (кері қайтарылған сертификаттар тізімі бойынша).', ru: 'Сертификат отозван (по списку отозванных сертификатов).' }, detail: 'revoked 2026-02-01T00:00:00.000Z, reason 1' },
      { code: 'idMismatch', message: { kk: 'Сұраныстағы ЖСН/БСН ЭЦҚ сертификатындағы ЖСН/БСН-ге сәйкес келмейді.', ru: 'ИИН/БИН в запросе не совпадает с ИИН/БИН в сертификате ЭЦП.' }, detail: null },
    ];
    const crl = { thisUpdate: '2026-03-01T00:00:00.000Z', nextUpdate: '2026-03-08T00:00:00.000Z', fetchedAt: '2026-03-01T23:00:00.000Z', ageMs: 5 * 3_600_000 + 5_000, stale: false };
    open(
      processingOfficer,
      electronic('invalid', { allowed: ['saveDraft'] }),
      { attachments: electronicAttachments({ valid: false, failures, warnings: [staleCrl], revocation: { status: 'revoked', crl } }) },
      'ru',
    );
    const verdict = await screen.findByTestId('esign-verdict');
    expect(verdict).toHaveAttribute('data-valid', 'false');
    expect(verdict).toHaveAttribute('role', 'alert');
    expect(verdict.getAttribute('style')).toContain('--mantine-color-red');
    expect(verdict).toHaveTextContent('ЭЦП недействительна');
    expect(verdict).toHaveTextContent('ЭЦП заявления недействительна: может быть оформлен только мотивированный отказ.');
    expect(verdict).toHaveTextContent('Причины недействительности подписи');
    const reasons = within(verdict).getAllByTestId('esign-failure');
    expect(reasons.map((r) => r.getAttribute('data-code'))).toEqual(['revoked', 'idMismatch']);
    expect(reasons[0]).toHaveTextContent('Сертификат отозван (по списку отозванных сертификатов).revoked 2026-02-01T00:00:00.000Z, reason 1');
    expect(reasons[1]).toHaveTextContent(/^ИИН\/БИН в запросе не совпадает с ИИН\/БИН в сертификате ЭЦП\.$/);
    expect(within(verdict).getByTestId('esign-checked-at')).toHaveTextContent('Время проверки: 02.03.2026 09:00');
    expect(screen.getByTestId('esign-warning')).toHaveTextContent(staleCrl.message.ru);
    expect(screen.getByTestId('esign-revocation')).toHaveTextContent(
      /^Отзыв сертификата: отозван — список \(CRL\) выпущен 01\.03\.2026 05:00, получен 02\.03\.2026 04:00: на момент проверки 5 часов назад$/,
    );
    expect(screen.getByTestId('esign-form')).toHaveTextContent('Государство, для которого запрошено подтверждениеФедеративная Республика Германия (DE)');
    expect(screen.getByTestId('esign-form')).toHaveTextContent('Подписал от имени организацииАхметов Ерлан Болатұлы (800101300123)');
    // Russian plural forms: 12 345 байт, 2 523 байта.
    expect(screen.getByTestId('esign-request-size').textContent).toBe('12\u00a0345 байт');
    expect(screen.getByTestId('esign-attachments').textContent).toContain('(CMS)2\u00a0523 байта');
  });

  it('the verdict recorded with the case when the report has not reached this workstation; no CRL synced; an unreadable request; nothing at all yet', async () => {
    open(processingOfficer, electronic('invalid'), { attachments: { attachments: [], signatureReport: null, request: null } });
    const verdict = await screen.findByTestId('esign-verdict');
    expect(verdict).toHaveAttribute('data-valid', 'false');
    expect(verdict).toHaveTextContent('ЭЦҚ жарамсыз');
    await waitFor(() => expect(within(verdict).getByTestId('esign-checked-at')).toHaveTextContent('ЭЦҚ тексеру хаттамасы бұл жұмыс орнына әлі келіп түспеген'));
    expect(screen.queryByTestId('esign-revocation')).toBeNull();
    cleanup();

    // A report whose revocation found no synced CRL says that revocation was not checked.
    open(processingOfficer, electronic('valid'), { attachments: electronicAttachments({ revocation: { status: 'unknown', crl: null } }) });
    expect(await screen.findByTestId('esign-revocation')).toHaveTextContent('Сертификаттың кері қайтарылуы: белгісіз — синхрондалған тізім (CRL) жоқ, кері қайтарылуы тексерілмеді');
    cleanup();

    // A request document that is not the application form: said so, shown by size and hash only.
    open(processingOfficer, electronic('valid'), { attachments: electronicAttachments({}, null) });
    expect(await screen.findByTestId('esign-form-unreadable')).toHaveTextContent('Сұраныс құжаты өтініш нысаны ретінде оқылмады');
    expect(screen.queryByTestId('esign-form')).toBeNull();
    expect(screen.getByTestId('esign-request-sha256')).toHaveTextContent('3f'.repeat(32));
    cleanup();

    // A CRL received minutes before the check: "less than an hour", not "0 hours".
    const fresh = { thisUpdate: '2026-03-02T03:00:00.000Z', nextUpdate: '2026-03-09T03:00:00.000Z', fetchedAt: '2026-03-02T03:40:05.000Z', ageMs: 20 * 60_000, stale: false };
    open(processingOfficer, electronic('valid'), { attachments: electronicAttachments({ revocation: { status: 'good', crl: fresh } }) }, 'ru');
    expect(await screen.findByTestId('esign-revocation')).toHaveTextContent(/на момент проверки менее часа назад$/);
    cleanup();

    open(processingOfficer, electronic(null), { attachments: { attachments: [], signatureReport: null, request: null } });
    expect(await screen.findByTestId('esign-none')).toHaveTextContent('Электрондық өтініштің тіркемелері орталық жүйемен синхрондаудан кейін осында көрсетіледі.');
    expect(screen.queryByTestId('esign-verdict')).toBeNull();
  });

  it('a failure to read the attachments is shown, and they are read again on request', async () => {
    let answer: unknown = fail({ ...apiError('internal'), message: { kk: 'Ішкі қате.', ru: 'Внутренняя ошибка.' } });
    const fake = open(processingOfficer, electronic('valid'), { handlers: { 'sync.caseAttachments': () => answer } });
    const section = await screen.findByTestId('esign');
    expect(await within(section).findByRole('alert')).toHaveTextContent('Ішкі қате.');
    answer = electronicAttachments();
    await userEvent.setup().click(within(section).getByTestId('esign-retry'));
    expect(await within(section).findByTestId('esign-request-sha256')).toHaveTextContent('3f'.repeat(32));
    expect(within(section).getByTestId('esign-verdict')).toHaveTextContent('ЭЦҚ жарамды');
    expect(within(section).queryByRole('alert')).toBeNull();
    expect(fake.callsOf('sync.caseAttachments')).toHaveLength(2);
  });

  it('an application made at the office has no electronic signature to show', async () => {
    const fake = open(processingOfficer, registeredCase());
    await screen.findByTestId('case-materials');
    expect(screen.queryByTestId('esign')).toBeNull();
    expect(fake.callsOf('sync.caseAttachments')).toEqual([]);
  });
});
