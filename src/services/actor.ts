/**
 * Who is asking. A signed-in user carries their roles per unit (from memberships) with each
 * unit's ancestors, so authorization can decide scope without touching the database.
 */
import type { Role } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import { getUser, listAncestors, listMemberships, type Executor } from '../store/index.ts';

/** A role held in a unit, with the unit's ancestors (root first) for scope checks. */
export interface Grant {
  role: Role;
  unitId: string;
  unitAncestorIds: readonly string[];
}

export type Actor =
  | { kind: 'user'; userId: string; grants: readonly Grant[] }
  /** Nobody signed in: the public. */
  | { kind: 'anonymous' }
  /**
   * A trusted local process (the CLI on the server's machine, the demo loader), which can open
   * the database anyway. Never build it from a request: the server has no path to it.
   */
  | { kind: 'system' };

export const ANONYMOUS_ACTOR: Actor = { kind: 'anonymous' };
export const SYSTEM_ACTOR: Actor = { kind: 'system' };

/** The id written to the audit log: the user's, or null for the public and the system. */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}

/** Loads a user's grants; a missing or disabled account is refused with `forbidden`. */
export async function loadActor(db: Executor, userId: string): Promise<Actor> {
  const user = await getUser(db, userId);
  if (user === null || user.disabledAt !== null) {
    throw new ResoluteError('forbidden', `The account ${userId} does not exist or is disabled`, { permission: 'account', userId });
  }
  const memberships = await listMemberships(db, { userId });
  const ancestors = new Map<string, readonly string[]>();
  for (const unitId of new Set(memberships.map((m) => m.unitId))) {
    ancestors.set(unitId, (await listAncestors(db, unitId)).map((o) => o.id));
  }
  const grants = memberships.map((m) => ({ role: m.role, unitId: m.unitId, unitAncestorIds: ancestors.get(m.unitId) ?? [] }));
  return { kind: 'user', userId, grants };
}
