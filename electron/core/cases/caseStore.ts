// The case store: a case is its append-only event log (case_events) plus a projection (cases)
// updated in the same transaction, and every event also goes to the sync outbox in that
// transaction. State changes go through the shared state machine (decide/apply); other facts —
// step timers, the intake form — are logged the same way but do not change the state.
import { randomUUID } from 'node:crypto';
import { DeskError } from '../../../shared/api';
import { decide, type CaseActor, type CaseCommand, type CaseEvent, type CaseSnapshot } from '../../../shared/domain/cases';
import type { Officer } from '../context';
import type { Db } from '../store/database';
import { enqueue } from './outbox';

/** Any fact appended to a case log: a state-machine event or an auxiliary one (step.*, intake.*). */
export interface LoggedEvent {
  readonly type: string;
}

export interface CaseRow {
  id: string;
  office_id: number;
  channel: string;
  applicant_type: string;
  taxpayer_id: string;
  taxpayer_name: string;
  state: string;
  registration_number: string | null;
  registered_at: string | null;
  deadline: string | null;
  regulation_version: string | null;
  calendar_version: string | null;
  applicant_locale: 'kk' | 'ru';
  assignee_id: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  version: number;
  snapshot: string;
}

export interface StoredCase {
  row: CaseRow;
  snapshot: CaseSnapshot;
}

export interface WriteContext {
  db: Db;
  now: Date;
  officer: Officer;
  workstationId: string;
}

export const officerActor = (officer: Officer): CaseActor => ({ kind: 'officer', id: officer.id, role: officer.role });

export function loadCase(db: Db, caseId: string): StoredCase | null {
  const row = db.prepare('SELECT * FROM cases WHERE id = ?').get(caseId) as CaseRow | undefined;
  return row ? { row, snapshot: JSON.parse(row.snapshot) as CaseSnapshot } : null;
}

/** The case, which must exist and belong to the officer's office. */
export function requireCase(db: Db, caseId: string, officer: Officer): StoredCase {
  const found = loadCase(db, caseId);
  if (!found || found.row.office_id !== officer.officeId) throw new DeskError('not_found', { caseId });
  return found;
}

/** Appends one fact to the log and the outbox; returns its sequence number within the case. */
export function appendEvent<E extends LoggedEvent>(ctx: WriteContext, caseId: string, event: E): number {
  const { seq } = ctx.db.prepare('SELECT coalesce(max(seq), 0) + 1 AS seq FROM case_events WHERE case_id = ?').get(caseId) as { seq: number };
  const eventId = randomUUID();
  const at = ctx.now.toISOString();
  ctx.db
    .prepare('INSERT INTO case_events (case_id, seq, at, officer_id, type, payload, event_id, workstation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(caseId, seq, at, ctx.officer.id, event.type, JSON.stringify(event), eventId, ctx.workstationId);
  ctx.db.prepare('UPDATE cases SET version = ?, updated_at = ? WHERE id = ?').run(seq, at, caseId);
  enqueue(ctx.db, {
    kind: 'case.event',
    caseId,
    officerId: ctx.officer.id,
    payload: { caseId, eventId, seq, at, workstationId: ctx.workstationId, event },
    now: ctx.now,
  });
  return seq;
}

/** Columns of the projection that follow from the snapshot (the rest are set at creation). */
function projectSnapshot(db: Db, caseId: string, snapshot: CaseSnapshot): void {
  db.prepare(
    `UPDATE cases SET state = @state, snapshot = @snapshot, registration_number = @number, registered_at = @registeredOn,
       deadline = @deadline, regulation_version = coalesce(@regulationVersion, regulation_version), assignee_id = @assignee
     WHERE id = @id`,
  ).run({
    id: caseId,
    state: snapshot.state,
    snapshot: JSON.stringify(snapshot),
    number: snapshot.registration?.number ?? null,
    registeredOn: snapshot.registration?.registeredOn ?? null,
    deadline: snapshot.registration?.deadline ?? null,
    regulationVersion: snapshot.registration?.regulationVersion ?? null,
    assignee: snapshot.assignee,
  });
}

/**
 * Runs a command through the state machine. A refusal ends the call with the machine's own
 * kk/ru reason (and, thrown inside the transaction, changes nothing).
 */
export function runCommand(ctx: WriteContext, caseId: string, before: CaseSnapshot, command: CaseCommand): { snapshot: CaseSnapshot; event: CaseEvent } {
  const decided = decide(before, command, officerActor(ctx.officer));
  if (!decided.ok) throw new DeskError('refused', { reason: decided.reason, command: command.type }, undefined, decided.message);
  appendEvent(ctx, caseId, decided.event);
  projectSnapshot(ctx.db, caseId, decided.next);
  return { snapshot: decided.next, event: decided.event };
}

/** Creates the projection row for a new case; its first event follows through runCommand. */
export function insertCase(
  ctx: WriteContext,
  c: { id: string; channel: string; applicantType: string; taxpayerId: string; taxpayerName: string; applicantLocale: 'kk' | 'ru'; regulationVersion: string },
  initial: CaseSnapshot,
): void {
  const at = ctx.now.toISOString();
  ctx.db
    .prepare(
      `INSERT INTO cases (id, office_id, channel, applicant_type, taxpayer_id, taxpayer_name, state, created_at, updated_at, version,
                          snapshot, regulation_version, applicant_locale, created_by)
       VALUES (@id, @officeId, @channel, @applicantType, @taxpayerId, @taxpayerName, @state, @at, @at, 0, @snapshot, @regulationVersion, @applicantLocale, @createdBy)`,
    )
    .run({ ...c, officeId: ctx.officer.officeId, state: initial.state, at, snapshot: JSON.stringify(initial), createdBy: ctx.officer.id });
}

/** The auxiliary facts of a case of the given types, in log order. */
export function caseEvents<T extends LoggedEvent>(db: Db, caseId: string, types: readonly string[]): (T & { at: string })[] {
  const rows = db
    .prepare(`SELECT payload, at FROM case_events WHERE case_id = ? AND type IN (${types.map(() => '?').join(',')}) ORDER BY seq`)
    .all(caseId, ...types) as { payload: string; at: string }[];
  return rows.map((r) => {
    const event = JSON.parse(r.payload) as T & { at?: string };
    return { ...event, at: event.at ?? r.at };
  });
}
