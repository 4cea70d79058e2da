// When the officer at the window started handing over each case (§5.3 is timed from there). The
// core records the step's start as an event but does not return it with the case, so this window
// keeps its own moment, in localStorage so that a reload or a restart does not reset the clock.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

interface IssuanceClockState {
  startedAt: Record<string, number>;
  /** The first start counts: starting again (the core ignores it too) keeps the clock running. */
  mark(caseId: string, at?: number): void;
  forget(caseId: string): void;
}

export const useIssuanceClock = create<IssuanceClockState>()(
  persist(
    (set, get) => ({
      startedAt: {},
      mark(caseId, at = Date.now()) {
        if (get().startedAt[caseId] === undefined) set({ startedAt: { ...get().startedAt, [caseId]: at } });
      },
      forget(caseId) {
        const { [caseId]: _done, ...rest } = get().startedAt;
        set({ startedAt: rest });
      },
    }),
    { name: 'desk.issuance.startedAt', storage: createJSONStorage(() => localStorage) },
  ),
);
