// The central copy of every case: its log (every event a workstation pushed and the centre
// accepted, numbered 1, 2, … by serverPos) and the snapshot the shared state machine folds it
// into. Each accepted event also enters the change log for the case's office.
import type { CaseSnapshot } from '../../../shared/domain/cases';
import type { Change } from '../../../shared/sync/protocol';
import type { CentralContext } from './context';

export interface CentralCase {
  id: string;
  officeCode: string;
  taxpayerName: string;
  applicantLocale: 'kk' | 'ru';
  state: string;
  snapshot: CaseSnapshot;
  /** Events in the central log, state-machine transitions and auxiliary facts alike. */
  eventCount: number;
}

interface CaseRow {
  id: string;
  office_code: string;
  taxpayer_name: string;
  applicant_locale: 'kk' | 'ru';
  state: string;
  snapshot: string;
  event_count: number;
}

const fromRow = (r: CaseRow): CentralCase => ({
  id: r.id,
  officeCode: r.office_code,
  taxpayerName: r.taxpayer_name,
  applicantLocale: r.applicant_locale,
  state: r.state,
  snapshot: JSON.parse(r.snapshot) as CaseSnapshot,
  eventCount: r.event_count,
});

export function loadCase(ctx: CentralContext, id: string): CentralCase | null {
  const row = ctx.db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
  return row ? fromRow(row) : null;
}

export function listCases(ctx: CentralContext, officeCode?: string): CentralCase[] {
  const rows = (
    officeCode === undefined
      ? ctx.db.prepare('SELECT * FROM cases ORDER BY id').all()
      : ctx.db.prepare('SELECT * FROM cases WHERE office_code = ? ORDER BY id').all(officeCode)
  ) as CaseRow[];
  return rows.map(fromRow);
}

export function eventExists(ctx: CentralContext, eventId: string): boolean {
  return ctx.db.prepare('SELECT 1 FROM case_events WHERE event_id = ?').get(eventId) !== undefined;
}

export interface NewEvent {
  caseId: string;
  eventId: string;
  at: string;
  officer: { id: number; iin: string } | null;
  workstationId: string | null;
  event: { type: string } & Record<string, unknown>;
  /** The snapshot after a state-machine event; undefined for an auxiliary fact. */
  next?: CaseSnapshot;
  /** Required for a case's first event: creates the central case. */
  create?: { officeCode: string; taxpayerName: string; applicantLocale: 'kk' | 'ru' };
}

/** Appends an accepted event to its case's central log; returns its serverPos. */
export function appendCaseEvent(ctx: CentralContext, e: NewEvent): number {
  const now = ctx.now().toISOString();
  let current = loadCase(ctx, e.caseId);
  if (!current) {
    if (!e.create || !e.next) throw new Error(`case ${e.caseId} does not exist and the event does not create it`);
    ctx.db
      .prepare(
        `INSERT INTO cases (id, office_code, taxpayer_name, applicant_locale, state, snapshot, event_count, created_at, updated_at)
         VALUES (?, ?, ?, ?, 'new', '{}', 0, ?, ?)`,
      )
      .run(e.caseId, e.create.officeCode, e.create.taxpayerName, e.create.applicantLocale, now, now);
    current = loadCase(ctx, e.caseId) as CentralCase;
  }
  const serverPos = current.eventCount + 1;
  ctx.db
    .prepare('INSERT INTO case_events (case_id, server_pos, event_id, type, at, officer_id, workstation_id, event) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(e.caseId, serverPos, e.eventId, e.event.type, e.at, e.officer?.id ?? null, e.workstationId, JSON.stringify(e.event));
  const snapshot = e.next ?? current.snapshot;
  ctx.db
    .prepare('UPDATE cases SET state = ?, snapshot = ?, event_count = ?, updated_at = ? WHERE id = ?')
    .run(snapshot.state, JSON.stringify(snapshot), serverPos, now, e.caseId);
  const change: Change = {
    type: 'case.event',
    caseId: e.caseId,
    eventId: e.eventId,
    serverPos,
    at: e.at,
    officer: e.officer,
    workstationId: e.workstationId,
    event: e.event,
    ...(serverPos === 1
      ? { caseInfo: { officeCode: current.officeCode, taxpayerName: current.taxpayerName, applicantLocale: current.applicantLocale } }
      : {}),
  };
  ctx.log.append(change, current.officeCode);
  return serverPos;
}

/** The central log of one case, oldest first (for tests and convergence checks). */
export function caseLog(ctx: CentralContext, caseId: string): { serverPos: number; eventId: string; type: string; workstationId: string | null }[] {
  return ctx.db
    .prepare('SELECT server_pos AS serverPos, event_id AS eventId, type, workstation_id AS workstationId FROM case_events WHERE case_id = ? ORDER BY server_pos')
    .all(caseId) as { serverPos: number; eventId: string; type: string; workstationId: string | null }[];
}
