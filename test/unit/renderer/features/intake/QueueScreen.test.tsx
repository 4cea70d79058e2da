// The queue after intake: each case with its number, state in the officer's language and
// deadline as DD.MM.YYYY; a row opens the case; the open intakes are listed in the navbar and
// switch between cases.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useNavigationStore } from '../../../../../renderer/src/stores/navigation';
import { installFakeApi, officer } from '../../fakeApi';
import { baseView } from './fakeIntake';
import { renderFrame, resetStores } from './renderIntake';

const registered = {
  id: '00000000-0000-4000-8000-000000000001',
  registrationNumber: '6205-2026-0100001',
  taxpayerId: '400101400009',
  taxpayerName: 'Байжанова Іңкәр Нұрланқызы',
  state: 'registered',
  registeredAt: '2026-03-02T04:00:00.000Z',
  deadline: '2026-03-17',
};
const declined = { ...registered, id: '00000000-0000-4000-8000-000000000002', registrationNumber: null, state: 'declined', deadline: null, registeredAt: null };

describe('queue and open intakes', () => {
  beforeEach(() => resetStores());

  it('shows each case with its state and deadline, and opens it with a click or Enter', async () => {
    installFakeApi({ 'cases.list': () => [registered, declined], 'intake.listOpen': () => [], 'intake.get': () => baseView(registered.id) });
    renderFrame();
    const rows = await screen.findAllByTestId('queue-row');
    expect(within(rows[0]!).getByTestId('queue-state')).toHaveTextContent('Тіркелді');
    expect(within(rows[0]!).getByTestId('queue-deadline')).toHaveTextContent('17.03.2026');
    expect(rows[0]).toHaveTextContent('6205-2026-0100001');
    expect(within(rows[1]!).getByTestId('queue-state')).toHaveTextContent('Қабылдаудан бас тартылды');
    expect(within(rows[1]!).getByTestId('queue-deadline')).toHaveTextContent('—');
    rows[1]!.focus();
    await userEvent.setup().keyboard('{Enter}');
    expect(useNavigationStore.getState().screen).toEqual({ name: 'intake', caseId: declined.id });
  });

  it('lists the unfinished intakes with their step, and switches between them', async () => {
    const a = baseView('00000000-0000-4000-8000-00000000000a');
    const b = { ...baseView('00000000-0000-4000-8000-00000000000b', 'individual', '400102400004') };
    const open = [
      { caseId: a.caseId, taxpayerId: a.taxpayerId, taxpayerName: 'Байжанова Іңкәр', state: 'intake', currentStep: '5.1.c', updatedAt: '' },
      { caseId: b.caseId, taxpayerId: b.taxpayerId, taxpayerName: '', state: 'intake', currentStep: '5.1.a', updatedAt: '' },
    ];
    installFakeApi({ 'cases.list': () => [], 'intake.listOpen': () => open });
    renderFrame();
    const nav = await screen.findByTestId('open-intakes');
    await waitFor(() => expect(within(nav).getAllByTestId('open-intake')).toHaveLength(2));
    const items = within(nav).getAllByTestId('open-intake');
    expect(items[0]).toHaveTextContent('Байжанова Іңкәр');
    expect(items[0]).toHaveTextContent('Қадам §5.1.c');
    expect(items[1]).toHaveTextContent('400102400004');
    await userEvent.setup().click(items[1]!);
    expect(useNavigationStore.getState().screen).toEqual({ name: 'intake', caseId: b.caseId });
  });

  it('a processing officer sees the processing queue, without the intake navigation', async () => {
    const page = { rows: [], total: 0, totalCapped: false, today: '2026-03-03' };
    const { calls } = installFakeApi({ 'cases.list': () => [registered], 'queue.search': () => page });
    renderFrame({ ...officer, role: 'processing' });
    await screen.findByTestId('processing-queue');
    expect(await screen.findByTestId('case-list-empty')).toHaveTextContent('Таңдалған шарттарға сәйкес өтініш жоқ');
    expect(screen.queryByTestId('open-intakes')).toBeNull();
    expect(screen.queryByTestId('nav-new-intake')).toBeNull();
    expect(calls.some((c) => c.name === 'intake.listOpen' || c.name === 'cases.list')).toBe(false);
  });

  it('the front desk opens a case ready for issue at the issuance window, a signed one on the case screen', async () => {
    const ready = { ...registered, id: '00000000-0000-4000-8000-000000000003', state: 'readyForIssue' };
    const approved = { ...registered, id: '00000000-0000-4000-8000-000000000004', state: 'approved' };
    installFakeApi({ 'cases.list': () => [ready, approved], 'intake.listOpen': () => [], 'case.get': () => ({ ok: false, error: { code: 'not_found', message: { kk: 'x', ru: 'x' } } }) });
    renderFrame();
    const rows = await screen.findAllByTestId('queue-row');
    const user = userEvent.setup();
    await user.click(rows[0]!);
    expect(useNavigationStore.getState().screen).toEqual({ name: 'issue', caseId: ready.id });
    useNavigationStore.getState().showQueue();
    await user.click((await screen.findAllByTestId('queue-row'))[1]!);
    expect(useNavigationStore.getState().screen).toEqual({ name: 'case', caseId: approved.id, from: 'queue' });
  });
});
