// The sync status is always visible and the quarantine is resolved by heads only, with a reason
// to discard; the officer reads everything in their language.
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { QuarantineItemView, SyncStatusView } from '../../../../../shared/api/contracts/sync';
import { SyncPanel } from '../../../../../renderer/src/features/sync/SyncPanel';
import { SyncStatusBadge } from '../../../../../renderer/src/features/sync/SyncStatusBadge';
import { useLocaleStore } from '../../../../../renderer/src/stores/locale';
import { useSyncStore } from '../../../../../renderer/src/stores/sync';
import { installFakeApi, officer } from '../../fakeApi';

const status = (patch: Partial<SyncStatusView> = {}): SyncStatusView => ({
  configured: true,
  centralUrl: 'http://127.0.0.1:8750',
  online: true,
  syncing: false,
  unsent: 0,
  quarantined: 0,
  lastSuccessAt: '2026-03-02T04:00:00.000Z',
  lastPushAt: null,
  lastPullAt: null,
  nextAttemptAt: null,
  failures: 0,
  lastError: null,
  resetPending: false,
  clock: { offsetMs: 1200, checkedAt: null, drift: false, today: '2026-03-02', message: null },
  download: { active: false, done: 0, remaining: null },
  casesReceived: 0,
  numbersLeft: 81,
  message: null,
  ...patch,
});

const item: QuarantineItemView = {
  mutationId: '7d1c4c58-1111-4aaa-8bbb-000000000001',
  seq: 12,
  kind: 'case.event',
  caseId: null,
  eventType: 'case.approved',
  taxpayerName: 'Нұрланова Әлия',
  registrationNumber: '6205-2026-0100007',
  officer: { id: 3, shortName: 'Ахметова Г. М.' },
  createdAt: '2026-03-02T05:00:00.000Z',
  attempts: 2,
  code: 'wrongState',
  message: { kk: 'Істің күйі бұл әрекетке сәйкес келмейді', ru: 'Состояние дела не допускает это действие' },
  quarantinedAt: '2026-03-02T05:01:00.000Z',
};

const wrap = (ui: React.ReactNode) => render(<MantineProvider>{ui}</MantineProvider>);

describe('sync status and quarantine', () => {
  beforeEach(() => {
    useLocaleStore.setState({ locale: 'ru' });
    useSyncStore.setState({ status: null, quarantine: [], error: null, busy: false });
  });

  it('shows offline with unsent changes and the quarantine count', async () => {
    installFakeApi({ 'sync.status': () => status({ online: false, unsent: 3, quarantined: 1 }) });
    wrap(<SyncStatusBadge onOpen={() => {}} />);
    expect(await screen.findByText('Нет связи с центральной системой')).toBeInTheDocument();
    expect(screen.getByText('3 неотправленных изменения')).toBeInTheDocument();
    expect(screen.getByText('в карантине 1 изменение')).toBeInTheDocument();
  });

  it('says plainly when sync is off', async () => {
    installFakeApi({ 'sync.status': () => status({ configured: false, online: null, message: { kk: 'өшірулі', ru: 'выключена' } }) });
    wrap(<SyncStatusBadge onOpen={() => {}} />);
    expect(await screen.findByText('Синхронизация выключена')).toBeInTheDocument();
    expect(screen.getByTestId('sync-status')).toHaveAttribute('data-state', 'off');
  });

  it('lets a head discard a quarantined change only with a reason; front desk only reads', async () => {
    const { calls } = installFakeApi({
      'sync.status': () => status({ quarantined: 1 }),
      'quarantine.list': () => [item],
      'quarantine.resolve': () => ({ mutationId: item.mutationId, resolution: 'discarded' as const, newMutationId: null }),
    });
    await useSyncStore.getState().refresh();
    const { unmount } = wrap(<SyncPanel opened onClose={() => {}} officer={officer} />);
    expect(await screen.findByText('Состояние дела не допускает это действие')).toBeInTheDocument();
    expect(screen.queryByText('Отказаться')).toBeNull();
    unmount();

    wrap(<SyncPanel opened onClose={() => {}} officer={{ ...officer, role: 'supervisor' }} />);
    const user = userEvent.setup();
    await user.click(await screen.findByText('Отказаться'));
    const confirm = screen.getByRole('button', { name: 'Отказаться от изменения' });
    expect(confirm).toBeDisabled();
    await user.type(screen.getByLabelText('Причина отказа'), 'Дело уже одобрено другим руководителем');
    await user.click(confirm);
    await waitFor(() => expect(calls.some((c) => c.name === 'quarantine.resolve')).toBe(true));
    expect(calls.find((c) => c.name === 'quarantine.resolve')?.input).toEqual({
      mutationId: item.mutationId,
      action: 'discard',
      reason: 'Дело уже одобрено другим руководителем',
    });
  });
});
