// Cases opened in processing, approval and issuance: each case in full as the core describes it
// (`case.get`, with the commands this officer may run now), and the actions on it. Every action
// answers with the case's new state; a refusal is kept with the action it answers (so that it is
// shown where that action is) and the case is read again, since a refusal usually means someone
// else moved it meanwhile. Each case keeps the moment its detail arrived: the §5.3 timer runs
// from the core's active seconds at that moment (the workstation's clock never meets the core's).
import { create } from 'zustand';
import type { ApiError, ApiInput, Result } from '../../../shared/api';
import type { CaseDetail, RecipientInput } from '../../../shared/api/processing';
import { api } from '../api/client';
import { useApprovalQueue } from './caseQueue';

export type CaseAction = 'assign' | 'saveDraft' | 'submit' | 'approve' | 'return' | 'markReady' | 'sendBack' | 'startIssuance' | 'issue';

export interface CaseFailure {
  action: CaseAction;
  error: ApiError;
}

/** Refusals after which the case on screen is probably behind the store. */
const staleAfter: ReadonlySet<string> = new Set(['refused', 'conflict', 'forbidden', 'not_found']);

interface CasesState {
  details: Record<string, CaseDetail>;
  /** When each detail arrived (Date.now() of this window). */
  receivedAt: Record<string, number>;
  loadErrors: Record<string, ApiError>;
  busy: Record<string, CaseAction | undefined>;
  failures: Record<string, CaseFailure | undefined>;
  load(caseId: string): Promise<void>;
  assign(caseId: string, officerId?: number): Promise<boolean>;
  saveDraft(input: ApiInput<'processing.saveDraft'>): Promise<boolean>;
  submit(caseId: string): Promise<boolean>;
  approve(input: ApiInput<'approval.approve'>): Promise<Result<CaseDetail>>;
  returnForRework(caseId: string, comment: string): Promise<boolean>;
  markReady(caseId: string): Promise<boolean>;
  sendBack(caseId: string): Promise<boolean>;
  startIssuance(caseId: string): Promise<boolean>;
  issue(caseId: string, recipient: RecipientInput): Promise<boolean>;
  clearFailure(caseId: string): void;
  reset(): void;
}

export const useCasesStore = create<CasesState>()((set) => {
  const keep = (detail: CaseDetail) => {
    const at = Date.now();
    set((s) => {
      const { [detail.id]: _cleared, ...loadErrors } = s.loadErrors;
      return { details: { ...s.details, [detail.id]: detail }, receivedAt: { ...s.receivedAt, [detail.id]: at }, loadErrors };
    });
  };

  async function act(caseId: string, action: CaseAction, call: () => Promise<Result<CaseDetail>>): Promise<Result<CaseDetail>> {
    set((s) => ({ busy: { ...s.busy, [caseId]: action }, failures: { ...s.failures, [caseId]: undefined } }));
    const result = await call();
    if (result.ok) {
      keep(result.value);
      set((s) => ({ busy: { ...s.busy, [caseId]: undefined } }));
      // The head's count of drafts awaiting approval follows a submission, an approval, a return.
      if (['submit', 'approve', 'return'].includes(action) && useApprovalQueue.getState().loaded) void useApprovalQueue.getState().load();
      return result;
    }
    set((s) => ({ busy: { ...s.busy, [caseId]: undefined }, failures: { ...s.failures, [caseId]: { action, error: result.error } } }));
    if (staleAfter.has(result.error.code)) {
      const fresh = await api().send('case.get', { caseId });
      if (fresh.ok) keep(fresh.value);
    }
    return result;
  }

  return {
    details: {},
    receivedAt: {},
    loadErrors: {},
    busy: {},
    failures: {},

    async load(caseId) {
      const result = await api().send('case.get', { caseId });
      if (result.ok) keep(result.value);
      else set((s) => ({ loadErrors: { ...s.loadErrors, [caseId]: result.error } }));
    },

    async assign(caseId, officerId) {
      const input = officerId === undefined ? { caseId } : { caseId, officerId };
      return (await act(caseId, 'assign', () => api().send('case.assign', input))).ok;
    },

    async saveDraft(input) {
      return (await act(input.caseId, 'saveDraft', () => api().send('processing.saveDraft', input))).ok;
    },

    async submit(caseId) {
      return (await act(caseId, 'submit', () => api().send('processing.submit', { caseId }))).ok;
    },

    approve(input) {
      return act(input.caseId, 'approve', () => api().send('approval.approve', input));
    },

    async returnForRework(caseId, comment) {
      return (await act(caseId, 'return', () => api().send('approval.return', { caseId, comment }))).ok;
    },

    async markReady(caseId) {
      return (await act(caseId, 'markReady', () => api().send('processing.markReady', { caseId }))).ok;
    },

    async sendBack(caseId) {
      return (await act(caseId, 'sendBack', () => api().send('processing.sendBack', { caseId }))).ok;
    },

    async startIssuance(caseId) {
      return (await act(caseId, 'startIssuance', () => api().send('issuance.start', { caseId }))).ok;
    },

    async issue(caseId, recipient) {
      return (await act(caseId, 'issue', () => api().send('issuance.issue', { caseId, recipient }))).ok;
    },

    clearFailure: (caseId) => set((s) => ({ failures: { ...s.failures, [caseId]: undefined } })),

    reset: () => set({ details: {}, receivedAt: {}, loadErrors: {}, busy: {}, failures: {} }),
  };
});
