/**
 * What a signed-in user can find their way to: the organisations around their roles and
 * the terms whose framework they may read. The entry point of a client that knows no ids.
 */
import type { Organisation, Term } from '../domain/entities.ts';
import { getOrganisation, listDescendants, listTerms } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { can } from './authorization.ts';
import type { ServiceDeps } from './deps.ts';
import { unitScope } from './scopes.ts';

export interface Directory {
  /** The units the actor's roles are held in, their ancestors and everything below them. */
  organisations: Organisation[];
  /** Terms of those organisations whose framework the actor may read. */
  terms: Term[];
}

/** Ids of the organisations around the actor's roles: each unit, its ancestors and its subtree. */
async function nearbyIds(deps: ServiceDeps, actor: Actor): Promise<string[]> {
  if (actor.kind !== 'user') return [];
  const ids = new Set<string>();
  for (const grant of actor.grants) {
    for (const id of [...grant.unitAncestorIds, grant.unitId]) ids.add(id);
    for (const below of await listDescendants(deps.db, grant.unitId)) ids.add(below.id);
  }
  return [...ids];
}

/**
 * The organisations and terms the actor can see. One query per organisation: fine for a
 * province (~100 units); a national deployment would page this by organisation.
 */
export async function listDirectory(deps: ServiceDeps, actor: Actor): Promise<Directory> {
  const organisations: Organisation[] = [];
  const terms: Term[] = [];
  for (const id of await nearbyIds(deps, actor)) {
    const organisation = await getOrganisation(deps.db, id);
    if (organisation === null) continue;
    organisations.push(organisation);
    if (can(actor, 'framework.read', await unitScope(deps.db, id))) terms.push(...(await listTerms(deps.db, id)));
  }
  return { organisations, terms };
}
