// Lease: blocks of registration numbers from the requesting workstation's own range, never
// overlapping anything leased before (to it or to anyone), starting after numbers the centre saw
// the desk use offline, expiring after 60 days.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { initialCase } from '../../shared/domain/cases';
import { startCentral, type RunningCentral } from './index';
import { client, DeskCase, errorOf, officers, seqCounter } from './testClient';

const now = new Date('2026-03-02T05:00:00.000Z');
let sim: RunningCentral;
beforeEach(async () => {
  sim = await startCentral({ clock: () => now });
});
afterEach(async () => {
  await sim.close();
});

describe('lease', () => {
  it("hands out consecutive blocks from the workstation's own range, expiring in 60 days", async () => {
    const ws1 = client(sim.url, sim.central.registerWorkstation('6205', 1));
    const ws2 = client(sim.url, sim.central.registerWorkstation('6205', 2));
    const a = await ws1.lease(2026, 100);
    const b = await ws1.lease(2026, 50);
    const c = await ws2.lease(2026, 100);
    const d = await ws1.lease(2027, 10);
    expect([a, b, c, d].map((r) => [r.block.officeCode, r.block.year, r.block.firstSeq, r.block.lastSeq])).toEqual([
      ['6205', 2026, 100_001, 100_100],
      ['6205', 2026, 100_101, 100_150],
      ['6205', 2026, 200_001, 200_100],
      ['6205', 2027, 100_001, 100_010],
    ]);
    expect(a.block.expiresAt).toBe('2026-05-01T05:00:00.000Z');
    expect(a.serverTime).toBe(now.toISOString());
    expect(new Set([a, b, c, d].map((r) => r.block.id)).size).toBe(4);
  });

  it('never overlaps across workstations and offices, whatever the order and sizes (property)', async () => {
    const offices = ['6205', '6202'];
    const workstations = offices.flatMap((office) => [1, 2, 3].map((n) => client(sim.url, sim.central.registerWorkstation(office, n))));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(workstations.length - 1), fc.integer({ min: 1, max: 1000 })), { minLength: 1, maxLength: 25 }), async (requests) => {
        for (const [i, size] of requests) {
          const ws = workstations[i]!;
          const { block } = await ws.lease(2026, size);
          const first = ws.ws.number * 100_000 + 1;
          expect(block.firstSeq).toBeGreaterThanOrEqual(first);
          expect(block.lastSeq).toBeLessThanOrEqual(first + 99_998);
          expect(block.lastSeq - block.firstSeq + 1).toBe(size);
        }
        const rows = sim.central.ctx.db.prepare('SELECT office_code, year, first_seq, last_seq FROM leases ORDER BY office_code, year, first_seq').all() as {
          office_code: string;
          year: number;
          first_seq: number;
          last_seq: number;
        }[];
        for (let k = 1; k < rows.length; k++) {
          const prev = rows[k - 1]!;
          const cur = rows[k]!;
          if (prev.office_code === cur.office_code && prev.year === cur.year) expect(cur.first_seq).toBeGreaterThan(prev.last_seq);
        }
      }),
      { numRuns: 20, seed: 42 },
    );
  });

  it('starts after numbers the desk issued offline from its range, and refuses another office and an exhausted range', async () => {
    const cred = sim.central.registerWorkstation('6205', 1);
    const api = client(sim.url, cred);
    const c = new DeskCase(cred, seqCounter(), initialCase());
    const steps = [
      c.command(officers.frontDesk, { type: 'startIntake', channel: 'office', applicantType: 'individual', taxpayerId: '900314400120' }),
      c.command(officers.frontDesk, { type: 'completeIntakeStep', step: '5.1.a' }),
      c.command(officers.frontDesk, { type: 'completeIntakeStep', step: '5.1.b' }),
      c.command(officers.frontDesk, { type: 'completeIntakeStep', step: '5.1.c' }),
      c.command(officers.frontDesk, { type: 'recordRegistryCheck', result: 'match' }),
      c.command(officers.frontDesk, {
        type: 'register',
        registrationNumber: '6205-2026-0100150',
        registeredOn: '2026-03-02',
        deadline: '2026-03-17',
        regulationVersion: 'kz-residency-2015',
      }),
    ];
    expect((await api.push(steps)).results.every((r) => r.status === 'applied')).toBe(true);
    expect((await api.lease(2026, 10)).block.firstSeq).toBe(100_151);

    const foreign = await api.send('/v1/lease', { protocol: 1, workstationId: cred.id, officeCode: '6202', year: 2026, size: 10 });
    expect([foreign.status, errorOf(foreign).error]).toEqual([403, 'wrongOffice']);

    for (let i = 0; i < 99; i++) await api.lease(2025, 1000);
    const { block } = await api.lease(2025, 1000);
    expect([block.firstSeq, block.lastSeq]).toEqual([199_001, 199_999]); // a partial last block
    const exhausted = await api.send('/v1/lease', { protocol: 1, workstationId: cred.id, officeCode: '6205', year: 2025, size: 1 });
    expect([exhausted.status, errorOf(exhausted).error]).toEqual([409, 'rangeExhausted']);
  });
});
