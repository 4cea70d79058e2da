// One example per transition of the case state machine: the resulting state, the event, and the
// snapshot data each transition records.
import { describe, expect, it } from 'vitest';
import {
  apply,
  decide,
  initialCase,
  replay,
  type CaseActor,
  type CaseCommand,
  type CaseSnapshot,
  type CaseState,
} from '../../../../../shared/domain/cases';
import { caseIn, cmd, desk, electronicCaseIn, hashB, head, head2, proc, proc2, run, system } from './support';

type Row = [label: string, from: () => CaseSnapshot, command: CaseCommand, actor: CaseActor, to: CaseState, event: string];

const rows: Row[] = [
  ['start intake at the desk', () => initialCase(), cmd.startIntake, desk, 'intake', 'case.intakeStarted'],
  ['receive an electronic application', () => initialCase(), cmd.receive, system, 'registered', 'case.electronicReceived'],
  ['complete §5.1.a', () => caseIn('intake'), cmd.stepA, desk, 'intake', 'case.intakeStepCompleted'],
  ['record the §5.1.c registry check', () => caseIn('intake'), cmd.registryMatch, desk, 'intake', 'case.registryChecked'],
  ['decline acceptance (§5.1.b)', () => caseIn('intake'), cmd.decline, desk, 'declined', 'case.acceptanceDeclined'],
  ['complete §5.1.e after registration', () => caseIn('registered'), cmd.stepE, desk, 'registered', 'case.intakeStepCompleted'],
  ['complete §5.1.e while in processing', () => caseIn('inProcessing'), cmd.stepE, desk, 'inProcessing', 'case.intakeStepCompleted'],
  ['complete §5.1.e once approved', () => caseIn('approved'), cmd.stepE, desk, 'approved', 'case.intakeStepCompleted'],
  ['complete §5.1.e at the window', () => caseIn('readyForIssue'), cmd.stepE, desk, 'readyForIssue', 'case.intakeStepCompleted'],
  ['self-assign a registered case', () => caseIn('registered'), cmd.assignSelf, proc, 'inProcessing', 'case.assigned'],
  ['supervisor assigns a registered case', () => caseIn('registered'), cmd.assignProc2, head, 'inProcessing', 'case.assigned'],
  ['supervisor reassigns in processing', () => caseIn('inProcessing'), cmd.assignProc2, head, 'inProcessing', 'case.assigned'],
  ['supervisor reassigns a drafted case', () => caseIn('decisionDrafted'), cmd.assignProc2, head, 'decisionDrafted', 'case.assigned'],
  ['supervisor reassigns a returned case', () => caseIn('returnedForRework'), cmd.assignProc2, head, 'returnedForRework', 'case.assigned'],
  ['draft a certificate', () => caseIn('inProcessing'), cmd.certificate, proc, 'decisionDrafted', 'case.draftSaved'],
  ['draft a refusal', () => caseIn('inProcessing'), cmd.refusal, proc, 'decisionDrafted', 'case.draftSaved'],
  ['replace a draft', () => caseIn('decisionDrafted'), cmd.refusal, proc, 'decisionDrafted', 'case.draftSaved'],
  ['rework a returned draft', () => caseIn('returnedForRework'), cmd.refusal, proc, 'decisionDrafted', 'case.draftSaved'],
  ['submit for approval', () => caseIn('decisionDrafted'), cmd.submit, proc, 'awaitingApproval', 'case.submittedForApproval'],
  ['approve (EDS and seal)', () => caseIn('awaitingApproval'), cmd.approve, head, 'approved', 'case.approved'],
  ['return for rework', () => caseIn('awaitingApproval'), cmd.returnForRework, head, 'returnedForRework', 'case.returnedForRework'],
  ['front desk marks ready for issue', () => caseIn('approved'), cmd.ready, desk, 'readyForIssue', 'case.markedReadyForIssue'],
  ['processing marks ready for issue', () => caseIn('approved'), cmd.ready, proc, 'readyForIssue', 'case.markedReadyForIssue'],
  ['issue against signature (§5.3)', () => caseIn('readyForIssue'), cmd.issue, desk, 'issued', 'case.issued'],
  ['system sends an electronic result back', () => electronicCaseIn('approved'), cmd.sendBack, system, 'sentBack', 'case.sentBack'],
  ['processing sends an electronic result back', () => electronicCaseIn('approved'), cmd.sendBack, proc, 'sentBack', 'case.sentBack'],
  ['withdraw during intake', () => caseIn('intake'), cmd.withdraw, desk, 'withdrawn', 'case.withdrawn'],
  ['withdraw once registered', () => caseIn('registered'), cmd.withdraw, desk, 'withdrawn', 'case.withdrawn'],
  ['withdraw in processing', () => caseIn('inProcessing'), cmd.withdraw, proc, 'withdrawn', 'case.withdrawn'],
  ['withdraw with a draft', () => caseIn('decisionDrafted'), cmd.withdraw, proc, 'withdrawn', 'case.withdrawn'],
  ['withdraw while awaiting approval', () => caseIn('awaitingApproval'), cmd.withdraw, desk, 'withdrawn', 'case.withdrawn'],
  ['withdraw when returned', () => caseIn('returnedForRework'), cmd.withdraw, proc, 'withdrawn', 'case.withdrawn'],
  ['withdraw an electronic application', () => electronicCaseIn('inProcessing'), cmd.withdraw, proc, 'withdrawn', 'case.withdrawn'],
];

describe('case transitions', () => {
  it.each(rows)('%s', (_label, from, command, actor, to, eventType) => {
    const before = from();
    const frozen = JSON.stringify(before);
    const result = decide(before, command, actor);
    if (!result.ok) expect.fail(`refused: ${result.reason}`);
    expect(result.next.state).toBe(to);
    expect(result.event.type).toBe(eventType);
    expect(result.next.version).toBe(before.version + 1);
    // decide and apply agree, events survive JSON, and the input is untouched.
    expect(apply(before, result.event)).toEqual(result.next);
    expect(JSON.parse(JSON.stringify(result.event))).toEqual(result.event);
    expect(JSON.stringify(before)).toBe(frozen);
  });
});

describe('what transitions record', () => {
  it('starts an office case with the applicant and taxpayer', () => {
    const s = caseIn('intake');
    expect(s).toMatchObject({ channel: 'office', applicantType: 'individual', taxpayerId: '900101300123', signatureCheck: null });
  });

  it('registration adds §5.1.d and the number, date, deadline and regulation version', () => {
    const s = caseIn('registered');
    expect(s.completedSteps).toEqual(['5.1.a', '5.1.b', '5.1.c', '5.1.d']);
    expect(s.registration).toEqual({ number: 'KZ-2026-000123', registeredOn: '2026-03-02', deadline: '2026-03-17', regulationVersion: '2015.1' });
  });

  it('§5.1.e–f after registration are recorded without changing state', () => {
    const { snapshot } = run([
      [cmd.stepE, desk],
      [cmd.stepF, desk],
    ], caseIn('registered'));
    expect(snapshot.state).toBe('registered');
    expect(snapshot.completedSteps).toEqual(['5.1.a', '5.1.b', '5.1.c', '5.1.d', '5.1.e', '5.1.f']);
  });

  it('an electronic case arrives registered, with its signature verdict and no intake steps', () => {
    const s = electronicCaseIn('registered');
    expect(s).toMatchObject({ state: 'registered', channel: 'portal', signatureCheck: 'valid', completedSteps: [], assignee: null });
    expect(s.registration?.number).toBe('KZ-2026-000124');
  });

  it('an electronic case with an invalid EDS is still registered (it must be answered by a refusal)', () => {
    const s = run([[{ ...cmd.receive, signatureCheck: 'invalid' }, system]]).snapshot;
    expect(s).toMatchObject({ state: 'registered', signatureCheck: 'invalid' });
    const answered = run([[cmd.assignSelf, proc], [cmd.refusal, proc]], s).snapshot;
    expect(answered.draft?.decision).toBe('refusal');
  });

  it('a draft records its drafter, hash and grounds; a certificate drops grounds sent along', () => {
    const refusal = run([[cmd.refusal, proc]], caseIn('inProcessing')).snapshot;
    expect(refusal.draft).toEqual({ decision: 'refusal', documentHash: hashB, refusalGrounds: ['notResident'], draftedBy: 2 });
    const certificate = run([[{ ...cmd.certificate, refusalGrounds: ['stray'] }, proc]], caseIn('inProcessing')).snapshot;
    expect(certificate.draft?.refusalGrounds).toEqual([]);
  });

  it('approval is bound to the drafted hash and records the approver', () => {
    const s = caseIn('approved');
    expect(s.approval).toEqual({ documentHash: s.draft?.documentHash, signatureId: 'sig-1', approvedBy: 4 });
  });

  it('a return keeps the draft and the comment; a resubmission after rework can be approved', () => {
    const returned = caseIn('returnedForRework');
    expect(returned.reworkComment).toBe('Wrong period of stay');
    expect(returned.draft?.documentHash).toBeDefined();
    const approved = run([
      [cmd.refusal, proc],
      [cmd.submit, proc],
      [{ type: 'approve', documentHash: hashB, signatureId: 'sig-2' }, head2],
    ], returned).snapshot;
    expect(approved.approval).toEqual({ documentHash: hashB, signatureId: 'sig-2', approvedBy: 5 });
  });

  it('reassignment moves the case to another officer, who may then draft', () => {
    const s = run([[cmd.assignProc2, head], [cmd.certificate, proc2]], caseIn('inProcessing')).snapshot;
    expect(s.assignee).toBe(3);
    expect(s.draft?.draftedBy).toBe(3);
  });

  it('issuance records the journal entry (Appendix 2)', () => {
    const s = caseIn('issued');
    expect(s.issuance).toEqual({ journalNumber: 'J-17', issuedOn: '2026-03-10', recipient: cmd.issue.recipient });
  });

  it('declining and withdrawing record their reasons', () => {
    expect(caseIn('declined').declined).toEqual({ reasonCode: 'incompleteDocuments', note: 'No power of attorney' });
    expect(caseIn('withdrawn').withdrawal).toEqual({ note: 'Applicant withdrew in writing' });
  });

  it('stray properties on an unvalidated command never reach the event', () => {
    const result = decide(caseIn('intake'), { ...cmd.stepA, extra: 'x' } as CaseCommand, desk);
    expect(result.ok && result.event).toEqual({ type: 'case.intakeStepCompleted', step: '5.1.a' });
  });

  it('a stray channel on an unvalidated command cannot change which channel rules apply', () => {
    const result = decide(caseIn('approved'), { ...cmd.sendBack, channel: 'portal' } as CaseCommand, system);
    expect(result).toMatchObject({ ok: false, reason: 'wrongChannel' });
  });

  it('replays a full office life cycle from its log', () => {
    const { snapshot, events } = run([
      [cmd.startIntake, desk],
      [cmd.stepA, desk],
      [cmd.stepB, desk],
      [cmd.registryMatch, desk],
      [cmd.stepC, desk],
      [cmd.register, desk],
      [cmd.stepE, desk],
      [cmd.stepF, desk],
      [cmd.assignSelf, proc],
      [cmd.certificate, proc],
      [cmd.submit, proc],
      [cmd.returnForRework, head],
      [cmd.certificate, proc],
      [cmd.submit, proc],
      [cmd.approve, head],
      [cmd.ready, desk],
      [cmd.issue, desk],
    ]);
    expect(snapshot.state).toBe('issued');
    expect(snapshot.version).toBe(17);
    expect(replay(events)).toEqual(snapshot);
  });
});
