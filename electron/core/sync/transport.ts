// The HTTP side of the protocol: one POST of JSON with a deadline and a byte limit on the answer,
// and the answer checked against its zod schema. Everything that can go wrong on the way becomes
// a SyncFailure; nothing that fails here has touched the store.
import type { z } from 'zod';
import { limits } from '../../../shared/sync/protocol';
import { failures, SyncFailure } from './failure';

export type SyncPath = '/v1/push' | '/v1/pull' | '/v1/lease';

export interface Exchange {
  status: number;
  text: string;
  /** Workstation clock (ms) when the request left and when the answer was complete. */
  sentAt: number;
  receivedAt: number;
}

/** Sends one request; tests and benchmarks may put any implementation here. */
export interface Transport {
  post(path: SyncPath, body: string, signal?: AbortSignal): Promise<Exchange>;
}

export interface HttpTransportOptions {
  baseUrl: string;
  /** `<workstationId>:<secret>`, sent as a bearer token. */
  credential: string;
  timeoutMs: number;
  maxBytes?: number;
  /** The workstation clock, for the clock offset. */
  now: () => number;
}

const utf8 = new TextDecoder();

async function readLimited(response: Response, maxBytes: number, abort: () => void): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    abort();
    throw failures.oversized(maxBytes);
  }
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Stop reading at the limit: a hostile or broken peer cannot make us buffer more.
      await reader.cancel().catch(() => {});
      abort();
      throw failures.oversized(maxBytes);
    }
    chunks.push(value);
  }
  return utf8.decode(Buffer.concat(chunks, size));
}

export function httpTransport(options: HttpTransportOptions): Transport {
  const maxBytes = options.maxBytes ?? limits.messageBytes;
  const base = options.baseUrl.replace(/\/+$/, '');
  return {
    async post(path, body, signal) {
      const controller = new AbortController();
      let timedOut = false;
      // One deadline for the whole exchange, body included: a peer that trickles bytes times out too.
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, options.timeoutMs);
      const onAbort = () => controller.abort();
      signal?.addEventListener('abort', onAbort, { once: true });
      const sentAt = options.now();
      try {
        const response = await fetch(`${base}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${options.credential}` },
          body,
          signal: controller.signal,
        });
        const text = await readLimited(response, maxBytes, () => controller.abort());
        return { status: response.status, text, sentAt, receivedAt: options.now() };
      } catch (error) {
        if (error instanceof SyncFailure) throw error;
        if (timedOut) throw failures.timeout(options.timeoutMs);
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw failures.network(cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error)));
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}

/** Classifies the HTTP status; only a 2xx answer goes on to be parsed. */
export function requireSuccess(exchange: Exchange): void {
  if (exchange.status >= 200 && exchange.status < 300) return;
  if (exchange.status === 401 || exchange.status === 403) throw failures.auth(exchange.status, exchange.text);
  throw failures.http(exchange.status, exchange.text);
}

/** Parses and validates an answer; a body that is not JSON or not the schema changes nothing. */
export function parseAnswer<S extends z.ZodType>(exchange: Exchange, schema: S, what: string): z.output<S> {
  requireSuccess(exchange);
  let json: unknown;
  try {
    json = JSON.parse(exchange.text);
  } catch (error) {
    throw failures.malformed(`${what}: not JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join('.') || '(root)' : '(root)';
    throw failures.malformed(`${what}: ${where}: ${first?.message ?? 'does not match the protocol'}`);
  }
  return parsed.data;
}
