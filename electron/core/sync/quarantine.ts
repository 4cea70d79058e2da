// The quarantine: mutations the central system rejected, with its code and kk/ru reason, kept in
// the outbox and listed until a supervisor resolves them — resubmitted as a new mutation (after
// the cause was fixed: the event must apply again on top of the case as it is now) or discarded
// with a reason. Neither deletes anything; both are final and audited by the caller.
import { DeskError } from '../../../shared/api';
import { validateEvent, isCaseEvent, type CaseActor } from '../../../shared/domain/cases';
import type { Role } from '../../../shared/domain/roles';
import { localized } from '../../../shared/i18n';
import { enqueue } from '../cases/outbox';
import type { QuarantineItemView } from '../../../shared/api/contracts/sync';
import type { Logger, Officer } from '../context';
import type { Db } from '../store/database';
import { rebasedCase, rebuildCase } from './rebase';

/** A quarantined mutation as the officer sees it: the shape is the api's own. */
export type QuarantineItem = QuarantineItemView;

interface Row {
  seq: number;
  mutation_id: string;
  kind: string;
  case_id: string | null;
  officer_id: number | null;
  payload: string;
  created_at: string;
  attempts: number;
  quarantine_code: string | null;
  quarantine_kk: string | null;
  quarantine_ru: string | null;
  quarantined_at: string | null;
  resolution: string | null;
  status: string;
}

/** Unresolved quarantined mutations of this workstation, oldest first. */
export function listQuarantine(db: Db): QuarantineItem[] {
  const rows = db
    .prepare(
      `SELECT q.*, o.short_name AS officer_name, c.taxpayer_name, c.registration_number
       FROM outbox q LEFT JOIN officers o ON o.id = q.officer_id LEFT JOIN cases c ON c.id = q.case_id
       WHERE q.status = 'quarantined' AND q.resolution IS NULL ORDER BY q.seq`,
    )
    .all() as (Row & { officer_name: string | null; taxpayer_name: string | null; registration_number: string | null })[];
  return rows.map((r) => {
    const code = r.quarantine_code ?? 'rejected';
    const payload = JSON.parse(r.payload) as { event?: { type?: unknown } };
    return {
      mutationId: r.mutation_id,
      seq: r.seq,
      kind: r.kind,
      caseId: r.case_id,
      eventType: typeof payload.event?.type === 'string' ? payload.event.type : null,
      taxpayerName: r.taxpayer_name,
      registrationNumber: r.registration_number,
      officer: r.officer_id === null ? null : { id: r.officer_id, shortName: r.officer_name ?? '' },
      createdAt: r.created_at,
      attempts: r.attempts,
      code,
      message: r.quarantine_kk && r.quarantine_ru ? { kk: r.quarantine_kk, ru: r.quarantine_ru } : localized('quarantine.noMessage', { code }),
      quarantinedAt: r.quarantined_at ?? r.created_at,
    };
  });
}

export type Resolution = { action: 'resubmit'; note?: string | undefined } | { action: 'discard'; reason: string };

export interface Resolved {
  mutationId: string;
  resolution: 'resubmitted' | 'discarded';
  newMutationId: string | null;
  caseId: string | null;
}

function unresolved(db: Db, mutationId: string): Row {
  const row = db.prepare('SELECT * FROM outbox WHERE mutation_id = ?').get(mutationId) as Row | undefined;
  if (!row || row.status !== 'quarantined') throw new DeskError('not_found', { mutationId }, undefined, localized('quarantine.notFound'));
  if (row.resolution !== null) throw new DeskError('conflict', { mutationId }, undefined, localized('quarantine.alreadyResolved'));
  return row;
}

/** Resolves one quarantined mutation inside the caller's transaction. */
export function resolveQuarantine(db: Db, mutationId: string, resolution: Resolution, by: Officer, now: Date, log: Logger): Resolved {
  const row = unresolved(db, mutationId);
  const at = now.toISOString();
  const caseId = row.kind === 'case.event' ? row.case_id : null;
  const payload = JSON.parse(row.payload) as { eventId?: string; event?: { type: string; registrationNumber?: unknown } };
  if (resolution.action === 'discard') {
    db.prepare(
      "UPDATE outbox SET status = 'discarded', resolution = 'discarded', resolution_note = ?, resolved_at = ?, resolved_by = ? WHERE seq = ?",
    ).run(resolution.reason, at, by.id, row.seq);
    // A registration the central system never accepted: its number, issued here (and perhaps
    // printed), is voided in the journal — the gap is accounted, the number never reissued.
    if (caseId !== null && payload.event?.type === 'case.registered' && typeof payload.event.registrationNumber === 'string') {
      db.prepare("UPDATE registration_numbers SET status = 'voided', note = ?, at = ? WHERE number = ? AND case_id = ? AND status = 'issued'").run(
        `quarantine discarded: ${resolution.reason}`,
        at,
        payload.event.registrationNumber,
        caseId,
      );
    }
    return { mutationId, resolution: 'discarded', newMutationId: null, caseId };
  }
  if (caseId !== null) {
    if (!db.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) throw new DeskError('not_found', { caseId }, undefined, localized('quarantine.caseMissing'));
    const event = payload.event;
    if (event && isCaseEvent(event)) {
      // Resubmitting only makes sense once the cause is gone: the event must apply to the case
      // as it stands now (confirmed events plus what is still pending), else the machine says why.
      // The actor is the event's own (an electronic receipt's is the system, whoever recorded it).
      const logged = db.prepare('SELECT officer_id FROM case_events WHERE event_id = ?').get(payload.eventId ?? '') as { officer_id: number | null } | undefined;
      const actorId = logged ? logged.officer_id : row.officer_id;
      const role = actorId === null ? null : (db.prepare('SELECT role FROM officers WHERE id = ?').pluck().get(actorId) as Role | undefined);
      const actor: CaseActor = actorId === null ? { kind: 'system' } : { kind: 'officer', id: actorId, role: role ?? 'frontDesk' };
      const check = validateEvent(rebasedCase(db, caseId).snapshot, event, actor);
      if (!check.ok) throw new DeskError('refused', { reason: check.reason, mutationId }, undefined, check.message);
    }
  }
  // A mutation that named nobody (no one had signed in here yet) goes again under the resolver's name.
  const next = enqueue(db, { kind: row.kind, caseId: row.case_id, officerId: row.officer_id ?? by.id, payload, now });
  db.prepare(
    "UPDATE outbox SET resolution = 'resubmitted', resolution_note = ?, resolved_at = ?, resolved_by = ?, resubmitted_as = ? WHERE seq = ?",
  ).run(resolution.note ?? null, at, by.id, next.mutationId, row.seq);
  // The event is pending again (under the new mutation): it is back in the case's projection.
  if (caseId !== null) rebuildCase(db, caseId, log);
  return { mutationId, resolution: 'resubmitted', newMutationId: next.mutationId, caseId };
}
