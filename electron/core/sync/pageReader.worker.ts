// The page reader thread (pageReader.ts): POSTs each pull request it is given with the host's HTTP
// transport, then decodes, parses and validates the answer here, so the core's thread receives a
// checked page — unless the answer is larger than this thread's capped heap is sized for, which
// goes to the core as text. Runs no store code: applying a page stays with the core.
//
// After a page that announces more, the thread already reads the next one (the request the core
// will make: same limit, the page's cursor) — the core asks for it only once it has the page, and
// waiting for that round trip would leave this thread idle while the core applies. A request that
// differs (a reset, another limit) drops the read-ahead. Pull requests change nothing centrally.
import { parentPort, workerData } from 'node:worker_threads';
import type { PullRequest } from '../../../shared/sync/protocol';
import { asFailure } from './failure';
import { threadParseChars, type ReadMessage, type ReadOutcome, type ReadReply, type WorkerHttpOptions } from './pageReader';
import { parsePull } from './pulledPage';
import { httpTransport } from './transport';

const port = parentPort!;
const transport = httpTransport({ ...(workerData as WorkerHttpOptions), now: () => Date.now() });
let ahead: { key: string; outcome: Promise<ReadOutcome> } | null = null;

const keyOf = (request: PullRequest) => JSON.stringify(request);

port.on('message', ({ id, request }: ReadMessage) => {
  const key = keyOf(request);
  const outcome = ahead?.key === key ? ahead.outcome : read(request);
  ahead = null;
  void outcome.then((result) => {
    port.postMessage({ id, ...result } satisfies ReadReply);
    if (result.ok && 'page' in result && result.page.hasMore && !result.page.reset) {
      const next: PullRequest = { ...request, cursor: result.page.cursor };
      ahead = { key: keyOf(next), outcome: read(next) };
    }
  });
});

async function read(request: PullRequest): Promise<ReadOutcome> {
  try {
    const exchange = await transport.post('/v1/pull', JSON.stringify(request));
    const times = { sentWall: exchange.sentAt, receivedWall: exchange.receivedAt };
    // Too large for this thread's capped heap: the core parses it (and nothing is read ahead of it).
    if (exchange.text.length > threadParseChars) return { ok: true, answer: { status: exchange.status, text: exchange.text }, ...times };
    return { ok: true, page: parsePull(exchange), ...times };
  } catch (error) {
    const failure = asFailure(error);
    return { ok: false, failure: { kind: failure.kind, detail: failure.detail, text: failure.text } };
  }
}
