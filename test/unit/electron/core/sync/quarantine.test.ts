// The quarantine through the api: a rejected change is listed with the central system's kk/ru
// reason, never blocks the queue, and a supervisor resolves it — resubmitted as a new mutation once
// the cause is gone, or discarded with a reason — each resolution audited, none deleting anything.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connection } from '../../../../../electron/core/context';
import { call, expectOk, signedIn } from '../testCore';
import { allChecks, identityInPerson, individual } from '../intake/intakeDriver';
import { localCase, openDesk, startTestCentral, type Desk, type TestCentral } from './support/desks';

let central: TestCentral;
let desk: Desk;
let frontDesk: Connection;
let supervisor: Connection;

beforeEach(async () => {
  central = await startTestCentral();
  desk = await openDesk(central, 1);
  await desk.sync();
  frontDesk = await signedIn(desk.core, 'frontDesk');
  supervisor = await signedIn(desk.core, 'supervisor');
});

afterEach(async () => {
  await desk.close();
  await central.close();
});

const start = async (locale: 'kk' | 'ru' = 'kk') =>
  expectOk(await call(desk.core, frontDesk, 'intake.start', { applicantType: 'individual', taxpayerId: individual.id, applicantLocale: locale, presentedBy: 'applicant' }));

const auditActions = () => desk.core.db.prepare("SELECT action, details FROM audit_log WHERE action LIKE 'quarantine.%' ORDER BY seq").all() as { action: string; details: string }[];

describe('quarantine', () => {
  it('lists a rejection with its reason, resubmits it once the cause is gone, and audits it', async () => {
    const frontDeskId = desk.core.db.prepare("SELECT id FROM officers WHERE login = 'frontdesk'").pluck().get() as number;
    central.central.setOfficerActive(frontDeskId, false);
    const view = await start();
    await desk.sync();
    // The central system disabled the account: the pull disables it here too (its session ends).
    expect((await call(desk.core, frontDesk, 'sync.status', {})).ok).toBe(false);
    const listed = expectOk(await call(desk.core, supervisor, 'quarantine.list', {}));
    expect(listed.length).toBeGreaterThanOrEqual(3);
    expect(listed[0]).toMatchObject({
      caseId: view.caseId,
      eventType: 'case.intakeStarted',
      code: 'inactiveOfficer',
      message: { kk: expect.stringMatching(/өшірілген/), ru: expect.stringMatching(/отключена/) },
      officer: { id: frontDeskId },
    });
    const status = expectOk(await call(desk.core, supervisor, 'sync.status', {}));
    expect(status).toMatchObject({ unsent: 0, quarantined: listed.length });

    // Only supervisors and administrators resolve.
    const processing = await signedIn(desk.core, 'processing');
    const forbidden = await call(desk.core, processing, 'quarantine.resolve', { mutationId: listed[0]!.mutationId, action: 'resubmit' });
    expect(forbidden.ok ? null : forbidden.error.code).toBe('forbidden');

    central.central.setOfficerActive(frontDeskId, true);
    const resolved = [];
    for (const item of listed) resolved.push(expectOk(await call(desk.core, supervisor, 'quarantine.resolve', { mutationId: item.mutationId, action: 'resubmit', note: 'account re-enabled' })));
    expect(resolved.every((r) => r.resolution === 'resubmitted' && r.newMutationId)).toBe(true);
    expect(expectOk(await call(desk.core, supervisor, 'quarantine.list', {}))).toEqual([]);
    await desk.sync();
    expect(desk.core.db.prepare('SELECT active FROM officers WHERE id = ?').pluck().get(frontDeskId)).toBe(1);
    expect(central.central.cases().find((c) => c.caseId === view.caseId)?.state).toBe('intake');
    // The originals stay, marked resolved; the new mutations were sent.
    const rows = desk.core.db.prepare('SELECT status, resolution, resolved_by, resubmitted_as FROM outbox WHERE case_id = ? ORDER BY seq').all(view.caseId) as {
      status: string;
      resolution: string | null;
      resubmitted_as: string | null;
    }[];
    expect(rows.filter((r) => r.resolution === 'resubmitted')).toHaveLength(listed.length);
    expect(rows.filter((r) => r.status === 'sent').map((r) => r.resubmitted_as)).toEqual(rows.filter((r) => r.status === 'sent').map(() => null));
    expect(auditActions().map((a) => a.action)).toEqual(listed.map(() => 'quarantine.resubmit'));
    expect(expectOk(await call(desk.core, supervisor, 'audit.verify', {})).ok).toBe(true);
    // A second resolution of the same row is refused.
    const again = await call(desk.core, supervisor, 'quarantine.resolve', { mutationId: listed[0]!.mutationId, action: 'discard', reason: 'x' });
    expect(again.ok ? null : again.error).toMatchObject({ code: 'conflict', message: { ru: 'По этому изменению решение уже принято.' } });
  });

  it("refuses to resubmit what still cannot apply, with the state machine's reason, and discards it with a reason", async () => {
    const doomed = await start();
    await desk.sync();
    // The case ends centrally (declined at this desk, sent), then a stale completion is queued
    // straight into the log as a second desk would have done offline.
    expectOk(await call(desk.core, frontDesk, 'intake.decline', { caseId: doomed.caseId, reasonCode: 'incomplete', note: 'Толық емес' }));
    await desk.sync();
    central.central.setFaults({});
    const { appendEvent } = await import('../../../../../electron/core/cases/caseStore');
    const officer = desk.core.db.prepare("SELECT o.*, f.code AS office_code FROM officers o JOIN offices f ON f.id = o.office_id WHERE login = 'frontdesk'").get() as { id: number };
    desk.core.db.transaction(() =>
      appendEvent(
        { db: desk.core.db, now: desk.core.clock.now(), officer: { id: officer.id, role: 'frontDesk' } as never, workstationId: desk.core.deps.workstation.workstationId },
        doomed.caseId,
        { type: 'case.intakeStepCompleted', step: '5.1.a' },
      ),
    )();
    const later = await start('ru');
    await desk.sync();
    const [item] = expectOk(await call(desk.core, supervisor, 'quarantine.list', {}));
    expect(item).toMatchObject({ caseId: doomed.caseId, code: 'terminal' });
    // Not blocked: the intake queued after it reached the central system.
    expect(central.central.cases().find((c) => c.caseId === later.caseId)?.state).toBe('intake');

    const refused = await call(desk.core, supervisor, 'quarantine.resolve', { mutationId: item!.mutationId, action: 'resubmit' });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'refused', details: { reason: 'terminal' } });
    expect(auditActions()).toEqual([]);

    const blank = await call(desk.core, supervisor, 'quarantine.resolve', { mutationId: item!.mutationId, action: 'discard', reason: '  ' });
    expect(blank.ok ? null : blank.error.code).toBe('invalid_input');
    expectOk(await call(desk.core, supervisor, 'quarantine.resolve', { mutationId: item!.mutationId, action: 'discard', reason: 'Өтініш қабылданбаған, қадам қажет емес' }));
    expect(expectOk(await call(desk.core, supervisor, 'quarantine.list', {}))).toEqual([]);
    const row = desk.core.db.prepare('SELECT status, resolution, resolution_note, resolved_by FROM outbox WHERE mutation_id = ?').get(item!.mutationId);
    expect(row).toEqual({ status: 'discarded', resolution: 'discarded', resolution_note: 'Өтініш қабылданбаған, қадам қажет емес', resolved_by: expect.any(Number) });
    expect(auditActions()).toEqual([{ action: 'quarantine.discard', details: expect.stringContaining('қадам қажет емес') }]);
    // Discarded, not deleted: the event and its outbox row remain.
    expect(() => desk.core.db.prepare('DELETE FROM outbox WHERE mutation_id = ?').run(item!.mutationId)).toThrow(/never deleted/);
    expect(desk.core.db.prepare("SELECT count(*) FROM case_events WHERE case_id = ? AND type = 'case.intakeStepCompleted'").pluck().get(doomed.caseId)).toBe(1);
  });

  it('voids the number of a discarded registration the central system never accepted', async () => {
    const other = await openDesk(central, 2);
    try {
      await other.sync();
      // Intake at this desk up to §5.1.d, known to the office.
      let view = expectOk(await call(desk.core, frontDesk, 'intake.start', { applicantType: 'individual', taxpayerId: individual.id, applicantLocale: 'kk', presentedBy: 'applicant' }));
      const caseId = view.caseId;
      view = expectOk(await call(desk.core, frontDesk, 'intake.saveForm', { caseId, patch: { ...identityInPerson, application: { taxpayerName: individual.name, address: individual.address } } }));
      view = expectOk(await call(desk.core, frontDesk, 'intake.saveForm', { caseId, patch: { checks: allChecks(view.checklists.identity) } }));
      view = expectOk(await call(desk.core, frontDesk, 'intake.completeStep', { caseId, step: '5.1.a' }));
      view = expectOk(await call(desk.core, frontDesk, 'intake.saveForm', { caseId, patch: { checks: allChecks(view.checklists.completeness) } }));
      expectOk(await call(desk.core, frontDesk, 'intake.completeStep', { caseId, step: '5.1.b' }));
      expectOk(await call(desk.core, frontDesk, 'intake.recordRegistryCheck', { caseId, result: 'match' }));
      expectOk(await call(desk.core, frontDesk, 'intake.completeStep', { caseId, step: '5.1.c' }));
      await desk.sync();
      await other.sync();
      // The other desk declines while this one, offline, registers and prints the number.
      expectOk(await call(other.core, await signedIn(other.core, 'frontDesk'), 'intake.decline', { caseId, reasonCode: 'incomplete', note: 'Толық емес' }));
      await other.sync();
      desk.link.up = false;
      const registered = expectOk(await call(desk.core, frontDesk, 'intake.register', { caseId }));
      const number = registered.registration!.number;
      desk.link.up = true;
      await desk.sync();

      const [item] = expectOk(await call(desk.core, supervisor, 'quarantine.list', {}));
      expect(item).toMatchObject({ caseId, eventType: 'case.registered', code: 'terminal', registrationNumber: number });
      // The central decision is the case's state; the printed number stays on the case meanwhile.
      expect(localCase(desk, caseId)).toMatchObject({ state: 'declined', registrationNumber: number });
      expectOk(await call(desk.core, supervisor, 'quarantine.resolve', { mutationId: item!.mutationId, action: 'discard', reason: 'Өтінішті басқа терезе қабылдамады' }));
      expect(desk.core.db.prepare('SELECT status, note FROM registration_numbers WHERE number = ?').get(number)).toEqual({
        status: 'voided',
        note: 'quarantine discarded: Өтінішті басқа терезе қабылдамады',
      });
    } finally {
      await other.close();
    }
  });
});
