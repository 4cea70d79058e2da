// The core's handle on sync, in its dependencies: the live state the status shows, a trigger for
// "sync now", and the notice that a local change was committed. Until a host starts the engine
// (with a central URL and a workstation credential), it is the "off" handle, which says so.
import type { Localized } from '../../../shared/i18n';

export interface LiveSyncState {
  configured: boolean;
  centralUrl: string | null;
  /** null before the first attempt. */
  online: boolean | null;
  syncing: boolean;
  failures: number;
  lastError: { kind: string; message: Localized; at: string } | null;
  nextAttemptAt: string | null;
  /** Changes applied by the download in progress (since the cursor was null) and what is left. */
  download: { active: boolean; done: number; remaining: number | null };
  /** Cases that pulls have changed since the core started: open lists read again when it grows. */
  casesReceived: number;
}

export interface SyncControl {
  live(): LiveSyncState;
  /** Runs a sync cycle now (or joins the one running) and resolves when it has finished. */
  trigger(): Promise<void>;
  /** A local change was committed: sync soon (debounced). */
  changed(): void;
}

export const syncOff: SyncControl = {
  live: () => ({
    configured: false,
    centralUrl: null,
    online: null,
    syncing: false,
    failures: 0,
    lastError: null,
    nextAttemptAt: null,
    download: { active: false, done: 0, remaining: null },
    casesReceived: 0,
  }),
  trigger: async () => {},
  changed: () => {},
};
