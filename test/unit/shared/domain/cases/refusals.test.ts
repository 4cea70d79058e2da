// One or more examples of every refusal reason, the order in which guards are checked, and the
// kk/ru messages that come with each reason.
import { describe, expect, it } from 'vitest';
import {
  decide,
  initialCase,
  reasonCodes,
  reasonMessages,
  type CaseActor,
  type CaseCommand,
  type CaseSnapshot,
  type ReasonCode,
} from '../../../../../shared/domain/cases';
import {
  admin,
  caseIn,
  cmd,
  desk,
  electronicCaseIn,
  hashA,
  hashB,
  head,
  head2,
  proc,
  proc2,
  readyToRegister,
  run,
  system,
} from './support';

type Row = [label: string, from: () => CaseSnapshot, command: CaseCommand, actor: CaseActor, reason: ReasonCode];

const intakeWith = (...steps: CaseCommand[]) => () => run([[cmd.startIntake, desk], ...steps.map((c) => [c, desk] as const)]).snapshot;
const ready = () => run(readyToRegister).snapshot;
const invalidEds = () => run([[{ ...cmd.receive, signatureCheck: 'invalid' }, system], [cmd.assignSelf, proc]]).snapshot;
/** An officer who drafted as processing and now holds a supervisor session. */
const procAsHead: CaseActor = { kind: 'officer', id: 2, role: 'supervisor' };

const rows: Row[] = [
  ['any command on an issued case', () => caseIn('issued'), cmd.withdraw, desk, 'terminal'],
  ['any command on a declined case', () => caseIn('declined'), cmd.startIntake, desk, 'terminal'],
  ['any command on a sent-back case', () => electronicCaseIn('sentBack'), cmd.sendBack, system, 'terminal'],
  ['any command on a withdrawn case', () => caseIn('withdrawn'), cmd.assignSelf, proc, 'terminal'],
  ['submitting a case nobody drafted', () => caseIn('registered'), cmd.submit, proc, 'wrongState'],
  ['starting intake twice', () => caseIn('intake'), cmd.startIntake, desk, 'wrongState'],
  ['a command before the case exists', () => initialCase(), cmd.stepA, desk, 'wrongState'],
  ['completing §5.1.d by hand (it is registration)', intakeWith(cmd.stepA, cmd.stepB, cmd.stepC), cmd.stepD, desk, 'wrongState'],
  ['completing §5.1.e before registration', intakeWith(cmd.stepA), cmd.stepE, desk, 'wrongState'],
  ['an unknown step id (unvalidated input)', () => caseIn('registered'), { type: 'completeIntakeStep', step: '5.1.z' } as unknown as CaseCommand, desk, 'wrongState'],
  ['withdrawing a signed result', () => caseIn('approved'), cmd.withdraw, desk, 'wrongState'],
  ['reassigning while awaiting approval', () => caseIn('awaitingApproval'), cmd.assignProc2, head, 'wrongState'],
  ['starting intake for an electronic channel', () => initialCase(), { ...cmd.startIntake, channel: 'portal' }, desk, 'wrongChannel'],
  ['receiving an office application electronically', () => initialCase(), { ...cmd.receive, channel: 'office' }, system, 'wrongChannel'],
  ['sending back an office result', () => caseIn('approved'), cmd.sendBack, system, 'wrongChannel'],
  ['the window for an electronic result', () => electronicCaseIn('approved'), cmd.ready, desk, 'wrongChannel'],
  ['intake steps on an electronic case', () => electronicCaseIn('registered'), cmd.stepE, desk, 'wrongChannel'],
  ['an admin moving a case', () => caseIn('intake'), cmd.stepA, admin, 'wrongRole'],
  ['an admin withdrawing', () => caseIn('registered'), cmd.withdraw, admin, 'wrongRole'],
  ['front desk approving', () => caseIn('awaitingApproval'), cmd.approve, desk, 'wrongRole'],
  ['the system starting intake', () => initialCase(), cmd.startIntake, system, 'wrongRole'],
  ['an officer posing as the central system', () => initialCase(), cmd.receive, desk, 'wrongRole'],
  ['a supervisor drafting a case assigned to someone else', () => caseIn('inProcessing'), cmd.certificate, head, 'notAssignee'],
  ['front desk assigning', () => caseIn('registered'), cmd.assignSelf, desk, 'wrongRole'],
  ['processing taking over a colleague’s case', () => caseIn('inProcessing'), { type: 'assign', officerId: 3 }, proc2, 'wrongRole'],
  ['processing issuing', () => caseIn('readyForIssue'), cmd.issue, proc, 'wrongRole'],
  ['front desk sending back', () => electronicCaseIn('approved'), cmd.sendBack, desk, 'wrongRole'],
  ['drafting on a colleague’s case', () => caseIn('inProcessing'), cmd.certificate, proc2, 'notAssignee'],
  ['submitting a colleague’s draft', () => caseIn('decisionDrafted'), cmd.submit, proc2, 'notAssignee'],
  ['processing assigning someone else', () => caseIn('registered'), cmd.assignProc2, proc, 'selfAssignOnly'],
  ['assigning the current assignee again', () => caseIn('inProcessing'), cmd.assignSelf, head, 'alreadyAssigned'],
  ['registering with no steps done', intakeWith(), cmd.register, desk, 'stepsIncomplete'],
  ['registering without §5.1.c', intakeWith(cmd.stepA, cmd.stepB, cmd.registryMatch), cmd.register, desk, 'stepsIncomplete'],
  ['§5.1.b before §5.1.a', intakeWith(), cmd.stepB, desk, 'stepOutOfOrder'],
  ['§5.1.f before §5.1.e', () => caseIn('registered'), cmd.stepF, desk, 'stepOutOfOrder'],
  ['§5.1.a twice', intakeWith(cmd.stepA), cmd.stepA, desk, 'stepAlreadyCompleted'],
  ['§5.1.c after registration', () => caseIn('registered'), cmd.stepC, desk, 'stepAlreadyCompleted'],
  ['registering without the registry check', intakeWith(cmd.stepA, cmd.stepB, cmd.stepC), cmd.register, desk, 'registryMatchMissing'],
  ['registering after a registry mismatch', intakeWith(cmd.stepA, cmd.stepB, cmd.registryMismatch, cmd.stepC), cmd.register, desk, 'registryMismatch'],
  ['a blank registration number', ready, { ...cmd.register, registrationNumber: ' ' }, desk, 'invalidRegistration'],
  ['a blank regulation version', ready, { ...cmd.register, regulationVersion: '' }, desk, 'invalidRegistration'],
  ['an impossible registration date', ready, { ...cmd.register, registeredOn: '2026-02-30' }, desk, 'invalidRegistration'],
  ['a malformed deadline', ready, { ...cmd.register, deadline: '17.03.2026' }, desk, 'invalidRegistration'],
  ['a deadline before registration', ready, { ...cmd.register, deadline: '2026-03-01' }, desk, 'invalidRegistration'],
  ['an electronic application without a number', () => initialCase(), { ...cmd.receive, registrationNumber: '' }, system, 'invalidRegistration'],
  ['a certificate on an invalid EDS', invalidEds, cmd.certificate, proc, 'invalidSignature'],
  ['an upper-case hash', () => caseIn('inProcessing'), { ...cmd.certificate, documentHash: hashA.toUpperCase() }, proc, 'invalidHash'],
  ['a short hash', () => caseIn('inProcessing'), { ...cmd.certificate, documentHash: 'abc' }, proc, 'invalidHash'],
  ['a refusal with no grounds', () => caseIn('inProcessing'), { type: 'saveDraft', decision: 'refusal', documentHash: hashB }, proc, 'missingGrounds'],
  ['a refusal with an empty list', () => caseIn('inProcessing'), { ...cmd.refusal, refusalGrounds: [] }, proc, 'missingGrounds'],
  ['a refusal with a blank ground', () => caseIn('inProcessing'), { ...cmd.refusal, refusalGrounds: ['notResident', ' '] }, proc, 'missingGrounds'],
  ['declining without a reason', () => caseIn('intake'), { ...cmd.decline, reasonCode: '' }, desk, 'missingGrounds'],
  ['approving a different document', () => caseIn('awaitingApproval'), { ...cmd.approve, documentHash: hashB }, head, 'hashMismatch'],
  ['approving one’s own draft', () => caseIn('awaitingApproval'), cmd.approve, procAsHead, 'selfApproval'],
  ['approving without a signature', () => caseIn('awaitingApproval'), { ...cmd.approve, signatureId: '' }, head, 'missingSignature'],
  ['returning without a comment', () => caseIn('awaitingApproval'), { ...cmd.returnForRework, comment: '  ' }, head, 'emptyComment'],
  ['withdrawing without a note', () => caseIn('registered'), { ...cmd.withdraw, note: '' }, desk, 'emptyComment'],
  ['issuing without a journal number', () => caseIn('readyForIssue'), { ...cmd.issue, journalNumber: '' }, desk, 'missingIssueData'],
  ['issuing to nobody', () => caseIn('readyForIssue'), { ...cmd.issue, recipient: { ...cmd.issue.recipient, fullName: ' ' } }, desk, 'missingIssueData'],
  ['issuing without the identity document number', () => caseIn('readyForIssue'), { ...cmd.issue, recipient: { ...cmd.issue.recipient, documentNumber: '' } }, desk, 'missingIssueData'],
  ['issuing on an impossible date', () => caseIn('readyForIssue'), { ...cmd.issue, issuedOn: '2026-13-01' }, desk, 'missingIssueData'],
  ['issuing before registration', () => caseIn('readyForIssue'), { ...cmd.issue, issuedOn: '2026-03-01' }, desk, 'missingIssueData'],
];

describe('refusals', () => {
  it.each(rows)('%s → %s', (_label, from, command, actor, reason) => {
    const before = from();
    const result = decide(before, command, actor);
    expect(result).toEqual({ ok: false, reason, message: reasonMessages[reason] });
  });

  it('every reason code has an example (the sync-only ones in verify.test.ts)', () => {
    const covered = new Set<ReasonCode>([...rows.map((r) => r[4]), 'eventMismatch', 'malformedEvent']);
    expect([...covered].sort()).toEqual([...reasonCodes].sort());
  });

  it('guards run in a fixed order: terminal, state, channel, role, assignee, data', () => {
    // An admin on an issued case hears "terminal", not "wrong role".
    expect(decide(caseIn('issued'), cmd.issue, admin)).toMatchObject({ reason: 'terminal' });
    // The wrong state is reported before the wrong role.
    expect(decide(caseIn('registered'), cmd.approve, admin)).toMatchObject({ reason: 'wrongState' });
    // The wrong channel before the wrong role.
    expect(decide(caseIn('approved'), cmd.sendBack, admin)).toMatchObject({ reason: 'wrongChannel' });
    // The wrong role before anything about the data.
    expect(decide(caseIn('awaitingApproval'), { ...cmd.approve, documentHash: 'x' }, proc)).toMatchObject({ reason: 'wrongRole' });
    // Not the assignee before a bad hash.
    expect(decide(caseIn('inProcessing'), { ...cmd.certificate, documentHash: 'x' }, proc2)).toMatchObject({ reason: 'notAssignee' });
    // Self-approval before the hash check.
    expect(decide(caseIn('awaitingApproval'), { ...cmd.approve, documentHash: hashB }, procAsHead)).toMatchObject({ reason: 'selfApproval' });
  });
});

describe('reason messages', () => {
  it.each(reasonCodes)('%s has distinct, non-empty Kazakh and Russian texts', (code) => {
    const { kk, ru } = reasonMessages[code];
    expect(kk.trim()).not.toBe('');
    expect(ru.trim()).not.toBe('');
    expect(kk).not.toBe(ru);
  });

  it('no two reasons share a text', () => {
    const texts = Object.values(reasonMessages).flatMap((m) => [m.kk, m.ru]);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('a head deciding a case personally', () => {
  it('may draft and submit a case assigned to them, but another head must sign it', () => {
    let s = caseIn('registered');
    const step = (c: CaseCommand, actor: CaseActor) => {
      const r = decide(s, c, actor);
      if (!r.ok) throw new Error(r.reason);
      s = r.next;
    };
    step({ type: 'assign', officerId: 4 }, head);
    step(cmd.certificate as CaseCommand, head);
    step(cmd.submit as CaseCommand, head);
    expect(decide(s, cmd.approve as CaseCommand, head)).toMatchObject({ ok: false, reason: 'selfApproval' });
    expect(decide(s, cmd.approve as CaseCommand, head2)).toMatchObject({ ok: true });
  });
});
