// The three protocol endpoints over HTTP: authenticate the workstation, then refuse anything that
// is not exactly a protocol-1 request of this workstation (400 malformedJson / unsupportedProtocol
// / invalidRequest, 403 workstationMismatch, 415 for another media type) before anything is
// read or written, then hand the request to the push, pull or lease handler.
import type { IncomingHttpHeaders } from 'node:http';
import type { z } from 'zod';
import {
  leaseRequestSchema,
  protocolVersion,
  pullRequestSchema,
  pushRequestSchema,
  type LeaseResponse,
  type PushResponse,
} from '../../../shared/sync/protocol';
import type { Endpoint } from '../faults';
import type { CentralContext } from '../store/context';
import { authenticate, type Workstation } from '../store/directory';
import { handleLease } from '../sync/lease';
import { handlePull, type PullReadAhead } from '../sync/pull';
import { handlePush } from '../sync/push';
import { errorAnswer, json, type Answer } from './body';

export interface ProtocolCore {
  ctx: CentralContext;
  epoch: string;
  horizon: number;
  pageBytes: number;
  readAhead: PullReadAhead;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/** Parses and checks a request body against the endpoint's schema; an Answer when it is refused. */
type Parsed<T> = { ok: true; value: T } | { ok: false; answer: Answer };

function parseRequest<T extends { workstationId: string }>(schema: z.ZodType<T>, ws: Workstation, headers: IncomingHttpHeaders, bytes: Buffer): Parsed<T> {
  const refuse = (answer: Answer): Parsed<T> => ({ ok: false, answer });
  const type = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return refuse(errorAnswer(415, 'unsupportedMediaType', 'send Content-Type: application/json'));
  let raw: unknown;
  try {
    raw = JSON.parse(utf8.decode(bytes));
  } catch (e) {
    return refuse(errorAnswer(400, 'malformedJson', e instanceof Error ? e.message : String(e)));
  }
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && (raw as { protocol?: unknown }).protocol !== protocolVersion) {
    return refuse(errorAnswer(400, 'unsupportedProtocol', `this central system speaks protocol ${protocolVersion}`));
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return refuse(errorAnswer(400, 'invalidRequest', describe(parsed.error)));
  if (parsed.data.workstationId !== ws.id) return refuse(errorAnswer(403, 'workstationMismatch', 'workstationId is not the authenticated workstation'));
  return { ok: true, value: parsed.data };
}

export interface ProtocolAnswer {
  answer: Answer;
  workstation: Workstation | null;
  /** A pull that said reset (for the fault log and tests). */
  reset?: boolean;
  /** After a pull page with more to come: what to read ahead. */
  readAhead?: () => void;
}

export function answerProtocol(core: ProtocolCore, endpoint: Endpoint, headers: IncomingHttpHeaders, bytes: Buffer): ProtocolAnswer {
  const ws = authenticate(core.ctx, headers.authorization);
  if (!ws) return { answer: errorAnswer(401, 'unauthorized', 'Authorization: Bearer <workstationId>:<secret>', { 'WWW-Authenticate': 'Bearer' }), workstation: null };
  const serverTime = () => core.ctx.now().toISOString();
  switch (endpoint) {
    case 'push': {
      const request = parseRequest(pushRequestSchema, ws, headers, bytes);
      if (!request.ok) return { answer: request.answer, workstation: ws };
      const results = handlePush(core.ctx, ws, request.value);
      const response: PushResponse = { protocol: protocolVersion, serverTime: serverTime(), results };
      return { answer: json(200, response), workstation: ws };
    }
    case 'pull': {
      const request = parseRequest(pullRequestSchema, ws, headers, bytes);
      if (!request.ok) return { answer: request.answer, workstation: ws };
      const outcome = handlePull(core.ctx, ws, request.value, core);
      const next = outcome.next;
      // Runs after the answer went out; the store may have closed or been restored meanwhile.
      const readAhead = next ? () => core.ctx.db.open && core.readAhead.fill(core.ctx, ws, core, next) : undefined;
      return { answer: { status: 200, body: outcome.json }, workstation: ws, reset: outcome.reset, ...(readAhead ? { readAhead } : {}) };
    }
    case 'lease': {
      const request = parseRequest(leaseRequestSchema, ws, headers, bytes);
      if (!request.ok) return { answer: request.answer, workstation: ws };
      const outcome = handleLease(core.ctx, ws, request.value);
      if (!outcome.ok) return { answer: errorAnswer(outcome.status, outcome.error), workstation: ws };
      const response: LeaseResponse = { protocol: protocolVersion, serverTime: serverTime(), block: outcome.block };
      return { answer: json(200, response), workstation: ws };
    }
  }
}
