// The permission table: in which states, on which channels and by whom each command may run, plus
// the preconditions that depend on the case and the actor but not on the command's data. `decide`
// and `allowedCommands` share it, so the UI never offers what the machine would refuse for these.
import { electronicChannels, intakeSteps, type Channel, type IntakeStepId } from '../types';
import { actorKey, type ActorKey, type CaseActor } from './actor';
import type { CommandType } from './commands';
import type { ReasonCode } from './reasons';
import type { CaseSnapshot } from './snapshot';
import { isTerminal, type CaseState } from './states';

type ChannelRule = 'office' | 'electronic' | 'any';

interface Rule {
  states: readonly CaseState[];
  channel: ChannelRule;
  actors: readonly ActorKey[];
  /** Only the case's processing officer (the assignee) may run it, when the actor has this role. */
  assigneeOnly?: boolean;
  /** Case-and-actor conditions checked after the table; null when satisfied. */
  precondition?: (s: CaseSnapshot, actor: CaseActor) => ReasonCode | null;
}

const open: readonly CaseState[] = ['registered', 'inProcessing', 'decisionDrafted', 'awaitingApproval', 'returnedForRework'];

const rules: Record<CommandType, Rule> = {
  startIntake: { states: ['new'], channel: 'office', actors: ['frontDesk'] },
  receiveElectronic: { states: ['new'], channel: 'electronic', actors: ['system'] },
  // §5.1.e–f happen after registration while the applicant is still at the desk; they are recorded
  // but move nothing, so they stay possible until the case ends.
  completeIntakeStep: { states: ['intake', ...open, 'approved', 'readyForIssue'], channel: 'office', actors: ['frontDesk'] },
  recordRegistryCheck: { states: ['intake'], channel: 'office', actors: ['frontDesk'] },
  declineAcceptance: { states: ['intake'], channel: 'office', actors: ['frontDesk'] },
  register: { states: ['intake'], channel: 'office', actors: ['frontDesk'], precondition: registrable },
  assign: {
    states: ['registered', 'inProcessing', 'decisionDrafted', 'returnedForRework'],
    channel: 'any',
    actors: ['processing', 'supervisor'],
    // A processing officer may take a free case; taking over someone's case is the supervisor's call.
    precondition: (s, actor) => (actorKey(actor) === 'processing' && s.assignee !== null ? 'wrongRole' : null),
  },
  // A head may take a case and decide it personally (Appendix 5 allows it); then another head signs.
  saveDraft: { states: ['inProcessing', 'decisionDrafted', 'returnedForRework'], channel: 'any', actors: ['processing', 'supervisor'], assigneeOnly: true },
  submitForApproval: { states: ['decisionDrafted'], channel: 'any', actors: ['processing', 'supervisor'], assigneeOnly: true },
  approve: {
    states: ['awaitingApproval'],
    channel: 'any',
    actors: ['supervisor'],
    // Four eyes: whoever drafted the document cannot also sign it.
    precondition: (s, actor) => (actor.kind === 'officer' && s.draft?.draftedBy === actor.id ? 'selfApproval' : null),
  },
  returnForRework: { states: ['awaitingApproval'], channel: 'any', actors: ['supervisor'] },
  markReadyForIssue: { states: ['approved'], channel: 'office', actors: ['frontDesk', 'processing'] },
  issue: { states: ['readyForIssue'], channel: 'office', actors: ['frontDesk'] },
  sendBack: { states: ['approved'], channel: 'electronic', actors: ['system', 'processing'] },
  // Once the result is signed the service has been rendered; the applicant can only not collect it.
  withdraw: { states: ['intake', ...open], channel: 'any', actors: ['frontDesk', 'processing'] },
};

function registrable(s: CaseSnapshot): ReasonCode | null {
  const required: readonly IntakeStepId[] = ['5.1.a', '5.1.b', '5.1.c'];
  if (!required.every((step) => s.completedSteps.includes(step))) return 'stepsIncomplete';
  if (s.registryCheck === null) return 'registryMatchMissing';
  if (s.registryCheck === 'mismatch') return 'registryMismatch';
  return null;
}

const isElectronic = (channel: Channel): boolean => electronicChannels.includes(channel);

function channelFits(rule: ChannelRule, channel: Channel): boolean {
  if (rule === 'any') return true;
  return (rule === 'electronic') === isElectronic(channel);
}

/**
 * Checks in a fixed order so the reason is deterministic: terminal, state, channel, role,
 * assignee, precondition. `channel` is the command's own channel for the two commands that create a
 * case, otherwise the case's; null means unknown (listing commands for a case that does not exist yet).
 */
export function gate(s: CaseSnapshot, type: CommandType, actor: CaseActor, channel: Channel | null): ReasonCode | null {
  if (isTerminal(s.state)) return 'terminal';
  const rule = rules[type];
  if (!rule.states.includes(s.state)) return 'wrongState';
  if (channel !== null && !channelFits(rule.channel, channel)) return 'wrongChannel';
  if (!rule.actors.includes(actorKey(actor))) return 'wrongRole';
  if (rule.assigneeOnly && actor.kind === 'officer' && s.assignee !== actor.id) return 'notAssignee';
  return rule.precondition?.(s, actor) ?? null;
}

/**
 * The one intake step that may be completed next: steps go in the regulation's order, §5.1.a–c
 * before registration and §5.1.e–f after it (§5.1.d is registration itself). Null when none is due.
 */
export function nextIntakeStep(s: CaseSnapshot): IntakeStepId | null {
  if (s.channel !== 'office') return null;
  const next = intakeSteps.find((step) => !s.completedSteps.includes(step));
  if (next === undefined) return null;
  const manual: readonly IntakeStepId[] = s.state === 'intake' ? ['5.1.a', '5.1.b', '5.1.c'] : ['5.1.e', '5.1.f'];
  return manual.includes(next) ? next : null;
}
