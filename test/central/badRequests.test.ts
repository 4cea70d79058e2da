// Requests that are not exactly protocol 1 are refused before anything is read or written:
// malformed JSON, another protocol version, an oversized body, wrong types and extra fields
// (400), another workstation's id (403), another media type (415), wrong method or path.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialCase } from '../../shared/domain/cases';
import { limits } from '../../shared/sync/protocol';
import { startCentral, type RunningCentral } from './index';
import type { WorkstationCredential } from './store/directory';
import { DeskCase, errorOf, officers, post, seqCounter } from './testClient';

let sim: RunningCentral;
let ws: WorkstationCredential;
beforeEach(async () => {
  sim = await startCentral({ clock: () => new Date('2026-03-02T05:00:00.000Z'), taxpayers: 10 });
  ws = sim.central.registerWorkstation('6205', 1);
});
afterEach(async () => {
  await sim.close();
});

function validPush() {
  const c = new DeskCase(ws, seqCounter(), initialCase());
  return { protocol: 1, workstationId: ws.id, mutations: [c.command(officers.frontDesk, { type: 'startIntake', channel: 'office', applicantType: 'individual', taxpayerId: '900314400120' })] };
}

const send = (path: string, body: string | Buffer, contentType = 'application/json') =>
  post(sim.url, path, body, { Authorization: ws.authorization, 'Content-Type': contentType }, 30_000);

describe('bad requests', () => {
  it('answers 400 with a reason and changes nothing', async () => {
    const push = validPush();
    const m = push.mutations[0]!;
    const before = sim.central.stats();
    const cases: [string, string | Buffer, string][] = [
      ['/v1/push', '{"protocol":1,', 'malformedJson'],
      ['/v1/push', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'malformedJson'],
      ['/v1/push', '[]', 'invalidRequest'],
      ['/v1/push', JSON.stringify({ ...push, protocol: 2 }), 'unsupportedProtocol'],
      ['/v1/pull', JSON.stringify({ protocol: '1', workstationId: ws.id, cursor: null, limit: 10 }), 'unsupportedProtocol'],
      ['/v1/push', JSON.stringify({ ...push, mutations: [{ ...m, seq: String(m.seq) }] }), 'invalidRequest'],
      ['/v1/push', JSON.stringify({ ...push, mutations: [{ ...m, mutationId: 'not-a-uuid' }] }), 'invalidRequest'],
      ['/v1/push', JSON.stringify({ ...push, mutations: [{ ...m, kind: 'case.delete' }] }), 'invalidRequest'],
      ['/v1/push', JSON.stringify({ ...push, extra: true }), 'invalidRequest'],
      ['/v1/push', JSON.stringify({ ...push, mutations: [] }), 'invalidRequest'],
      ['/v1/push', JSON.stringify({ ...push, mutations: Array.from({ length: limits.pushBatch + 1 }, () => m) }), 'invalidRequest'],
      ['/v1/pull', JSON.stringify({ protocol: 1, workstationId: ws.id, cursor: null, limit: 0 }), 'invalidRequest'],
      ['/v1/pull', JSON.stringify({ protocol: 1, workstationId: ws.id, cursor: null, limit: limits.pullPage + 1 }), 'invalidRequest'],
      ['/v1/lease', JSON.stringify({ protocol: 1, workstationId: ws.id, officeCode: '6205', year: 2026, size: 1001 }), 'invalidRequest'],
      ['/v1/lease', JSON.stringify({ protocol: 1, workstationId: ws.id, officeCode: '6205', year: '2026', size: 10 }), 'invalidRequest'],
    ];
    for (const [path, body, error] of cases) {
      const answer = await send(path, body);
      expect([path, answer.status, errorOf(answer).error]).toEqual([path, 400, error]);
      expect(answer.headers.get('x-server-time')).toBe('2026-03-02T05:00:00.000Z');
    }
    expect(sim.central.stats()).toEqual(before);
  });

  it('answers 400 to a body over the message limit, and changes nothing', async () => {
    const before = sim.central.stats();
    const push = JSON.stringify(validPush());
    // Valid JSON, padded past the limit with whitespace.
    const body = Buffer.alloc(limits.messageBytes + 1, 0x20);
    body.write(push, 0);
    const answer = await send('/v1/push', body);
    expect([answer.status, errorOf(answer).error]).toEqual([400, 'bodyTooLarge']);
    expect(sim.central.stats()).toEqual(before);
  });

  it("answers 403 to another workstation's id, 415 to another media type, 405 and 404 to wrong method and path", async () => {
    const before = sim.central.stats();
    const other = sim.central.registerWorkstation('6205', 2);
    const mismatch = await send('/v1/push', JSON.stringify({ ...validPush(), workstationId: other.id }));
    expect([mismatch.status, errorOf(mismatch).error]).toEqual([403, 'workstationMismatch']);
    const text = await send('/v1/push', JSON.stringify(validPush()), 'text/plain');
    expect([text.status, errorOf(text).error]).toEqual([415, 'unsupportedMediaType']);
    const get = await fetch(`${sim.url}/v1/pull`, { headers: { Authorization: ws.authorization } });
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
    const missing = await send('/v2/push', JSON.stringify(validPush()));
    expect(missing.status).toBe(404);
    const unknown = await send('/v1/push', JSON.stringify({ ...validPush(), workstationId: randomUUID() }));
    expect(unknown.status).toBe(403);
    expect({ ...sim.central.stats(), workstations: before.workstations }).toEqual(before);
  });
});
