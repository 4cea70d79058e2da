// The front-desk intakes this window works on (two or more may be open when the officer is
// interrupted): each case's intake view from the core, what the officer typed, and the saving of
// it. Every field change is sent as a patch shortly after it is typed (and at once on blur, on a
// step change, before any action); until the core confirms it, it is also kept in localStorage,
// so a reload or a crash replays it. The core's views are the truth for timers and problems.
import { create } from 'zustand';
import type { ApiError, ApiInput, Result } from '../../../shared/api';
import { mergeIntakeForm, type IntakeForm, type IntakeFormPatch, type IntakeView, type OpenIntake } from '../../../shared/api/intake';
import { api } from '../api/client';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';
export type IntakeAction = 'complete' | 'timer' | 'registry' | 'register' | 'print' | 'decline';
export type IntakeDocumentKind = ApiInput<'intake.printDocument'>['kind'];

export interface IntakeEntry {
  view: IntakeView;
  /** Date.now() when the view arrived: a running step's timer advances from here. */
  receivedAt: number;
  /** The form as typed: what the inputs show. It runs ahead of view.form while saves travel. */
  draft: IntakeForm;
  save: SaveState;
  savedAt: number | null;
  error: ApiError | null;
  busy: IntakeAction | null;
}

/**
 * Answers after which an edit is kept for another attempt: the core did not take it, but may
 * later (no connection, the session being resumed after a reconnect, a passing failure).
 * Any other refusal is final (e.g. the case has left intake).
 */
const retryable: ReadonlySet<string> = new Set(['transport', 'not_signed_in', 'session_expired', 'internal', 'conflict']);

/** How long after the last keystroke a change is sent. */
export const saveDelayMs = 400;
const unsavedKey = 'desk.intake.unsaved';

export type FieldValue = string | boolean | null;

/** A patch setting one field given by its dotted path; '', false and null clear it. */
export function fieldPatch(path: string, value: FieldValue): IntakeFormPatch {
  const keys = path.split('.');
  const leaf = value === '' || value === false ? null : value;
  let patch: Record<string, unknown> = { [keys[keys.length - 1]!]: leaf };
  for (const key of keys.slice(0, -1).reverse()) patch = { [key]: patch };
  return patch as IntakeFormPatch;
}

/** Two patches as one: later values win, clears (null) are kept. */
export function mergePatches(a: IntakeFormPatch, b: IntakeFormPatch): IntakeFormPatch {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const merge = (x: Record<string, unknown>, y: Record<string, unknown>): Record<string, unknown> => {
    const out = { ...x };
    for (const [key, value] of Object.entries(y)) {
      const prev = out[key];
      out[key] = isObject(prev) && isObject(value) ? merge(prev, value) : value;
    }
    return out;
  };
  return merge(a, b) as IntakeFormPatch;
}

interface Edit {
  patch: IntakeFormPatch;
  seq: number;
}

// Edits not yet sent, and edits not yet confirmed by the core (mirrored to localStorage), by
// case and field path. Module state, not store state: nothing renders from them directly.
const unsent = new Map<string, Map<string, Edit>>();
const unconfirmed = new Map<string, Map<string, Edit>>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();
const chains = new Map<string, Promise<void>>();
const inFlight = new Map<string, number>();
/** Whether the latest save of a case could not reach the core (no retry until asked). */
const unreachable = new Map<string, boolean>();
let seq = 0;
let pageHideHooked = false;

const mapOf = (maps: Map<string, Map<string, Edit>>, caseId: string): Map<string, Edit> => {
  let map = maps.get(caseId);
  if (!map) maps.set(caseId, (map = new Map()));
  return map;
};

function readUnsaved(): Record<string, Record<string, Edit>> {
  try {
    const raw = localStorage.getItem(unsavedKey);
    return raw ? (JSON.parse(raw) as Record<string, Record<string, Edit>>) : {};
  } catch {
    return {};
  }
}

function writeUnsaved(caseId: string): void {
  const all = readUnsaved();
  const mine = unconfirmed.get(caseId);
  if (mine?.size) all[caseId] = Object.fromEntries(mine);
  else delete all[caseId];
  try {
    if (Object.keys(all).length) localStorage.setItem(unsavedKey, JSON.stringify(all));
    else localStorage.removeItem(unsavedKey);
  } catch {
    // Storage full or unavailable: the edit still travels to the core.
  }
}

/** Edits of a case typed in this browser that the core has not confirmed (for tests and diagnostics). */
export function unsavedEdits(caseId: string): IntakeFormPatch[] {
  return Object.values(readUnsaved()[caseId] ?? {}).map((e) => e.patch);
}

interface IntakeState {
  entries: Record<string, IntakeEntry>;
  loadErrors: Record<string, ApiError>;
  open: OpenIntake[];
  loadOpen(): Promise<void>;
  start(input: ApiInput<'intake.start'>): Promise<Result<IntakeView>>;
  /** Opens (or refreshes) a case; edits typed before a reload are replayed. */
  load(caseId: string): Promise<void>;
  /** A field changed: shown at once, sent after a short pause in typing. */
  edit(caseId: string, path: string, value: FieldValue): void;
  /** Sends whatever is waiting and resolves when the core has answered every save. */
  flush(caseId: string): Promise<void>;
  timer(caseId: string, step: string, action: 'pause' | 'resume'): Promise<boolean>;
  completeStep(caseId: string, step: string, overrunReason?: string): Promise<boolean>;
  recordRegistryCheck(caseId: string, result: 'match' | 'mismatch', note?: string): Promise<boolean>;
  register(caseId: string): Promise<boolean>;
  /** Makes (or finds) the case's document of that kind; its id, or null when refused. */
  printDocument(caseId: string, kind: IntakeDocumentKind): Promise<string | null>;
  decline(caseId: string, input: { reasonCode: string; note: string; missingItems: string[] }): Promise<boolean>;
  clearError(caseId: string): void;
  /** On sign-out: sends what is waiting, then forgets every case. */
  reset(): Promise<void>;
}

export const useIntakeStore = create<IntakeState>()((set, get) => {
  const patchEntry = (caseId: string, change: Partial<IntakeEntry>) =>
    set((s) => {
      const entry = s.entries[caseId];
      return entry ? { entries: { ...s.entries, [caseId]: { ...entry, ...change } } } : {};
    });

  const applyView = (view: IntakeView) =>
    set((s) => {
      const entry = s.entries[view.caseId];
      const next: IntakeEntry = entry
        ? { ...entry, view, receivedAt: Date.now() }
        : { view, receivedAt: Date.now(), draft: view.form, save: 'idle', savedAt: null, error: null, busy: null };
      return { entries: { ...s.entries, [view.caseId]: next } };
    });

  const waiting = (caseId: string) => (unsent.get(caseId)?.size ?? 0) > 0 || (inFlight.get(caseId) ?? 0) > 0;

  /** Sends every unsent edit of the case as one patch, after the saves already on their way. */
  function send(caseId: string): Promise<void> {
    const timer = timers.get(caseId);
    if (timer) clearTimeout(timer);
    timers.delete(caseId);
    const queue = unsent.get(caseId);
    const edits = queue ? [...queue.entries()] : [];
    if (edits.length === 0) return chains.get(caseId) ?? Promise.resolve();
    queue!.clear();
    const patch = edits.map(([, e]) => e.patch).reduce(mergePatches);
    inFlight.set(caseId, (inFlight.get(caseId) ?? 0) + 1);
    patchEntry(caseId, { save: 'saving' });

    const run = (chains.get(caseId) ?? Promise.resolve()).then(async () => {
      const result = await api().send('intake.saveForm', { caseId, patch });
      inFlight.set(caseId, (inFlight.get(caseId) ?? 1) - 1);
      const keep = !result.ok && retryable.has(result.error.code);
      unreachable.set(caseId, keep);
      if (keep) {
        // Not delivered (or not known to be): keep it for the next attempt unless retyped since.
        const again = mapOf(unsent, caseId);
        for (const [path, e] of edits) if (!again.has(path)) again.set(path, e);
      } else {
        // Confirmed, or refused for good (the core will never take it): no longer kept.
        const mine = unconfirmed.get(caseId);
        for (const [path, e] of edits) if (mine?.get(path)?.seq === e.seq) mine.delete(path);
        writeUnsaved(caseId);
      }
      if (result.ok) {
        applyView(result.value);
        patchEntry(caseId, { save: waiting(caseId) ? 'saving' : 'saved', savedAt: Date.now() });
      } else {
        patchEntry(caseId, { save: 'failed', error: result.error });
      }
    });
    chains.set(caseId, run);
    return run;
  }

  function hookPageHide(): void {
    if (pageHideHooked || typeof window === 'undefined') return;
    pageHideHooked = true;
    // Leaving the page: send what is waiting (it is also in localStorage should this not arrive).
    window.addEventListener('pagehide', () => unsent.forEach((_edits, caseId) => void send(caseId)));
  }

  /** Saves what was typed, then runs an action that answers with the case's new view. */
  async function act(caseId: string, busy: IntakeAction, call: () => Promise<Result<IntakeView>>): Promise<Result<IntakeView>> {
    await get().flush(caseId);
    patchEntry(caseId, { busy, error: null });
    const result = await call();
    if (result.ok) {
      applyView(result.value);
      patchEntry(caseId, { busy: null });
    } else {
      patchEntry(caseId, { busy: null, error: result.error });
      // A refusal usually means the view was behind (e.g. what the step still needs): refresh it.
      if (result.error.code === 'refused') {
        const fresh = await api().send('intake.get', { caseId });
        if (fresh.ok) applyView(fresh.value);
      }
    }
    return result;
  }

  /** The list of open intakes shows each one's current step: refresh it when a step changes. */
  const refreshOpen = (result: Result<IntakeView>) => {
    if (result.ok) void get().loadOpen();
  };

  return {
    entries: {},
    loadErrors: {},
    open: [],

    async loadOpen() {
      const result = await api().send('intake.listOpen', {});
      if (result.ok) set({ open: result.value });
    },

    async start(input) {
      const result = await api().send('intake.start', input);
      if (result.ok) {
        applyView(result.value);
        void get().loadOpen();
      }
      return result;
    },

    async load(caseId) {
      const result = await api().send('intake.get', { caseId });
      if (!result.ok) {
        set((s) => ({ loadErrors: { ...s.loadErrors, [caseId]: result.error } }));
        return;
      }
      const view = result.value;
      const known = get().entries[caseId];
      set((s) => {
        const { [caseId]: _dropped, ...loadErrors } = s.loadErrors;
        return { loadErrors };
      });
      if (known) {
        applyView(view);
        return;
      }
      // Edits typed in this browser that the core may not have got (a reload mid-typing).
      const stored = Object.entries(readUnsaved()[caseId] ?? {});
      let draft = view.form;
      if (view.state === 'intake') {
        for (const [path, edit] of stored) {
          draft = mergeIntakeForm(draft, edit.patch);
          mapOf(unsent, caseId).set(path, edit);
          mapOf(unconfirmed, caseId).set(path, edit);
          seq = Math.max(seq, edit.seq);
        }
      } else if (stored.length) {
        writeUnsaved(caseId);
      }
      set((s) => ({
        entries: { ...s.entries, [caseId]: { view, receivedAt: Date.now(), draft, save: 'idle', savedAt: null, error: null, busy: null } },
      }));
      if (view.state === 'intake' && stored.length) void send(caseId);
    },

    edit(caseId, path, value) {
      const entry = get().entries[caseId];
      if (!entry) return;
      hookPageHide();
      const edit: Edit = { patch: fieldPatch(path, value), seq: ++seq };
      mapOf(unsent, caseId).set(path, edit);
      mapOf(unconfirmed, caseId).set(path, edit);
      writeUnsaved(caseId);
      patchEntry(caseId, { draft: mergeIntakeForm(entry.draft, edit.patch), save: 'saving' });
      const timer = timers.get(caseId);
      if (timer) clearTimeout(timer);
      timers.set(
        caseId,
        setTimeout(() => void send(caseId), saveDelayMs),
      );
    },

    async flush(caseId) {
      await send(caseId);
      // Typed while that save travelled: sent too (but a save that failed is not retried here).
      if (!unreachable.get(caseId) && (unsent.get(caseId)?.size ?? 0) > 0) await send(caseId);
    },

    async timer(caseId, step, action) {
      const result = await act(caseId, 'timer', () => api().send('intake.timer', { caseId, step, action }));
      return result.ok;
    },

    async completeStep(caseId, step, overrunReason) {
      const reason = overrunReason?.trim();
      const result = await act(caseId, 'complete', () =>
        api().send('intake.completeStep', { caseId, step, ...(reason ? { overrunReason: reason } : {}) }),
      );
      refreshOpen(result);
      return result.ok;
    },

    async recordRegistryCheck(caseId, result, note) {
      const trimmed = note?.trim();
      const answer = await act(caseId, 'registry', () =>
        api().send('intake.recordRegistryCheck', { caseId, result, ...(trimmed ? { note: trimmed } : {}) }),
      );
      return answer.ok;
    },

    async register(caseId) {
      const result = await act(caseId, 'register', () => api().send('intake.register', { caseId }));
      refreshOpen(result);
      return result.ok;
    },

    async printDocument(caseId, kind) {
      const result = await act(caseId, 'print', () => api().send('intake.printDocument', { caseId, kind }));
      if (!result.ok) return null;
      return result.value.documents.filter((d) => d.kind === kind).at(-1)?.id ?? null;
    },

    async decline(caseId, input) {
      const result = await act(caseId, 'decline', () => api().send('intake.decline', { caseId, ...input }));
      refreshOpen(result);
      return result.ok;
    },

    clearError: (caseId) => patchEntry(caseId, { error: null }),

    async reset() {
      await Promise.all(Object.keys(get().entries).map((caseId) => get().flush(caseId)));
      set({ entries: {}, loadErrors: {}, open: [] });
    },
  };
});
