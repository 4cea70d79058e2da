// Registration numbers once the central system leases them: blocks are leased ahead (below the
// low-water mark), kept through an outage, stored in the workstation's clock, never overlapping
// a block the store already has; the local stand-in no longer serves registration numbers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { availableNumbers, issueNumber, localLeaser, lowWaterMark } from '../../../../../electron/core/numbers/blocks';
import { leaseIfLow } from '../../../../../electron/core/sync/leases';
import { call, signedIn } from '../testCore';
import { completeThroughRegistration } from '../intake/intakeDriver';
import { openDesk, startTestCentral, type Desk, type TestCentral } from './support/desks';

let central: TestCentral;
let desk: Desk;

beforeEach(async () => {
  central = await startTestCentral();
});

afterEach(async () => {
  await desk.close();
  await central.close();
});

const left = (d: Desk) => availableNumbers(d.core.db, '6205', 2026, d.core.clock.now());
const blocks = (d: Desk) => d.core.db.prepare('SELECT source, first_seq, last_seq, expires_at FROM number_blocks ORDER BY first_seq').all() as {
  source: string;
  first_seq: number;
  last_seq: number;
  expires_at: string;
}[];

describe('central number leases', () => {
  it('leases a block ahead, refills below the low-water mark, and registers offline from it', async () => {
    desk = await openDesk(central, 3);
    await desk.sync();
    expect(blocks(desk)).toEqual([{ source: 'central', first_seq: 300_001, last_seq: 300_100, expires_at: expect.any(String) }]);
    // Nothing more while enough numbers are left.
    expect(await leaseIfLow(desk.session())).toBe(0);
    // Use numbers until only lowWaterMark − 1 are left, then the next sync leases another block.
    const officerId = desk.core.db.prepare("SELECT id FROM officers WHERE login = 'frontdesk'").pluck().get() as number;
    desk.core.db.transaction(() => {
      for (let i = left(desk); i >= lowWaterMark; i--) issueNumber(desk.core.db, { officeCode: '6205', year: 2026, caseId: null as never, officerId, now: desk.core.clock.now() }, null);
    })();
    expect(left(desk)).toBe(lowWaterMark - 1);
    await desk.sync();
    expect(left(desk)).toBe(lowWaterMark - 1 + 100);

    desk.link.up = false;
    const view = await completeThroughRegistration(desk.core, await signedIn(desk.core, 'frontDesk'));
    expect(view.registration?.number).toBe('6205-2026-0300082'); // the next number of the first central block
    desk.link.up = true;
    expect((await desk.sync()).lastError).toBeNull();
    expect(central.central.cases().find((c) => c.caseId === view.caseId)?.registrationNumber).toBe(view.registration?.number);
  });

  it('refuses to register with no central block rather than use the local stand-in', async () => {
    desk = await openDesk(central, 4, { noStart: true });
    desk.engine.start();
    desk.link.up = false;
    await desk.sync();
    const connection = await signedIn(desk.core, 'frontDesk');
    await expect(completeThroughRegistration(desk.core, connection)).rejects.toThrow(/no_numbers/);
    expect(blocks(desk)).toEqual([]);
    // Journal numbers have no central series in the protocol yet: they still come from the stand-in.
    const journal = desk.core.deps.numberLeaser?.lease(desk.core.db, { series: 'journal', officeCode: '6205', year: 2026, size: 10, now: desk.core.clock.now() });
    expect(journal?.source).toBe('local');
    expect(desk.core.deps.numberLeaser?.lease(desk.core.db, { series: 'registration', officeCode: '6205', year: 2026, size: 10, now: desk.core.clock.now() })).toBeNull();
  });

  it('stores the expiry in the workstation clock and never overlaps a block the store has', async () => {
    desk = await openDesk(central, 5, { noStart: true });
    // Before sync was configured, the stand-in leased 500001–500100 here and one number was used.
    const officerId = desk.core.db.prepare("SELECT id FROM officers WHERE login = 'frontdesk'").pluck().get() as number;
    desk.core.db.transaction(() => issueNumber(desk.core.db, { officeCode: '6205', year: 2026, caseId: null as never, officerId, now: desk.core.clock.now() }, localLeaser(5)))();
    expect(blocks(desk).map((b) => b.source)).toEqual(['local']);
    central.central.setFaults({ clockSkewMs: 2 * 3_600_000 });
    desk.engine.start();
    // The local block has 99 numbers left: no lease is needed yet.
    await desk.sync();
    expect(blocks(desk)).toHaveLength(1);
    desk.core.db.transaction(() => {
      for (let i = 0; i < 90; i++) issueNumber(desk.core.db, { officeCode: '6205', year: 2026, caseId: null as never, officerId, now: desk.core.clock.now() }, desk.core.deps.numberLeaser);
    })();
    await desk.sync();
    // The centre knows none of those numbers, so it leases the same range: only what the store does
    // not cover yet is kept — here nothing; the next lease continues after it.
    await leaseIfLow(desk.session());
    const central1 = blocks(desk).filter((b) => b.source === 'central');
    expect(central1).toEqual([{ source: 'central', first_seq: 500_101, last_seq: 500_200, expires_at: expect.any(String) }]);
    // Leased for 60 days by a clock two hours ahead: stored as 60 days from the workstation's now.
    const days = (Date.parse(central1[0]!.expires_at) - desk.core.clock.now().getTime()) / 86_400_000;
    expect(days).toBeCloseTo(60, 3);
    const numbers = desk.core.db.prepare('SELECT count(*) AS n, count(DISTINCT number) AS d FROM registration_numbers').get() as { n: number; d: number };
    expect(numbers.n).toBe(numbers.d);
    const status = await call(desk.core, await signedIn(desk.core, 'frontDesk'), 'sync.status', {});
    expect(status.ok && status.value.numbersLeft).toBe(left(desk));
  });
});
