// Each fault type, switched on alone with probability 1, observed from the client's side and in
// the central state; the dice replay with the seed; the spec parser and the admin switch.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialCase } from '../../shared/domain/cases';
import { FaultDice, noFaults, planNames } from './faults';
import { parseFaultSpec } from './faultSpec';
import { startCentral, type RunningCentral } from './index';
import type { WorkstationCredential } from './store/directory';
import { client, DeskCase, officers, post, seqCounter } from './testClient';

const now = new Date('2026-03-02T05:00:00.000Z');
let sim: RunningCentral;
let ws: WorkstationCredential;
let seq: () => number;
beforeEach(async () => {
  sim = await startCentral({ clock: () => now, seed: 11, taxpayers: 20 });
  ws = sim.central.registerWorkstation('6205', 1);
  seq = seqCounter();
});
afterEach(async () => {
  await sim.close();
});

const startMutation = () =>
  new DeskCase(ws, seq, initialCase()).command(officers.frontDesk, { type: 'startIntake', channel: 'office', applicantType: 'individual', taxpayerId: '900314400120' });
const lastFaults = () => sim.central.faultLog.at(-1)?.faults;
const waitFor = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!condition()) throw new Error('timed out waiting');
};

describe('faults', () => {
  it('drop: the connection dies before processing; nothing changes', async () => {
    sim.central.setFaults({ drop: 1 });
    await expect(client(sim.url, ws).push([startMutation()])).rejects.toThrow();
    expect(lastFaults()).toEqual(['drop']);
    expect(sim.central.stats().mutations).toBe(0);
  });

  it('hang: no answer at all until the client gives up or the server lets go', async () => {
    sim.central.setFaults({ hang: 1, hangMs: 300 });
    const started = Date.now();
    await expect(client(sim.url, ws).pull(null, 10, 100)).rejects.toThrow(/abort|timeout/i);
    await expect(client(sim.url, ws).pull(null, 10, 5_000)).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    expect(lastFaults()).toEqual(['hang']);
  });

  it('lostReply: processed, but the answer is lost; the retry is a duplicate', async () => {
    const m = startMutation();
    sim.central.setFaults({ lostReply: 1 });
    await expect(client(sim.url, ws).push([m])).rejects.toThrow();
    expect(sim.central.cases()).toHaveLength(1);
    sim.central.setFaults({ lostReply: 0 });
    expect((await client(sim.url, ws).push([m])).results[0]).toMatchObject({ status: 'duplicate', serverPos: 1 });
  });

  it('error5xx: a 500/502/503 without processing', async () => {
    sim.central.setFaults({ error5xx: 1 });
    const statuses = new Set<number>();
    for (let i = 0; i < 12; i++) {
      const answer = await client(sim.url, ws).send('/v1/push', { protocol: 1, workstationId: ws.id, mutations: [startMutation()] });
      statuses.add(answer.status);
      expect(JSON.parse(answer.text)).toEqual({ error: 'unavailable', message: 'simulated central-system failure' });
    }
    expect([...statuses].every((s) => [500, 502, 503].includes(s))).toBe(true);
    expect(statuses.size).toBeGreaterThan(1);
    expect(sim.central.stats().mutations).toBe(0);
  });

  it('delay: the answer comes late but whole', async () => {
    sim.central.setFaults({ delay: 1, delayMs: [200, 200] });
    const started = Date.now();
    const page = await client(sim.url, ws).pull(null, 10);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(page.changes).toHaveLength(10);
    expect(lastFaults()).toEqual(['delay']);
  });

  it('duplicate: a push processed twice answers duplicate; a lease leased twice wastes a block', async () => {
    sim.central.setFaults({ duplicate: 1 });
    const result = (await client(sim.url, ws).push([startMutation()])).results[0];
    expect(result).toMatchObject({ status: 'duplicate', serverPos: 1 });
    expect(sim.central.cases()[0]?.eventCount).toBe(1);
    const lease = await client(sim.url, ws).lease(2026, 100);
    expect(lease.block.firstSeq).toBe(100_101);
    expect(sim.central.stats().leases).toBe(2);
  });

  it('reorder: a held push is processed after a later one from the same workstation', async () => {
    const c = new DeskCase(ws, seq, initialCase());
    const start = c.command(officers.frontDesk, { type: 'startIntake', channel: 'office', applicantType: 'individual', taxpayerId: '900314400120' });
    const stepA = c.command(officers.frontDesk, { type: 'completeIntakeStep', step: '5.1.a' });
    sim.central.setFaults({ reorder: 1, reorderMs: 5_000 });
    const api = client(sim.url, ws);
    const first = api.push([start]);
    await waitFor(() => sim.central.faultLog.length === 1);
    sim.central.setFaults({ reorder: 0 });
    const second = await api.push([stepA]);
    // The step arrived first centrally: for the machine the case is still 'new'.
    expect(second.results[0]).toMatchObject({ status: 'rejected', code: 'wrongState' });
    expect((await first).results[0]).toMatchObject({ status: 'applied', serverPos: 1 });
    expect(sim.central.faultLog.map((e) => e.faults)).toEqual([['reorder'], []]);
  });

  it('stalePage: a pull is answered with the previous page again', async () => {
    const api = client(sim.url, ws);
    const first = await api.pull(null, 5);
    sim.central.setFaults({ stalePage: 1 });
    const stale = await api.pull(first.cursor, 5);
    expect(stale).toEqual(first);
    expect(lastFaults()).toEqual(['stalePage']);
  });

  it('truncate: processed, and the answer body ends halfway', async () => {
    const m = startMutation();
    sim.central.setFaults({ truncate: 1 });
    const answer = await post(sim.url, '/v1/push', JSON.stringify({ protocol: 1, workstationId: ws.id, mutations: [m] }), {
      Authorization: ws.authorization,
      'Content-Type': 'application/json',
    });
    expect(answer.status).toBe(200);
    expect(() => JSON.parse(answer.text)).toThrow();
    expect(sim.central.cases()).toHaveLength(1);
    sim.central.setFaults({ truncate: 0 });
    expect((await client(sim.url, ws).push([m])).results[0]?.status).toBe('duplicate');
  });

  it('clock skew: serverTime, the headers and lease expiry follow the skewed central clock', async () => {
    sim.central.setFaults({ clockSkewMs: 3 * 3_600_000 });
    const api = client(sim.url, ws);
    const page = await api.pull(null, 1);
    expect(page.serverTime).toBe('2026-03-02T08:00:00.000Z');
    const raw = await api.send('/v1/pull', { protocol: 1, workstationId: ws.id, cursor: null, limit: 1 });
    expect(raw.headers.get('x-server-time')).toBe('2026-03-02T08:00:00.000Z');
    expect(raw.headers.get('date')).toBe('Mon, 02 Mar 2026 08:00:00 GMT');
    expect((await api.lease(2026, 10)).block.expiresAt).toBe('2026-05-01T08:00:00.000Z');
  });

  it('limits the dice to chosen endpoints', async () => {
    sim.central.setFaults({ error5xx: 1, endpoints: ['push'] });
    expect((await client(sim.url, ws).pull(null, 1)).changes).toHaveLength(1);
    const answer = await client(sim.url, ws).send('/v1/push', { protocol: 1, workstationId: ws.id, mutations: [startMutation()] });
    expect(answer.status).toBeGreaterThanOrEqual(500);
  });

  it('replays: the same seed gives the same faults for the same requests', () => {
    const endpointOf = (i: number) => (i % 3 === 0 ? 'push' : i % 3 === 1 ? 'pull' : 'lease');
    const config = { ...noFaults(1234), drop: 0.1, hang: 0.05, lostReply: 0.1, error5xx: 0.1, delay: 0.2, duplicate: 0.1, reorder: 0.1, stalePage: 0.2, truncate: 0.1 };
    const roll = () => {
      const dice = new FaultDice(config);
      return Array.from({ length: 200 }, (_, i) => planNames(dice.roll(endpointOf(i))));
    };
    const a = roll();
    expect(roll()).toEqual(a);
    expect(new Set(a.flat())).toEqual(new Set(['drop', 'hang', 'lostReply', 'error5xx', 'delay', 'duplicate', 'reorder', 'stalePage', 'truncate']));
    const reseeded = new FaultDice({ ...config, seed: 99 });
    reseeded.roll('push');
    reseeded.update({ seed: 1234 });
    expect(Array.from({ length: 200 }, (_, i) => planNames(reseeded.roll(endpointOf(i))))).toEqual(a);
  });

  it('parses the --faults spec', () => {
    expect(parseFaultSpec('drop=0.1,hang=0.02:5s,lost=0.05,5xx=0.05,delay=0.2:100-2000,dup=0.1,reorder=0.1:500,stale=0.05,truncate=0.05,skew=+3h,only=push+pull')).toEqual({
      drop: 0.1,
      hang: 0.02,
      hangMs: 5_000,
      lostReply: 0.05,
      error5xx: 0.05,
      delay: 0.2,
      delayMs: [100, 2_000],
      duplicate: 0.1,
      reorder: 0.1,
      reorderMs: 500,
      stalePage: 0.05,
      truncate: 0.05,
      clockSkewMs: 10_800_000,
      endpoints: ['push', 'pull'],
    });
    expect(parseFaultSpec('skew=-90m')).toEqual({ clockSkewMs: -5_400_000 });
    expect(() => parseFaultSpec('drop=2')).toThrow(/0…1/);
    expect(() => parseFaultSpec('explode=0.1')).toThrow(/unknown fault/);
  });

  it('switches faults while running through the admin endpoint (token required)', async () => {
    const denied = await post(sim.url, '/admin/faults', JSON.stringify({ drop: 1 }), { 'Content-Type': 'application/json' });
    expect(denied.status).toBe(401);
    const headers = { 'Content-Type': 'application/json', 'X-Admin-Token': sim.adminToken };
    const bad = await post(sim.url, '/admin/faults', JSON.stringify({ drop: 7 }), headers);
    expect(bad.status).toBe(400);
    const ok = await post(sim.url, '/admin/faults', JSON.stringify({ error5xx: 1, clockSkewMs: -60_000 }), headers);
    expect(JSON.parse(ok.text)).toMatchObject({ error5xx: 1, clockSkewMs: -60_000, drop: 0 });
    const answer = await client(sim.url, ws).send('/v1/pull', { protocol: 1, workstationId: ws.id, cursor: null, limit: 1 });
    expect(answer.status).toBeGreaterThanOrEqual(500);
    expect(answer.headers.get('x-server-time')).toBe('2026-03-02T04:59:00.000Z');
  });
});
