/**
 * Organisations and their tree: province -> party bodies, departments, communes. Units are
 * organisations, so this is also where "the units of a province" come from.
 */
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { Organisation, OrganisationKind } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import { appendAudit } from './audit.repository.ts';
import type { Executor } from './database.ts';
import { notFound } from './store-errors.ts';
import type { OrganisationsTable } from './tables.ts';
import { nfcDeep } from './nfc.ts';
import { transaction } from './transaction.ts';
import { applyPatch, isoAt, newId } from './write-context.ts';
import type { WriteContext } from './write-context.ts';

export interface NewOrganisation {
  id?: string;
  parentId: string | null;
  kind: OrganisationKind;
  name: string;
  code?: string | null;
}

export type OrganisationPatch = Partial<Pick<Organisation, 'parentId' | 'kind' | 'name' | 'code'>>;

// Names are ordered in JS, not SQL: the engines collate Vietnamese differently.
const collator = new Intl.Collator('vi');
const byName = (a: Organisation, b: Organisation): number => collator.compare(a.name, b.name) || a.id.localeCompare(b.id);

function toOrganisation(row: Selectable<OrganisationsTable>): Organisation {
  return {
    id: row.id,
    parentId: row.parent_id,
    kind: row.kind,
    name: row.name,
    code: row.code,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Creates an organisation under `parentId` (null for a root). */
export async function createOrganisation(db: Executor, ctx: WriteContext, given: NewOrganisation): Promise<Organisation> {
  const input = nfcDeep(given);
  const at = isoAt(ctx);
  const row = {
    id: newId(input.id),
    parent_id: input.parentId,
    kind: input.kind,
    name: input.name,
    code: input.code ?? null,
    created_at: at,
    updated_at: at,
  };
  return transaction(db, async (trx) => {
    await trx.insertInto('organisations').values(row).execute();
    const created = toOrganisation(row);
    await appendAudit(trx, ctx, { entity: 'organisation', entityId: row.id, action: 'create', before: null, after: created });
    return created;
  });
}

/** The organisation with this id, or null. */
export async function getOrganisation(db: Executor, id: string): Promise<Organisation | null> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toOrganisation(row);
}

/** Direct children of an organisation, or the roots when `parentId` is null; by name. */
export async function listChildren(db: Executor, parentId: string | null): Promise<Organisation[]> {
  const query = db.selectFrom('organisations').selectAll();
  const rows = await (parentId === null ? query.where('parent_id', 'is', null) : query.where('parent_id', '=', parentId)).execute();
  return rows.map(toOrganisation).sort(byName);
}

/** Ids of an organisation's subtree with their depth (the root itself at depth 0). */
async function subtree(db: Executor, rootId: string): Promise<Map<string, number>> {
  const rows = await db
    .withRecursive('tree(id, depth)', (qb) =>
      qb
        .selectFrom('organisations')
        .select(['id', sql<number>`0`.as('depth')])
        .where('id', '=', rootId)
        .unionAll((inner) =>
          inner
            .selectFrom('organisations as o')
            .innerJoin('tree', 'tree.id', 'o.parent_id')
            .select(['o.id', sql<number>`tree.depth + 1`.as('depth')]),
        ),
    )
    .selectFrom('tree')
    .select(['id', 'depth'])
    .execute();
  return new Map(rows.map((row) => [row.id, Number(row.depth)]));
}

/** Every organisation below `rootId` (not itself), shallowest first, then by name. */
export async function listDescendants(db: Executor, rootId: string): Promise<Organisation[]> {
  const depths = await subtree(db, rootId);
  depths.delete(rootId);
  if (depths.size === 0) return [];
  const rows = await db.selectFrom('organisations').selectAll().where('id', 'in', [...depths.keys()]).execute();
  const depth = (o: Organisation): number => depths.get(o.id) ?? 0;
  return rows.map(toOrganisation).sort((a, b) => depth(a) - depth(b) || byName(a, b));
}

/** The chain from the root down to the organisation's parent (empty for a root). */
export async function listAncestors(db: Executor, id: string): Promise<Organisation[]> {
  const chain: Organisation[] = [];
  let current = await getOrganisation(db, id);
  // A tree of a nation is a handful of levels deep; the guard stops a corrupted cycle.
  while (current?.parentId != null && chain.length < 64) {
    current = await getOrganisation(db, current.parentId);
    if (current !== null) chain.unshift(current);
  }
  return chain;
}

/** True when `id` is `ancestorId` or lies below it: the scope check of unit roles. */
export async function isWithin(db: Executor, id: string, ancestorId: string): Promise<boolean> {
  return (await subtree(db, ancestorId)).has(id);
}

/** Updates an organisation; moving it under its own subtree is refused. */
export async function updateOrganisation(db: Executor, ctx: WriteContext, id: string, given: OrganisationPatch): Promise<Organisation> {
  const patch = nfcDeep(given);
  return transaction(db, async (trx) => {
    const before = await getOrganisation(trx, id);
    if (before === null) throw notFound('organisation', id);
    const after = applyPatch(before, { ...patch, updatedAt: isoAt(ctx) });
    if (after.parentId !== null && after.parentId !== before.parentId && (await isWithin(trx, after.parentId, id))) {
      throw new ResoluteError('invalid_input', `Organisation ${id} cannot move under its own subtree`, { detail: 'parentId' });
    }
    await trx
      .updateTable('organisations')
      .set({ parent_id: after.parentId, kind: after.kind, name: after.name, code: after.code, updated_at: after.updatedAt })
      .where('id', '=', id)
      .execute();
    await appendAudit(trx, ctx, { entity: 'organisation', entityId: id, action: 'update', before, after });
    return after;
  });
}
