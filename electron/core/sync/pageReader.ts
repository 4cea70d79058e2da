// Reading pull pages: one request, its answer parsed and checked against the protocol. Inline on
// the core's thread for any transport; or, for a host's HTTP transport, in a worker thread that
// fetches and parses the next page while the core applies the current one. A first download of a
// million taxpayers is mostly JSON to decode, parse and validate — done off the core's thread it
// runs beside the store's work instead of before it, and the officers' screens stay responsive.
// Both paths run the same transport and the same parsePull, so they fail in the same ways.
import { Worker } from 'node:worker_threads';
import type { PullRequest } from '../../../shared/sync/protocol';
import type { Logger } from '../context';
import { failures, SyncFailure, type FailureKind } from './failure';
import { parsePull, type PulledPage } from './pulledPage';
import { httpTransport, type Exchange, type HttpTransportOptions, type Transport } from './transport';

export interface ReadPage {
  page: PulledPage;
  /** Workstation clock (ms) when the request left and when the answer was complete. */
  sentAt: number;
  receivedAt: number;
}

export interface PageReader {
  read(request: PullRequest, signal?: AbortSignal): Promise<ReadPage>;
  close(): Promise<void>;
}

export function transportPageReader(transport: Transport): PageReader {
  return {
    async read(request, signal) {
      const exchange = await transport.post('/v1/pull', JSON.stringify(request), signal);
      return { page: parsePull(exchange), sentAt: exchange.sentAt, receivedAt: exchange.receivedAt };
    },
    close: () => Promise.resolve(),
  };
}

/** Where the worker's code is: the built file in the app, the TypeScript source with tsx otherwise. */
export interface WorkerFile {
  file: URL | string;
  execArgv?: string[];
}

/** What the worker is started with: the HTTP transport's options, all but the clock. */
export type WorkerHttpOptions = Omit<HttpTransportOptions, 'now'>;

/** Core → worker: read this page. */
export interface ReadMessage {
  id: number;
  request: PullRequest;
}

/**
 * Worker → core: a checked page, or an answer too large to parse in the thread (threadParseChars)
 * for the core to parse, or a failure. Times are the wall clock (Date.now()) when the request left
 * and the answer was complete; a failure travels as its parts and is rebuilt as the same SyncFailure.
 */
export type ReadOutcome =
  | { ok: true; page: PulledPage; sentWall: number; receivedWall: number }
  | { ok: true; answer: Pick<Exchange, 'status' | 'text'>; sentWall: number; receivedWall: number }
  | { ok: false; failure: { kind: FailureKind; detail: string; text: SyncFailure['text'] } };
export type ReadReply = ReadOutcome & { id: number };

interface Pending {
  resolve(page: ReadPage): void;
  reject(error: unknown): void;
  /** When the core asked, on its clock and on the wall clock. */
  askedAt: number;
  askedWall: number;
}

/**
 * The thread parses answers up to this many characters (a page of 2,000 taxpayers is ~0.7 M);
 * a larger one — electronic applications with their documents — goes to the core's thread as
 * text and is parsed there. What JSON.parse can make of 4 M characters is bounded (a hostile
 * `[{},{},…]` is ~1.3 M objects, ~60 MB), and that bound is what lets the thread's heap be capped.
 */
export const threadParseChars = 4 * 1024 * 1024;

/**
 * The thread's old-generation heap, MB: twice the most it ever holds — an answer it parses
 * (~60 MB at worst, above) or one it hands over as text (at most 34 MB: the protocol's 32 MiB of
 * two-byte letters), with the page read ahead. Uncapped, V8 sometimes let the thread grow to ~120 MB of garbage before collecting
 * it (one run in three put the desk over 300 MB during a first download); capped, it stays near
 * 60. V8 may end the process, not only the thread, when a cap is reached inside JSON.parse —
 * so no answer the thread parses may come near it.
 */
export const pageReaderHeapMb = 128;

/**
 * Reads pages in a worker thread. If the worker cannot start at all (its file missing from a
 * broken install), reading falls back to the core's thread — slower, never stuck — and says so
 * in the log once.
 */
export function workerPageReader(http: WorkerHttpOptions & Pick<HttpTransportOptions, 'now'>, source: WorkerFile, log: Logger): PageReader {
  const { now, ...workerData } = http;
  let worker: Worker | null = null;
  let answered = false;
  let inline: PageReader | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: SyncFailure) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  /** Ends the worker on purpose (its exit is then not a failure); what it was reading is given up. */
  const stop = async () => {
    const w = worker;
    worker = null;
    failAll(failures.network('aborted'));
    await w?.terminate();
  };

  const start = (): Worker => {
    const w = new Worker(source.file, {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: pageReaderHeapMb },
      ...(source.execArgv ? { execArgv: source.execArgv } : {}),
    });
    w.unref();
    w.on('message', (reply: ReadReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      answered = true;
      if (!reply.ok) return p.reject(new SyncFailure(reply.failure.kind, reply.failure.detail, reply.failure.text));
      // Wall-clock moments mapped onto the workstation clock (a page read ahead was sent before it was asked for).
      const sentAt = p.askedAt + (reply.sentWall - p.askedWall);
      const receivedAt = p.askedAt + (reply.receivedWall - p.askedWall);
      try {
        p.resolve({ page: 'page' in reply ? reply.page : parsePull({ ...reply.answer, sentAt, receivedAt }), sentAt, receivedAt });
      } catch (error) {
        p.reject(error);
      }
    });
    const lost = (why: string) => {
      if (worker !== w) return;
      worker = null;
      if (!answered && !inline) {
        log.error('sync: the page reader thread cannot start; pages are read on the main thread', { reason: why });
        inline = transportPageReader(httpTransport(http));
      }
      failAll(failures.network(`page reader thread: ${why}`));
    };
    w.on('error', (error) => lost(error.message));
    w.on('exit', (code) => lost(`exited with code ${code}`));
    return w;
  };

  const readInWorker = (request: PullRequest, signal?: AbortSignal): Promise<ReadPage> =>
    new Promise<ReadPage>((resolve, reject) => {
      if (signal?.aborted) return reject(failures.network('aborted'));
      const id = nextId++;
      // The worker may be mid-download of a page nobody will read: stop it (a new one starts when needed).
      const onAbort = () => void (pending.has(id) && stop());
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      pending.set(id, {
        resolve: (page) => (done(), resolve(page)),
        reject: (error) => (done(), reject(error)),
        askedAt: now(),
        askedWall: Date.now(),
      });
      worker ??= start();
      worker.postMessage({ id, request } satisfies ReadMessage);
    });

  return {
    async read(request, signal) {
      if (inline) return inline.read(request, signal);
      try {
        return await readInWorker(request, signal);
      } catch (error) {
        // The worker failed to start during this very read: read it on this thread instead.
        if (inline) return (inline as PageReader).read(request, signal);
        throw error;
      }
    },
    close: stop,
  };
}
