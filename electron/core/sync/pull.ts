// Pull: pages of changes after the stored cursor, each applied in one transaction with the cursor
// advance (applyPage.ts). The next page is requested while the current one is being applied, so
// the network (and, with a page reader thread, the parsing — pageReader.ts) and the store work at
// the same time during a large first download. A `reset`
// answer is honoured only once the outbox has drained — the download then starts again from a
// null cursor without deleting anything (local unsynced work is never touched by a reset). A
// reset asked for a download that already starts from scratch is a loop, reported and retried
// later with backoff instead of spinning (the ElectricSQL complaint).
import { limits, protocolVersion, type PullRequest } from '../../../shared/sync/protocol';
import { applyPage } from './applyPage';
import { correctedNow } from './clock';
import { prepareApplications, type PreparedApplication } from './electronic';
import { asFailure, failures } from './failure';
import type { SyncSession } from './session';
import { transportPageReader } from './pageReader';
import type { PulledPage } from './pulledPage';
import { pendingCount, readSyncState, updateSyncState } from './syncState';
import type { Exchange } from './transport';
import { syncedCrls } from './verifier';

export type PullOutcome = 'done' | 'draining';

/**
 * Changes asked for per request. Below the protocol's 5,000: up to three pages are in memory at
 * once (one applied, one handed over, one read ahead by the page reader thread), and smaller pages
 * keep a large first download's peak memory low at no cost in throughput.
 */
export const defaultPageSize = 2_000;

interface Fetched {
  cursor: string | null;
  page: PulledPage;
  exchange: Pick<Exchange, 'sentAt' | 'receivedAt'>;
}

async function fetchPage(s: SyncSession, cursor: string | null): Promise<Fetched> {
  const request: PullRequest = { protocol: protocolVersion, workstationId: s.workstationId, cursor, limit: Math.min(s.pageSize, limits.pullPage) };
  try {
    const { page, sentAt, receivedAt } = await (s.pages ?? transportPageReader(s.transport)).read(request, s.signal);
    return { cursor, page, exchange: { sentAt, receivedAt } };
  } catch (error) {
    const failure = asFailure(error);
    s.log.warn('sync: pull failed', { kind: failure.kind, reason: failure.detail, cursor });
    throw failure;
  }
}

/** Verifies the page's electronic applications before its transaction (verification is async). */
async function prepare(s: SyncSession, page: PulledPage): Promise<Map<string, PreparedApplication>> {
  const arrived = page.changes.filter((c) => c.type === 'application.arrived');
  if (arrived.length === 0) return new Map();
  const fetchedAt = s.clock.now();
  // CRLs that come in this very page count already: they are newer than what the store has.
  const pageCrls = page.changes.flatMap((c) => (c.type === 'crl' ? [{ der: new Uint8Array(Buffer.from(c.derBase64, 'base64')), fetchedAt }] : []));
  return prepareApplications(s.db, arrived, { verifier: s.verifier, crls: [...syncedCrls(s.db), ...pageCrls], now: correctedNow(s.db, s.clock.now()), log: s.log });
}

/** Starts again from a null cursor if a reset is pending and nothing waits to be sent. */
function honourReset(s: SyncSession): boolean {
  const state = readSyncState(s.db);
  if (!state.reset_pending) return true;
  if (pendingCount(s.db) > 0) return false;
  s.db.transaction(() => {
    if (pendingCount(s.db) > 0) return;
    updateSyncState(s.db, { pull_cursor: null, reset_pending: 0, pulled_changes: 0, pull_remaining: null });
    s.log.info('sync: reset honoured, downloading again from the start');
  })();
  return readSyncState(s.db).reset_pending === 0;
}

export interface PullProgress {
  pages: number;
  changes: number;
  /** Cases with news for this workstation (applyPage's casesReceived), summed over the pages. */
  cases: number;
}

/** Pulls until the central system has nothing more; 'draining' while a reset waits for the outbox. */
export async function pullAll(s: SyncSession, onPage?: (progress: PullProgress) => void): Promise<PullOutcome> {
  if (!honourReset(s)) return 'draining';
  const progress: PullProgress = { pages: 0, changes: 0, cases: 0 };
  let resets = 0;
  let next: Promise<Fetched> | null = fetchPage(s, readSyncState(s.db).pull_cursor);
  while (next) {
    const fetched: Fetched = await next;
    next = null;
    const { page, cursor } = fetched;
    if (page.reset) {
      if (cursor === null || resets > 0) throw failures.resetLoop();
      resets++;
      s.log.warn('sync: the central system asked for a reset', { cursor });
      updateSyncState(s.db, { reset_pending: 1 });
      if (!honourReset(s)) return 'draining';
      next = fetchPage(s, null);
      continue;
    }
    if (page.hasMore && page.delivered === 0 && page.cursor === cursor) {
      const failure = failures.malformed('pull: more changes announced, but an empty page that does not advance the cursor');
      s.log.warn('sync: pull failed', { kind: failure.kind, reason: failure.detail, cursor });
      throw failure;
    }
    // Ask for the next page now; it is only used if this one applies.
    const following = page.hasMore ? fetchPage(s, page.cursor) : null;
    following?.catch(() => {});
    // If this page fails, the prefetched one is dropped (its rejection is already handled above).
    const applications = await prepare(s, page);
    const applied = applyPage(s, page, fetched.exchange, cursor, applications);
    progress.pages++;
    progress.changes += page.delivered;
    progress.cases += applied.casesReceived;
    onPage?.(progress);
    next = following;
  }
  return 'done';
}
