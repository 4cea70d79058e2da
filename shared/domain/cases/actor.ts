// Who issues a command: one of our officers (with the role of their session) or the central system,
// which delivers electronic applications and returns electronic results.
import type { Role } from '../roles';

export type CaseActor = { kind: 'officer'; id: number; role: Role } | { kind: 'system' };

/** The key the permission table is written in. */
export type ActorKey = Role | 'system';

export function actorKey(actor: CaseActor): ActorKey {
  return actor.kind === 'system' ? 'system' : actor.role;
}
