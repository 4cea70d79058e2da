// A minimal protocol client for the simulator's own tests: sends requests with a workstation's
// credential and checks every 200 answer against the protocol's zod schemas, so a test can only
// pass if the simulator speaks exactly the shared protocol.
import { randomUUID } from 'node:crypto';
import { decide, type CaseActor, type CaseCommand, type CaseEvent, type CaseSnapshot } from '../../shared/domain/cases';
import {
  errorResponseSchema,
  leaseResponseSchema,
  protocolVersion,
  pullResponseSchema,
  pushResponseSchema,
  type LeaseResponse,
  type Mutation,
  type PullResponse,
  type PushResponse,
} from '../../shared/sync/protocol';
import { demoOfficers } from '../../electron/core/auth/demoData';
import type { Role } from '../../shared/domain/roles';
import type { WorkstationCredential } from './store/directory';

export interface RawAnswer {
  status: number;
  text: string;
  headers: Headers;
}

export async function post(url: string, path: string, body: string | Buffer, headers: Record<string, string>, timeoutMs = 10_000): Promise<RawAnswer> {
  const response = await fetch(url + path, { method: 'POST', body, headers, signal: AbortSignal.timeout(timeoutMs) });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

export function client(url: string, ws: WorkstationCredential) {
  const headers = { Authorization: ws.authorization, 'Content-Type': 'application/json' };
  const send = (path: string, body: unknown, timeoutMs?: number) => post(url, path, JSON.stringify(body), headers, timeoutMs);
  const ok = <T>(answer: RawAnswer, schema: { parse(v: unknown): T }): T => {
    if (answer.status !== 200) throw new Error(`HTTP ${answer.status}: ${answer.text}`);
    return schema.parse(JSON.parse(answer.text));
  };
  return {
    ws,
    send,
    async push(mutations: Mutation[], timeoutMs?: number): Promise<PushResponse> {
      return ok(await send('/v1/push', { protocol: protocolVersion, workstationId: ws.id, mutations }, timeoutMs), pushResponseSchema);
    },
    async pull(cursor: string | null, limit = 5_000, timeoutMs?: number): Promise<PullResponse> {
      return ok(await send('/v1/pull', { protocol: protocolVersion, workstationId: ws.id, cursor, limit }, timeoutMs), pullResponseSchema);
    },
    async lease(year: number, size: number, officeCode = ws.officeCode): Promise<LeaseResponse> {
      return ok(await send('/v1/lease', { protocol: protocolVersion, workstationId: ws.id, officeCode, year, size }), leaseResponseSchema);
    },
    /** Pulls until hasMore is false; returns every change and the final cursor. */
    async pullAll(cursor: string | null = null, limit = 5_000): Promise<{ changes: PullResponse['changes']; cursor: string; pages: number }> {
      const changes: PullResponse['changes'] = [];
      let pages = 0;
      let next = cursor;
      for (;;) {
        const page = await this.pull(next, limit);
        pages++;
        if (page.reset) throw new Error('unexpected reset');
        changes.push(...page.changes);
        next = page.cursor;
        if (!page.hasMore) return { changes, cursor: page.cursor, pages };
      }
    },
  };
}

export const errorOf = (answer: RawAnswer) => errorResponseSchema.parse(JSON.parse(answer.text));

/** The demo officers as the simulator knows them: ids 1–4 in demoData order. */
export const officers = {
  frontDesk: { id: 1, iin: demoOfficers[0]!.iin, role: 'frontDesk' as const },
  processing: { id: 2, iin: demoOfficers[1]!.iin, role: 'processing' as const },
  supervisor: { id: 3, iin: demoOfficers[2]!.iin, role: 'supervisor' as const },
  admin: { id: 4, iin: demoOfficers[3]!.iin, role: 'admin' as const },
};
/** An officer as a desk knows them: central id, IIN, and the role of their session. */
export type DeskOfficer = { id: number; iin: string; role: Role };

/**
 * A workstation's view of one case, enough to produce the mutations a real desk would: each
 * command runs through the shared `decide`, and the event goes out as the desk logs it.
 */
export class DeskCase {
  readonly id: string;
  snapshot: CaseSnapshot;
  private localSeq = 0;

  constructor(
    private readonly ws: WorkstationCredential,
    private readonly nextSeq: () => number,
    initial: CaseSnapshot,
    id: string = randomUUID(),
  ) {
    this.id = id;
    this.snapshot = initial;
  }

  /** Runs a command locally and returns the mutation for it (throws if the desk would refuse). */
  command(officer: DeskOfficer | null, command: CaseCommand, actor?: CaseActor): Mutation {
    const by: CaseActor = actor ?? (officer ? { kind: 'officer', id: officer.id, role: officer.role } : { kind: 'system' });
    const decided = decide(this.snapshot, command, by);
    if (!decided.ok) throw new Error(`desk refused ${command.type}: ${decided.reason}`);
    this.snapshot = decided.next;
    return this.mutation(officer, decided.event);
  }

  /** A mutation carrying any event (also one the desk would never produce). */
  mutation(officer: DeskOfficer | null, event: CaseEvent | ({ type: string } & Record<string, unknown>), at = '2026-03-02T05:00:00.000Z'): Mutation {
    this.localSeq++;
    return {
      mutationId: randomUUID(),
      seq: this.nextSeq(),
      kind: 'case.event',
      caseId: this.id,
      officer: officer ? { id: officer.id, iin: officer.iin } : null,
      createdAt: at,
      payload: { caseId: this.id, eventId: randomUUID(), seq: this.localSeq, at, workstationId: this.ws.id, event },
    };
  }
}

/** A per-workstation seq counter, like the outbox's. */
export function seqCounter(start = 0): () => number {
  let n = start;
  return () => ++n;
}
