// The case state machine (§5.1–§5.3, §9–§11): public surface for the workstation and the central system.
export { actorKey, type ActorKey, type CaseActor } from './actor';
export { allowedCommands } from './allowed';
export { apply, replay } from './apply';
export * from './commands';
export { decide, refusal, type Decided, type DecideResult, type Refused } from './decide';
export * from './events';
export { nextIntakeStep } from './guards';
export { reasonCodes, reasonMessages, type ReasonCode } from './reasons';
export { caseCommandSchema, caseEventSchema } from './schemas';
export { initialCase, type Approval, type CaseSnapshot, type Draft, type Issuance, type Registration } from './snapshot';
export { caseStates, isTerminal, registeredStates, terminalStates, type CaseState } from './states';
export { commandOf, validateEvent } from './verify';
