// Applies one page of pulled changes in one transaction together with the cursor advance, so a
// page is applied exactly once or not at all, whatever moment the process dies at. Every change
// kind is idempotent (event ids, taxpayer versions, officer ids, CRL issuer+date, reference
// version hashes), so a page delivered twice or re-fetched after a reset adds nothing. A change
// that cannot be used is logged with its reason and skipped; it never wedges the download.
import type { Change } from '../../../shared/sync/protocol';
import { loadCalendarVersion, loadRegulationVersion } from '../reference/referenceData';
import { cacheTaxpayers, finishBulkLoad } from '../registry/registryCache';
import type { Db } from '../store/database';
import { recordServerTime } from './clock';
import { ensureOffice, upsertOfficer } from './directory';
import { applyApplication, type ArrivedApplication, type PreparedApplication } from './electronic';
import { rebuildCase } from './rebase';
import { insertRemoteEvent } from './remoteEvents';
import type { PulledPage } from './pulledPage';
import type { SyncSession } from './session';
import { readSyncState, updateSyncState } from './syncState';
import type { Exchange } from './transport';

export class CursorMoved extends Error {
  constructor() {
    super('the pull cursor moved while the page was in flight');
  }
}

function storeCrl(db: Db, change: Extract<Change, { type: 'crl' }>, fetchedAt: string): boolean {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(change.derBase64) || change.derBase64.length === 0) return false;
  db.prepare(
    `INSERT INTO crls (issuer, der, this_update, next_update, fetched_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(issuer, this_update) DO NOTHING`,
  ).run(change.issuer, Buffer.from(change.derBase64, 'base64'), change.thisUpdate, change.nextUpdate, fetchedAt);
  return true;
}

export interface PageResult {
  applied: number;
  /** Cases with news for this workstation: others' events, new electronic applications. */
  casesReceived: number;
}

/**
 * Applies a validated page if the cursor is still the one it was requested with (otherwise
 * throws CursorMoved and changes nothing).
 */
export function applyPage(
  s: SyncSession,
  page: PulledPage,
  exchange: Pick<Exchange, 'sentAt' | 'receivedAt'>,
  requestCursor: string | null,
  applications: ReadonlyMap<string, PreparedApplication>,
): PageResult {
  const { db, log } = s;
  const now = s.clock.now();
  const at = now.toISOString();
  return db
    .transaction((): PageResult => {
      const state = readSyncState(db);
      if (state.pull_cursor !== requestCursor) throw new CursorMoved();
      const touched = new Set<string>();
      const received = new Set<string>();
      const arrived: ArrivedApplication[] = [];
      let homeOfficeId: number | null = null;
      const homeOffice = () => (homeOfficeId ??= ensureOffice(db, s.officeCode));
      for (const change of page.changes) {
        switch (change.type) {
          case 'case.event': {
            const inserted = insertRemoteEvent(db, change, s.officeCode, at, log);
            if (inserted) touched.add(change.caseId);
            if (inserted === 'inserted') received.add(change.caseId);
            break;
          }
          case 'officer':
            upsertOfficer(db, change.officer, homeOffice(), at, log);
            break;
          case 'crl':
            if (!storeCrl(db, change, at)) log.warn('sync: CRL skipped, DER is not base64', { issuer: change.issuer });
            break;
          case 'reference.regulation': {
            const result = loadRegulationVersion(db, change.json, { source: 'central', officerId: null, now });
            if (!result.ok) log.warn('sync: regulation version rejected', { reason: result.errors[0]?.message.ru, path: result.errors[0]?.path });
            break;
          }
          case 'reference.calendar': {
            const result = loadCalendarVersion(db, change.json, { source: 'central', now });
            if (!result.ok) log.warn('sync: calendar version rejected', { reason: result.errors[0]?.message.ru, path: result.errors[0]?.path });
            break;
          }
          case 'application.arrived':
            arrived.push(change);
            break;
        }
      }
      // A first download into an empty cache is a bulk load, indexed when the last page arrives.
      if (page.taxpayers.length) cacheTaxpayers(db, page.taxpayers, at);
      if (!page.hasMore) finishBulkLoad(db);
      // After the page's case events: if another workstation already created the case, it is kept.
      for (const change of arrived) {
        const prepared = applications.get(change.applicationId);
        if (!prepared) {
          log.error('sync: application arrived without being prepared', { applicationId: change.applicationId });
          continue;
        }
        const created = applyApplication(db, prepared, { officeCode: s.officeCode, workstationId: s.workstationId, now, log });
        if (created) received.add(created);
      }
      for (const caseId of touched) rebuildCase(db, caseId, log);
      recordServerTime(db, exchange, page.serverTime);
      updateSyncState(db, {
        pull_cursor: page.cursor,
        last_pull_at: at,
        pulled_changes: state.pulled_changes + page.delivered,
        pull_remaining: page.remaining ?? (page.hasMore ? state.pull_remaining : 0),
      });
      return { applied: page.delivered, casesReceived: received.size };
    })
    .immediate();
}
