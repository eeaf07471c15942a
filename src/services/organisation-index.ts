/**
 * Every organisation at once, with each one's ancestors worked out in memory: what the
 * administration reads need to ask authorization about many units without a query per
 * unit. A province has about a hundred units; a nation a few thousand, still one read.
 */
import type { Organisation } from '../domain/entities.ts';
import { listChildren, listDescendants, type Executor } from '../store/index.ts';
import type { Scope } from './authorization.ts';

export interface OrganisationIndex {
  /** Every organisation by id. */
  byId: ReadonlyMap<string, Organisation>;
  /** The root organisations (no parent). */
  roots: readonly Organisation[];
  /** The scope of a unit, as `unitScope` would load it; null for an unknown id. */
  scopeOf(unitId: string): Scope | null;
}

/** Loads the whole organisation tree (roots, then each root's subtree). */
export async function loadOrganisationIndex(db: Executor): Promise<OrganisationIndex> {
  const roots = await listChildren(db, null);
  const byId = new Map<string, Organisation>(roots.map((root) => [root.id, root]));
  for (const root of roots) for (const unit of await listDescendants(db, root.id)) byId.set(unit.id, unit);
  const scopeOf = (unitId: string): Scope | null => {
    const unit = byId.get(unitId);
    if (unit === undefined) return null;
    const ancestorIds: string[] = [];
    // The guard stops a corrupted cycle, as the store's listAncestors does.
    for (let parent = unit.parentId; parent !== null && ancestorIds.length < 64; parent = byId.get(parent)?.parentId ?? null) {
      ancestorIds.unshift(parent);
    }
    return { unitId, ancestorIds };
  };
  return { byId, roots, scopeOf };
}
