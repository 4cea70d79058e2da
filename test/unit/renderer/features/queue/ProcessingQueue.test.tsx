// The processing queue: each filter and the search go to the core as `queue.search` filters (the
// search once typing stops, or at once with Enter, which moves to the list); the deadline's risk
// is coloured (overdue red, amber within three working days) with the working days left in the
// officer's language; the keyboard moves through the rows and opens one.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { withListLayout } from '../../listLayout';
import { useNavigationStore } from '../../../../../renderer/src/stores/navigation';
import { useKnownOfficers } from '../../../../../renderer/src/stores/caseQueue';
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
  beforeEach(() => useKnownOfficers.setState({ officers: {} }));

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

  it('sends each filter to the core, and "mine", "unassigned" and officers seen in the list as the assignee', async () => {
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
    expect(within(assignee).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Барлығы',
      'Маған бекітілгендер',
      'Орындаушы бекітілмеген',
      // In the Kazakh alphabet's order: Қ comes before С.
      'Қасымов Е. Б.',
      'Серікова А. Б.',
    ]);
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

  it('a head has the same queue, with the drafts awaiting approval in the navigation', async () => {
    const fake = installFakeProcessing({ rows, actor: headOfficer });
    openScreen(headOfficer, { name: 'queue' });
    expect(await screen.findAllByTestId('case-row')).toHaveLength(4);
    expect(screen.getByTestId('nav-approvals')).toBeInTheDocument();
    expect(fake.callsOf('cases.list')).toHaveLength(0);
  });
});
