// Who is signed in on this window. The token lets a reload (or a reconnected socket) resume
// the same session; the core re-checks it on every call.
import { create } from 'zustand';
import type { ApiError, AppInfo, OfficerView } from '../../../shared/api';
import { api } from '../api/client';

const tokenKey = 'desk.session';

type Status = 'starting' | 'signedOut' | 'signedIn';

interface SessionState {
  status: Status;
  officer: OfficerView | null;
  info: AppInfo | null;
  error: ApiError | null;
  busy: boolean;
  /** On start-up and after a reconnect: app info, then resume a stored session if any. */
  restore(): Promise<void>;
  signIn(login: string, password: string): Promise<boolean>;
  signOut(): Promise<void>;
  clearError(): void;
}

export const useSessionStore = create<SessionState>()((set, get) => ({
  status: 'starting',
  officer: null,
  info: null,
  error: null,
  busy: false,

  async restore() {
    const info = await api().send('app.info', {});
    if (info.ok) set({ info: info.value });
    const token = sessionStorage.getItem(tokenKey);
    if (!token) {
      set({ status: 'signedOut', officer: null });
      return;
    }
    const resumed = await api().send('session.resume', { token });
    if (resumed.ok) {
      set({ status: 'signedIn', officer: resumed.value.officer });
    } else if (resumed.error.code !== 'transport') {
      sessionStorage.removeItem(tokenKey);
      // Only worth saying if someone was signed in on this window.
      set({ status: 'signedOut', officer: null, error: get().status === 'signedIn' ? resumed.error : null });
    }
  },

  async signIn(login, password) {
    set({ busy: true, error: null });
    const result = await api().send('session.signIn', { login, password });
    if (!result.ok) {
      set({ busy: false, error: result.error });
      return false;
    }
    sessionStorage.setItem(tokenKey, result.value.token);
    set({ busy: false, status: 'signedIn', officer: result.value.officer });
    return true;
  },

  async signOut() {
    set({ busy: true });
    await api().send('session.signOut', {});
    sessionStorage.removeItem(tokenKey);
    set({ busy: false, status: 'signedOut', officer: null, error: null });
  },

  clearError: () => set({ error: null }),
}));
