// What the officer always sees of sync: the status (polled), the quarantine list, and the
// "sync now" and resolve actions. Polling is cheap: sync.status reads a few rows.
import { create } from 'zustand';
import type { ApiError } from '../../../shared/api';
import type { QuarantineItemView, SyncStatusView } from '../../../shared/api/contracts/sync';
import { api } from '../api/client';

interface SyncState {
  status: SyncStatusView | null;
  quarantine: QuarantineItemView[];
  error: ApiError | null;
  busy: boolean;
  refresh(): Promise<void>;
  loadQuarantine(): Promise<void>;
  syncNow(): Promise<void>;
  resolve(mutationId: string, resolution: { action: 'resubmit' } | { action: 'discard'; reason: string }): Promise<boolean>;
}

export const useSyncStore = create<SyncState>()((set, get) => ({
  status: null,
  quarantine: [],
  error: null,
  busy: false,

  async refresh() {
    const result = await api().send('sync.status', {});
    if (result.ok) set({ status: result.value });
  },

  async loadQuarantine() {
    const result = await api().send('quarantine.list', {});
    set(result.ok ? { quarantine: result.value, error: null } : { error: result.error });
  },

  async syncNow() {
    set({ busy: true, error: null });
    const result = await api().send('sync.now', {});
    set(result.ok ? { busy: false, status: result.value } : { busy: false, error: result.error });
    await get().loadQuarantine();
  },

  async resolve(mutationId, resolution) {
    set({ busy: true, error: null });
    const result = await api().send('quarantine.resolve', { mutationId, ...resolution });
    set({ busy: false, error: result.ok ? null : result.error });
    await Promise.all([get().loadQuarantine(), get().refresh()]);
    return result.ok;
  },
}));
