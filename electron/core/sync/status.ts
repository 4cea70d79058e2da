// The sync status as the officer sees it, always: the engine's live state joined with what the
// store knows (unsent and quarantined counts, last successes, the clock offset, numbers left).
import type { SyncStatusView } from '../../../shared/api/contracts/sync';
import { localized } from '../../../shared/i18n';
import { availableNumbers } from '../numbers/blocks';
import type { Db } from '../store/database';
import { kzYear } from '../time';
import { clockView } from './clock';
import type { SyncControl } from './control';
import { pendingCount, quarantineCount, readSyncState } from './syncState';

export function syncStatus(db: Db, control: SyncControl, now: Date, officeCode: string | null): SyncStatusView {
  const live = control.live();
  const state = readSyncState(db);
  const clock = clockView(db, now);
  const unsent = pendingCount(db);
  const resetPending = state.reset_pending === 1;
  const message = !live.configured
    ? localized('sync.off')
    : (live.lastError?.message ?? clock.message ?? (resetPending && unsent > 0 ? localized('sync.resetPending') : null));
  return {
    configured: live.configured,
    centralUrl: live.centralUrl,
    online: live.online,
    syncing: live.syncing,
    unsent,
    quarantined: quarantineCount(db),
    lastSuccessAt: state.last_success_at,
    lastPushAt: state.last_push_at,
    lastPullAt: state.last_pull_at,
    nextAttemptAt: live.nextAttemptAt,
    failures: live.failures,
    lastError: live.lastError,
    resetPending,
    clock,
    download: live.download.active ? live.download : { active: false, done: state.pulled_changes, remaining: state.pull_remaining },
    casesReceived: live.casesReceived,
    numbersLeft: officeCode === null ? null : availableNumbers(db, officeCode, kzYear(new Date(now.getTime() + (clock.offsetMs ?? 0))), now, 'registration'),
    message,
  };
}
