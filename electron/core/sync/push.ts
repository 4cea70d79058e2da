// Push: the oldest pending outbox rows, up to the protocol's batch size, with their workstation
// sequence and mutation id. The attempt is counted (and a case's first event gets its frozen
// `caseInfo`) before anything leaves, so a re-send after a crash or a lost answer carries exactly
// the same mutations and the central system answers 'duplicate'. Each answer is applied on its
// own: applied/duplicate → sent (the event learns its central position), rejected → quarantine
// with the code and message; one bad mutation never holds up the others. An answer that fails
// the schema, names a mutation that was not sent, or names one twice changes nothing.
import { localized } from '../../../shared/i18n';
import { limits, protocolVersion, pushResponseSchema, type Mutation, type PushRequest } from '../../../shared/sync/protocol';
import type { Db } from '../store/database';
import { recordServerTime } from './clock';
import { asFailure, failures } from './failure';
import { rebuildCase } from './rebase';
import type { SyncSession } from './session';
import { updateSyncState } from './syncState';
import { parseAnswer } from './transport';

interface OutboxRow {
  seq: number;
  mutation_id: string;
  kind: Mutation['kind'];
  case_id: string | null;
  officer_id: number | null;
  payload: string;
  created_at: string;
}

export interface PushReport {
  sent: number;
  applied: number;
  duplicate: number;
  rejected: number;
  /** Sent but not answered: they stay pending and go again next time. */
  unanswered: number;
}

const creatingEvents = new Set(['case.intakeStarted', 'case.electronicReceived']);

type CaseEventPayload = { eventId: string; at: string; event: { type: string }; caseInfo?: unknown } & Record<string, unknown>;

/**
 * What the central system needs besides the events to list a case it has never seen (the office
 * is the pushing workstation's own).
 */
function caseInfoOf(db: Db, caseId: string): { taxpayerName: string; applicantLocale: 'kk' | 'ru' } | undefined {
  const row = db.prepare('SELECT taxpayer_name AS taxpayerName, applicant_locale AS applicantLocale FROM cases WHERE id = ?').get(caseId) as
    | { taxpayerName: string; applicantLocale: 'kk' | 'ru' }
    | undefined;
  return row;
}

/**
 * The central log already holds this very event (same id), sent by another workstation of the
 * office — an electronic application's receipt, whose id every desk derives the same way. For
 * this workstation that is a confirmation, not a rejection.
 */
const alreadyCentral = (code: string | undefined) => code === 'duplicateEvent';

/** The payload as it goes on the wire: for a case event exactly { eventId, at, event[, caseInfo] }. */
function wirePayload(row: OutboxRow, payload: Record<string, unknown>): Record<string, unknown> {
  if (row.kind !== 'case.event') return payload;
  const p = payload as CaseEventPayload;
  return { eventId: p.eventId, at: p.at, event: p.event, ...(p.caseInfo ? { caseInfo: p.caseInfo } : {}) };
}

/** Counts the attempt and freezes the payloads, in one transaction, before anything is sent. */
function prepareBatch(db: Db, rows: OutboxRow[]): Mutation[] {
  return db.transaction(() => {
    const officers = new Map<number, { id: number; iin: string } | null>();
    const officerOf = (id: number | null) => {
      if (id === null) return null;
      if (!officers.has(id)) officers.set(id, (db.prepare('SELECT id, iin FROM officers WHERE id = ?').get(id) as { id: number; iin: string } | undefined) ?? null);
      return officers.get(id)!;
    };
    const count = db.prepare('UPDATE outbox SET attempts = attempts + 1 WHERE seq = ?');
    return rows.map((row): Mutation => {
      count.run(row.seq);
      // A system event (the receipt of an electronic application) names no officer.
      const payload = JSON.parse(row.payload) as Record<string, unknown>;
      if (row.kind === 'case.event' && row.case_id) {
        const p = payload as CaseEventPayload;
        if (creatingEvents.has(p.event.type) && p.caseInfo === undefined) {
          // Frozen on the first attempt: a re-send must be byte-for-byte the same mutation.
          p.caseInfo = caseInfoOf(db, row.case_id) ?? null;
          row.payload = JSON.stringify(p);
          db.prepare('UPDATE outbox SET payload = ? WHERE seq = ?').run(row.payload, row.seq);
        }
      }
      return {
        mutationId: row.mutation_id,
        seq: row.seq,
        kind: row.kind,
        caseId: row.case_id,
        officer: officerOf(row.officer_id),
        createdAt: row.created_at,
        payload: wirePayload(row, payload),
      };
    });
  })();
}

/** Pushes one batch; null when nothing is pending. */
export async function pushBatch(s: SyncSession, limit: number = limits.pushBatch): Promise<PushReport | null> {
  const { db, log } = s;
  const rows = db
    .prepare("SELECT seq, mutation_id, kind, case_id, officer_id, payload, created_at FROM outbox WHERE status = 'pending' ORDER BY seq LIMIT ?")
    .all(Math.min(limit, limits.pushBatch)) as OutboxRow[];
  if (rows.length === 0) return null;
  const mutations = prepareBatch(db, rows);
  const request: PushRequest = { protocol: protocolVersion, workstationId: s.workstationId, mutations };
  let answer;
  let exchange;
  try {
    exchange = await s.transport.post('/v1/push', JSON.stringify(request), s.signal);
    answer = parseAnswer(exchange, pushResponseSchema, 'push');
    const sent = new Set(rows.map((r) => r.mutation_id));
    const seen = new Set<string>();
    for (const result of answer.results) {
      if (!sent.has(result.mutationId)) throw failures.malformed(`push: an answer for mutation ${result.mutationId}, which was not sent`);
      if (seen.has(result.mutationId)) throw failures.malformed(`push: two answers for mutation ${result.mutationId}`);
      seen.add(result.mutationId);
    }
  } catch (error) {
    const failure = asFailure(error);
    log.warn('sync: push failed', { kind: failure.kind, reason: failure.detail, mutations: rows.length });
    const note = db.prepare("UPDATE outbox SET last_error = ? WHERE seq = ? AND status = 'pending'");
    db.transaction(() => rows.forEach((r) => note.run(failure.detail, r.seq)))();
    throw failure;
  }
  const bySeq = new Map(rows.map((r) => [r.mutation_id, r]));
  const report: PushReport = { sent: rows.length, applied: 0, duplicate: 0, rejected: 0, unanswered: rows.length - answer.results.length };
  const at = new Date(exchange.receivedAt).toISOString();
  const received = exchange;
  const results = answer.results;
  db.transaction(() => {
    const touched = new Set<string>();
    const markSent = db.prepare("UPDATE outbox SET status = 'sent', sent_at = ?, last_error = NULL WHERE seq = ? AND status = 'pending'");
    const place = db.prepare('UPDATE case_events SET server_pos = ? WHERE event_id = ? AND server_pos IS NULL');
    const quarantine = db.prepare(
      `UPDATE outbox SET status = 'quarantined', quarantine_code = ?, quarantine_kk = ?, quarantine_ru = ?, quarantined_at = ?, last_error = ?
       WHERE seq = ? AND status = 'pending'`,
    );
    const foreign = db.prepare('SELECT 1 FROM case_events WHERE case_id = ? AND (workstation_id IS NULL OR workstation_id <> ?) LIMIT 1');
    for (const result of results) {
      const row = bySeq.get(result.mutationId)!;
      const caseId = row.kind === 'case.event' ? row.case_id : null;
      if (result.status === 'rejected' && !alreadyCentral(result.code)) {
        const code = result.code ?? 'rejected';
        const message = result.message ?? localized('quarantine.noMessage', { code });
        if (quarantine.run(code, message.kk, message.ru, at, code, row.seq).changes > 0) report.rejected++;
        // The rejected event leaves the case's projection (it is not in the central log).
        if (caseId) touched.add(caseId);
        continue;
      }
      if (markSent.run(at, row.seq).changes > 0) report[result.status === 'rejected' ? 'duplicate' : result.status]++;
      if (caseId && result.serverPos !== undefined) {
        const eventId = (JSON.parse(row.payload) as CaseEventPayload).eventId;
        // With other workstations' events in the case, the central position may reorder the log.
        if (place.run(result.serverPos, eventId).changes > 0 && foreign.get(caseId, s.workstationId)) touched.add(caseId);
      }
    }
    for (const caseId of touched) rebuildCase(db, caseId, log);
    recordServerTime(db, received, answer.serverTime);
    updateSyncState(db, { last_push_at: at });
  })();
  if (report.rejected > 0) log.warn('sync: mutations quarantined', { rejected: report.rejected });
  return report;
}

/** Pushes until nothing is pending, or a batch makes no progress (it will be retried later). */
export async function pushAll(s: SyncSession): Promise<PushReport> {
  const total: PushReport = { sent: 0, applied: 0, duplicate: 0, rejected: 0, unanswered: 0 };
  for (;;) {
    const report = await pushBatch(s);
    if (!report) return total;
    for (const key of Object.keys(total) as (keyof PushReport)[]) total[key] += report[key];
    if (report.unanswered === report.sent) return total;
  }
}
