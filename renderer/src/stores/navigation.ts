// Which screen the signed-in officer is on: the queue, the start form of a new application, one
// case's intake, one case in processing / approval, the head's approvals, the issuance window
// (its list and one case being handed over), the journal, the administrator's workstation
// settings or the head's audit log check. Kept in sessionStorage so that a
// reload of the window comes back to the same screen.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** The lists a case screen can be opened from (its way back). */
export type ListScreen = 'queue' | 'approvals' | 'issuance';

export type Screen =
  | { name: 'queue' }
  | { name: 'start' }
  | { name: 'intake'; caseId: string }
  | { name: 'case'; caseId: string; from: ListScreen }
  | { name: 'approvals' }
  | { name: 'issuance' }
  | { name: 'issue'; caseId: string }
  | { name: 'journal' }
  | { name: 'settings' }
  | { name: 'audit' };

interface NavigationState {
  screen: Screen;
  showQueue(): void;
  startNew(): void;
  openIntake(caseId: string): void;
  openCase(caseId: string, from?: ListScreen): void;
  showApprovals(): void;
  showIssuance(): void;
  openIssue(caseId: string): void;
  showJournal(): void;
  showSettings(): void;
  showAudit(): void;
  /** Back to the list a case was opened from. */
  back(): void;
}

export const useNavigationStore = create<NavigationState>()(
  persist(
    (set, get) => ({
      screen: { name: 'queue' },
      showQueue: () => set({ screen: { name: 'queue' } }),
      startNew: () => set({ screen: { name: 'start' } }),
      openIntake: (caseId) => set({ screen: { name: 'intake', caseId } }),
      openCase: (caseId, from = 'queue') => set({ screen: { name: 'case', caseId, from } }),
      showApprovals: () => set({ screen: { name: 'approvals' } }),
      showIssuance: () => set({ screen: { name: 'issuance' } }),
      openIssue: (caseId) => set({ screen: { name: 'issue', caseId } }),
      showJournal: () => set({ screen: { name: 'journal' } }),
      showSettings: () => set({ screen: { name: 'settings' } }),
      showAudit: () => set({ screen: { name: 'audit' } }),
      back: () => {
        const screen = get().screen;
        const to = screen.name === 'case' ? screen.from : screen.name === 'issue' ? 'issuance' : 'queue';
        set({ screen: { name: to } });
      },
    }),
    { name: 'desk.screen', storage: createJSONStorage(() => sessionStorage), partialize: (s) => ({ screen: s.screen }) },
  ),
);
