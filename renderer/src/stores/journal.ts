// The journal of issued outgoing documents (Appendix 2) for a period, rendered by the core as a
// PDF to preview and print. Not stored: each request renders the journal as it is now.
import { create } from 'zustand';
import type { ApiError, DocumentPreview } from '../../../shared/api';
import type { Locale } from '../../../shared/i18n';
import { api } from '../api/client';

export interface JournalQuery {
  from: string;
  to: string;
  locale: Locale;
}

interface JournalState {
  preview: DocumentPreview | null;
  /** The period and language the preview shows. */
  shown: JournalQuery | null;
  busy: boolean;
  error: ApiError | null;
  show(query: JournalQuery): Promise<boolean>;
  reset(): void;
}

export const useJournalStore = create<JournalState>()((set) => ({
  preview: null,
  shown: null,
  busy: false,
  error: null,

  async show(query) {
    set({ busy: true, error: null });
    const result = await api().send('issuance.journal', query);
    if (result.ok) set({ busy: false, preview: result.value, shown: query });
    else set({ busy: false, error: result.error });
    return result.ok;
  },

  reset: () => set({ preview: null, shown: null, busy: false, error: null }),
}));
