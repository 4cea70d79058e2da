// Reading a request body with a byte limit, and writing JSON answers (with the central clock in
// the headers of every answer, errors included: the error body's schema has no serverTime).
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Body = { ok: true; bytes: Buffer } | { ok: false; why: 'tooLarge' | 'aborted' };

/**
 * Reads at most `limit` bytes. A body over the limit is read to its end and discarded (so the
 * client gets the 400 rather than a broken pipe), unless it declares more than four times the
 * limit: then the answer is sent at once and the connection closed.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > 4 * limit) {
      resolve({ ok: false, why: 'tooLarge' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: Body) => {
      if (done) return;
      done = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 4 * limit) {
        finish({ ok: false, why: 'tooLarge' });
        req.pause();
      } else if (size <= limit) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => finish(size > limit ? { ok: false, why: 'tooLarge' } : { ok: true, bytes: Buffer.concat(chunks, size) }));
    req.on('aborted', () => finish({ ok: false, why: 'aborted' }));
    req.on('error', () => finish({ ok: false, why: 'aborted' }));
  });
}

export interface Answer {
  status: number;
  /** JSON text, or its UTF-8 bytes. */
  body: string | Buffer;
  headers?: Record<string, string>;
}

export const json = (status: number, value: unknown, headers?: Record<string, string>): Answer => ({
  status,
  body: JSON.stringify(value),
  ...(headers ? { headers } : {}),
});

export const errorAnswer = (status: number, error: string, message?: string, headers?: Record<string, string>): Answer =>
  json(status, message === undefined ? { error } : { error, message: message.slice(0, 2000) }, headers);

/** Headers every answer carries: the central clock (skewed when that fault is on), no caching. */
export function stampHeaders(res: ServerResponse, now: Date): void {
  res.setHeader('Date', now.toUTCString());
  res.setHeader('X-Server-Time', now.toISOString());
  res.setHeader('Cache-Control', 'no-store');
}

export function send(res: ServerResponse, answer: Answer): void {
  if (res.headersSent || res.destroyed) return;
  const body = typeof answer.body === 'string' ? Buffer.from(answer.body, 'utf8') : answer.body;
  res.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length, ...answer.headers });
  res.end(body);
}

/** The truncated-body fault: headers say nothing about the length, half the body comes, then a clean end. */
export function sendTruncated(res: ServerResponse, answer: Answer): void {
  if (res.headersSent || res.destroyed) return;
  const body = typeof answer.body === 'string' ? Buffer.from(answer.body, 'utf8') : answer.body;
  res.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8', ...answer.headers });
  res.end(body.subarray(0, Math.floor(body.length / 2)));
}
