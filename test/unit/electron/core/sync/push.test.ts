// Push: the outbox reaches the central system oldest first, each event learns its central
// position, a lost answer is re-sent as the very same mutations (answered 'duplicate'), and the
// payload a case's first event carries is frozen before the first attempt.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signedIn } from '../testCore';
import { completeThroughRegistration } from '../intake/intakeDriver';
import { localCase, openDesk, startTestCentral, type Desk, type TestCentral } from './support/desks';

let central: TestCentral;
let desk: Desk;

beforeEach(async () => {
  central = await startTestCentral();
  desk = await openDesk(central, 1);
  await desk.sync(); // leases a number block from the central system
});

afterEach(async () => {
  await desk.close();
  await central.close();
});

const outbox = (d: Desk) =>
  d.core.db.prepare('SELECT seq, mutation_id, status, attempts, payload FROM outbox ORDER BY seq').all() as {
    seq: number;
    mutation_id: string;
    status: string;
    attempts: number;
    payload: string;
  }[];

describe('push', () => {
  it('sends every pending mutation and records the central position of each case event', async () => {
    const view = await completeThroughRegistration(desk.core, await signedIn(desk.core, 'frontDesk'));
    const pending = outbox(desk).filter((r) => r.status === 'pending');
    expect(pending.length).toBeGreaterThan(5);

    const live = await desk.sync();
    expect(live.lastError).toBeNull();
    expect(outbox(desk).every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);

    const [centralCase] = central.central.cases();
    expect(centralCase).toMatchObject({ caseId: view.caseId, state: 'registered', registrationNumber: view.registration?.number });
    const positions = desk.core.db.prepare('SELECT server_pos FROM case_events WHERE case_id = ? ORDER BY seq').pluck().all(view.caseId);
    expect(positions).toEqual(positions.map((_, i) => i + 1));
    expect(localCase(desk, view.caseId)).toMatchObject({ state: 'registered', eventCount: centralCase!.eventCount });
    // The registration number came from the block leased by the central system, not the local stand-in.
    const source = desk.core.db
      .prepare('SELECT b.source FROM registration_numbers r JOIN number_blocks b ON b.id = r.block_id WHERE r.case_id = ?')
      .pluck()
      .get(view.caseId);
    expect(source).toBe('central');
  });

  it('re-sends the same mutations after a lost answer and takes the duplicate answers as sent', async () => {
    const view = await completeThroughRegistration(desk.core, await signedIn(desk.core, 'frontDesk'));
    central.central.setFaults({ lostReply: 1, endpoints: ['push'] });
    const failed = await desk.sync();
    expect(failed.lastError?.kind).toBe('network');
    const afterFailure = outbox(desk);
    expect(afterFailure.every((r) => r.status === 'pending')).toBe(true);
    // The central system did apply them: only the answer was lost.
    expect(central.central.cases()[0]?.state).toBe('registered');

    central.central.setFaults({ lostReply: 0 });
    const healed = await desk.sync();
    expect(healed.lastError).toBeNull();
    const after = outbox(desk);
    expect(after.map((r) => r.mutation_id)).toEqual(afterFailure.map((r) => r.mutation_id));
    expect(after.every((r) => r.status === 'sent')).toBe(true);
    // Byte-identical re-send: the central system has each event once.
    const log = central.central.caseLog(view.caseId);
    expect(new Set(log.map((e) => e.eventId)).size).toBe(log.length);
    expect(log.length).toBe(desk.core.db.prepare('SELECT count(*) FROM case_events WHERE case_id = ?').pluck().get(view.caseId));
  });

  it('freezes caseInfo into the first event before the first attempt', async () => {
    const view = await completeThroughRegistration(desk.core, await signedIn(desk.core, 'frontDesk'));
    central.central.setFaults({ error5xx: 1, endpoints: ['push'] });
    await desk.sync();
    const first = JSON.parse(outbox(desk)[0]!.payload) as { caseInfo?: unknown; event: { type: string } };
    expect(first.event.type).toBe('case.intakeStarted');
    expect(first.caseInfo).toEqual({ taxpayerName: expect.any(String), applicantLocale: 'kk' });
    // Renaming the case afterwards does not change what is re-sent.
    desk.core.db.prepare("UPDATE cases SET taxpayer_name = 'Changed' WHERE id = ?").run(view.caseId);
    await desk.sync();
    expect(JSON.parse(outbox(desk)[0]!.payload)).toEqual(first);
    central.central.setFaults({ error5xx: 0 });
    expect((await desk.sync()).lastError).toBeNull();
    expect(outbox(desk).every((r) => r.status === 'sent' && r.attempts === 3)).toBe(true);
  });
});
