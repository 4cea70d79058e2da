// The receiving side of sync: events are accepted only if `decide` would have produced them.
import { describe, expect, it } from 'vitest';
import {
  commandOf,
  initialCase,
  isCaseEvent,
  reasonMessages,
  validateEvent,
  type CaseEvent,
} from '../../../../../shared/domain/cases';
import { sameJson } from '../../../../../shared/domain/cases/verify';
import { caseIn, cmd, desk, head, proc, readyToRegister, run, system, type Step } from './support';

describe('validateEvent', () => {
  it('accepts every event of a whole life cycle, in both channels', () => {
    const office: Step[] = [
      [cmd.startIntake, desk], [cmd.stepA, desk], [cmd.stepB, desk], [cmd.registryMatch, desk], [cmd.stepC, desk],
      [cmd.register, desk], [cmd.stepE, desk], [cmd.assignSelf, proc], [cmd.refusal, proc], [cmd.submit, proc],
      [cmd.returnForRework, head], [cmd.certificate, proc], [cmd.submit, proc], [cmd.approve, head], [cmd.ready, desk],
      [cmd.issue, desk],
    ];
    const electronic: Step[] = [[cmd.receive, system], [cmd.assignSelf, proc], [cmd.withdraw, proc]];
    const declined: Step[] = [[cmd.startIntake, desk], [cmd.decline, desk]];
    const sent: Step[] = [[cmd.receive, system], [cmd.assignSelf, proc], [cmd.certificate, proc], [cmd.submit, proc], [cmd.approve, head], [cmd.sendBack, system]];
    for (const steps of [office, electronic, declined, sent]) {
      const { events } = run(steps);
      let s = initialCase();
      events.forEach((event, i) => {
        const result = validateEvent(s, event, steps[i]![1]);
        if (!result.ok) expect.fail(`${event.type}: ${result.reason}`);
        expect(result.event).toEqual(event);
        s = result.next;
      });
    }
  });

  it('rejects a draft claimed by someone other than the pushing officer', () => {
    const event: CaseEvent = { type: 'case.draftSaved', decision: 'certificate', documentHash: cmd.certificate.documentHash, refusalGrounds: [], draftedBy: 3 };
    expect(validateEvent(caseIn('inProcessing'), event, proc)).toEqual({ ok: false, reason: 'eventMismatch', message: reasonMessages.eventMismatch });
  });

  it('rejects a certificate carrying refusal grounds', () => {
    const grounds: CaseEvent = { type: 'case.draftSaved', decision: 'certificate', documentHash: cmd.certificate.documentHash, refusalGrounds: ['x'], draftedBy: 2 };
    expect(validateEvent(caseIn('inProcessing'), grounds, proc)).toMatchObject({ reason: 'eventMismatch' });
  });

  it('rejects malformed events: extra fields, unknown types, wrong shapes, non-objects', () => {
    const ready = run(readyToRegister).snapshot;
    const malformed = { ok: false, reason: 'malformedEvent', message: reasonMessages.malformedEvent };
    expect(validateEvent(ready, { ...cmd.register, type: 'case.registered', injected: true }, desk)).toEqual(malformed);
    expect(validateEvent(ready, { type: 'step.started', step: '5.1.a', at: '2026-03-02T09:00:00Z' }, desk)).toEqual(malformed);
    expect(validateEvent(ready, { type: 'case.registered', registrationNumber: 1 }, desk)).toEqual(malformed);
    expect(validateEvent(ready, 'case.registered', desk)).toEqual(malformed);
    expect(validateEvent(ready, { ...cmd.register, type: 'case.registered' }, desk)).toMatchObject({ ok: true });
  });

  it('passes the refusal through when the command itself is illegal', () => {
    const approved: CaseEvent = { type: 'case.approved', documentHash: cmd.approve.documentHash, signatureId: 's', approvedBy: 2 };
    expect(validateEvent(caseIn('awaitingApproval'), approved, proc)).toMatchObject({ ok: false, reason: 'wrongRole' });
  });

  it('commandOf restores the command an event came from', () => {
    expect(commandOf({ type: 'case.withdrawn', note: 'n' })).toEqual({ type: 'withdraw', note: 'n' });
    expect(commandOf({ type: 'case.registered', registrationNumber: 'n', registeredOn: 'a', deadline: 'b', regulationVersion: 'v' })).toEqual({
      type: 'register', registrationNumber: 'n', registeredOn: 'a', deadline: 'b', regulationVersion: 'v',
    });
  });
});

describe('isCaseEvent', () => {
  it('tells case transitions from other per-case events such as step timers', () => {
    expect(isCaseEvent({ type: 'case.sentBack' })).toBe(true);
    expect(isCaseEvent({ type: 'step.started' })).toBe(false);
  });
});

describe('sameJson', () => {
  it('compares JSON values structurally, ignoring key order', () => {
    expect(sameJson({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: 1, c: 2 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson({}, null)).toBe(false);
    expect(sameJson('a', 'a')).toBe(true);
    expect(sameJson(1, '1')).toBe(false);
  });
});
