// The one row of sync state (migration 8): the pull cursor, the reset flag, the last successes,
// the central clock offset and the download progress. Written in the same transaction as the
// change it describes, so the cursor never runs ahead of (or behind) what was applied.
import type { Db } from '../store/database';

export interface SyncStateRow {
  central_url: string | null;
  workstation_id: string | null;
  credential_ref: string | null;
  pull_cursor: string | null;
  reset_pending: 0 | 1;
  last_push_at: string | null;
  last_pull_at: string | null;
  last_success_at: string | null;
  clock_offset_ms: number | null;
  clock_checked_at: string | null;
  pulled_changes: number;
  pull_remaining: number | null;
}

export function readSyncState(db: Db): SyncStateRow {
  return db.prepare('SELECT * FROM sync_state WHERE id = 1').get() as SyncStateRow;
}

type Patch = Partial<SyncStateRow>;

const columns = new Set<keyof SyncStateRow>([
  'central_url',
  'workstation_id',
  'credential_ref',
  'pull_cursor',
  'reset_pending',
  'last_push_at',
  'last_pull_at',
  'last_success_at',
  'clock_offset_ms',
  'clock_checked_at',
  'pulled_changes',
  'pull_remaining',
]);

/** Updates the given columns (inside the caller's transaction when there is one). */
export function updateSyncState(db: Db, patch: Patch): void {
  const keys = (Object.keys(patch) as (keyof SyncStateRow)[]).filter((k) => columns.has(k));
  if (keys.length === 0) return;
  // Keys come from the fixed set above, never from input, so the SQL text is one of few.
  db.prepare(`UPDATE sync_state SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = 1`).run(patch);
}

/** Mutations still waiting to be sent (quarantined ones no longer are). */
export function pendingCount(db: Db): number {
  return db.prepare("SELECT count(*) FROM outbox WHERE status = 'pending'").pluck().get() as number;
}

/** Rejected mutations nobody has resolved yet. */
export function quarantineCount(db: Db): number {
  return db.prepare("SELECT count(*) FROM outbox WHERE status = 'quarantined' AND resolution IS NULL").pluck().get() as number;
}
