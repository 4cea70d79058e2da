// The §5.1 wizard in the renderer: drawn from the intake view (steps, refs, norms, the panel of
// each kind), keyboard-first (focus on the first field, Enter to what is missing or on), typed
// values saved as patches, problems in the officer's language linked to their fields, pause,
// decline, the registry comparison, registration and printing, and the summary.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IntakeFormPatch } from '../../../../../shared/api/intake';
import { useNavigationStore } from '../../../../../renderer/src/stores/navigation';
import { installFakeIntake, startedCase, steps2015, type StepDef } from './fakeIntake';
import { recordingPrintHost, renderFrame, resetStores } from './renderIntake';

vi.mock('../../../../../renderer/src/features/documents/PdfPreview', () => ({
  PdfPreview: ({ pdfBase64, title }: { pdfBase64: string; title: string }) => (
    <div data-testid="pdf-preview-stub" aria-label={title}>
      {pdfBase64}
    </div>
  ),
}));

const caseId = '00000000-0000-4000-8000-000000000099';
const saves = (calls: { name: string; input: unknown }[]) =>
  calls.filter((c) => c.name === 'intake.saveForm').map((c) => (c.input as { patch: IntakeFormPatch }).patch);

function openCase(id = caseId) {
  resetStores('kk', { name: 'intake', caseId: id });
  return renderFrame();
}

const field = (path: string) => document.getElementById(`intake-field-${path}`) as HTMLInputElement;

describe('intake wizard', () => {
  beforeEach(() => resetStores());

  it('is drawn from the view: the step list with § refs, titles, norms and status, and the panel of the current kind', async () => {
    const fake = installFakeIntake();
    startedCase(fake);
    openCase();
    const list = await screen.findByRole('navigation', { name: 'Қабылдау қадамдары' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^§5\.1\.aОрындалудаЖеке басын куәландыратын құжатпен салыстырунорматив 2:000:00$/),
      expect.stringMatching(/^§5\.1\.bҚұжаттардың толықтығын тексерунорматив 3:00$/),
      expect.stringContaining('§5.1.c'),
      expect.stringContaining('§5.1.d'),
      expect.stringContaining('§5.1.e'),
      expect.stringContaining('норматив 2:00'),
    ]);
    expect(rows[0]).toHaveAttribute('aria-current', 'step');
    expect(screen.getByTestId('step-ref')).toHaveTextContent('§5.1.a');
    expect(screen.getByRole('heading', { name: 'Жеке басын куәландыратын құжатпен салыстыру' })).toBeInTheDocument();
    expect(screen.getByLabelText('Тегі')).toBeInTheDocument();
  });

  it('follows another regulation version without code changes: its steps, titles, norms and kinds', async () => {
    const defs: StepDef[] = [
      { id: '4.2.a', kind: 'completeness', normSeconds: 600, title: { kk: 'Құжаттар тізбесін тексеру', ru: 'Проверка перечня документов' } },
      { id: '4.2.b', kind: 'coupon', normSeconds: 60, title: { kk: 'Қолхат беру', ru: 'Выдача расписки' } },
    ];
    const fake = installFakeIntake({ defs });
    startedCase(fake);
    openCase();
    const list = await screen.findByRole('navigation', { name: 'Қабылдау қадамдары' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(list).toHaveTextContent('§4.2.a');
    expect(list).toHaveTextContent('норматив 10:00');
    expect(screen.getByTestId('intake-wizard')).toHaveAttribute('data-kind', 'completeness');
    expect(screen.getByText('Салықтық өтініш')).toBeInTheDocument();
  });

  it('puts focus on the first field, saves what is typed as patches, and Enter goes to what is missing', async () => {
    const fake = installFakeIntake();
    startedCase(fake);
    openCase();
    await waitFor(() => expect(field('person.surname')).toHaveFocus());
    const user = userEvent.setup();
    await user.keyboard('Нұрланов');
    // Enter sends the typing at once, then moves to the first thing still missing.
    await user.keyboard('{Enter}');
    await waitFor(() => expect(field('person.givenName')).toHaveFocus());
    expect(saves(fake.calls)).toContainEqual({ person: { surname: 'Нұрланов' } });
    await user.keyboard('Ерлан');
    await waitFor(() => expect(saves(fake.calls)).toContainEqual({ person: { givenName: 'Ерлан' } }), { timeout: 2000 });
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveAttribute('data-state', 'saved'));
    expect(screen.getByTestId('save-state')).toHaveTextContent('Сақталды');
    // One patch per pause in typing, not per keystroke.
    expect(saves(fake.calls).filter((p) => p.person?.givenName !== undefined)).toHaveLength(1);
  });

  it('clears a field with null and keeps what was typed across a reload until the core confirms it', async () => {
    let offline = true;
    const fake = installFakeIntake({ onSave: () => (offline ? { ok: false, error: { code: 'transport', message: { kk: 'байланыс жоқ', ru: 'нет связи' } } } as never : undefined) });
    startedCase(fake, caseId, { presentedBy: 'applicant', person: { patronymic: 'Болатұлы' } });
    openCase();
    const user = userEvent.setup();
    await waitFor(() => expect(field('person.surname')).toHaveFocus());
    await user.type(field('person.patronymic'), '{Control>}a{/Control}{Backspace}');
    await user.tab();
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveAttribute('data-state', 'failed'));
    expect(saves(fake.calls).at(-1)).toEqual({ person: { patronymic: null } });
    expect(JSON.parse(localStorage.getItem('desk.intake.unsaved')!)[caseId]['person.patronymic'].patch).toEqual({ person: { patronymic: null } });
    offline = false;
    await user.click(screen.getByRole('button', { name: 'Қайталау' }));
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveAttribute('data-state', 'saved'));
    expect(localStorage.getItem('desk.intake.unsaved')).toBeNull();
    expect(fake.cases.get(caseId)!.view.form.person).toBeUndefined();
  });

  it('takes dates as DD.MM.YYYY digits, refuses a date that does not exist, saves real ones as ISO', async () => {
    const fake = installFakeIntake();
    startedCase(fake, caseId, { presentedBy: 'applicant', identityDocument: { issuedOn: '2020-05-04' } });
    openCase();
    await waitFor(() => expect(field('person.surname')).toHaveFocus());
    expect(field('identityDocument.issuedOn')).toHaveValue('04.05.2020');
    const user = userEvent.setup();
    await user.click(field('identityDocument.expiresOn'));
    await user.keyboard('31022030');
    expect(field('identityDocument.expiresOn')).toHaveValue('31.02.2030');
    expect(await screen.findByText('Мұндай күн жоқ: күнді, айды және жылды тексеріңіз')).toBeInTheDocument();
    await user.clear(field('identityDocument.expiresOn'));
    await user.keyboard('28022030');
    await user.tab();
    await waitFor(() => expect(saves(fake.calls)).toContainEqual({ identityDocument: { expiresOn: '2030-02-28' } }));
    expect(saves(fake.calls).some((p) => p.identityDocument?.expiresOn === '2030-02-31')).toBe(false);
    expect(screen.queryByText('Мұндай күн жоқ: күнді, айды және жылды тексеріңіз')).toBeNull();
  });

  it('lists what the step needs in the officer language; a link focuses the field; an expired document is red at the field', async () => {
    const fake = installFakeIntake();
    startedCase(fake, caseId, { presentedBy: 'applicant', identityDocument: { expiresOn: '2025-12-31' } });
    openCase();
    const problems = await screen.findByTestId('step-problems');
    expect(problems).toHaveTextContent('kk: surname');
    const expired = within(problems).getByRole('link', { name: /мерзімі 2025-12-31 өтіп кеткен/ });
    const user = userEvent.setup();
    await user.click(within(problems).getByRole('link', { name: 'kk: document number' }));
    expect(field('identityDocument.number')).toHaveFocus();
    await user.click(expired);
    expect(field('identityDocument.expiresOn')).toHaveFocus();
    expect(field('identityDocument.expiresOn')).toHaveAttribute('aria-invalid', 'true');
    expect(field('identityDocument.expiresOn')).toHaveValue('31.12.2025');
    // The same in Russian once the officer switches.
    await user.click(screen.getByText('Русский'));
    expect(await screen.findByTestId('step-problems')).toHaveTextContent('ru: surname');
  });

  it('completes a complete step with Enter and moves focus to the next step; Space ticks, Enter finds what is missing', async () => {
    const fake = installFakeIntake();
    startedCase(fake, caseId, {
      presentedBy: 'applicant',
      person: { surname: 'Нұрланов', givenName: 'Ерлан' },
      identityDocument: { number: '049876543' },
      checks: { identityDocumentValid: true, nameMatches: true },
    });
    openCase();
    await screen.findByTestId('step-ready');
    const user = userEvent.setup();
    await waitFor(() => expect(field('person.surname')).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('intake-wizard')).toHaveAttribute('data-step', '5.1.b'));
    expect(fake.calls.find((c) => c.name === 'intake.completeStep')?.input).toEqual({ caseId, step: '5.1.a' });
    await waitFor(() => expect(field('checks.taxApplication')).toHaveFocus());
    // Space ticks, Enter with something missing goes to it.
    await user.keyboard(' ');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(field('checks.daysOfStay')).toHaveFocus());
    expect(saves(fake.calls)).toContainEqual({ checks: { taxApplication: true } });
  });

  it('pauses and resumes with the button and Alt+P', async () => {
    const fake = installFakeIntake();
    startedCase(fake);
    openCase();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Үзіліс/ }));
    expect(await screen.findByTestId('paused-notice')).toHaveTextContent('нормативке есептелмейді');
    expect(screen.getByTestId('step-timer')).toHaveAttribute('data-status', 'paused');
    await user.keyboard('{Alt>}p{/Alt}');
    await waitFor(() => expect(screen.getByTestId('step-timer')).toHaveAttribute('data-status', 'running'));
    expect(fake.calls.filter((c) => c.name === 'intake.timer').map((c) => (c.input as { action: string }).action)).toEqual(['pause', 'resume']);
  });

  it('declines at completeness: the missing documents pre-ticked, a note required, then the notice to print', async () => {
    const fake = installFakeIntake();
    const c = startedCase(fake);
    c.completed.add('5.1.a');
    // The officer has been through the list and left the application unticked.
    c.view.form = { ...c.view.form, checks: { taxApplication: false } };
    fake.refresh(c);
    openCase();
    const user = userEvent.setup();
    const missing = await screen.findByTestId('completeness-missing');
    expect(missing).toHaveTextContent('2 міндетті құжат ұсынылмаған');
    await user.click(within(missing).getByRole('button', { name: 'Қабылдаудан бас тарту' }));
    const dialog = await screen.findByRole('dialog', { name: 'Құжаттарды қабылдаудан бас тарту' });
    expect(within(dialog).getByLabelText('Болу күндерін растайтын құжаттар')).toBeChecked();
    expect(within(dialog).getByLabelText('Шет мемлекеттің нысаны')).not.toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Бас тартуды ресімдеу' }));
    expect(await within(dialog).findByText('Түсіндірмені жазыңыз')).toBeInTheDocument();
    expect(fake.calls.some((call) => call.name === 'intake.decline')).toBe(false);
    await user.type(within(dialog).getByLabelText(/Түсіндірме/), 'Құжаттар жоқ');
    await user.click(within(dialog).getByRole('button', { name: 'Бас тартуды ресімдеу' }));
    expect(await screen.findByTestId('intake-declined')).toHaveTextContent('Құжаттарды қабылдаудан бас тартылды');
    expect(fake.calls.find((call) => call.name === 'intake.decline')?.input).toEqual({
      caseId,
      reasonCode: 'incompleteDocuments',
      note: 'Құжаттар жоқ',
      missingItems: ['taxApplication', 'daysOfStay'],
    });
    const { jobs } = recordingPrintHost();
    await user.click(screen.getByRole('button', { name: 'Қолхатты басып шығару' }));
    const print = await screen.findByRole('dialog', { name: 'Құжаттарды қабылдаудан бас тарту туралы қолхат' });
    await within(print).findByTestId('pdf-preview-stub');
    await user.click(within(print).getByRole('button', { name: 'Басып шығару' }));
    expect(await screen.findByTestId('printed')).toHaveTextContent('Басып шығарылды: browser, 1 дана');
    expect(jobs).toHaveLength(1);
    expect(fake.calls.find((call) => call.name === 'intake.printDocument')?.input).toEqual({ caseId, kind: 'declineNotice' });
  });

  it('§5.1.c: the comparison table with mismatches marked, the cache age, and the verdict with its note', async () => {
    const fake = installFakeIntake();
    const c = startedCase(fake);
    ['5.1.a', '5.1.b'].forEach((s) => c.completed.add(s));
    c.view.registry.rows.push({ field: 'residenceAddress', label: { kk: 'Мекенжайы', ru: 'Адрес' }, application: 'Астана', registry: 'Алматы', verdict: 'mismatch' });
    fake.refresh(c);
    openCase();
    const table = await screen.findByTestId('registry-table');
    expect(within(table).getByText('Алматы').closest('tr')).toHaveAttribute('data-verdict', 'mismatch');
    expect(within(table).getByText('Сәйкес емес')).toBeInTheDocument();
    expect(within(table).getByText('01.01.1940')).toBeInTheDocument();
    expect(screen.getByTestId('registry-age')).toHaveTextContent('20.02.2026 жағдайы бойынша (10 күн бұрын)');
    const user = userEvent.setup();
    await waitFor(() => expect(field('application.taxpayerName')).toHaveFocus());
    await user.type(field('registryNote'), 'Мекенжай өзгерген');
    await user.click(screen.getByRole('button', { name: 'Деректер сәйкес емес' }));
    expect(await screen.findByTestId('registry-check')).toHaveTextContent('Белгіленді: деректер сәйкес емес');
    expect(fake.calls.find((call) => call.name === 'intake.recordRegistryCheck')?.input).toEqual({ caseId, result: 'mismatch', note: 'Мекенжай өзгерген' });
    // Recording moves focus to "complete step".
    expect(screen.getByTestId('complete-step')).toHaveFocus();
  });

  it('says when the taxpayer is not in the registry cache', async () => {
    const fake = installFakeIntake();
    const c = startedCase(fake);
    ['5.1.a', '5.1.b'].forEach((s) => c.completed.add(s));
    c.view.registry = { ...c.view.registry, found: false, name: null, cachedAt: null, ageDays: null, rows: [] };
    fake.refresh(c);
    resetStores('ru', { name: 'intake', caseId });
    renderFrame();
    expect(await screen.findByTestId('registry-not-found')).toHaveTextContent('Налогоплательщик не найден в локальной копии реестра.');
  });

  it('registers, shows the number and the deadline in words, prints the stamp and the coupon, then the summary', async () => {
    const fake = installFakeIntake();
    const c = startedCase(fake);
    ['5.1.a', '5.1.b', '5.1.c'].forEach((s) => c.completed.add(s));
    c.view.registry.check = 'match';
    fake.refresh(c);
    openCase();
    const user = userEvent.setup();
    const register = await screen.findByRole('button', { name: 'Тіркеу' });
    await waitFor(() => expect(register).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('intake-wizard')).toHaveAttribute('data-step', '5.1.e'));
    expect(screen.getByTestId('registration-number')).toHaveTextContent('6205-2026-0100007');
    expect(screen.getByTestId('registration-deadline')).toHaveTextContent('17.03.2026');
    expect(screen.getByTestId('registration-deadline-words')).toHaveTextContent('2026 ж. 17 наурыз, сейсенбі');
    expect(screen.getByTestId('deadline-moved')).toBeInTheDocument();

    const { jobs } = recordingPrintHost();
    const stamp = screen.getByRole('button', { name: 'Мөртабанды басып шығару' });
    await waitFor(() => expect(stamp).toHaveFocus());
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Екінші данаға арналған тіркеу мөртабаны' });
    await within(dialog).findByTestId('pdf-preview-stub');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Басып шығару' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('complete-step')).toHaveFocus());
    expect(jobs).toEqual([{ pdfBase64: expect.any(String), printer: 'browser', copies: 1 }]);
    expect(fake.prints).toEqual([expect.objectContaining({ printer: 'browser', copies: 1 })]);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('intake-wizard')).toHaveAttribute('data-step', '5.1.f'));
    await user.click(screen.getByRole('button', { name: 'Талонды басып шығару' }));
    const coupon = await screen.findByRole('dialog', { name: 'Салықтық өтінішті қабылдау туралы талон' });
    await user.click(await within(coupon).findByRole('button', { name: 'Басып шығару' }));
    await waitFor(() => expect(screen.getByTestId('complete-step')).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(await screen.findByTestId('intake-summary')).toHaveTextContent('Қабылдау аяқталды');
    const back = screen.getByRole('button', { name: 'Кезекке оралу' });
    await waitFor(() => expect(back).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(useNavigationStore.getState().screen).toEqual({ name: 'queue' });
  });

  it('the summary shows each step against its norm, overruns in red with their reasons, and the total', async () => {
    const fake = installFakeIntake();
    const c = startedCase(fake);
    steps2015.forEach((s) => c.completed.add(s.id));
    c.view = { ...c.view, state: 'registered' };
    c.active = { '5.1.a': 100, '5.1.b': 200, '5.1.c': 290, '5.1.d': 10, '5.1.e': 60, '5.1.f': 30 };
    c.overrunReasons = { '5.1.b': 'Өтініш беруші құжатты іздеді' };
    fake.refresh(c);
    openCase();
    const table = await screen.findByTestId('summary-table');
    const rows = within(table).getAllByRole('row');
    const b = rows.find((r) => r.textContent?.includes('§5.1.b'))!;
    expect(b).toHaveAttribute('data-overrun', 'true');
    expect(b).toHaveTextContent('3:00');
    expect(b).toHaveTextContent('3:20');
    expect(b).toHaveTextContent('+0:20');
    expect(b).toHaveTextContent('Өтініш беруші құжатты іздеді');
    expect(rows.find((r) => r.textContent?.includes('§5.1.a'))).toHaveAttribute('data-overrun', 'false');
    expect(within(table).getByText('Барлық қабылдау (5.1-тармақ)').closest('tr')).toHaveTextContent('20:0011:30');
    expect(screen.getByTestId('summary-total')).toHaveTextContent('Қабылдау нормативі сақталды: 11:30 / 20:00');
  });
});

describe('intake wizard timers', () => {
  beforeEach(() => resetStores());

  it('advances the running step locally each second, turns red past the norm, and asks for an optional reason', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: new Date('2026-03-02T09:00:00+05:00') });
    try {
      const fake = installFakeIntake();
      const c = startedCase(fake, caseId, {
        presentedBy: 'applicant',
        person: { surname: 'Нұрланов', givenName: 'Ерлан' },
        identityDocument: { number: '049876543' },
        checks: { identityDocumentValid: true, nameMatches: true },
      });
      c.active['5.1.a'] = 117;
      fake.refresh(c);
      openCase();
      const elapsed = await screen.findByTestId('timer-elapsed');
      expect(elapsed).toHaveTextContent('1:57');
      expect(screen.getByTestId('timer-remaining')).toHaveTextContent('0:03');
      await act(async () => vi.advanceTimersByTime(2000));
      expect(elapsed).toHaveTextContent('1:59');
      expect(screen.getByTestId('step-timer')).toHaveAttribute('data-overrun', 'false');
      await act(async () => vi.advanceTimersByTime(5000));
      expect(elapsed).toHaveTextContent('2:04');
      expect(screen.getByTestId('timer-remaining')).toHaveTextContent('+0:04');
      expect(screen.getByTestId('step-timer')).toHaveAttribute('data-overrun', 'true');
      expect(screen.getByText('Асып кетті')).toBeInTheDocument();
      // The list agrees with the step's own clock.
      expect(within(screen.getByTestId('step-5.1.a')).getByTestId('step-time')).toHaveTextContent('2:04');

      vi.useRealTimers();
      const user = userEvent.setup();
      await user.click(screen.getByTestId('complete-step'));
      const dialog = await screen.findByRole('dialog', { name: 'Норматив асып кетті' });
      expect(dialog).toHaveTextContent('§5.1.a қадамының нормативі — 2:00');
      // Never blocks: completing with nothing typed goes on.
      await user.click(within(dialog).getByRole('button', { name: 'Қадамды аяқтау' }));
      await waitFor(() => expect(screen.getByTestId('intake-wizard')).toHaveAttribute('data-step', '5.1.b'));
      expect(fake.calls.find((call) => call.name === 'intake.completeStep')?.input).toEqual({ caseId, step: '5.1.a' });
      // Focus goes to the next step's first field, not back to the button the dialog came from.
      await waitFor(() => expect(field('checks.taxApplication')).toHaveFocus());
      await new Promise((r) => setTimeout(r, 300));
      expect(field('checks.taxApplication')).toHaveFocus();
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends the overrun reason when one is given (Enter in the reason completes)', async () => {
    const fake = installFakeIntake();
    const c = startedCase(fake, caseId, {
      presentedBy: 'applicant',
      person: { surname: 'Нұрланов', givenName: 'Ерлан' },
      identityDocument: { number: '049876543' },
      checks: { identityDocumentValid: true, nameMatches: true },
    });
    c.active['5.1.a'] = 150;
    fake.refresh(c);
    openCase();
    const user = userEvent.setup();
    await waitFor(() => expect(field('person.surname')).toHaveFocus());
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Норматив асып кетті' });
    await waitFor(() => expect(within(dialog).getByRole('textbox')).toHaveFocus());
    await user.keyboard('Өкілдің құжаты тексерілді{Enter}');
    await waitFor(() => expect(screen.getByTestId('intake-wizard')).toHaveAttribute('data-step', '5.1.b'));
    expect(fake.calls.find((call) => call.name === 'intake.completeStep')?.input).toEqual({
      caseId,
      step: '5.1.a',
      overrunReason: 'Өкілдің құжаты тексерілді',
    });
    // The next step starts with focus on its first field, not back where the dialog opened.
    await waitFor(() => expect(field('checks.taxApplication')).toHaveFocus());
    await new Promise((r) => setTimeout(r, 300));
    expect(field('checks.taxApplication')).toHaveFocus();
  });
});
