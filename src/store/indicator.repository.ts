/**
 * Indicators and component indicators of a term, with their supporting units. Edits use
 * optimistic concurrency (`version`): two secretaries editing one indicator cannot
 * silently overwrite each other.
 */
import type { Baseline, Indicator, IndicatorStatus } from '../domain/entities.ts';
import type { Direction, Target } from '../domain/target.ts';
import { appendAudit } from './audit.repository.ts';
import type { Executor } from './database.ts';
import { toIndicator, toIndicatorRow } from './indicator-row.ts';
import { notFound, staleVersion } from './store-errors.ts';
import { nfcDeep } from './nfc.ts';
import { transaction } from './transaction.ts';
import { applyPatch, isoAt, newId } from './write-context.ts';
import type { WriteContext } from './write-context.ts';

export interface NewIndicator {
  id?: string;
  termId: string;
  groupId?: string | null;
  parentId?: string | null;
  code?: string | null;
  name: string;
  unit?: string | null;
  /** Defaults to `target.text`. */
  targetText?: string | null;
  target?: Target | null;
  /** Defaults to `target.direction`, else 'unknown'. */
  direction?: Direction;
  baseline?: Baseline | null;
  leadUnitId?: string | null;
  supportingUnitIds?: string[];
  sourceDocumentId?: string | null;
  sourceLine?: number | null;
  previousIndicatorId?: string | null;
  status?: IndicatorStatus;
  position?: number;
}

export type IndicatorPatch = Partial<Omit<Indicator, 'id' | 'termId' | 'version' | 'createdAt' | 'updatedAt'>>;

export interface IndicatorFilter {
  termId?: string;
  groupId?: string;
  /** A parent's components; null for top-level indicators only. */
  parentId?: string | null;
  status?: IndicatorStatus;
  /** Indicators the unit leads or supports. */
  unitId?: string;
}

/** Stays under SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK = 500;

async function supportingUnits(db: Executor, ids: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('indicator_supporting_units')
      .selectAll()
      .where('indicator_id', 'in', ids.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) result.get(row.indicator_id)?.push(row.unit_id);
  }
  for (const units of result.values()) units.sort();
  return result;
}

async function writeSupportingUnits(db: Executor, indicatorId: string, unitIds: string[]): Promise<void> {
  await db.deleteFrom('indicator_supporting_units').where('indicator_id', '=', indicatorId).execute();
  if (unitIds.length === 0) return;
  await db
    .insertInto('indicator_supporting_units')
    .values(unitIds.map((unitId) => ({ indicator_id: indicatorId, unit_id: unitId })))
    .execute();
}

function fromInput(input: NewIndicator, at: string): Indicator {
  const target = input.target ?? null;
  return {
    id: newId(input.id), termId: input.termId, groupId: input.groupId ?? null, parentId: input.parentId ?? null,
    code: input.code ?? null, name: input.name, unit: input.unit ?? null,
    targetText: input.targetText ?? target?.text ?? null, target,
    direction: input.direction ?? target?.direction ?? 'unknown', baseline: input.baseline ?? null,
    leadUnitId: input.leadUnitId ?? null, supportingUnitIds: [...new Set(input.supportingUnitIds ?? [])].sort(),
    sourceDocumentId: input.sourceDocumentId ?? null, sourceLine: input.sourceLine ?? null,
    previousIndicatorId: input.previousIndicatorId ?? null, status: input.status ?? 'draft',
    position: input.position ?? 0, version: 1, createdAt: at, updatedAt: at,
  };
}

/** Creates an indicator (a component when `parentId` is set) with its supporting units. */
export async function createIndicator(db: Executor, ctx: WriteContext, input: NewIndicator): Promise<Indicator> {
  const created = fromInput(nfcDeep(input), isoAt(ctx));
  return transaction(db, async (trx) => {
    await trx.insertInto('indicators').values(toIndicatorRow(created)).execute();
    await writeSupportingUnits(trx, created.id, created.supportingUnitIds);
    await appendAudit(trx, ctx, { entity: 'indicator', entityId: created.id, action: 'create', before: null, after: created });
    return created;
  });
}

/** The indicator with this id, or null. */
export async function getIndicator(db: Executor, id: string): Promise<Indicator | null> {
  const row = await db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return null;
  return toIndicator(row, (await supportingUnits(db, [id])).get(id) ?? []);
}

/** Indicators matching the filter, in framework order (position, then code). */
export async function listIndicators(db: Executor, filter: IndicatorFilter): Promise<Indicator[]> {
  let query = db.selectFrom('indicators').selectAll();
  if (filter.termId !== undefined) query = query.where('term_id', '=', filter.termId);
  if (filter.groupId !== undefined) query = query.where('group_id', '=', filter.groupId);
  if (filter.parentId === null) query = query.where('parent_id', 'is', null);
  else if (filter.parentId !== undefined) query = query.where('parent_id', '=', filter.parentId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  const unitId = filter.unitId;
  if (unitId !== undefined) {
    query = query.where((eb) =>
      eb.or([
        eb('lead_unit_id', '=', unitId),
        eb('id', 'in', eb.selectFrom('indicator_supporting_units').select('indicator_id').where('unit_id', '=', unitId)),
      ]),
    );
  }
  const rows = await query.orderBy('position').orderBy('code').orderBy('id').execute();
  const units = await supportingUnits(db, rows.map((row) => row.id));
  return rows.map((row) => toIndicator(row, units.get(row.id) ?? []));
}

/** Updates an indicator if it is still at `expectedVersion`; fails with 'conflict' otherwise. */
export async function updateIndicator(
  db: Executor,
  ctx: WriteContext,
  id: string,
  expectedVersion: number,
  patch: IndicatorPatch,
): Promise<Indicator> {
  return transaction(db, async (trx) => {
    const before = await getIndicator(trx, id);
    if (before === null) throw notFound('indicator', id);
    if (before.version !== expectedVersion) throw staleVersion('indicator', id, expectedVersion, before.version);
    const after = applyPatch(before, { ...nfcDeep(patch), version: before.version + 1, updatedAt: isoAt(ctx) });
    after.supportingUnitIds = [...new Set(after.supportingUnitIds)].sort();
    const { id: _id, created_at: _created, ...changes } = toIndicatorRow(after);
    const result = await trx.updateTable('indicators').set(changes).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    // Another writer committed between our read and this update (PostgreSQL, read committed).
    if (result.numUpdatedRows === 0n) throw staleVersion('indicator', id, expectedVersion, expectedVersion + 1);
    if (patch.supportingUnitIds !== undefined) await writeSupportingUnits(trx, id, after.supportingUnitIds);
    await appendAudit(trx, ctx, { entity: 'indicator', entityId: id, action: 'update', before, after });
    return after;
  });
}
