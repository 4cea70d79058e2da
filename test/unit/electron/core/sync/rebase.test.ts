// The rebase: when another workstation's events arrive, a case is the central log followed by this
// workstation's pending events; a pending event that no longer applies stays pending (not lost,
// not in the projection) until the central system rejects it into the quarantine — and a
// rejected mutation never holds up the ones behind it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reasonMessages } from '../../../../../shared/domain/cases';
import type { Connection } from '../../../../../electron/core/context';
import { pullAll } from '../../../../../electron/core/sync/pull';
import { pushAll } from '../../../../../electron/core/sync/push';
import { rebasedCase } from '../../../../../electron/core/sync/rebase';
import { call, expectOk, signedIn } from '../testCore';
import { allChecks, individual, identityInPerson } from '../intake/intakeDriver';
import { localCase, openDesk, startTestCentral, type Desk, type TestCentral } from './support/desks';

let central: TestCentral;
let a: Desk;
let b: Desk;
let deskA: Connection;
let deskB: Connection;

beforeEach(async () => {
  central = await startTestCentral();
  a = await openDesk(central, 1, { noStart: true });
  b = await openDesk(central, 2);
  await pullAll(a.session());
  await b.sync();
  deskA = await signedIn(a.core, 'frontDesk');
  deskB = await signedIn(b.core, 'frontDesk');
});

afterEach(async () => {
  await a.close();
  await b.close();
  await central.close();
});

const pendingOf = (d: Desk, caseId: string) =>
  d.core.db.prepare("SELECT json_extract(payload, '$.event.type') FROM outbox WHERE case_id = ? AND status = 'pending' ORDER BY seq").pluck().all(caseId) as string[];

async function startedAtA(): Promise<string> {
  const view = expectOk(await call(a.core, deskA, 'intake.start', { applicantType: 'individual', taxpayerId: individual.id, applicantLocale: 'kk', presentedBy: 'applicant' }));
  const caseId = view.caseId;
  const filled = expectOk(await call(a.core, deskA, 'intake.saveForm', { caseId, patch: { ...identityInPerson, application: { taxpayerName: individual.name, address: individual.address } } }));
  expectOk(await call(a.core, deskA, 'intake.saveForm', { caseId, patch: { checks: allChecks(filled.checklists.identity) } }));
  await pushAll(a.session());
  await pullAll(a.session());
  await b.sync();
  return caseId;
}

describe('rebase', () => {
  it("puts another desk's confirmed event first and keeps a local event that no longer applies pending", async () => {
    const caseId = await startedAtA();
    // Desk 2 declines acceptance; desk 1, not yet knowing, completes §5.1.a.
    expectOk(await call(b.core, deskB, 'intake.decline', { caseId, reasonCode: 'incomplete', note: 'Құжаттар толық емес' }));
    await b.sync();
    expectOk(await call(a.core, deskA, 'intake.completeStep', { caseId, step: '5.1.a' }));
    expect(localCase(a, caseId)?.snapshot).toMatchObject({ state: 'intake', completedSteps: ['5.1.a'] });

    await pullAll(a.session());
    // The central order wins: declined; the local step is not in the projection but still pending.
    expect(localCase(a, caseId)).toMatchObject({ state: 'declined', snapshot: { completedSteps: [] } });
    expect(pendingOf(a, caseId)).toContain('case.intakeStepCompleted');
    expect(rebasedCase(a.core.db, caseId).skipped).toHaveLength(1);
    expect(localCase(a, caseId)).toEqual(localCase(b, caseId));

    // A new intake queued after the doomed event: it must not be held up by it.
    const next = expectOk(await call(a.core, deskA, 'intake.start', { applicantType: 'individual', taxpayerId: individual.id, applicantLocale: 'ru', presentedBy: 'applicant' }));
    const report = await pushAll(a.session());
    expect(report.rejected).toBe(1);
    const quarantined = a.core.db
      .prepare("SELECT quarantine_code, quarantine_kk, quarantine_ru FROM outbox WHERE status = 'quarantined'")
      .all() as { quarantine_code: string; quarantine_kk: string; quarantine_ru: string }[];
    expect(quarantined).toEqual([{ quarantine_code: 'terminal', quarantine_kk: reasonMessages.terminal.kk, quarantine_ru: reasonMessages.terminal.ru }]);
    expect(pendingOf(a, caseId)).toEqual([]);
    expect(pendingOf(a, next.caseId)).toEqual([]);
    expect(central.central.cases().find((c) => c.caseId === next.caseId)?.state).toBe('intake');
    // The quarantined event is still in the log, and still out of the projection.
    expect(a.core.db.prepare("SELECT count(*) FROM case_events WHERE case_id = ? AND type = 'case.intakeStepCompleted'").pluck().get(caseId)).toBe(1);
    await pullAll(a.session());
    expect(localCase(a, caseId)).toEqual({ ...localCase(b, caseId)!, eventCount: expect.any(Number) });
    expect(localCase(a, caseId)?.state).toBe('declined');
  });

  it('keeps a pending local event that still applies on top of the confirmed ones, in the projection', async () => {
    const caseId = await startedAtA();
    // Desk 2 adds an auxiliary fact (a form save) that does not conflict; desk 1 completes §5.1.a.
    expectOk(await call(b.core, deskB, 'intake.saveForm', { caseId, patch: { registryNote: 'seen at desk 2' } }));
    await b.sync();
    expectOk(await call(a.core, deskA, 'intake.completeStep', { caseId, step: '5.1.a' }));
    await pullAll(a.session());
    expect(localCase(a, caseId)?.snapshot).toMatchObject({ state: 'intake', completedSteps: ['5.1.a'] });
    expect(rebasedCase(a.core.db, caseId).skipped).toEqual([]);
    // The form merges both desks' saves in the rebased order.
    const form = JSON.parse(a.core.db.prepare('SELECT form FROM intake_forms WHERE case_id = ?').pluck().get(caseId) as string) as Record<string, unknown>;
    expect(form).toMatchObject({ registryNote: 'seen at desk 2', presentedBy: 'applicant' });
    await pushAll(a.session());
    await pullAll(a.session());
    await b.sync();
    expect(localCase(a, caseId)).toEqual(localCase(b, caseId));
    expect(localCase(b, caseId)?.snapshot).toMatchObject({ completedSteps: ['5.1.a'] });
    expect(central.central.cases().find((c) => c.caseId === caseId)?.eventCount).toBe(localCase(a, caseId)?.eventCount);
  });
});
