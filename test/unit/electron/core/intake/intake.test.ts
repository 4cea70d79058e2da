// Front-desk intake in the core: the six steps with their timers and guards, registration with
// an offline number and deadline, declining acceptance, and nothing typed ever lost.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../../electron/core/audit/auditLog';
import { call, expectOk, openTestCore, signedIn, tempDir } from '../testCore';
import { completeThroughRegistration, entity, identityInPerson, individual } from './intakeDriver';

type TestCore = Awaited<ReturnType<typeof openTestCore>>;

describe('intake', () => {
  let core: TestCore;
  beforeEach(async () => {
    // Monday 2 March 2026, 09:00 in Astana.
    core = await openTestCore();
  });
  afterEach(() => core.close());

  it('starts an intake on §5.1.a with its timer running and the checklist of the version in force', async () => {
    const desk = await signedIn(core, 'frontDesk');
    const view = expectOk(await call(core, desk, 'intake.start', { applicantType: 'individual', taxpayerId: individual.id }));
    expect(view).toMatchObject({ state: 'intake', currentStep: '5.1.a', regulationVersion: 'kz-residency-2015', applicantLocale: 'kk' });
    expect(view.steps.map((s) => [s.id, s.normSeconds])).toEqual([
      ['5.1.a', 120],
      ['5.1.b', 180],
      ['5.1.c', 300],
      ['5.1.d', 300],
      ['5.1.e', 180],
      ['5.1.f', 120],
    ]);
    expect(view.steps[0]).toMatchObject({ status: 'running', ref: '§5.1.a' });
    expect(view.checklists.identity.map((i) => i.id)).toContain('identityDocumentValid');
    expect(view.registry).toMatchObject({ found: true, name: individual.name, ageDays: expect.any(Number) });
    expect(view.totals.normSeconds).toBe(1200);
  });

  it('refuses a wrong IIN with the reason in kk and ru, and creates nothing', async () => {
    const desk = await signedIn(core, 'frontDesk');
    const before = core.db.prepare('SELECT count(*) FROM cases').pluck().get();
    const result = await call(core, desk, 'intake.start', { applicantType: 'individual', taxpayerId: '900314400121' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) {
      const issues = (result.error.details as { issues: { path: string[]; message: { ru: string } }[] }).issues;
      expect(issues[0]).toMatchObject({ path: ['taxpayerId'], message: { ru: expect.stringContaining('контрольная') } });
    }
    const bin = await call(core, desk, 'intake.start', { applicantType: 'legalEntity', taxpayerId: individual.id });
    expect(bin.ok).toBe(false);
    expect(core.db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(before);
  });

  it('only front-desk officers take applications', async () => {
    const processing = await signedIn(core, 'processing');
    expect(await call(core, processing, 'intake.start', { applicantType: 'individual', taxpayerId: individual.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('will not complete a step while something it needs is missing, and says what', async () => {
    const desk = await signedIn(core, 'frontDesk');
    const { caseId } = expectOk(await call(core, desk, 'intake.start', { applicantType: 'individual', taxpayerId: individual.id }));
    const refused = await call(core, desk, 'intake.completeStep', { caseId, step: '5.1.a' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused', message: { ru: expect.stringContaining('§5.1.a') } } });
    if (!refused.ok) {
      const problems = (refused.error.details as { problems: { field: string }[] }).problems.map((p) => p.field);
      expect(problems).toEqual(expect.arrayContaining(['person.surname', 'identityDocument.number', 'checks.identityDocumentValid']));
    }
    // a step other than the current one cannot be completed
    expect(await call(core, desk, 'intake.completeStep', { caseId, step: '5.1.b' })).toMatchObject({ ok: false, error: { code: 'refused' } });
  });

  it('flags an expired identity document', async () => {
    const desk = await signedIn(core, 'frontDesk');
    const { caseId } = expectOk(await call(core, desk, 'intake.start', { applicantType: 'individual', taxpayerId: individual.id }));
    const view = expectOk(
      await call(core, desk, 'intake.saveForm', { caseId, patch: { identityDocument: { ...identityInPerson.identityDocument, expiresOn: '2026-01-31' } } }),
    );
    const problem = view.steps[0]!.problems.find((p) => p.field === 'identityDocument.expiresOn');
    expect(problem?.message).toEqual({
      kk: 'Жеке басын куәландыратын құжаттың мерзімі 31.01.2026 өтіп кеткен',
      ru: 'Срок действия документа, удостоверяющего личность, истёк 31.01.2026',
    });
  });

  it('times each step against its norm, excluding pauses, and records an overrun reason', async () => {
    const desk = await signedIn(core, 'frontDesk');
    let view = expectOk(await call(core, desk, 'intake.start', { applicantType: 'individual', taxpayerId: individual.id }));
    const { caseId } = view;
    core.clock.advance(60_000);
    expectOk(await call(core, desk, 'intake.timer', { caseId, step: '5.1.a', action: 'pause' }));
    core.clock.advance(10 * 60_000); // the applicant steps away
    expectOk(await call(core, desk, 'intake.timer', { caseId, step: '5.1.a', action: 'resume' }));
    core.clock.advance(90_000);
    view = expectOk(await call(core, desk, 'intake.saveForm', { caseId, patch: identityInPerson }));
    view = expectOk(await call(core, desk, 'intake.saveForm', { caseId, patch: { checks: Object.fromEntries(view.checklists.identity.map((i) => [i.id, true])) } }));
    view = expectOk(await call(core, desk, 'intake.completeStep', { caseId, step: '5.1.a', overrunReason: 'паспорт на проверке' }));
    expect(view.steps[0]).toMatchObject({ status: 'completed', activeSeconds: 150, pausedSeconds: 600, overrunSeconds: 30, overrunReason: 'паспорт на проверке' });
    expect(view.steps[1]).toMatchObject({ status: 'running', activeSeconds: 0 });
    expect(view.currentStep).toBe('5.1.b');
  });

  it('registers with a number from this workstation’s block and the 15-day deadline, pinned to the version', async () => {
    const desk = await signedIn(core, 'frontDesk');
    const view = await completeThroughRegistration(core, desk);
    expect(view.state).toBe('registered');
    expect(view.currentStep).toBe('5.1.e');
    expect(view.registration).toMatchObject({
      number: '6205-2026-0100001',
      registeredOn: '2026-03-02',
      // 2 March + 15 = 17 March 2026, a Tuesday and a working day
      deadline: '2026-03-17',
      calendarVersion: 'kz-2025-2027.1',
      moved: false,
      deadlineInWords: { kk: expect.stringContaining('наурыз'), ru: expect.stringContaining('17 марта 2026') },
    });
    const row = core.db.prepare('SELECT state, registration_number, regulation_version, calendar_version, taxpayer_name FROM cases WHERE id = ?').get(view.caseId);
    expect(row).toEqual({
      state: 'registered',
      registration_number: '6205-2026-0100001',
      regulation_version: 'kz-residency-2015',
      calendar_version: 'kz-2025-2027.1',
      taxpayer_name: individual.name,
    });
    // the queue shows it with its deadline
    const queue = expectOk(await call(core, desk, 'cases.list', {}));
    expect(queue).toEqual([expect.objectContaining({ registrationNumber: '6205-2026-0100001', deadline: '2026-03-17', state: 'registered' })]);
  });

  it('moves a deadline that lands on a day off to the next working day (9 March 2026)', async () => {
    core.clock.current = new Date('2026-02-22T06:00:00+05:00'); // a Sunday, for the test's sake
    const desk = await signedIn(core, 'frontDesk');
    const view = await completeThroughRegistration(core, desk);
    expect(view.registration).toMatchObject({ registeredOn: '2026-02-22', deadline: '2026-03-10', moved: true });
  });

  it('will not register on a registry mismatch, and takes no number for it', async () => {
    const desk = await signedIn(core, 'frontDesk');
    const { caseId } = expectOk(await call(core, desk, 'intake.start', { applicantType: 'individual', taxpayerId: individual.id }));
    expectOk(await call(core, desk, 'intake.recordRegistryCheck', { caseId, result: 'mismatch', note: 'адрес другой' }));
    expect(await call(core, desk, 'intake.register', { caseId })).toMatchObject({ ok: false });
    expect(core.db.prepare('SELECT count(*) FROM registration_numbers').pluck().get()).toBe(0);
  });

  it('takes a legal entity’s application through a representative with a power of attorney', async () => {
    const desk = await signedIn(core, 'frontDesk');
    const view = await completeThroughRegistration(core, desk, entity, 'ru');
    expect(view.checklists.identity.map((i) => i.id)).toEqual(expect.arrayContaining(['headSignature', 'entitySeal']));
    expect(view.applicantLocale).toBe('ru');
    expect(view.state).toBe('registered');
  });

  it('declines acceptance at §5.1.b with a reason; the case ends there and is counted', async () => {
    const desk = await signedIn(core, 'frontDesk');
    let view = expectOk(await call(core, desk, 'intake.start', { applicantType: 'individual', taxpayerId: individual.id }));
    const { caseId } = view;
    view = expectOk(await call(core, desk, 'intake.saveForm', { caseId, patch: identityInPerson }));
    view = expectOk(await call(core, desk, 'intake.saveForm', { caseId, patch: { checks: Object.fromEntries(view.checklists.identity.map((i) => [i.id, true])) } }));
    expectOk(await call(core, desk, 'intake.completeStep', { caseId, step: '5.1.a' }));
    view = expectOk(
      await call(core, desk, 'intake.decline', { caseId, reasonCode: 'incomplete', note: 'Нет документа о днях пребывания', missingItems: ['residencyBasisDaysOfStay'] }),
    );
    expect(view).toMatchObject({ state: 'declined', currentStep: null, declined: { reasonCode: 'incomplete' } });
    expect(view.steps[1]!.status).toBe('completed');
    expect(await call(core, desk, 'intake.saveForm', { caseId, patch: { registryNote: 'x' } })).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'intake.decline'").pluck().get()).toBe(1);
  });

  it('writes every change to the log, the outbox and the audit chain in the same transaction', async () => {
    const desk = await signedIn(core, 'frontDesk');
    const view = await completeThroughRegistration(core, desk);
    const events = core.db.prepare('SELECT count(*) FROM case_events WHERE case_id = ?').pluck().get(view.caseId);
    const outbox = core.db.prepare("SELECT count(*) FROM outbox WHERE case_id = ? AND kind = 'case.event'").pluck().get(view.caseId);
    expect(events).toBeGreaterThan(10);
    expect(outbox).toBe(events);
    expect(verifyAuditChain(core.db)).toMatchObject({ ok: true });
    expect(core.db.prepare('SELECT count(*) FROM audit_log WHERE case_id = ?').pluck().get(view.caseId)).toBe(9);
  });

  it('keeps an interrupted intake: after a restart it resumes at the same step, data and timer intact', async () => {
    const dataDir = tempDir();
    const first = await openTestCore({ dataDir });
    const desk = await signedIn(first, 'frontDesk');
    const { caseId } = expectOk(await call(first, desk, 'intake.start', { applicantType: 'individual', taxpayerId: individual.id }));
    expectOk(await call(first, desk, 'intake.saveForm', { caseId, patch: { person: { surname: 'Нұрланов' } } }));
    first.clock.advance(45_000);
    first.close(); // the app closes (or crashes) mid-step

    const second = await openTestCore({ dataDir, clock: first.clock });
    second.clock.advance(15_000);
    const again = await signedIn(second, 'frontDesk');
    const open = expectOk(await call(second, again, 'intake.listOpen', {}));
    expect(open).toEqual([expect.objectContaining({ caseId, currentStep: '5.1.a' })]);
    const view = expectOk(await call(second, again, 'intake.get', { caseId }));
    expect(view.currentStep).toBe('5.1.a');
    expect(view.form.person).toEqual({ surname: 'Нұрланов' });
    expect(view.steps[0]).toMatchObject({ status: 'running', activeSeconds: 60 });
    second.close();
  });
});
