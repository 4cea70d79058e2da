// Reading pull pages in the page reader thread against a scripted central: the same pages and the
// same failures as reading inline, the next page read ahead, times on the workstation's clock, a
// missing worker file falling back to the core's thread with one logged error, abort and close.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { limits, protocolVersion, type PullRequest } from '../../../../../shared/sync/protocol';
import { SyncFailure } from '../../../../../electron/core/sync/failure';
import { threadParseChars, transportPageReader, workerPageReader, type PageReader } from '../../../../../electron/core/sync/pageReader';
import { pageReaderFromSource } from '../../../../../electron/core/sync/pageReaderSource';
import { httpTransport } from '../../../../../electron/core/sync/transport';
import { taxpayerRow } from '../../../../../electron/core/registry/registryCache';
import { demoTaxpayer } from '../../../../../electron/core/registry/taxpayerGenerator';
import { recordingLogger } from './support/desks';
import { startScriptedCentral, type ScriptedAnswer, type ScriptedCentral, type ScriptedRequest } from './support/scriptedCentral';

const serverTime = '2026-03-02T04:00:00.000Z';
const workstationId = '7d3f0c52-1a7e-4a57-9a0f-0b5e3c2d9e11';
const request = (cursor: string | null, limit = 100): PullRequest => ({ protocol: protocolVersion, workstationId, cursor, limit });
const page = (cursor: string, hasMore: boolean, over: Record<string, unknown> = {}) => ({
  protocol: 1,
  serverTime,
  changes: [0, 1, 2].map((i) => ({ type: 'taxpayer', taxpayer: demoTaxpayer(i) })),
  cursor,
  hasMore,
  reset: false,
  ...over,
});
/** Pages c1, c2, c3 follow each other; c3 is the last. */
const chain = (r: ScriptedRequest): ScriptedAnswer => {
  const next = r.json['cursor'] === null ? 1 : Number(String(r.json['cursor']).slice(1)) + 1;
  return { json: page(`c${next}`, next < 3) };
};

let central: ScriptedCentral;
let log: ReturnType<typeof recordingLogger>;
const readers: PageReader[] = [];
const http = (over: { timeoutMs?: number; now?: () => number } = {}) => ({
  baseUrl: central.url,
  credential: `${workstationId}:secret`,
  timeoutMs: over.timeoutMs ?? 5_000,
  now: over.now ?? (() => Date.now()),
});
const inWorker = (over: Parameters<typeof http>[0] = {}) => {
  const reader = workerPageReader(http(over), pageReaderFromSource, log);
  readers.push(reader);
  return reader;
};

beforeEach(async () => {
  log = recordingLogger();
  central = await startScriptedCentral(chain);
});

afterEach(async () => {
  await Promise.all(readers.splice(0).map((r) => r.close()));
  await central.close();
});

async function failure(read: Promise<unknown>): Promise<SyncFailure> {
  const error = await read.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncFailure);
  return error as SyncFailure;
}

describe('the page reader thread', () => {
  it('reads the same checked page as the core thread does', async () => {
    const inline = await transportPageReader(httpTransport(http())).read(request(null));
    const threaded = await inWorker().read(request(null));
    expect(threaded.page).toEqual(inline.page);
    expect(threaded.page.taxpayers).toEqual([0, 1, 2].map((i) => taxpayerRow(demoTaxpayer(i))));
    expect(threaded.page).toMatchObject({ delivered: 3, changes: [], cursor: 'c1' });
  });

  it('decodes an answer whose Cyrillic letters are split between network reads', async () => {
    // Seven-byte pieces cut most two-byte letters of the names in half.
    central.answer = () => ({ json: page('c1', false), pieces: 7 });
    const threaded = await inWorker().read(request(null));
    const inline = await transportPageReader(httpTransport(http())).read(request(null));
    expect(inline.page.taxpayers[1]).toEqual(taxpayerRow(demoTaxpayer(1)));
    expect(threaded.page).toEqual(inline.page);
  });

  const broken: [string, ScriptedAnswer, SyncFailure['kind'], RegExp][] = [
    ['not JSON', { text: '{"protocol":1,' }, 'malformed', /pull: not JSON/],
    ['a taxpayer with a malformed IIN', { json: page('c1', false, { changes: [{ type: 'taxpayer', taxpayer: { ...demoTaxpayer(0), id: '12345' } }] }) }, 'malformed', /changes\.0\.taxpayer\.id/],
    ['a declared body over the limit', { headers: { 'content-length': String(limits.messageBytes + 1) }, partial: 10 }, 'oversized', /larger than/],
    ['HTTP 503', { status: 503, text: 'maintenance' }, 'http', /HTTP 503: maintenance/],
    ['HTTP 401', { status: 401, json: { error: 'unauthorized' } }, 'auth', /401/],
    ['silence', 'hang', 'timeout', /300 ms/],
  ];

  it.each(broken)('fails on %s exactly as the core thread does', async (_name, answer, kind, detail) => {
    central.answer = () => answer;
    const inline = await failure(transportPageReader(httpTransport(http({ timeoutMs: 300 }))).read(request('c0')));
    const threaded = await failure(inWorker({ timeoutMs: 300 }).read(request('c0')));
    expect(threaded.kind).toBe(kind);
    expect(threaded.detail).toMatch(detail);
    expect({ kind: threaded.kind, detail: threaded.detail, text: threaded.text }).toEqual({ kind: inline.kind, detail: inline.detail, text: inline.text });
    expect(threaded.text.kk.length).toBeGreaterThan(10);
  });

  it('reads the next page ahead while the core applies, and answers the request for it from there', async () => {
    const reader = inWorker();
    const first = await reader.read(request(null));
    expect(first.page.cursor).toBe('c1');
    // The thread asks for c2 by itself...
    await expect.poll(() => central.requests.length).toBe(2);
    expect(central.requests[1]!.json['cursor']).toBe('c1');
    // ...so the core's request for it costs no second trip, and the last page reads nothing ahead.
    expect((await reader.read(request('c1'))).page.cursor).toBe('c2');
    expect((await reader.read(request('c2'))).page).toMatchObject({ cursor: 'c3', hasMore: false });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(central.requests.map((r) => r.json['cursor'])).toEqual([null, 'c1', 'c2']);
  });

  it('drops what it read ahead when the core asks for something else', async () => {
    const reader = inWorker();
    await reader.read(request(null));
    await expect.poll(() => central.requests.length).toBe(2);
    // Another page size (or a reset to the start) is a new request to the central system.
    expect((await reader.read(request('c1', 50))).page.cursor).toBe('c2');
    expect(central.requests.slice(2).map((r) => [r.json['cursor'], r.json['limit']])).toContainEqual(['c1', 50]);
  });

  it('puts the times of the exchange on the workstation clock, a page read ahead before it was asked for', async () => {
    const offset = 1_000_000_000;
    const reader = inWorker({ now: () => Date.now() + offset });
    const before = Date.now() + offset;
    const first = await reader.read(request(null));
    const after = Date.now() + offset;
    expect(first.sentAt).toBeGreaterThanOrEqual(before - 5);
    expect(first.receivedAt).toBeGreaterThanOrEqual(first.sentAt);
    expect(first.receivedAt).toBeLessThanOrEqual(after + 5);
    await expect.poll(() => central.requests.length).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const askedAt = Date.now() + offset;
    const second = await reader.read(request('c1'));
    expect(second.sentAt).toBeLessThan(askedAt - 20);
    expect(second.receivedAt).toBeGreaterThanOrEqual(second.sentAt);
  });

  it('reads on the core thread, and says so once, when the worker file is missing', async () => {
    const reader = workerPageReader(http(), { file: new URL('./no-such-worker.js', import.meta.url) }, log);
    readers.push(reader);
    expect((await reader.read(request(null))).page.cursor).toBe('c1');
    expect((await reader.read(request('c1'))).page.cursor).toBe('c2');
    const errors = log.entries.filter((e) => e.level === 'error');
    expect(errors).toEqual([{ level: 'error', message: 'sync: the page reader thread cannot start; pages are read on the main thread', data: { reason: expect.any(String) } }]);
  });

  /** A page whose one application carries `base64` characters in each of its two documents. */
  const bulkyPage = (cursor: string, hasMore: boolean, base64: number) =>
    page(cursor, hasMore, {
      changes: [
        {
          type: 'application.arrived',
          applicationId: randomUUID(),
          channel: 'portal',
          applicantType: 'individual',
          taxpayerId: demoTaxpayer(0).id,
          taxpayerName: demoTaxpayer(0).name,
          registrationNumber: `E-${cursor}`,
          registeredOn: '2026-03-02',
          documentBase64: 'A'.repeat(base64),
          cmsBase64: 'B'.repeat(base64),
        },
      ],
    });

  it('reads answers at the size limit of the protocol', async () => {
    // Two documents of 16,000,000 characters: a 32 MB answer, just under limits.messageBytes.
    central.answer = (r) => (r.json['cursor'] === null ? { json: bulkyPage('c1', true, 16_000_000) } : { json: bulkyPage('c2', false, 16_000_000) });
    const reader = inWorker();
    const first = await reader.read(request(null));
    expect(first.page.changes).toHaveLength(1);
    expect((await reader.read(request('c1'))).page.cursor).toBe('c2');
    expect(log.entries.filter((e) => e.level === 'error')).toEqual([]);
  });

  it('hands an answer too large for the thread to the core, which parses and checks it', async () => {
    // Two documents of 2.5 M characters: over threadParseChars, far under the protocol's limit.
    central.answer = () => ({ json: bulkyPage('c1', true, 2_500_000) });
    const reader = inWorker();
    expect((await reader.read(request(null))).page.changes[0]).toMatchObject({ type: 'application.arrived', registrationNumber: 'E-c1' });
    // Nothing is read ahead of a page the thread did not parse.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(central.requests).toHaveLength(1);
    const broken = bulkyPage('c1', false, 2_500_000);
    (broken.changes[0] as Record<string, unknown>)['taxpayerId'] = '12345';
    central.answer = () => ({ json: broken });
    const inline = await failure(transportPageReader(httpTransport(http())).read(request(null)));
    const threaded = await failure(reader.read(request(null)));
    expect(threaded.detail).toMatch(/changes\.0\.taxpayerId/);
    expect({ kind: threaded.kind, detail: threaded.detail }).toEqual({ kind: inline.kind, detail: inline.detail });
    expect(log.entries.filter((e) => e.level === 'error')).toEqual([]);
  });

  // Just under threadParseChars each, so the thread parses them in its capped heap.
  const fill = (unit: string) => unit.repeat(Math.floor((threadParseChars - 200) / unit.length));
  const hostile: [string, string, RegExp][] = [
    ['a million empty changes', `{"protocol":1,"serverTime":"${serverTime}","changes":[${fill('{},')}{}],"cursor":"c1","hasMore":false,"reset":false}`, /changes: Too big/],
    ['an unknown key holding two million numbers', `{"protocol":1,"serverTime":"${serverTime}","changes":[],"cursor":"c1","hasMore":false,"reset":false,"x":[${fill('0,')}0]}`, /Unrecognized key/],
    ['arrays nested two million deep', `${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}`, /\(root\)/],
  ];

  it.each(hostile)('rejects %s in the thread, as the core thread does', async (_name, text, detail) => {
    expect(text.length).toBeLessThanOrEqual(threadParseChars);
    central.answer = () => ({ text });
    const threaded = await failure(inWorker().read(request(null)));
    const inline = await failure(transportPageReader(httpTransport(http())).read(request(null)));
    expect(threaded).toMatchObject({ kind: 'malformed', detail: expect.stringMatching(detail) });
    expect(threaded.detail).toBe(inline.detail);
  });

  it('gives up a read when the engine aborts, and reads again afterwards', async () => {
    const reader = inWorker();
    central.answer = () => 'hang';
    const controller = new AbortController();
    const pending = failure(reader.read(request('c0'), controller.signal));
    const other = failure(reader.read(request('c9')));
    await expect.poll(() => central.requests.length).toBe(2);
    controller.abort();
    // The thread stops: every read in it is given up, none left waiting.
    expect((await pending).detail).toMatch(/aborted/);
    expect((await other).detail).toMatch(/aborted/);
    await expect(failure(reader.read(request('c0'), controller.signal))).resolves.toMatchObject({ kind: 'network' });
    central.answer = chain;
    expect((await reader.read(request(null))).page.cursor).toBe('c1');
    expect(log.entries.filter((e) => e.level === 'error')).toEqual([]);
  });

  it('rejects what is in flight when closed', async () => {
    const reader = inWorker();
    central.answer = () => 'hang';
    const pending = failure(reader.read(request('c0')));
    await expect.poll(() => central.requests.length).toBe(1);
    await reader.close();
    expect((await pending).kind).toBe('network');
  });
});
