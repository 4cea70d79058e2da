// Convergence: three desks of one office and the central simulator, officers working at random
// (intakes started, advanced and registered, declined, registered cases taken for processing — on
// their own cases and on cases another desk started), electronic applications arriving, links going up and down, while the simulator
// drops, delays, duplicates, reorders, truncates and fails requests with a skewed clock. After
// healing, every desk and the central store agree on every case's state, snapshot and event
// count; nothing is pending, every local event is either in the central log exactly once or in
// the quarantine with its reason, and registration numbers are unique.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../../../../electron/core/context';
import { seededRandom } from '../../../../central/prng';
import { noFaults } from '../../../../central';
import { call, signedIn } from '../testCore';
import { advance, decline, openIntakes, startIntake } from './support/officeActions';
import { localCase, openDesk, startTestCentral, syncUntilQuiet, type Desk, type TestCentral } from './support/desks';

const seed = Number(process.env['SYNC_SEED'] ?? 20_261_203);
const steps = Number(process.env['SYNC_STEPS'] ?? 160);

let central: TestCentral;
const desks: Desk[] = [];
const connections = new Map<Desk, Connection>();
const processing = new Map<Desk, Connection>();
const tally: Record<string, number> = {};

beforeAll(async () => {
  central = await startTestCentral({ taxpayers: 150, seed });
  for (const n of [1, 2, 3]) {
    const d = await openDesk(central, n, { timeoutMs: 400 });
    desks.push(d);
    connections.set(d, await signedIn(d.core, 'frontDesk'));
    processing.set(d, await signedIn(d.core, 'processing'));
  }
  await syncUntilQuiet(desks);
});

afterAll(async () => {
  for (const d of desks) await d.close();
  await central.close();
});

describe('convergence under faults', () => {
  it('three desks and the central system agree after healing', { timeout: 120_000 }, async () => {
    const rnd = seededRandom(seed);
    const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(rnd() * items.length)];
    const count = (name: string) => (tally[name] = (tally[name] ?? 0) + 1);
    central.central.setFaults({
      drop: 0.05,
      hang: 0.02,
      hangMs: 700,
      lostReply: 0.08,
      error5xx: 0.08,
      delay: 0.15,
      delayMs: [2, 40],
      duplicate: 0.08,
      reorder: 0.05,
      reorderMs: 150,
      stalePage: 0.1,
      truncate: 0.05,
      clockSkewMs: 7 * 60_000,
    });

    for (let step = 0; step < steps; step++) {
      const desk = pick(desks)!;
      const connection = connections.get(desk)!;
      const r = rnd();
      if (r < 0.25) {
        const caseId = await startIntake(desk.core, connection, Math.floor(rnd() * 1_000));
        count(caseId ? 'started' : 'startRefused');
      } else if (r < 0.55) {
        const caseId = pick(openIntakes(desk.core));
        if (caseId) count(`advance:${await advance(desk.core, connection, caseId)}`);
      } else if (r < 0.6) {
        const caseId = pick(openIntakes(desk.core));
        if (caseId) count(`decline:${await decline(desk.core, connection, caseId)}`);
      } else if (r < 0.66) {
        // A processing officer takes a registered case (office or electronic) — desks collide here too.
        const caseId = pick(desk.core.db.prepare("SELECT id FROM cases WHERE state = 'registered' ORDER BY id").pluck().all() as string[]);
        if (caseId) count(`assign:${(await call(desk.core, processing.get(desk)!, 'case.assign', { caseId })).ok ? 'done' : 'refused'}`);
      } else if (r < 0.7) {
        await central.central.generateApplications({ officeCode: '6205', count: 1 + Math.floor(rnd() * 2) });
        count('applications');
      } else if (r < 0.77) {
        desk.link.up = !desk.link.up;
        count(desk.link.up ? 'linkUp' : 'linkDown');
      } else {
        const live = await desk.sync();
        count(live.lastError ? `syncFailed:${live.lastError.kind}` : 'synced');
      }
      // A clock that keeps moving: registrations, lease expiries and timers see time pass.
      central.clock.advance(1_000 + Math.floor(rnd() * 20_000));
    }

    // Heal: faults off, links up, sync until nothing changes any more.
    central.central.setFaults({ ...noFaults(seed), clockSkewMs: 7 * 60_000 });
    for (const d of desks) d.link.up = true;
    await syncUntilQuiet(desks, 8);
    const quarantined = desks.map((d) => d.core.db.prepare("SELECT quarantine_code FROM outbox WHERE status = 'quarantined'").pluck().all());
    const states = central.central.cases('6205').map((c) => c.state);
    console.log(
      `convergence (seed ${seed}, ${steps} steps):`,
      JSON.stringify(tally),
      'faults:',
      central.central.faultLog.length,
      'quarantined:',
      JSON.stringify(quarantined),
      'states:',
      JSON.stringify(Object.fromEntries([...new Set(states)].map((s) => [s, states.filter((x) => x === s).length]))),
    );

    // Faults did happen, and so did real work.
    expect(central.central.faultLog.length).toBeGreaterThan(10);
    expect((tally['started'] ?? 0) + (tally['applications'] ?? 0)).toBeGreaterThan(10);
    expect(Object.keys(tally).some((k) => k.startsWith('syncFailed'))).toBe(true);

    const centralCases = central.central.cases('6205');
    expect(centralCases.length).toBeGreaterThan(10);
    expect(centralCases.some((c) => c.state === 'registered')).toBe(true);
    for (const d of desks) {
      const db = d.core.db;
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare("SELECT count(*) FROM outbox WHERE status = 'pending'").pluck().get()).toBe(0);
      // Every central case, identical on every desk.
      for (const c of centralCases) {
        const mine = localCase(d, c.caseId);
        expect(mine, `desk ${d.number} lacks ${c.caseId}`).not.toBeNull();
        expect({ state: mine!.state, eventCount: mine!.eventCount }).toEqual({ state: c.state, eventCount: c.eventCount });
        if (mine!.registrationNumber !== c.registrationNumber) {
          // A number this desk issued and printed offline stays on its case (it never changes) when
          // another desk's decision won centrally — and only with its registration in the quarantine,
          // for a supervisor to sort out (the snapshot carries the central registration, if any).
          expect((mine!.snapshot as { registration: { number: string } | null }).registration?.number ?? null).toBe(c.registrationNumber);
          const held = db
            .prepare(
              "SELECT count(*) FROM outbox WHERE case_id = ? AND status = 'quarantined' AND json_extract(payload, '$.event.type') = 'case.registered' AND json_extract(payload, '$.event.registrationNumber') = ?",
            )
            .pluck()
            .get(c.caseId, mine!.registrationNumber);
          expect(held, `desk ${d.number}: number ${mine!.registrationNumber} on ${c.caseId}`).toBe(1);
          count('numbersInQuarantine');
        }
      }
      // Every local event is in the central log exactly once, or in the quarantine with its reason.
      const limbo = db
        .prepare(
          `SELECT e.event_id FROM case_events e WHERE e.server_pos IS NULL AND NOT EXISTS (
             SELECT 1 FROM outbox o WHERE o.kind = 'case.event' AND json_extract(o.payload, '$.eventId') = e.event_id
               AND o.status IN ('quarantined', 'discarded') AND o.quarantine_code IS NOT NULL)`,
        )
        .pluck()
        .all();
      expect(limbo).toEqual([]);
      const confirmed = db.prepare('SELECT case_id, event_id, server_pos FROM case_events WHERE server_pos IS NOT NULL').all() as { case_id: string; event_id: string; server_pos: number }[];
      for (const e of confirmed) {
        const log = central.central.caseLog(e.case_id);
        expect(log.filter((x) => x.eventId === e.event_id).map((x) => x.serverPos)).toEqual([e.server_pos]);
      }
      // Local cases the central system does not have: only ones whose every event was rejected.
      const unknown = (db.prepare('SELECT id FROM cases').pluck().all() as string[]).filter((id) => !centralCases.some((c) => c.caseId === id));
      for (const id of unknown) expect(db.prepare('SELECT count(*) FROM case_events WHERE case_id = ? AND server_pos IS NOT NULL').pluck().get(id)).toBe(0);
    }
    // The same snapshot everywhere (the projection, not just the state).
    for (const c of centralCases) {
      const snapshots = desks.map((d) => JSON.stringify(localCase(d, c.caseId)!.snapshot));
      expect(new Set(snapshots).size).toBe(1);
    }
    // Registration numbers: unique centrally and the same case → the same number everywhere.
    const numbers = centralCases.map((c) => c.registrationNumber).filter((n): n is string => n !== null);
    expect(new Set(numbers).size).toBe(numbers.length);
    const stats = central.central.stats();
    expect(stats['caseEvents']).toBe(centralCases.reduce((sum, c) => sum + c.eventCount, 0));
  });
});
