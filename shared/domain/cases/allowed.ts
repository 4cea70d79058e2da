// What the UI may offer: the commands an actor could run on a case right now. It applies the same
// permission table and preconditions as `decide`; only checks on the data the officer is still to
// type (a comment, a hash, dates) are left for `decide` to report.
import type { CaseActor } from './actor';
import { commandTypes, type CommandType } from './commands';
import { gate, nextIntakeStep } from './guards';
import type { CaseSnapshot } from './snapshot';

export function allowedCommands(snapshot: CaseSnapshot, actor: CaseActor): CommandType[] {
  return commandTypes.filter((type) => {
    if (gate(snapshot, type, actor, snapshot.channel) !== null) return false;
    return type !== 'completeIntakeStep' || nextIntakeStep(snapshot) !== null;
  });
}
