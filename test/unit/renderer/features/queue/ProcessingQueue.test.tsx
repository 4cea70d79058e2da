// The processing queue: each filter and the search go to the core as `queue.search` filters (the
// search once typing stops, or at once with Enter, which moves to the list); the deadline's risk
// is coloured (overdue red, amber within three working days) with the working days left in the
// officer's language; the assignee filter lists the office's deciding officers (`officers.list`);
// the keyboard moves through the rows and opens one.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, fail } from '../../../../../shared/api';
import { withListLayout } from '../../listLayout';
import { useNavigationStore } from '../../../../../renderer/src/stores/navigation';
import { headOfficer, installFakeProcessing, processingOfficer, queueRow } from '../processing/fakeProcessing';
import { openScreen } from '../processing/renderProcessing';

withListLayout();

const rows = [
  queueRow({ id: 'c1', registrationNumber: '6205-2026-0100001', deadline: '2026-03-02', workingDaysLeft: -2, calendarDaysLeft: -3, risk: 'overdue' }),
  queueRow({ id: 'c2', registrationNumber: '6205-2026-0100002', deadline: '2026-03-05', workingDaysLeft: 1, calendarDaysLeft: 2, risk: 'amber', assigneeId: 2, assigneeName: 'Қасымов Е. Б.' }),
  queueRow({ id: 'c3', registrationNumber: '6205-2026-0100003', deadline: '2026-03-04', workingDaysLeft: 0, calendarDaysLeft: 0, risk: 'amber' }),
  queueRow({ id: 'c4', registrationNumber: '6205-2026-0100004', deadline: '2026-03-20', workingDaysLeft: 12, calendarDaysLeft: 17, risk: 'normal', assigneeId: 7, assigneeName: 'Серікова А. Б.' }),
];

const searches = (fake: ReturnType<typeof installFakeProcessing>) => fake.callsOf('queue.search') as Record<string, unknown>[];

describe('processing queue', () => {
  it('colours the deadline by risk and says the working days left', async () => {
    installFakeProcessing({ rows });
    openScreen(processingOfficer, { name: 'queue' });
    const drawn = await screen.findAllByTestId('case-row');
    expect(drawn.map((r) => r.getAttribute('data-risk'))).toEqual(['overdue', 'amber', 'amber', 'normal']);
    const daysLeft = drawn.map((r) => within(r).getByTestId('days-left'));
    expect(daysLeft.map((d) => d.textContent)).toEqual(['мерзімі 2 жұмыс күнге өтті', '1 жұмыс күні қалды', 'мерзімі бүгін аяқталады', '12 жұмыс күні қалды']);
    // Red for overdue, amber for nearly due, the stripe down the row's edge too.
    expect(daysLeft[0]!.getAttribute('style')).toContain('--mantine-color-red-9');
    expect(daysLeft[1]!.getAttribute('style')).toContain('--mantine-color-yellow-9');
    expect(daysLeft[3]!.getAttribute('style')).toContain('--mantine-color-dimmed');
    expect(drawn[0]!.style.boxShadow).toContain('--mantine-color-red-7');
    expect(drawn[1]!.style.boxShadow).toContain('--mantine-color-yellow-6');
    expect(within(drawn[1]!).getByTestId('row-assignee')).toHaveTextContent('Қасымов Е. Б.');
    expect(within(drawn[0]!).getByTestId('row-assignee')).toHaveTextContent('бекітілмеген');
    expect(screen.getByTestId('list-count')).toHaveTextContent('4 өтініш');
  });

  it('says the days left in Russian with its plurals', async () => {
    installFakeProcessing({ rows });
    openScreen(processingOfficer, { name: 'queue' }, 'ru');
    const drawn = await screen.findAllByTestId('case-row');
    expect(drawn.map((r) => within(r).getByTestId('days-left').textContent)).toEqual([
      'просрочено на 2 рабочих дня',
      'остался 1 рабочий день',
      'срок истекает сегодня',
      'осталось 12 рабочих дней',
    ]);
    expect(screen.getByTestId('list-count')).toHaveTextContent('4 заявления');
  });

  it('sends each filter to the core, and "mine", "unassigned" and the office’s deciding officers as the assignee', async () => {
    const fake = installFakeProcessing({ rows });
    openScreen(processingOfficer, { name: 'queue' });
    await screen.findAllByTestId('case-row');
    expect(searches(fake)).toEqual([{ limit: 100, offset: 0 }]);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByTestId('filter-channel'), 'portal');
    await user.selectOptions(screen.getByTestId('filter-applicantType'), 'legalEntity');
    await user.selectOptions(screen.getByTestId('filter-state'), 'awaitingApproval');
    await user.selectOptions(screen.getByTestId('filter-risk'), 'amber');
    await user.selectOptions(screen.getByTestId('filter-assignee'), 'me');
    await waitFor(() =>
      expect(searches(fake).at(-1)).toEqual({ channel: 'portal', applicantType: 'legalEntity', states: ['awaitingApproval'], risk: 'amber', assignee: 'me', limit: 100, offset: 0 }),
    );
    const assignee = screen.getByTestId('filter-assignee');
    // The office's processing officers and heads (not the officer themself: that is "mine"), an
    // officer whose account is switched off too (cases may still be theirs); no front desk, no admin.
    expect(within(assignee).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Барлығы',
      'Маған бекітілгендер',
      'Орындаушы бекітілмеген',
      'Серікова А. Б.',
      'Ахметова Г. М.',
      'Жұмабеков Д. А.',
      'Оспанов Б. Қ.',
    ]);
    expect([...assignee.querySelectorAll('optgroup')].map((g) => g.label)).toEqual(['Орындаушы маман', 'Басшы', 'Есептік жазбасы өшірілген қызметкерлер']);
    expect(fake.callsOf('officers.list')).toEqual([{}]);
    await user.selectOptions(assignee, '7');
    await waitFor(() => expect(searches(fake).at(-1)).toMatchObject({ assignee: 7 }));
    await user.selectOptions(assignee, 'unassigned');
    await waitFor(() => expect(searches(fake).at(-1)).toMatchObject({ assignee: 'unassigned' }));
    await user.click(screen.getByTestId('filters-reset'));
    await waitFor(() => expect(searches(fake).at(-1)).toEqual({ limit: 100, offset: 0 }));
  });

  it('searches once typing stops (not at every key), trimmed; Enter searches at once and moves to the list', async () => {
    const fake = installFakeProcessing({ rows });
    openScreen(processingOfficer, { name: 'queue' });
    await screen.findAllByTestId('case-row');
    const search = screen.getByTestId('queue-search');
    await waitFor(() => expect(search).toHaveFocus());
    const user = userEvent.setup();
    await user.type(search, ' нұрланова ');
    await waitFor(() => expect(searches(fake).at(-1)).toEqual({ text: 'нұрланова', limit: 100, offset: 0 }));
    expect(searches(fake).filter((s) => s['text'] !== undefined)).toHaveLength(1);

    await user.clear(search);
    await user.type(search, '6205-2026-0100002{Enter}');
    expect(searches(fake).at(-1)).toEqual({ text: '6205-2026-0100002', limit: 100, offset: 0 });
    await waitFor(() => expect(screen.getByRole('grid')).toHaveFocus());
  });

  it('moves through the rows with the arrows and opens the current one with Enter; a click opens too', async () => {
    installFakeProcessing({ rows });
    openScreen(processingOfficer, { name: 'queue' });
    await screen.findAllByTestId('case-row');
    const grid = screen.getByRole('grid');
    grid.focus();
    const user = userEvent.setup();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const current = document.getElementById(grid.getAttribute('aria-activedescendant')!)!;
    expect(current).toHaveAttribute('data-case', 'c3');
    expect(current).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(useNavigationStore.getState().screen).toEqual({ name: 'case', caseId: 'c3', from: 'queue' });
  });

  it('lists officers in the Kazakh alphabet’s order, and reads the list once for the session', async () => {
    const fake = installFakeProcessing({ rows, actor: headOfficer });
    openScreen(headOfficer, { name: 'queue' });
    const assignee = await screen.findByTestId('filter-assignee');
    // Қ comes after К and before С in Kazakh.
    await waitFor(() => expect(within(assignee).getAllByRole('option').map((o) => o.textContent).slice(3)).toEqual(['Қасымов Е. Б.', 'Серікова А. Б.', 'Жұмабеков Д. А.', 'Оспанов Б. Қ.']));
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('nav-approvals'));
    await screen.findByTestId('approvals-screen');
    await user.click(screen.getByTestId('nav-queue'));
    await screen.findByTestId('processing-queue');
    expect(within(screen.getByTestId('filter-assignee')).getAllByRole('option')).toHaveLength(7);
    expect(fake.callsOf('officers.list')).toEqual([{}]);
  });

  it('cannot read the staff list: says so in Russian, filters by "mine" and "unassigned" still, reads it again on request', async () => {
    let answer: unknown = fail({ ...apiError('transport'), message: { kk: 'Ядромен байланыс жоқ.', ru: 'Нет связи с ядром.' } });
    const fake = installFakeProcessing({ rows, handlers: { 'officers.list': () => answer } });
    openScreen(processingOfficer, { name: 'queue' }, 'ru');
    const error = await screen.findByTestId('officers-error');
    expect(error).toHaveTextContent('Не удалось получить список сотрудников управления');
    expect(error).toHaveTextContent('В фильтре по исполнителю пока доступны только «Назначенные мне» и «Без исполнителя». Нет связи с ядром.');
    // The cases are listed all the same.
    expect(await screen.findAllByTestId('case-row')).toHaveLength(4);
    const assignee = screen.getByTestId('filter-assignee');
    expect(within(assignee).getAllByRole('option').map((o) => o.textContent)).toEqual(['Все', 'Назначенные мне', 'Без исполнителя']);
    answer = [{ id: 7, fullName: 'Серікова Айгүл Бақытқызы', shortName: 'Серікова А. Б.', role: 'processing', active: true }];
    await userEvent.setup().click(within(error).getByTestId('officers-retry'));
    await waitFor(() => expect(within(assignee).getAllByRole('option').map((o) => o.textContent)).toEqual(['Все', 'Назначенные мне', 'Без исполнителя', 'Серікова А. Б.']));
    expect(screen.queryByTestId('officers-error')).toBeNull();
    expect(fake.callsOf('officers.list')).toHaveLength(2);
  });

  it('a head has the same queue, with the drafts awaiting approval in the navigation', async () => {
    const fake = installFakeProcessing({ rows, actor: headOfficer });
    openScreen(headOfficer, { name: 'queue' });
    expect(await screen.findAllByTestId('case-row')).toHaveLength(4);
    expect(screen.getByTestId('nav-approvals')).toBeInTheDocument();
    expect(fake.callsOf('cases.list')).toHaveLength(0);
  });
});
