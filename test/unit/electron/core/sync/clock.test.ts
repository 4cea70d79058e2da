// The central clock: the offset learned from every answer, the drift guard in the status, and the
// corrected "today" deadlines are shown against — stored data keeps the workstation's own times.
import { afterEach, describe, expect, it } from 'vitest';
import { correctedToday, driftLimitMs, offsetOf } from '../../../../../electron/core/sync/clock';
import { call, expectOk, signedIn, TestClock } from '../testCore';
import { openDesk, startTestCentral, type Desk, type TestCentral } from './support/desks';

let central: TestCentral | null = null;
let desk: Desk | null = null;

afterEach(async () => {
  await desk?.close();
  await central?.close();
  desk = null;
  central = null;
});

describe('central clock', () => {
  it('takes the offset against the midpoint of the exchange', () => {
    expect(offsetOf({ sentAt: 1_000, receivedAt: 3_000 }, new Date(62_000).toISOString())).toBe(60_000);
    expect(offsetOf({ sentAt: 10_000, receivedAt: 10_000 }, new Date(9_000).toISOString())).toBe(-1_000);
  });

  it.each([
    [60_000, false],
    [-4 * 60_000, false],
    [driftLimitMs + 60_000, true],
    [-(driftLimitMs + 60_000), true],
  ])('learns a central clock %i ms away and flags drift: %s', async (skew, drift) => {
    central = await startTestCentral();
    central.central.setFaults({ clockSkewMs: skew });
    desk = await openDesk(central, 1);
    await desk.sync();
    const status = expectOk(await call(desk.core, await signedIn(desk.core, 'frontDesk'), 'sync.status', {}));
    expect(status.clock.offsetMs).toBe(skew);
    expect(status.clock.drift).toBe(drift);
    expect(status.clock.message === null).toBe(!drift);
    if (drift) expect(status.message?.kk).toMatch(/минутқа ауытқып/);
    // Stored timestamps stay the workstation's own.
    expect(desk.core.db.prepare('SELECT last_success_at FROM sync_state').pluck().get()).toBe(desk.core.clock.now().toISOString());
  });

  it('corrects today across midnight in Kazakhstan', async () => {
    const clock = new TestClock(new Date('2026-03-02T23:58:00+05:00'));
    central = await startTestCentral({}, clock);
    central.central.setFaults({ clockSkewMs: 5 * 60_000 });
    desk = await openDesk(central, 1);
    expect(correctedToday(desk.core.db, clock.now())).toBe('2026-03-02');
    await desk.sync();
    expect(correctedToday(desk.core.db, clock.now())).toBe('2026-03-03');
    const status = expectOk(await call(desk.core, await signedIn(desk.core, 'frontDesk'), 'sync.status', {}));
    expect(status.clock.today).toBe('2026-03-03');
  });
});
