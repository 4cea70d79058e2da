// Bad input from the "central system": malformed, oversized, wrongly typed or inconsistent answers
// are rejected with a logged reason and leave the store as it was; failures of the link become
// retryable failures with a kk/ru reason, never a silent "sending failed".
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { limits } from '../../../../../shared/sync/protocol';
import type { Core } from '../../../../../electron/core/core';
import { SyncFailure } from '../../../../../electron/core/sync/failure';
import { leaseIfLow } from '../../../../../electron/core/sync/leases';
import { pullAll } from '../../../../../electron/core/sync/pull';
import { pushBatch } from '../../../../../electron/core/sync/push';
import type { SyncSession } from '../../../../../electron/core/sync/session';
import { httpTransport } from '../../../../../electron/core/sync/transport';
import { call, expectOk, openTestCore, signedIn, type TestClock } from '../testCore';
import { individual } from '../intake/intakeDriver';
import { recordingLogger } from './support/desks';
import { startScriptedCentral, type ScriptedAnswer, type ScriptedCentral, type ScriptedRequest } from './support/scriptedCentral';

let core: Core & { clock: TestClock };
let central: ScriptedCentral;
let log: ReturnType<typeof recordingLogger>;
let session: SyncSession;

const serverTime = '2026-03-02T04:00:00.000Z';

beforeEach(async () => {
  log = recordingLogger();
  core = await openTestCore({ log });
  const desk = await signedIn(core, 'frontDesk');
  expectOk(await call(core, desk, 'intake.start', { applicantType: 'individual', taxpayerId: individual.id, applicantLocale: 'kk', presentedBy: 'applicant' }));
  central = await startScriptedCentral(() => ({ status: 500, text: 'not scripted' }));
  session = {
    db: core.db,
    clock: core.clock,
    log,
    transport: httpTransport({ baseUrl: central.url, credential: `${core.deps.workstation.workstationId}:secret`, timeoutMs: 300, now: () => core.clock.now().getTime() }),
    workstationId: core.deps.workstation.workstationId,
    officeCode: '6205',
    verifier: async () => ({ valid: true, failures: [], warnings: [], report: {} }),
    pageSize: 100,
  };
});

afterEach(async () => {
  await central.close();
  core.close();
});

/** Everything sync could have changed, except the attempt counter and last error of the rows sent. */
function store(): unknown {
  const db = core.db;
  return {
    outbox: db.prepare('SELECT seq, mutation_id, status, quarantine_code, sent_at FROM outbox ORDER BY seq').all(),
    events: db.prepare('SELECT event_id, server_pos FROM case_events ORDER BY case_id, seq').all(),
    cases: db.prepare('SELECT id, state, snapshot FROM cases ORDER BY id').all(),
    sync: db.prepare('SELECT pull_cursor, reset_pending, pulled_changes, clock_offset_ms, last_push_at, last_pull_at FROM sync_state').get(),
    counts: db.prepare('SELECT (SELECT count(*) FROM taxpayers), (SELECT count(*) FROM officers), (SELECT count(*) FROM number_blocks), (SELECT count(*) FROM crls)').raw().get(),
  };
}

const mutationIds = (r: ScriptedRequest) => (r.json['mutations'] as { mutationId: string }[]).map((m) => m.mutationId);
const applied = (r: ScriptedRequest) => ({ protocol: 1, serverTime, results: mutationIds(r).map((mutationId, i) => ({ mutationId, status: 'applied', serverPos: i + 1 })) });

async function rejects(run: () => Promise<unknown>, kind: SyncFailure['kind'], detail: RegExp): Promise<void> {
  const before = store();
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncFailure);
  expect((error as SyncFailure).kind).toBe(kind);
  expect((error as SyncFailure).detail).toMatch(detail);
  expect((error as SyncFailure).text.kk.length).toBeGreaterThan(10);
  expect(store()).toEqual(before);
}

describe('bad answers to push', () => {
  const cases: [string, (r: ScriptedRequest) => ScriptedAnswer, SyncFailure['kind'], RegExp][] = [
    ['not JSON', () => ({ text: '{"protocol":1,' }), 'malformed', /not JSON/],
    ['results of the wrong type', () => ({ json: { protocol: 1, serverTime, results: 'all fine' } }), 'malformed', /results/],
    ['a status outside the protocol', (r) => ({ json: { protocol: 1, serverTime, results: [{ mutationId: mutationIds(r)[0], status: 'ok' }] } }), 'malformed', /status/],
    ['an unknown field (strict schema)', (r) => ({ json: { ...applied(r), debug: true } }), 'malformed', /debug|unrecognized/i],
    ['another protocol version', (r) => ({ json: { ...applied(r), protocol: 2 } }), 'malformed', /protocol/],
    ['an answer for a mutation never sent', () => ({ json: { protocol: 1, serverTime, results: [{ mutationId: randomUUID(), status: 'applied' }] } }), 'malformed', /not sent/],
    ['two answers for one mutation', (r) => ({ json: { protocol: 1, serverTime, results: [0, 1].map(() => ({ mutationId: mutationIds(r)[0], status: 'applied' })) } }), 'malformed', /two answers/],
    ['a declared body over the limit', () => ({ headers: { 'content-length': String(limits.messageBytes + 1) }, partial: 10 }), 'oversized', /larger than/],
    ['HTTP 503', () => ({ status: 503, text: 'maintenance' }), 'http', /503/],
    ['HTTP 401', () => ({ status: 401, json: { error: 'unauthorized' } }), 'auth', /401/],
    ['silence', () => 'hang', 'timeout', /300 ms/],
  ];

  it.each(cases)('rejects %s, logs why, changes nothing', async (_name, answer, kind, detail) => {
    central.answer = answer;
    const attempts = () => core.db.prepare('SELECT sum(attempts) FROM outbox').pluck().get() as number;
    const before = attempts();
    await rejects(() => pushBatch(session), kind, detail);
    expect(log.entries.some((e) => e.level === 'warn' && e.message === 'sync: push failed' && detail.test(String(e.data?.['reason'])))).toBe(true);
    // Counted as an attempt, still pending, with the reason on each row.
    expect(attempts()).toBe(before + 3);
    expect(core.db.prepare("SELECT DISTINCT status FROM outbox").pluck().all()).toEqual(['pending']);
    expect(core.db.prepare('SELECT DISTINCT last_error FROM outbox').pluck().all()).toEqual([expect.stringMatching(detail)]);

    // And the queue is not wedged: a proper answer is taken.
    central.answer = (r) => ({ json: applied(r) });
    expect((await pushBatch(session))?.applied).toBe(3);
  });

  it('rejects a body that grows past the limit while streaming', async () => {
    const small = { ...session, transport: httpTransport({ baseUrl: central.url, credential: 'x:y', timeoutMs: 2_000, maxBytes: 1_000, now: () => 0 }) };
    central.answer = () => ({ headers: { 'content-type': 'application/json' }, partial: 5_000 });
    await rejects(() => pushBatch(small), 'oversized', /1000 bytes/);
  });
});

describe('bad answers to pull and lease', () => {
  const page = (over: Record<string, unknown>) => ({ json: { protocol: 1, serverTime, changes: [], cursor: 'c1', hasMore: false, reset: false, ...over } });
  const taxpayer = { id: individual.id, kind: 'iin', name: 'X', surname: null, givenName: null, patronymic: null, address: 'A', registeredOn: '2020-01-01', status: 'active', taxOffice: '6205', version: 99, updatedAt: serverTime };

  const pulls: [string, ScriptedAnswer, SyncFailure['kind'], RegExp][] = [
    ['an unknown change type', page({ changes: [{ type: 'taxpayer.deleted', id: individual.id }] }), 'malformed', /changes\.0/],
    ['a taxpayer with a malformed IIN', page({ changes: [{ type: 'taxpayer', taxpayer: { ...taxpayer, id: '12345' } }] }), 'malformed', /changes\.0\.taxpayer\.id/],
    ['a good change next to a bad one', page({ changes: [{ type: 'taxpayer', taxpayer }, { type: 'officer', officer: { id: 'one' } }] }), 'malformed', /changes\.1/],
    ['more than a page of changes', page({ changes: Array.from({ length: limits.pullPage + 1 }, () => ({ type: 'taxpayer', taxpayer })) }), 'malformed', /changes/],
    ['hasMore with an empty page that does not advance', page({ hasMore: true, cursor: 'c0' }), 'malformed', /does not advance/],
    ['a negative remaining count', page({ remaining: -1 }), 'malformed', /remaining/],
  ];

  it.each(pulls)('rejects a pull answer with %s and applies none of it', async (_name, answer, kind, detail) => {
    core.db.prepare("UPDATE sync_state SET pull_cursor = 'c0'").run();
    central.answer = () => answer;
    await rejects(() => pullAll(session), kind, detail);
    expect(log.entries.some((e) => e.level === 'warn' && e.message === 'sync: pull failed' && detail.test(String(e.data?.['reason'])))).toBe(true);
    expect(core.db.prepare('SELECT version FROM taxpayers WHERE id = ?').pluck().get(individual.id)).not.toBe(99);
  });

  it('does not loop on a reset asked for a download that already starts from scratch', async () => {
    central.answer = () => page({ reset: true, hasMore: true });
    await rejects(() => pullAll(session), 'resetLoop', /reset/);
    expect(central.requests).toHaveLength(1);
  });

  it('rejects a lease for another office or a reversed range, and stores no block', async () => {
    const block = (over: Record<string, unknown>) => ({
      json: { protocol: 1, serverTime, block: { id: randomUUID(), officeCode: '6205', year: 2026, firstSeq: 100_101, lastSeq: 100_200, expiresAt: '2026-05-01T00:00:00Z', ...over } },
    });
    central.answer = () => block({ officeCode: '9999' });
    await rejects(() => leaseIfLow(session), 'malformed', /not what was asked/);
    expect(log.entries.at(-1)).toMatchObject({ level: 'warn', message: 'sync: lease failed', data: { reason: expect.stringMatching(/9999/) } });
    central.answer = () => block({ firstSeq: 100_200, lastSeq: 100_101 });
    await rejects(() => leaseIfLow(session), 'malformed', /not what was asked/);
    central.answer = () => block({ expiresAt: 'tomorrow' });
    await rejects(() => leaseIfLow(session), 'malformed', /expiresAt/);
    central.answer = () => block({});
    expect(await leaseIfLow(session)).toBe(100);
  });
});
