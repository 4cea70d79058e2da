// Case events as the central log delivers them: each is inserted once (by its global event id),
// a case first seen from the central system gets its projection row, and an event this
// workstation already has (its own, echoed back, or a duplicate delivery) only learns its central
// position. The caller rebuilds the touched cases once per page (rebase.ts).
import { initialCase } from '../../../shared/domain/cases';
import type { Change } from '../../../shared/sync/protocol';
import type { Logger } from '../context';
import type { Db } from '../store/database';
import { ensureOffice, ensureOfficer } from './directory';

export type RemoteEvent = Extract<Change, { type: 'case.event' }>;

/** What a case's creating event says about the case (the rest comes from `caseInfo`). */
function creationFacts(event: RemoteEvent['event']): { channel: string; applicantType: string; taxpayerId: string } | null {
  if (event.type !== 'case.intakeStarted' && event.type !== 'case.electronicReceived') return null;
  const e = event as Record<string, unknown>;
  const text = (k: string) => (typeof e[k] === 'string' ? (e[k] as string) : null);
  const channel = text('channel');
  const applicantType = text('applicantType');
  const taxpayerId = text('taxpayerId');
  return channel && applicantType && taxpayerId ? { channel, applicantType, taxpayerId } : null;
}

function createCase(db: Db, change: RemoteEvent, homeOffice: string, log: Logger): void {
  const facts = creationFacts(change.event);
  const info = change.caseInfo;
  if (!facts || !info) {
    // The projection heals as later events arrive (rebase copies channel, type and IIN/BIN from the snapshot).
    log.warn('sync: case first seen without its creating event or caseInfo', { caseId: change.caseId, eventType: change.event.type });
  }
  const officeId = ensureOffice(db, info?.officeCode ?? homeOffice);
  const initial = initialCase();
  db.prepare(
    `INSERT INTO cases (id, office_id, channel, applicant_type, taxpayer_id, taxpayer_name, state, created_at, updated_at, version,
                        snapshot, applicant_locale, created_by)
     VALUES (@id, @officeId, @channel, @applicantType, @taxpayerId, @taxpayerName, @state, @at, @at, 0, @snapshot, @locale, @createdBy)`,
  ).run({
    id: change.caseId,
    officeId,
    channel: facts?.channel ?? 'office',
    applicantType: facts?.applicantType ?? 'individual',
    taxpayerId: facts?.taxpayerId ?? '',
    taxpayerName: info?.taxpayerName ?? '',
    state: initial.state,
    at: change.at,
    snapshot: JSON.stringify(initial),
    locale: info?.applicantLocale ?? 'kk',
    createdBy: change.officer?.id ?? null,
  });
}

/**
 * Inserts a pulled case event unless this store already has it. Says how the case's log changed,
 * if at all: a new event, or an event of this store's that learnt the position that may reorder
 * it (either needs a rebuild; only a new one is news to the officer).
 */
export function insertRemoteEvent(db: Db, change: RemoteEvent, homeOffice: string, now: string, log: Logger): 'inserted' | 'positioned' | null {
  const known = db.prepare('SELECT case_id, server_pos FROM case_events WHERE event_id = ?').get(change.eventId) as
    | { case_id: string; server_pos: number | null }
    | undefined;
  if (known) {
    if (known.case_id !== change.caseId) {
      log.error('sync: pulled event id belongs to another case here', { eventId: change.eventId, caseId: change.caseId, local: known.case_id });
      return null;
    }
    if (known.server_pos === null) {
      db.prepare('UPDATE case_events SET server_pos = ? WHERE event_id = ? AND server_pos IS NULL').run(change.serverPos, change.eventId);
      return 'positioned';
    }
    return null;
  }
  const exists = db.prepare('SELECT office_id FROM cases WHERE id = ?').pluck().get(change.caseId) as number | undefined;
  if (exists === undefined) createCase(db, change, homeOffice, log);
  const officeId = (exists ?? db.prepare('SELECT office_id FROM cases WHERE id = ?').pluck().get(change.caseId)) as number;
  if (change.officer) ensureOfficer(db, change.officer, officeId, now);
  const seq = db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM case_events WHERE case_id = ?').pluck().get(change.caseId) as number;
  db.prepare(
    `INSERT INTO case_events (case_id, seq, at, officer_id, type, payload, event_id, workstation_id, server_pos)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(change.caseId, seq, change.at, change.officer?.id ?? null, change.event.type, JSON.stringify(change.event), change.eventId, change.workstationId, change.serverPos);
  return 'inserted';
}
