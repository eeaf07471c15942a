/** Indicator groups of a term ("Các chỉ tiêu về kinh tế"), in document order. */
import type { Selectable } from 'kysely';
import type { IndicatorGroup } from '../domain/entities.ts';
import { appendAudit } from './audit.repository.ts';
import type { Executor } from './database.ts';
import { notFound } from './store-errors.ts';
import type { IndicatorGroupsTable } from './tables.ts';
import { nfcDeep } from './nfc.ts';
import { transaction } from './transaction.ts';
import { applyPatch, newId } from './write-context.ts';
import type { WriteContext } from './write-context.ts';

export interface NewIndicatorGroup {
  id?: string;
  termId: string;
  code?: string | null;
  name: string;
  position: number;
}

export type IndicatorGroupPatch = Partial<Pick<IndicatorGroup, 'code' | 'name' | 'position'>>;

function toGroup(row: Selectable<IndicatorGroupsTable>): IndicatorGroup {
  return { id: row.id, termId: row.term_id, code: row.code, name: row.name, position: row.position };
}

/** Creates a group in a term. */
export async function createIndicatorGroup(db: Executor, ctx: WriteContext, given: NewIndicatorGroup): Promise<IndicatorGroup> {
  const input = nfcDeep(given);
  const row = { id: newId(input.id), term_id: input.termId, code: input.code ?? null, name: input.name, position: input.position };
  return transaction(db, async (trx) => {
    await trx.insertInto('indicator_groups').values(row).execute();
    const created = toGroup(row);
    await appendAudit(trx, ctx, { entity: 'indicator_group', entityId: row.id, action: 'create', before: null, after: created });
    return created;
  });
}

/** The group with this id, or null. */
export async function getIndicatorGroup(db: Executor, id: string): Promise<IndicatorGroup | null> {
  const row = await db.selectFrom('indicator_groups').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toGroup(row);
}

/** A term's groups in order. */
export async function listIndicatorGroups(db: Executor, termId: string): Promise<IndicatorGroup[]> {
  const rows = await db.selectFrom('indicator_groups').selectAll().where('term_id', '=', termId).orderBy('position').orderBy('id').execute();
  return rows.map(toGroup);
}

/** Renames or moves a group. */
export async function updateIndicatorGroup(db: Executor, ctx: WriteContext, id: string, patch: IndicatorGroupPatch): Promise<IndicatorGroup> {
  return transaction(db, async (trx) => {
    const before = await getIndicatorGroup(trx, id);
    if (before === null) throw notFound('indicator_group', id);
    const after = applyPatch(before, nfcDeep(patch));
    await trx
      .updateTable('indicator_groups')
      .set({ code: after.code, name: after.name, position: after.position })
      .where('id', '=', id)
      .execute();
    await appendAudit(trx, ctx, { entity: 'indicator_group', entityId: id, action: 'update', before, after });
    return after;
  });
}
