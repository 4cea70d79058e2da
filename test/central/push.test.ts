// Push: idempotency per mutation id, the shared state machine judging every case event against the
// central copy, the centre's own checks (officer, numbers, office), and the seq/gap rule.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialCase, reasonMessages } from '../../shared/domain/cases';
import type { Mutation } from '../../shared/sync/protocol';
import { startCentral, type RunningCentral } from './index';
import { centralReasons } from './reasons';
import { client, DeskCase, officers, post, seqCounter } from './testClient';

const now = new Date('2026-03-02T05:00:00.000Z');
const registration = (number: string) => ({
  type: 'register' as const,
  registrationNumber: number,
  registeredOn: '2026-03-02',
  deadline: '2026-03-17',
  regulationVersion: 'kz-residency-2015',
});

let sim: RunningCentral;
beforeEach(async () => {
  sim = await startCentral({ clock: () => now, seed: 7 });
});
afterEach(async () => {
  await sim.close();
});

function desk(number = 1, office = '6205') {
  const ws = sim.central.registerWorkstation(office, number);
  const seq = seqCounter();
  const api = client(sim.url, ws);
  const newCase = () => new DeskCase(ws, seq, initialCase());
  return { ws, seq, api, newCase };
}

/** Intake up to registration, as a front desk would log it. */
function intakeMutations(c: DeskCase, number: string): Mutation[] {
  return [
    c.command(officers.frontDesk, { type: 'startIntake', channel: 'office', applicantType: 'individual', taxpayerId: '900314400120' }),
    c.command(officers.frontDesk, { type: 'completeIntakeStep', step: '5.1.a' }),
    c.command(officers.frontDesk, { type: 'completeIntakeStep', step: '5.1.b' }),
    c.command(officers.frontDesk, { type: 'completeIntakeStep', step: '5.1.c' }),
    c.command(officers.frontDesk, { type: 'recordRegistryCheck', result: 'match' }),
    c.command(officers.frontDesk, registration(number)),
  ];
}

describe('push', () => {
  it('applies a desk intake and answers each event with its serverPos', async () => {
    const { api, newCase } = desk();
    const c = newCase();
    const response = await api.push(intakeMutations(c, '6205-2026-0100001'));
    expect(response.results.map((r) => [r.status, r.serverPos])).toEqual([1, 2, 3, 4, 5, 6].map((n) => ['applied', n]));
    expect(response.serverTime).toBe(now.toISOString());
    expect(sim.central.cases()).toEqual([
      { caseId: c.id, officeCode: '6205', state: 'registered', eventCount: 6, transitions: 6, registrationNumber: '6205-2026-0100001' },
    ]);
  });

  it('answers a byte-identical retry as duplicate (with the original serverPos) and a different payload as conflict', async () => {
    const { api, newCase } = desk();
    const c = newCase();
    const [start] = intakeMutations(c, '6205-2026-0100001') as [Mutation];
    expect((await api.push([start])).results[0]).toEqual({ mutationId: start.mutationId, status: 'applied', serverPos: 1 });
    // Same content with keys in another order is the same canonical JSON.
    const reverse = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;
    const reordered = { ...reverse(start), payload: reverse(start.payload) };
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(start));
    expect((await api.push([reordered])).results[0]).toEqual({ mutationId: start.mutationId, status: 'duplicate', serverPos: 1 });
    const altered = { ...start, createdAt: '2026-03-02T05:00:01.000Z' };
    const conflict = (await api.push([altered])).results[0];
    expect(conflict).toMatchObject({ mutationId: start.mutationId, status: 'rejected', code: 'conflict', message: centralReasons.conflict });
    // The conflicting copy changed nothing, and the original still answers duplicate.
    expect(sim.central.cases()[0]?.eventCount).toBe(1);
    expect((await api.push([start])).results[0]?.status).toBe('duplicate');
  });

  it("rejects an illegal transition with the state machine's reason and kk/ru message, records it, and goes on with the batch", async () => {
    const { api, newCase } = desk();
    const c = newCase();
    const start = c.command(officers.frontDesk, { type: 'startIntake', channel: 'office', applicantType: 'individual', taxpayerId: '900314400120' });
    // Registration before §5.1.a–c: a broken desk would send this; the machine refuses it.
    const { type: _command, ...data } = registration('6205-2026-0100001');
    const early = c.mutation(officers.frontDesk, { type: 'case.registered', ...data });
    const stepA = c.command(officers.frontDesk, { type: 'completeIntakeStep', step: '5.1.a' });
    const results = (await api.push([start, early, stepA])).results;
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied']);
    expect(results[1]).toEqual({ mutationId: early.mutationId, status: 'rejected', code: 'stepsIncomplete', message: reasonMessages.stepsIncomplete });
    expect(results[2]?.serverPos).toBe(2);
    // A retry gets the same answer, not 'duplicate' and not a second judgement.
    expect((await api.push([early])).results[0]).toEqual(results[1]);
    expect(sim.central.cases()[0]).toMatchObject({ state: 'intake', eventCount: 2 });
  });

  it('judges the event against the pushing officer: a forged draftedBy is eventMismatch, a wrong role is wrongRole', async () => {
    const { api, newCase } = desk();
    const c = newCase();
    await api.push(intakeMutations(c, '6205-2026-0100001'));
    const assign = c.command(officers.processing, { type: 'assign', officerId: officers.processing.id });
    expect((await api.push([assign])).results[0]?.status).toBe('applied');
    const forged = c.mutation(officers.processing, { type: 'case.draftSaved', decision: 'certificate', documentHash: 'a'.repeat(64), refusalGrounds: [], draftedBy: 3 });
    expect((await api.push([forged])).results[0]).toMatchObject({ status: 'rejected', code: 'eventMismatch', message: reasonMessages.eventMismatch });
    const other = newCase();
    const byAdmin = other.mutation(officers.admin, { type: 'case.intakeStarted', channel: 'office', applicantType: 'individual', taxpayerId: '900314400120' });
    expect((await api.push([byAdmin])).results[0]).toMatchObject({ status: 'rejected', code: 'wrongRole' });
    const malformed = other.mutation(officers.frontDesk, { type: 'case.intakeStarted', channel: 'portal' });
    expect((await api.push([malformed])).results[0]).toMatchObject({ status: 'rejected', code: 'malformedEvent' });
  });

  it('rejects a mutation without a known, active officer of the office', async () => {
    const { api, newCase } = desk();
    const c = newCase();
    const base = c.command(officers.frontDesk, { type: 'startIntake', channel: 'office', applicantType: 'individual', taxpayerId: '900314400120' });
    const variants: Mutation[] = [
      { ...base, mutationId: randomUUID(), seq: 101, officer: null },
      { ...base, mutationId: randomUUID(), seq: 102, officer: { id: 99, iin: officers.frontDesk.iin } },
      { ...base, mutationId: randomUUID(), seq: 103, officer: { id: 1, iin: '111111111111' } },
    ];
    const other = sim.central.addOfficer({ officeCode: '6202', login: 'x', fullName: 'Басқа Адам', shortName: 'Басқа А.', iin: '880101300123', role: 'frontDesk' });
    variants.push({ ...base, mutationId: randomUUID(), seq: 104, officer: { id: other.id, iin: other.iin } });
    const results = (await api.push(variants)).results;
    // Only the system's receipt of an electronic application may name no officer.
    expect(results.map((r) => r.code)).toEqual(['unknownOfficer', 'unknownOfficer', 'unknownOfficer', 'unknownOfficer']);
    sim.central.setOfficerActive(1, false);
    expect((await api.push([base])).results[0]).toMatchObject({ status: 'rejected', code: 'inactiveOfficer' });
    expect(sim.central.cases()).toEqual([]);
  });

  it('gap rule: seq may skip, a late lower seq with a new id is processed, a reused seq is seqConflict; a batch runs in seq order', async () => {
    const { api, newCase } = desk();
    const first = newCase();
    const startFirst = { ...first.command(officers.frontDesk, { type: 'startIntake', channel: 'office', applicantType: 'individual', taxpayerId: '900314400120' }), seq: 10 };
    expect((await api.push([startFirst])).results[0]?.status).toBe('applied');
    const second = newCase();
    const startSecond = { ...second.command(officers.frontDesk, { type: 'startIntake', channel: 'office', applicantType: 'legalEntity', taxpayerId: '080740001205' }), seq: 5 };
    expect((await api.push([startSecond])).results[0]?.status).toBe('applied');
    const reuse = { ...first.command(officers.frontDesk, { type: 'completeIntakeStep', step: '5.1.a' }), seq: 10 };
    expect((await api.push([reuse])).results[0]).toMatchObject({ status: 'rejected', code: 'seqConflict', message: centralReasons.seqConflict });
    // Out of order inside one batch: processed by seq, answered in request order.
    const third = newCase();
    const a = { ...third.command(officers.frontDesk, { type: 'startIntake', channel: 'office', applicantType: 'individual', taxpayerId: '900314400120' }), seq: 20 };
    const b = { ...third.command(officers.frontDesk, { type: 'completeIntakeStep', step: '5.1.a' }), seq: 21 };
    const results = (await api.push([b, a])).results;
    expect(results.map((r) => [r.mutationId, r.status, r.serverPos])).toEqual([
      [b.mutationId, 'applied', 2],
      [a.mutationId, 'applied', 1],
    ]);
  });

  it('keeps auxiliary facts in the case log without changing state, and only for an existing case', async () => {
    const { api, newCase } = desk();
    const c = newCase();
    const start = c.command(officers.frontDesk, { type: 'startIntake', channel: 'office', applicantType: 'individual', taxpayerId: '900314400120' });
    const step = c.mutation(officers.frontDesk, { type: 'step.started', step: '5.1.a', at: '2026-03-02T05:00:00.000Z' });
    const orphan = newCase().mutation(officers.frontDesk, { type: 'intake.formSaved', patch: {} });
    const bad = c.mutation(officers.frontDesk, { type: 'no dots here' });
    const results = (await api.push([start, step, orphan, bad])).results;
    expect(results.map((r) => r.code ?? r.serverPos)).toEqual([1, 2, 'unknownCase', 'malformedMutation']);
    expect(sim.central.cases()[0]).toMatchObject({ state: 'intake', eventCount: 2, transitions: 1 });
    expect(sim.central.caseLog(c.id).map((e) => e.type)).toEqual(['case.intakeStarted', 'step.started']);
  });

  it("refuses a payload that is not the workstation's own envelope, and an event pushed twice under new ids", async () => {
    const { api, newCase } = desk();
    const c = newCase();
    const start = c.command(officers.frontDesk, { type: 'startIntake', channel: 'office', applicantType: 'individual', taxpayerId: '900314400120' });
    const foreignWs = { ...start, mutationId: randomUUID(), seq: 50, payload: { ...start.payload, workstationId: randomUUID() } };
    const wrongCase = { ...start, mutationId: randomUUID(), seq: 51, payload: { ...start.payload, caseId: randomUUID() } };
    const extraField = { ...start, mutationId: randomUUID(), seq: 52, payload: { ...start.payload, surprise: true } };
    const results = (await api.push([foreignWs, wrongCase, extraField, start])).results;
    expect(results.map((r) => r.code ?? r.status)).toEqual(['malformedMutation', 'malformedMutation', 'malformedMutation', 'applied']);
    const again = { ...start, mutationId: randomUUID(), seq: 53 };
    expect((await api.push([again])).results[0]).toMatchObject({ status: 'rejected', code: 'duplicateEvent' });
  });

  it("keeps offices apart: another office's workstation cannot see or change a case", async () => {
    const here = desk(1, '6205');
    const c = here.newCase();
    await here.api.push([c.command(officers.frontDesk, { type: 'startIntake', channel: 'office', applicantType: 'individual', taxpayerId: '900314400120' })]);
    const officer = sim.central.addOfficer({ officeCode: '6202', login: 'fd', fullName: 'Сәрсенова Айгүл', shortName: 'Сәрсенова А.', iin: '880101400321', role: 'frontDesk' });
    const there = desk(1, '6202');
    const intruder = new DeskCase(there.ws, there.seq, c.snapshot, c.id);
    const step = intruder.mutation({ id: officer.id, iin: officer.iin, role: 'frontDesk' }, { type: 'case.intakeStepCompleted', step: '5.1.a' });
    expect((await there.api.push([step])).results[0]).toMatchObject({ status: 'rejected', code: 'unknownCase' });
    expect(sim.central.cases()[0]).toMatchObject({ officeCode: '6205', eventCount: 1 });
  });

  it("accepts registration numbers only from the workstation's own range, each once", async () => {
    const ws1 = desk(1);
    const ws2 = desk(2);
    const results: (string | undefined)[] = [];
    for (const [d, number] of [
      [ws1, '6205-2026-0200001'], // workstation 2's range
      [ws1, '6202-2026-0100001'], // another office
      [ws1, '6205-2025-0100001'], // another year
      [ws1, '6205-2026-0100001'],
      [ws2, '6205-2026-0200001'],
    ] as const) {
      const c = d.newCase();
      const answer = await d.api.push(intakeMutations(c, number));
      results.push(answer.results.at(-1)?.code ?? answer.results.at(-1)?.status);
    }
    expect(results).toEqual(['foreignNumber', 'foreignNumber', 'foreignNumber', 'applied', 'applied']);
    const c = ws1.newCase();
    const dup = await ws1.api.push(intakeMutations(c, '6205-2026-0100001'));
    expect(dup.results.at(-1)).toMatchObject({ status: 'rejected', code: 'duplicateNumber' });
  });

  it('stores document and journal records for a case of the office', async () => {
    const { api, newCase, ws, seq } = desk();
    const c = newCase();
    await api.push([c.command(officers.frontDesk, { type: 'startIntake', channel: 'office', applicantType: 'individual', taxpayerId: '900314400120' })]);
    const record = (kind: Mutation['kind'], caseId: string | null): Mutation => ({
      mutationId: randomUUID(),
      seq: seq(),
      kind,
      caseId,
      officer: { id: 1, iin: officers.frontDesk.iin },
      createdAt: now.toISOString(),
      payload: { documentId: randomUUID(), workstationId: ws.id },
    });
    const results = (await api.push([record('document.stored', c.id), record('journal.entry', null), record('document.stored', randomUUID())])).results;
    expect(results.map((r) => r.code ?? r.status)).toEqual(['applied', 'applied', 'unknownCase']);
  });

  it('answers 401 to a wrong credential and changes nothing', async () => {
    const { ws, newCase } = desk();
    const c = newCase();
    const body = JSON.stringify({ protocol: 1, workstationId: ws.id, mutations: intakeMutations(c, '6205-2026-0100001') });
    for (const authorization of [`Bearer ${ws.id}:wrong`, `Bearer ${randomUUID()}:${ws.secret}`, 'Basic abc', '']) {
      const answer = await post(sim.url, '/v1/push', body, { Authorization: authorization, 'Content-Type': 'application/json' });
      expect(answer.status).toBe(401);
    }
    expect(sim.central.stats().mutations).toBe(0);
  });
});
