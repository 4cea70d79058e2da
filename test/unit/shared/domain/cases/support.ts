// Shared fixtures for the case state machine tests: a small office roster, valid commands, and
// helpers to drive a case into any state along the regulation's normal path.
import { expect } from 'vitest';
import {
  decide,
  initialCase,
  type CaseActor,
  type CaseCommand,
  type CaseEvent,
  type CaseSnapshot,
  type CaseState,
} from '../../../../../shared/domain/cases';

export const desk: CaseActor = { kind: 'officer', id: 1, role: 'frontDesk' };
export const desk2: CaseActor = { kind: 'officer', id: 7, role: 'frontDesk' };
export const proc: CaseActor = { kind: 'officer', id: 2, role: 'processing' };
export const proc2: CaseActor = { kind: 'officer', id: 3, role: 'processing' };
export const head: CaseActor = { kind: 'officer', id: 4, role: 'supervisor' };
export const head2: CaseActor = { kind: 'officer', id: 5, role: 'supervisor' };
export const admin: CaseActor = { kind: 'officer', id: 6, role: 'admin' };
export const system: CaseActor = { kind: 'system' };
export const everyone: readonly CaseActor[] = [desk, desk2, proc, proc2, head, head2, admin, system];

export const hashA = 'a'.repeat(64);
export const hashB = 'b'.repeat(64);

export const cmd = {
  startIntake: { type: 'startIntake', channel: 'office', applicantType: 'individual', taxpayerId: '900101300123' },
  stepA: { type: 'completeIntakeStep', step: '5.1.a' },
  stepB: { type: 'completeIntakeStep', step: '5.1.b' },
  stepC: { type: 'completeIntakeStep', step: '5.1.c' },
  stepD: { type: 'completeIntakeStep', step: '5.1.d' },
  stepE: { type: 'completeIntakeStep', step: '5.1.e' },
  stepF: { type: 'completeIntakeStep', step: '5.1.f' },
  registryMatch: { type: 'recordRegistryCheck', result: 'match' },
  registryMismatch: { type: 'recordRegistryCheck', result: 'mismatch' },
  decline: { type: 'declineAcceptance', reasonCode: 'incompleteDocuments', note: 'No power of attorney' },
  register: { type: 'register', registrationNumber: 'KZ-2026-000123', registeredOn: '2026-03-02', deadline: '2026-03-17', regulationVersion: '2015.1' },
  receive: {
    type: 'receiveElectronic',
    channel: 'portal',
    applicantType: 'legalEntity',
    taxpayerId: '100140011059',
    signatureCheck: 'valid',
    registrationNumber: 'KZ-2026-000124',
    registeredOn: '2026-03-02',
    deadline: '2026-03-17',
    regulationVersion: '2015.1',
  },
  assignSelf: { type: 'assign', officerId: 2 },
  assignProc2: { type: 'assign', officerId: 3 },
  certificate: { type: 'saveDraft', decision: 'certificate', documentHash: hashA },
  refusal: { type: 'saveDraft', decision: 'refusal', documentHash: hashB, refusalGrounds: ['notResident'] },
  submit: { type: 'submitForApproval' },
  approve: { type: 'approve', documentHash: hashA, signatureId: 'sig-1' },
  returnForRework: { type: 'returnForRework', comment: 'Wrong period of stay' },
  ready: { type: 'markReadyForIssue' },
  issue: {
    type: 'issue',
    journalNumber: 'J-17',
    issuedOn: '2026-03-10',
    recipient: { fullName: 'Сейткали Айгерім', documentName: 'identity card', documentNumber: '041234567', documentSeries: null },
  },
  sendBack: { type: 'sendBack' },
  withdraw: { type: 'withdraw', note: 'Applicant withdrew in writing' },
} satisfies Record<string, CaseCommand>;

export type Step = readonly [CaseCommand, CaseActor];

/** Runs the steps, failing the test on the first refusal; returns the final case and its log. */
export function run(steps: readonly Step[], from: CaseSnapshot = initialCase()): { snapshot: CaseSnapshot; events: CaseEvent[] } {
  let snapshot = from;
  const events: CaseEvent[] = [];
  for (const [command, actor] of steps) {
    const result = decide(snapshot, command, actor);
    if (!result.ok) expect.fail(`${command.type} refused: ${result.reason}`);
    snapshot = result.next;
    events.push(result.event);
  }
  return { snapshot, events };
}

const intake: Step[] = [[cmd.startIntake, desk]];
const checked: Step[] = [...intake, [cmd.stepA, desk], [cmd.stepB, desk], [cmd.registryMatch, desk], [cmd.stepC, desk]];
const registered: Step[] = [...checked, [cmd.register, desk]];
const inProcessing: Step[] = [...registered, [cmd.assignSelf, proc]];
const drafted: Step[] = [...inProcessing, [cmd.certificate, proc]];
const awaiting: Step[] = [...drafted, [cmd.submit, proc]];
const approved: Step[] = [...awaiting, [cmd.approve, head]];

/** The normal office-channel path to each state (electronic ones via `electronicPath`). */
export const officePath: Record<Exclude<CaseState, 'sentBack'>, readonly Step[]> = {
  new: [],
  intake,
  declined: [...intake, [cmd.decline, desk]],
  registered,
  inProcessing,
  decisionDrafted: drafted,
  awaitingApproval: awaiting,
  returnedForRework: [...awaiting, [cmd.returnForRework, head]],
  approved,
  readyForIssue: [...approved, [cmd.ready, desk]],
  issued: [...approved, [cmd.ready, desk], [cmd.issue, desk]],
  withdrawn: [...registered, [cmd.withdraw, desk]],
};

/** The intake steps all completed and the registry matched: ready for §5.1.d. */
export const readyToRegister = checked;

export function electronicPath(until: 'registered' | 'inProcessing' | 'awaitingApproval' | 'approved' | 'sentBack'): Step[] {
  const steps: Step[] = [[cmd.receive, system]];
  if (until === 'registered') return steps;
  steps.push([cmd.assignSelf, proc]);
  if (until === 'inProcessing') return steps;
  steps.push([cmd.certificate, proc], [cmd.submit, proc]);
  if (until === 'awaitingApproval') return steps;
  steps.push([cmd.approve, head]);
  if (until === 'approved') return steps;
  steps.push([cmd.sendBack, system]);
  return steps;
}

export const caseIn = (state: Exclude<CaseState, 'sentBack'>): CaseSnapshot => run(officePath[state]).snapshot;
export const electronicCaseIn = (state: Parameters<typeof electronicPath>[0]): CaseSnapshot => run(electronicPath(state)).snapshot;
