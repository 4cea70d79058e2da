// Test model of the case state machine: a roster, a valid-command oracle, invariants every snapshot
// must satisfy, and a guided walk, shared by the property-based tests.
import {
  allowedCommands,
  caseStates,
  decide,
  isTerminal,
  nextIntakeStep,
  registeredStates,
  type CaseActor,
  type CaseCommand,
  type CaseSnapshot,
  type CommandType,
} from '../../../../../shared/domain/cases';
import { applicantTypes, electronicChannels, intakeSteps } from '../../../../../shared/domain/types';
import { admin, desk, desk2, hashA, hashB, head, head2, proc, proc2, system } from './support';

/** An officer who drafts as processing and sometimes signs in as supervisor (to meet selfApproval). */
export const procAsHead: CaseActor = { kind: 'officer', id: 2, role: 'supervisor' };
export const roster: readonly CaseActor[] = [desk, desk2, proc, proc2, head, head2, procAsHead, admin, system];

const registration = { registrationNumber: 'KZ-1', registeredOn: '2026-03-02', deadline: '2026-03-17', regulationVersion: '2015.1' };
const pick = <T>(items: readonly T[], variant: number): T => items[variant % items.length]!;

/**
 * A command of the given type with data that should pass every data check, for this case and actor
 * (`variant` chooses among the legitimate options). Used to test that what `allowedCommands` offers
 * can really be done, and to steer random walks deep into the machine.
 */
export function validCommand(type: CommandType, s: CaseSnapshot, actor: CaseActor, variant: number): CaseCommand {
  switch (type) {
    case 'startIntake':
      return { type, channel: 'office', applicantType: pick(applicantTypes, variant), taxpayerId: '900101300123' };
    case 'receiveElectronic':
      return {
        type,
        channel: pick(electronicChannels, variant),
        applicantType: pick(applicantTypes, variant >> 2),
        taxpayerId: '100140011059',
        signatureCheck: variant % 5 === 0 ? 'invalid' : 'valid',
        ...registration,
      };
    case 'completeIntakeStep':
      return { type, step: nextIntakeStep(s) ?? '5.1.a' };
    case 'recordRegistryCheck':
      return { type, result: variant % 4 === 0 ? 'mismatch' : 'match' };
    case 'declineAcceptance':
      return { type, reasonCode: 'incompleteDocuments', note: '' };
    case 'register':
      return { type, ...registration };
    case 'assign': {
      if (actor.kind === 'officer' && actor.role === 'processing') return { type, officerId: actor.id };
      const others = [2, 3].filter((id) => id !== s.assignee);
      return { type, officerId: pick(others, variant) };
    }
    case 'saveDraft': {
      const refusal = s.signatureCheck === 'invalid' || variant % 2 === 1;
      const documentHash = pick([hashA, hashB], variant >> 1);
      return refusal ? { type, decision: 'refusal', documentHash, refusalGrounds: ['notResident'] } : { type, decision: 'certificate', documentHash };
    }
    case 'submitForApproval':
    case 'markReadyForIssue':
    case 'sendBack':
      return { type };
    case 'approve':
      return { type, documentHash: s.draft?.documentHash ?? hashA, signatureId: `sig-${variant % 3}` };
    case 'returnForRework':
      return { type, comment: 'Please check the period of stay' };
    case 'issue':
      return {
        type,
        journalNumber: 'J-1',
        issuedOn: '2026-03-10',
        recipient: { fullName: 'Applicant', documentName: 'identity card', documentNumber: '1', documentSeries: null },
      };
    case 'withdraw':
      return { type, note: 'withdrawn in writing' };
  }
}

/** Every (actor, command) the oracle offers from a case: all allowed types, a few variants each. */
export function moves(s: CaseSnapshot, variants: readonly number[]): [CaseActor, CaseCommand][] {
  return roster.flatMap((actor) =>
    allowedCommands(s, actor).flatMap((type) => variants.map((v) => [actor, validCommand(type, s, actor, v)] as [CaseActor, CaseCommand])),
  );
}

/** Violations of the case invariants (empty when the snapshot is legal). */
export function violations(s: CaseSnapshot): string[] {
  const out: string[] = [];
  const fail = (what: string) => out.push(`${s.state}: ${what}`);
  const office = s.channel === 'office';
  if (!caseStates.includes(s.state)) fail('unknown state');
  if (s.state !== 'new' && (s.channel === null || s.applicantType === null || s.taxpayerId === null)) fail('case without channel/applicant');
  // Steps are always a prefix of §5.1.a–f, so none is skipped or repeated.
  if (s.completedSteps.some((step, i) => step !== intakeSteps[i])) fail(`steps out of order: ${s.completedSteps.join()}`);
  if (office && s.signatureCheck !== null) fail('signature verdict on an office case');
  if (s.channel !== null && !office && (s.signatureCheck === null || s.completedSteps.length > 0)) fail('electronic case without verdict or with intake steps');
  if (registeredStates.includes(s.state)) {
    const r = s.registration;
    if (r === null || r.number.trim() === '' || !(r.deadline >= r.registeredOn)) fail('registered without number/deadline');
    if (office && (s.completedSteps.length < 4 || s.registryCheck !== 'match')) fail('registered without §5.1.a–d and a registry match');
  }
  if ((s.state === 'intake' || s.state === 'declined') && (s.registration !== null || s.completedSteps.includes('5.1.d'))) fail('registration before §5.1.d');
  if ((s.state === 'declined') !== (s.declined !== null)) fail('decline record');
  if ((s.state === 'withdrawn') !== (s.withdrawal !== null)) fail('withdrawal record');
  if ((s.state === 'issued') !== (s.issuance !== null)) fail('issuance record');
  const processing = ['inProcessing', 'decisionDrafted', 'awaitingApproval', 'returnedForRework', 'approved', 'readyForIssue', 'issued', 'sentBack'];
  if (processing.includes(s.state) && s.assignee === null) fail('processing without an assignee');
  if (processing.slice(1).includes(s.state) && s.draft === null) fail('decision without a draft');
  const d = s.draft;
  if (d?.decision === 'refusal' && (d.refusalGrounds.length === 0 || d.refusalGrounds.some((g) => g.trim() === ''))) fail('refusal without grounds');
  if (d?.decision === 'certificate' && (d.refusalGrounds.length > 0 || s.signatureCheck === 'invalid')) fail('certificate with grounds or on an invalid EDS');
  const signed = ['approved', 'readyForIssue', 'issued', 'sentBack'].includes(s.state);
  if (signed !== (s.approval !== null)) fail('approval record');
  if (s.approval !== null && (s.approval.documentHash !== d?.documentHash || s.approval.approvedBy === d.draftedBy)) fail('approval not bound to the draft or self-approved');
  if ((s.state === 'readyForIssue' || s.state === 'issued') && !office) fail('window issuance of an electronic result');
  if (s.state === 'sentBack' && office) fail('office result sent back electronically');
  if (s.issuance !== null && s.issuance.issuedOn < (s.registration?.registeredOn ?? '9')) fail('issued before registration');
  return out;
}

/** Whether some terminal state is reachable from `s` through legal moves (breadth-first, bounded). */
export function reachesTerminal(s: CaseSnapshot, maxDepth = 8): boolean {
  let frontier = [s];
  const seen = new Set<string>();
  for (let depth = 0; depth <= maxDepth && frontier.length > 0; depth++) {
    if (frontier.some((x) => isTerminal(x.state))) return true;
    frontier = frontier.flatMap((x) => nextSnapshots(x)).filter((x) => {
      const key = stateKey(x);
      return seen.has(key) ? false : (seen.add(key), true);
    });
  }
  return false;
}

export function nextSnapshots(s: CaseSnapshot): CaseSnapshot[] {
  return moves(s, [0, 1]).flatMap(([actor, command]) => {
    const r = decide(s, command, actor);
    return r.ok ? [r.next] : [];
  });
}

/** A snapshot's identity for graph search: everything except the log position. */
export const stateKey = (s: CaseSnapshot): string => JSON.stringify({ ...s, version: 0 });

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
