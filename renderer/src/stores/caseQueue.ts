// The office's case lists read through `queue.search`: the processing queue, the head's drafts
// awaiting approval and the window's cases ready for issue. Each keeps its filters, the rows
// loaded so far (page by page as the officer scrolls: a list of 100,000 cases is never read
// whole), the count (capped by the core) and the date the deadline risk was computed for. A
// newer search drops the answers of older ones still travelling.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { ApiError } from '../../../shared/api';
import { queuePageMax, type QueueFilter, type QueueRow } from '../../../shared/api/processing';
import { api } from '../api/client';

/** What the officer filters by (paging is the store's business). */
export type QueueFilters = Omit<QueueFilter, 'limit' | 'offset'>;

export const pageSize = 100;

export interface CaseQueueState {
  filters: QueueFilters;
  rows: QueueRow[];
  /** Matching cases as counted by the core (up to its cap). */
  total: number;
  totalCapped: boolean;
  /** The date the risk was computed for. */
  today: string | null;
  /** Whether another page may follow the rows loaded. */
  hasMore: boolean;
  loading: boolean;
  loadingMore: boolean;
  /** Whether a first page has arrived for the current filters. */
  loaded: boolean;
  error: ApiError | null;
  /** Changes some filters and reads the first page again. */
  setFilters(change: Partial<QueueFilters>): void;
  resetFilters(): void;
  /** Reads the first page for the current filters. */
  load(): Promise<void>;
  /** Reads the next page, if any (one at a time). */
  loadMore(): Promise<void>;
  /**
   * Reads the loaded rows again in the background, when sync has brought others' work; unlike
   * `load` the rows stay usable meanwhile, and a failure keeps them as they are.
   */
  refresh(): Promise<void>;
}

/** Drops empty values so that the request carries only the filters in use. */
function cleaned(filters: QueueFilters): QueueFilters {
  return Object.fromEntries(
    Object.entries(filters).flatMap(([key, raw]) => {
      const value: unknown = typeof raw === 'string' ? raw.trim() : raw;
      return value === undefined || value === '' || (Array.isArray(value) && value.length === 0) ? [] : [[key, value]];
    }),
  ) as QueueFilters;
}

export type CaseQueueStore = UseBoundStore<StoreApi<CaseQueueState>>;

/**
 * A list store. `fixed` filters always apply (e.g. only drafts awaiting approval) and are not
 * the officer's to change.
 */
export function createCaseQueue(fixed: QueueFilters = {}): CaseQueueStore {
  let generation = 0;
  // Bumped whenever rows arrive, so that a refresh answered after them is dropped.
  let arrivals = 0;
  return create<CaseQueueState>()((set, get) => {
    const page = (offset: number, limit = pageSize) => api().send('queue.search', { ...cleaned(get().filters), ...fixed, limit, offset });

    return {
      filters: {},
      rows: [],
      total: 0,
      totalCapped: false,
      today: null,
      hasMore: false,
      loading: false,
      loadingMore: false,
      loaded: false,
      error: null,

      setFilters(change) {
        set({ filters: { ...get().filters, ...change } });
        void get().load();
      },

      resetFilters() {
        set({ filters: {} });
        void get().load();
      },

      async load() {
        const mine = ++generation;
        set({ loading: true, error: null });
        const result = await page(0);
        if (mine !== generation) return;
        if (!result.ok) {
          set({ loading: false, loadingMore: false, error: result.error });
          return;
        }
        const { rows, total, totalCapped, today } = result.value;
        arrivals++;
        set({ loading: false, loadingMore: false, loaded: true, rows, total, totalCapped, today, hasMore: rows.length === pageSize });
      },

      async loadMore() {
        const state = get();
        if (!state.hasMore || state.loading || state.loadingMore) return;
        const mine = generation;
        set({ loadingMore: true });
        const result = await page(state.rows.length);
        if (mine !== generation) return;
        if (!result.ok) {
          set({ loadingMore: false, error: result.error });
          return;
        }
        const { rows, total, totalCapped, today } = result.value;
        // A case that moved between pages (its deadline or state changed) is not listed twice.
        const seen = new Set(get().rows.map((r) => r.id));
        arrivals++;
        set({
          loadingMore: false,
          rows: [...get().rows, ...rows.filter((r) => !seen.has(r.id))],
          total,
          totalCapped,
          today,
          hasMore: rows.length === pageSize,
        });
      },

      async refresh() {
        const state = get();
        const limit = Math.max(pageSize, state.rows.length);
        // An officer scrolled past one answer's worth of rows is not disturbed.
        if (!state.loaded || state.loading || state.loadingMore || limit > queuePageMax) return;
        const before = arrivals;
        const result = await page(0, limit);
        if (before !== arrivals || get().loading || get().loadingMore || !result.ok) return;
        const { rows, total, totalCapped, today } = result.value;
        arrivals++;
        set({ rows, total, totalCapped, today, hasMore: rows.length === limit });
      },
    };
  });
}

/** The processing queue of processing officers and heads: the open cases of the office. */
export const useProcessingQueue = createCaseQueue();
/** The head's list of drafts awaiting approval. */
export const useApprovalQueue = createCaseQueue({ states: ['awaitingApproval'] });
/** The window's list of cases whose outgoing document is ready to be handed over. */
export const useIssuanceQueue = createCaseQueue({ states: ['readyForIssue'] });

/** On sign-out: the next officer starts with empty lists and default filters. */
export function resetCaseQueues(): void {
  for (const store of [useProcessingQueue, useApprovalQueue, useIssuanceQueue]) {
    store.setState({ rows: [], total: 0, totalCapped: false, today: null, hasMore: false, loaded: false, error: null, filters: {} });
  }
}
