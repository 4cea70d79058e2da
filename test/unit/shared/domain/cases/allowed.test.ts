// What the UI may offer each actor in each state, and the next intake step.
import { describe, expect, it } from 'vitest';
import { allowedCommands, caseStates, nextIntakeStep, terminalStates, type CaseActor } from '../../../../../shared/domain/cases';
import { admin, caseIn, cmd, desk, electronicCaseIn, everyone, head, proc, proc2, readyToRegister, run, system } from './support';

const procAsHead: CaseActor = { kind: 'officer', id: 2, role: 'supervisor' };

describe('allowedCommands', () => {
  it('a case that does not exist yet can only be started or received', () => {
    const s = run([]).snapshot;
    expect(allowedCommands(s, desk)).toEqual(['startIntake']);
    expect(allowedCommands(s, system)).toEqual(['receiveElectronic']);
    expect(allowedCommands(s, proc)).toEqual([]);
  });

  it('fresh intake: the next step, the registry check, declining, withdrawing — not registering yet', () => {
    expect(allowedCommands(caseIn('intake'), desk)).toEqual(['completeIntakeStep', 'recordRegistryCheck', 'declineAcceptance', 'withdraw']);
  });

  it('intake with §5.1.a–c done and the registry matched: registration, no further step', () => {
    expect(allowedCommands(run(readyToRegister).snapshot, desk)).toEqual(['recordRegistryCheck', 'declineAcceptance', 'register', 'withdraw']);
  });

  it('registered at the office: §5.1.e–f for the desk, assignment for processing and supervisors', () => {
    const s = caseIn('registered');
    expect(allowedCommands(s, desk)).toEqual(['completeIntakeStep', 'withdraw']);
    expect(allowedCommands(s, proc)).toEqual(['assign', 'withdraw']);
    expect(allowedCommands(s, head)).toEqual(['assign']);
    const stepsDone = run([[cmd.stepE, desk], [cmd.stepF, desk]], s).snapshot;
    expect(allowedCommands(stepsDone, desk)).toEqual(['withdraw']);
  });

  it('in processing: only the assignee drafts; only a supervisor reassigns', () => {
    const s = caseIn('inProcessing');
    expect(allowedCommands(s, proc)).toEqual(['saveDraft', 'withdraw']);
    expect(allowedCommands(s, proc2)).toEqual(['withdraw']);
    expect(allowedCommands(s, head)).toEqual(['assign']);
  });

  it('awaiting approval: the drafter cannot approve even with a supervisor session', () => {
    const s = caseIn('awaitingApproval');
    expect(allowedCommands(s, head)).toEqual(['approve', 'returnForRework']);
    expect(allowedCommands(s, procAsHead)).toEqual(['returnForRework']);
  });

  it('approved: to the window at the office, back through the channel otherwise', () => {
    expect(allowedCommands(caseIn('approved'), desk)).toEqual(['completeIntakeStep', 'markReadyForIssue']);
    expect(allowedCommands(caseIn('approved'), system)).toEqual([]);
    expect(allowedCommands(electronicCaseIn('approved'), system)).toEqual(['sendBack']);
    expect(allowedCommands(electronicCaseIn('approved'), proc)).toEqual(['sendBack']);
    expect(allowedCommands(electronicCaseIn('approved'), desk)).toEqual([]);
  });

  it('an admin is offered nothing anywhere', () => {
    for (const state of caseStates.filter((s) => s !== 'sentBack')) expect(allowedCommands(caseIn(state), admin)).toEqual([]);
  });

  it('terminal cases offer nothing to anyone', () => {
    const terminal = [caseIn('declined'), caseIn('issued'), caseIn('withdrawn'), electronicCaseIn('sentBack')];
    expect(terminal.map((s) => s.state).sort()).toEqual([...terminalStates].sort());
    for (const s of terminal) for (const actor of everyone) expect(allowedCommands(s, actor)).toEqual([]);
  });
});

describe('nextIntakeStep', () => {
  it('walks §5.1.a–c at intake, nothing for §5.1.d, then §5.1.e–f', () => {
    expect(nextIntakeStep(caseIn('intake'))).toBe('5.1.a');
    expect(nextIntakeStep(run([[cmd.startIntake, desk], [cmd.stepA, desk]]).snapshot)).toBe('5.1.b');
    expect(nextIntakeStep(run(readyToRegister).snapshot)).toBeNull();
    expect(nextIntakeStep(caseIn('registered'))).toBe('5.1.e');
    expect(nextIntakeStep(run([[cmd.stepE, desk]], caseIn('registered')).snapshot)).toBe('5.1.f');
    expect(nextIntakeStep(run([[cmd.stepE, desk], [cmd.stepF, desk]], caseIn('registered')).snapshot)).toBeNull();
  });

  it('has nothing to offer for electronic cases or before a case exists', () => {
    expect(nextIntakeStep(electronicCaseIn('registered'))).toBeNull();
    expect(nextIntakeStep(caseIn('new'))).toBeNull();
  });
});
