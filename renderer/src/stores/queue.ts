// The case queue shown to the signed-in officer.
import { create } from 'zustand';
import type { ApiError, CaseSummary } from '../../../shared/api';
import { api } from '../api/client';

interface QueueState {
  cases: CaseSummary[];
  loading: boolean;
  error: ApiError | null;
  load(): Promise<void>;
}

export const useQueueStore = create<QueueState>()((set) => ({
  cases: [],
  loading: false,
  error: null,
  async load() {
    set({ loading: true, error: null });
    const result = await api().send('cases.list', {});
    set(result.ok ? { loading: false, cases: result.value } : { loading: false, error: result.error });
  },
}));
