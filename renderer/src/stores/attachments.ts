// What arrived with an electronic application (`sync.caseAttachments`): the request document, its
// CMS signature and the report of the signature's verification made when sync received it.
// Read each time the case is opened (a later sync may bring them); the bytes themselves are not
// served to the renderer.
import { create } from 'zustand';
import type { ApiError, ApiOutput } from '../../../shared/api';
import { api } from '../api/client';

export type CaseAttachments = ApiOutput<'sync.caseAttachments'>;

export interface AttachmentsEntry {
  value: CaseAttachments | null;
  error: ApiError | null;
  loading: boolean;
}

interface AttachmentsState {
  byCase: Record<string, AttachmentsEntry | undefined>;
  load(caseId: string): Promise<void>;
  reset(): void;
}

export const useAttachmentsStore = create<AttachmentsState>()((set, get) => {
  const put = (caseId: string, entry: Partial<AttachmentsEntry>) =>
    set((s) => ({ byCase: { ...s.byCase, [caseId]: { value: null, error: null, loading: false, ...s.byCase[caseId], ...entry } } }));

  return {
    byCase: {},

    async load(caseId) {
      if (get().byCase[caseId]?.loading) return;
      put(caseId, { loading: true, error: null });
      const result = await api().send('sync.caseAttachments', { caseId });
      put(caseId, result.ok ? { value: result.value, error: null, loading: false } : { error: result.error, loading: false });
    },

    reset: () => set({ byCase: {} }),
  };
});
