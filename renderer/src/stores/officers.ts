// The officers of the signed-in officer's office (`officers.list`): whom a head may assign a case
// to, and whom the queue can be filtered by. Read once per signed-in officer; a failed read is
// kept as an error (the screens say so and fall back to the officer themself) and read again on
// the next screen that needs the list, or when the officer asks.
import { create } from 'zustand';
import type { ApiError } from '../../../shared/api';
import type { OfficerListItem } from '../../../shared/api/processing';
import { api } from '../api/client';

interface OfficersState {
  /** The officer whose office the list (or the error) is of. */
  forOfficer: number | null;
  officers: OfficerListItem[] | null;
  loading: boolean;
  error: ApiError | null;
  /** Reads the list unless it is read (or being read) for this officer already. */
  ensure(officerId: number): Promise<void>;
  reset(): void;
}

let pending: { officerId: number; done: Promise<void> } | null = null;

export const useOfficersStore = create<OfficersState>()((set, get) => ({
  forOfficer: null,
  officers: null,
  loading: false,
  error: null,

  ensure(officerId) {
    if (pending?.officerId === officerId) return pending.done;
    if (get().forOfficer === officerId && get().officers) return Promise.resolve();
    set({ forOfficer: officerId, officers: null, loading: true, error: null });
    const done = api()
      .send('officers.list', {})
      .then((result) => {
        // Another officer signed in meanwhile: this answer is not theirs.
        if (pending?.done !== done) return;
        pending = null;
        set(result.ok ? { officers: result.value, loading: false, error: null } : { officers: null, loading: false, error: result.error });
      });
    pending = { officerId, done };
    return done;
  },

  reset() {
    pending = null;
    set({ forOfficer: null, officers: null, loading: false, error: null });
  },
}));

/** The roles that decide cases (§5.2): the ones a case can be assigned to. */
const deciding: ReadonlySet<OfficerListItem['role']> = new Set(['processing', 'supervisor']);

const byName = (a: OfficerListItem, b: OfficerListItem) => a.fullName.localeCompare(b.fullName, 'kk');

/** Whom a head may assign a case to besides themself: active processing officers and heads. */
export function assignableOfficers(officers: readonly OfficerListItem[], selfId: number): OfficerListItem[] {
  return officers.filter((o) => o.active && deciding.has(o.role) && o.id !== selfId).sort(byName);
}

/** The office's deciding officers for the assignee filter (inactive ones too: cases may still be theirs). */
export function decidingOfficers(officers: readonly OfficerListItem[], selfId: number): OfficerListItem[] {
  return officers.filter((o) => deciding.has(o.role) && o.id !== selfId).sort(byName);
}
