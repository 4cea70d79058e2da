// Rebuilds a case's projection after sync learned something about its log: the events the central
// system confirmed, in their central order, followed by this workstation's still-pending events in
// the order they will be sent (a rebase). A pending event that no longer applies on top of the
// confirmed ones is left out of the projection but stays pending — the central system will reject
// it and it goes to quarantine, where an officer sees it. Quarantined and discarded events are not
// part of the central log, so they are not part of the projection either. Nothing is deleted.
import { mergeIntakeForm, type IntakeForm, type IntakeFormPatch } from '../../../shared/api/intake';
import { apply, initialCase, isCaseEvent, validateEvent, type CaseActor, type CaseSnapshot } from '../../../shared/domain/cases';
import type { Role } from '../../../shared/domain/roles';
import type { Logger } from '../context';
import type { Db } from '../store/database';
import { ensureOfficer } from './directory';

interface LogRow {
  seq: number;
  at: string;
  officer_id: number | null;
  type: string;
  payload: string;
  event_id: string | null;
  server_pos: number | null;
  outbox_status: 'pending' | 'sent' | 'quarantined' | 'discarded' | null;
  outbox_seq: number | null;
}

/** Where an event stands for the rebase, and its place in the rebased order. */
type Standing = { kind: 'confirmed' | 'pending'; order: [number, number, number] } | { kind: 'excluded' };

function standing(row: LogRow): Standing {
  if (row.server_pos !== null) return { kind: 'confirmed', order: [0, row.server_pos, row.seq] };
  switch (row.outbox_status) {
    // Accepted by the central system but its position not yet known: after the positioned ones.
    case 'sent':
      return { kind: 'confirmed', order: [1, row.outbox_seq ?? 0, row.seq] };
    case 'pending':
      return { kind: 'pending', order: [2, row.outbox_seq ?? 0, row.seq] };
    case 'quarantined':
    case 'discarded':
      return { kind: 'excluded' };
    default:
      // No outbox row and no position: written before sync existed; it is part of the case.
      return { kind: 'confirmed', order: [1, 0, row.seq] };
  }
}

const compare = (a: [number, number, number], b: [number, number, number]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

export interface Rebuilt {
  snapshot: CaseSnapshot;
  /** Pending events that no longer apply on top of what the central system confirmed. */
  skipped: string[];
}

/** The rebased fold of a case's log, without writing anything. */
export function rebasedCase(db: Db, caseId: string): Rebuilt & { form: IntakeForm | null; taxpayerName: string | null; calendarVersion: string | null; lastAt: string | null; length: number } {
  const events = db.prepare('SELECT seq, at, officer_id, type, payload, event_id, server_pos FROM case_events WHERE case_id = ?').all(caseId) as Omit<
    LogRow,
    'outbox_status' | 'outbox_seq'
  >[];
  // The latest mutation of each event decides (a resubmitted event has a newer one).
  const latest = new Map<string, { status: LogRow['outbox_status']; seq: number }>();
  const mutations = db
    .prepare("SELECT seq, status, json_extract(payload, '$.eventId') AS event_id FROM outbox WHERE case_id = ? AND kind = 'case.event' ORDER BY seq")
    .all(caseId) as { seq: number; status: LogRow['outbox_status']; event_id: string }[];
  for (const m of mutations) latest.set(m.event_id, { status: m.status, seq: m.seq });
  const rows: LogRow[] = events.map((e) => {
    const m = e.event_id === null ? undefined : latest.get(e.event_id);
    return { ...e, outbox_status: m?.status ?? null, outbox_seq: m?.seq ?? null };
  });
  const ordered = rows
    .map((row) => ({ row, standing: standing(row) }))
    .filter((r): r is { row: LogRow; standing: Exclude<Standing, { kind: 'excluded' }> } => r.standing.kind !== 'excluded')
    .sort((a, b) => compare(a.standing.order, b.standing.order));

  const roles = new Map<number, Role>();
  const roleOf = (id: number): Role => {
    let role = roles.get(id);
    if (!role) {
      role = ((db.prepare('SELECT role FROM officers WHERE id = ?').pluck().get(id) as Role | undefined) ?? 'frontDesk') as Role;
      roles.set(id, role);
    }
    return role;
  };

  let snapshot = initialCase();
  let form: IntakeForm | null = null;
  let taxpayerName: string | null = null;
  let calendarVersion: string | null = null;
  const skipped: string[] = [];
  for (const { row, standing: s } of ordered) {
    const event = JSON.parse(row.payload) as { type: string } & Record<string, unknown>;
    if (isCaseEvent(event)) {
      if (s.kind === 'confirmed') {
        // The central system validated it against its own log; its order is the truth.
        snapshot = apply(snapshot, event);
      } else {
        const actor: CaseActor = row.officer_id === null ? { kind: 'system' } : { kind: 'officer', id: row.officer_id, role: roleOf(row.officer_id) };
        const result = validateEvent(snapshot, event, actor);
        if (result.ok) snapshot = result.next;
        else skipped.push(row.event_id ?? String(row.seq));
      }
      continue;
    }
    if (event.type === 'intake.formSaved') {
      const patch = event['patch'] as IntakeFormPatch;
      form = mergeIntakeForm(form ?? {}, patch);
      const name = patch.application?.taxpayerName;
      if (name) taxpayerName = name;
    } else if (event.type === 'intake.deadlineComputed' && typeof event['calendarVersion'] === 'string') {
      calendarVersion = event['calendarVersion'];
    }
  }
  const lastAt = rows.reduce<string | null>((max, r) => (max === null || r.at > max ? r.at : max), null);
  const length = rows.reduce((max, r) => Math.max(max, r.seq), 0);
  return { snapshot, skipped, form, taxpayerName, calendarVersion, lastAt, length };
}

/**
 * Rewrites the projection (cases row, intake form) from the rebased log. A registration number
 * already on the case is never changed or removed (it may be printed); a number another case
 * already holds is not copied onto this one. Both are logged, and the quarantine explains them.
 */
export function rebuildCase(db: Db, caseId: string, log: Logger): Rebuilt | null {
  const current = db.prepare('SELECT registration_number, office_id FROM cases WHERE id = ?').get(caseId) as
    | { registration_number: string | null; office_id: number }
    | undefined;
  if (!current) {
    // Events never arrive without their case's row; should one, the sync must not wedge on it.
    log.error('sync: no projection row to rebuild', { caseId });
    return null;
  }
  const rebuilt = rebasedCase(db, caseId);
  const { snapshot } = rebuilt;
  if (snapshot.assignee !== null) ensureOfficer(db, { id: snapshot.assignee, iin: null }, current.office_id, rebuilt.lastAt ?? '');
  let number = snapshot.registration?.number ?? null;
  if (current.registration_number !== null && number !== current.registration_number) {
    if (number !== null) log.warn('sync: case keeps its printed registration number', { caseId, kept: current.registration_number, central: number });
    number = current.registration_number;
  } else if (number !== null && current.registration_number === null) {
    const holder = db.prepare('SELECT id FROM cases WHERE registration_number = ? AND id <> ?').pluck().get(number, caseId) as string | undefined;
    if (holder !== undefined) {
      log.warn('sync: registration number already held by another case', { caseId, number, holder });
      number = null;
    }
  }
  db.prepare(
    `UPDATE cases SET state = @state, snapshot = @snapshotJson, registration_number = @number, registered_at = @registeredOn,
       deadline = @deadline, regulation_version = coalesce(@regulationVersion, regulation_version), assignee_id = @assignee,
       channel = coalesce(@channel, channel), applicant_type = coalesce(@applicantType, applicant_type),
       taxpayer_id = coalesce(@taxpayerId, taxpayer_id), taxpayer_name = coalesce(@taxpayerName, taxpayer_name),
       calendar_version = coalesce(@calendarVersion, calendar_version),
       version = max(version, @length), updated_at = coalesce(max(updated_at, @lastAt), updated_at)
     WHERE id = @id`,
  ).run({
    id: caseId,
    state: snapshot.state,
    snapshotJson: JSON.stringify(snapshot),
    number,
    registeredOn: snapshot.registration?.registeredOn ?? null,
    deadline: snapshot.registration?.deadline ?? null,
    regulationVersion: snapshot.registration?.regulationVersion ?? null,
    assignee: snapshot.assignee,
    channel: snapshot.channel,
    applicantType: snapshot.applicantType,
    taxpayerId: snapshot.taxpayerId,
    taxpayerName: rebuilt.taxpayerName,
    calendarVersion: rebuilt.calendarVersion,
    length: rebuilt.length,
    lastAt: rebuilt.lastAt,
  });
  if (rebuilt.form !== null) {
    db.prepare(
      `INSERT INTO intake_forms (case_id, form, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(case_id) DO UPDATE SET form = excluded.form, updated_at = excluded.updated_at`,
    ).run(caseId, JSON.stringify(rebuilt.form), rebuilt.lastAt ?? '');
  }
  return { snapshot, skipped: rebuilt.skipped };
}
