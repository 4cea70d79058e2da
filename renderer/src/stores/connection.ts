// Whether the renderer can reach its host (the web host's socket may drop and come back).
import { create } from 'zustand';
import type { ConnectionState } from '../api/transport';

export const useConnectionStore = create<{ state: ConnectionState; set(state: ConnectionState): void }>()((set) => ({
  state: 'connecting',
  set: (state) => set({ state }),
}));
