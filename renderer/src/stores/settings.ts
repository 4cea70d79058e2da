// The workstation settings (`settings.get`: any signed-in officer may read them) and their change
// by an administrator (`settings.update`, audited by the core). Read when the settings screen
// opens; a saved change replaces them with what the core now holds.
import { create } from 'zustand';
import type { ApiError, ApiInput, Result } from '../../../shared/api';
import type { SettingsView } from '../../../shared/api/contracts/settings';
import { api } from '../api/client';

interface SettingsState {
  settings: SettingsView | null;
  /** Counts the reads from the core: a form is filled afresh from each one. */
  revision: number;
  loading: boolean;
  /** Why the settings could not be read. */
  error: ApiError | null;
  saving: boolean;
  load(): Promise<void>;
  /** Sends the change; the caller shows the core's refusal next to the form. */
  save(change: ApiInput<'settings.update'>): Promise<Result<SettingsView>>;
  reset(): void;
}

export const useSettingsStore = create<SettingsState>()((set) => ({
  settings: null,
  revision: 0,
  loading: false,
  error: null,
  saving: false,

  async load() {
    set({ loading: true, error: null });
    const result = await api().send('settings.get', {});
    set((s) => (result.ok ? { settings: result.value, revision: s.revision + 1, loading: false } : { loading: false, error: result.error }));
  },

  async save(change) {
    set({ saving: true });
    const result = await api().send('settings.update', change);
    set(result.ok ? { saving: false, settings: result.value } : { saving: false });
    return result;
  },

  reset: () => set({ settings: null, revision: 0, loading: false, error: null, saving: false }),
}));
