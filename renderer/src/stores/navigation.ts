// Which screen the signed-in officer is on: the queue, the start form of a new application, or
// one case's intake (wizard, summary or decline). Kept in sessionStorage so that a reload of the
// window comes back to the same intake.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type Screen = { name: 'queue' } | { name: 'start' } | { name: 'intake'; caseId: string };

interface NavigationState {
  screen: Screen;
  showQueue(): void;
  startNew(): void;
  openIntake(caseId: string): void;
}

export const useNavigationStore = create<NavigationState>()(
  persist(
    (set) => ({
      screen: { name: 'queue' },
      showQueue: () => set({ screen: { name: 'queue' } }),
      startNew: () => set({ screen: { name: 'start' } }),
      openIntake: (caseId) => set({ screen: { name: 'intake', caseId } }),
    }),
    { name: 'desk.screen', storage: createJSONStorage(() => sessionStorage), partialize: (s) => ({ screen: s.screen }) },
  ),
);
