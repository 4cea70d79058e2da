// The case screen of §5.2: the case as it came in next to the decision; only the commands the
// core allows are offered; the decision form prefilled from the desk's typing, checked before it
// is sent (the first problem gets focus), saved and shown as its PDF, then submitted — all by
// keyboard (Ctrl+Enter); the head's return comment in view; the core's refusals in the officer's
// language.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, fail, type OfficerView } from '../../../../../shared/api';
import type { CaseDetail } from '../../../../../shared/api/processing';
import { useKnownOfficers } from '../../../../../renderer/src/stores/caseQueue';
import { caseId, deskOfficer, documentView, headOfficer, installFakeProcessing, processingOfficer, registeredCase } from './fakeProcessing';
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
  beforeEach(() => useKnownOfficers.setState({ officers: {} }));

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
      '02.03.2026 09:15Өтініш тіркелдіНұрланова Ә. С.',
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
      timeline: [...registeredCase().timeline, { at: '2026-03-03T07:00:00.000Z', type: 'case.returnedForRework', officerName: 'Ахметова Г. М.' }],
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

describe('case screen: a head assigns', () => {
  it('to themself or to an officer seen in the lists', async () => {
    const fake = open(headOfficer, registeredCase({ allowed: ['assign'] }));
    useKnownOfficers.setState({ officers: { 2: 'Қасымов Е. Б.' } });
    const target = await screen.findByTestId('assign-target');
    expect(within(target).getAllByRole('option').map((o) => o.textContent)).toEqual(['Өзім (Ахметова Г. М.)', 'Қасымов Е. Б.']);
    expect(screen.getByTestId('assign-panel')).toHaveTextContent('Тізімде осы жұмыс орнында іс бекітілгені көрінген қызметкерлер ғана бар.');
    const user = userEvent.setup();
    await user.selectOptions(target, '2');
    await user.click(screen.getByTestId('assign-submit'));
    await waitFor(() => expect(fake.callsOf('case.assign')).toEqual([{ caseId, officerId: 2 }]));
    expect(await screen.findByTestId('assign-panel')).toHaveTextContent('Қазіргі орындаушы: Қасымов Е. Б.');
    // Assigned to someone else: the head does not draft it.
    expect(screen.queryByTestId('decision-form')).toBeNull();
    await user.selectOptions(screen.getByTestId('assign-target'), String(headOfficer.id));
    await user.click(screen.getByTestId('assign-submit'));
    await waitFor(() => expect(fake.callsOf('case.assign')).toEqual([{ caseId, officerId: 2 }, { caseId }]));
    expect(await screen.findByTestId('decision-form')).toBeInTheDocument();
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
