// Server side of POST /v1/push. Idempotent per mutation id: an id seen before is answered from
// the record (byte-identical canonical JSON → 'duplicate', or the same rejection again; other
// content → rejected 'conflict'). A new mutation is judged and recorded, and a rejection is an
// answer, never a failed batch. Gap rule: `seq` must be unique per workstation but need not be
// contiguous; a batch is processed in `seq` order, and a mutation whose seq is below the highest
// processed one is still processed if its id is new (a late delivery) — ordering between batches
// is the workstation's to keep (one batch in flight), because the state machine judges each
// event against the central case as it stands when the event arrives.
import canonicalize from 'canonicalize';
import type { Mutation, MutationResult, PushRequest } from '../../../shared/sync/protocol';
import { loadCase } from '../store/cases';
import type { CentralContext } from '../store/context';
import { officerById, type CentralOfficer, type Workstation } from '../store/directory';
import { processCaseEvent } from './caseEvent';
import { rejected, type Outcome } from './outcome';

interface MutationRow {
  workstation_id: string;
  canonical: string;
  status: 'applied' | 'rejected';
  code: string | null;
  message: string | null;
  server_pos: number | null;
}

export function handlePush(ctx: CentralContext, ws: Workstation, request: PushRequest): MutationResult[] {
  const order = request.mutations.map((m, i) => ({ m, i })).sort((a, b) => a.m.seq - b.m.seq || a.i - b.i);
  const results: MutationResult[] = new Array<MutationResult>(request.mutations.length);
  ctx.db.transaction(() => {
    for (const { m, i } of order) results[i] = processMutation(ctx, ws, m);
  })();
  return results;
}

function answerFromRecord(mutationId: string, row: MutationRow): MutationResult {
  if (row.status === 'applied') return { mutationId, status: 'duplicate', ...(row.server_pos !== null ? { serverPos: row.server_pos } : {}) };
  return {
    mutationId,
    status: 'rejected',
    ...(row.code !== null ? { code: row.code } : {}),
    ...(row.message !== null ? { message: JSON.parse(row.message) as { kk: string; ru: string } } : {}),
  };
}

function processMutation(ctx: CentralContext, ws: Workstation, m: Mutation): MutationResult {
  const canonical = canonicalize(m) as string;
  const seen = ctx.db.prepare('SELECT * FROM mutations WHERE mutation_id = ?').get(m.mutationId) as MutationRow | undefined;
  if (seen) {
    if (seen.workstation_id === ws.id && seen.canonical === canonical) return answerFromRecord(m.mutationId, seen);
    // The id is taken by other content: answered, not recorded (the id keeps its first meaning).
    return toResult(m.mutationId, rejected('conflict'));
  }
  const outcome = judge(ctx, ws, m);
  ctx.db
    .prepare(
      'INSERT INTO mutations (mutation_id, workstation_id, seq, canonical, status, code, message, server_pos, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(
      m.mutationId,
      ws.id,
      m.seq,
      canonical,
      outcome.status,
      outcome.status === 'rejected' ? outcome.code : null,
      outcome.status === 'rejected' ? JSON.stringify(outcome.message) : null,
      outcome.status === 'applied' ? (outcome.serverPos ?? null) : null,
      ctx.now().toISOString(),
    );
  ctx.db.prepare('UPDATE workstations SET last_seq = max(last_seq, ?) WHERE id = ?').run(m.seq, ws.id);
  return toResult(m.mutationId, outcome);
}

function toResult(mutationId: string, o: Outcome): MutationResult {
  if (o.status === 'applied') return { mutationId, status: 'applied', ...(o.serverPos !== undefined ? { serverPos: o.serverPos } : {}) };
  return { mutationId, status: 'rejected', code: o.code, message: o.message };
}

function judge(ctx: CentralContext, ws: Workstation, m: Mutation): Outcome {
  const seqTaken = ctx.db.prepare('SELECT 1 FROM mutations WHERE workstation_id = ? AND seq = ?').get(ws.id, m.seq);
  if (seqTaken) return rejected('seqConflict');
  const officer = actingOfficer(ctx, ws, m);
  if (officer !== null && 'status' in officer) return officer;
  switch (m.kind) {
    case 'case.event':
      return processCaseEvent(ctx, ws, officer, m);
    case 'document.stored':
    case 'journal.entry':
      return storeRecord(ctx, ws, m);
  }
}

/**
 * Every mutation names an officer of the workstation's office, by central id and IIN — except
 * the automated receipt of an electronic application, which the system does on its own.
 */
function actingOfficer(ctx: CentralContext, ws: Workstation, m: Mutation): CentralOfficer | null | Outcome {
  if (m.officer === null && m.kind === 'case.event' && (m.payload['event'] as { type?: unknown } | undefined)?.type === 'case.electronicReceived') return null;
  const officer = m.officer === null ? null : officerById(ctx, m.officer.id);
  if (!officer || !m.officer || officer.officeCode !== ws.officeCode || officer.iin !== m.officer.iin) return rejected('unknownOfficer');
  if (!officer.active) return rejected('inactiveOfficer');
  return officer;
}

/**
 * 'document.stored' and 'journal.entry' have no payload schema in the protocol yet: the centre
 * keeps the payload as sent, and only checks that a named case is one of this office's.
 */
function storeRecord(ctx: CentralContext, ws: Workstation, m: Mutation): Outcome {
  if (m.caseId !== null) {
    const found = loadCase(ctx, m.caseId);
    if (!found || found.officeCode !== ws.officeCode) return rejected('unknownCase');
  }
  ctx.db
    .prepare('INSERT INTO records (mutation_id, kind, office_code, case_id, payload) VALUES (?, ?, ?, ?, ?)')
    .run(m.mutationId, m.kind, ws.officeCode, m.caseId, JSON.stringify(m.payload));
  return { status: 'applied' };
}
