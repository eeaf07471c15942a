/**
 * Observations: the figures units report. Every change checks the caller's `version`
 * (optimistic concurrency) so a reviewer never approves a figure that changed under them.
 * State changes are plain updates here; which transitions are allowed is the services' rule.
 */
import type { Selectable } from 'kysely';
import type { Observation, ObservationKind, ObservationState } from '../domain/entities.ts';
import { appendAudit } from './audit.repository.ts';
import type { AuditInput } from './audit.repository.ts';
import type { Executor } from './database.ts';
import { listEvidence, removeEvidence } from './evidence.repository.ts';
import { notFound, staleVersion } from './store-errors.ts';
import type { ObservationsTable } from './tables.ts';
import { nfcDeep } from './nfc.ts';
import { transaction } from './transaction.ts';
import { applyPatch, finiteOrNull, isoAt, newId } from './write-context.ts';
import type { WriteContext } from './write-context.ts';

export interface NewObservation {
  id?: string;
  indicatorId: string;
  periodId: string;
  unitId: string;
  kind: ObservationKind;
  value?: number | null;
  valueText?: string | null;
  note?: string | null;
  state?: ObservationState;
}

export type ObservationPatch = Partial<Pick<Observation, 'kind' | 'value' | 'valueText' | 'note'>>;

export interface ObservationTransition {
  state: ObservationState;
  /** Why it was returned; cleared by any other transition when not given. */
  returnReason?: string | null;
}

export interface ObservationFilter {
  termId?: string;
  periodId?: string;
  unitId?: string;
  indicatorId?: string;
  kind?: ObservationKind;
  state?: ObservationState;
}

function toObservation(row: Selectable<ObservationsTable>): Observation {
  return {
    id: row.id, indicatorId: row.indicator_id, periodId: row.period_id, unitId: row.unit_id, kind: row.kind,
    value: row.value, valueText: row.value_text, note: row.note, state: row.state, returnReason: row.return_reason,
    version: row.version, createdBy: row.created_by, createdAt: row.created_at, updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

function toRow(o: Observation): Selectable<ObservationsTable> {
  return {
    id: o.id, indicator_id: o.indicatorId, period_id: o.periodId, unit_id: o.unitId, kind: o.kind,
    value: finiteOrNull(o.value, 'value'), value_text: o.valueText, note: o.note, state: o.state,
    return_reason: o.returnReason, version: o.version, created_by: o.createdBy, created_at: o.createdAt,
    updated_by: o.updatedBy, updated_at: o.updatedAt,
  };
}

/** Creates an observation (a draft unless told); one per indicator × period × unit × kind. */
export async function createObservation(db: Executor, ctx: WriteContext, given: NewObservation): Promise<Observation> {
  const input = nfcDeep(given);
  const at = isoAt(ctx);
  const created: Observation = {
    id: newId(input.id), indicatorId: input.indicatorId, periodId: input.periodId, unitId: input.unitId,
    kind: input.kind, value: input.value ?? null, valueText: input.valueText ?? null, note: input.note ?? null,
    state: input.state ?? 'draft', returnReason: null, version: 1, createdBy: ctx.actorId, createdAt: at,
    updatedBy: ctx.actorId, updatedAt: at,
  };
  const row = toRow(created);
  return transaction(db, async (trx) => {
    await trx.insertInto('observations').values(row).execute();
    await appendAudit(trx, ctx, { entity: 'observation', entityId: created.id, action: 'create', before: null, after: created });
    return created;
  });
}

/** The observation with this id, or null. */
export async function getObservation(db: Executor, id: string): Promise<Observation | null> {
  const row = await db.selectFrom('observations').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toObservation(row);
}

/** Observations matching the filter, ordered by period, indicator order and kind. */
export async function listObservations(db: Executor, filter: ObservationFilter): Promise<Observation[]> {
  let query = db
    .selectFrom('observations as o')
    .innerJoin('indicators as i', 'i.id', 'o.indicator_id')
    .innerJoin('periods as p', 'p.id', 'o.period_id')
    .selectAll('o');
  if (filter.termId !== undefined) query = query.where('i.term_id', '=', filter.termId);
  if (filter.periodId !== undefined) query = query.where('o.period_id', '=', filter.periodId);
  if (filter.unitId !== undefined) query = query.where('o.unit_id', '=', filter.unitId);
  if (filter.indicatorId !== undefined) query = query.where('o.indicator_id', '=', filter.indicatorId);
  if (filter.kind !== undefined) query = query.where('o.kind', '=', filter.kind);
  if (filter.state !== undefined) query = query.where('o.state', '=', filter.state);
  const rows = await query
    .orderBy('p.end_year').orderBy('p.start_year', 'desc').orderBy('i.position').orderBy('i.id')
    .orderBy('o.unit_id').orderBy('o.kind')
    .execute();
  return rows.map(toObservation);
}

/** Reads, checks the version, writes `change(before)` and its audit entry, in one transaction. */
async function rewrite(
  db: Executor,
  ctx: WriteContext,
  id: string,
  expectedVersion: number,
  action: AuditInput['action'],
  change: (before: Observation) => Partial<Observation>,
): Promise<Observation> {
  return transaction(db, async (trx) => {
    const before = await getObservation(trx, id);
    if (before === null) throw notFound('observation', id);
    if (before.version !== expectedVersion) throw staleVersion('observation', id, expectedVersion, before.version);
    const after = applyPatch(before, { ...nfcDeep(change(before)), version: before.version + 1, updatedBy: ctx.actorId, updatedAt: isoAt(ctx) });
    const { id: _id, created_at: _at, created_by: _by, ...changes } = toRow(after);
    const result = await trx
      .updateTable('observations')
      .set(changes)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    // Another writer committed between our read and this update (PostgreSQL, read committed).
    if (result.numUpdatedRows === 0n) throw staleVersion('observation', id, expectedVersion, expectedVersion + 1);
    await appendAudit(trx, ctx, { entity: 'observation', entityId: id, action, before, after });
    return after;
  });
}

/** Changes the kind, value, text or note of an observation still at `expectedVersion`. */
export async function updateObservation(
  db: Executor, ctx: WriteContext, id: string, expectedVersion: number, patch: ObservationPatch,
): Promise<Observation> {
  return rewrite(db, ctx, id, expectedVersion, 'update', () => patch);
}

/** Moves an observation to another state (submitted, approved, returned with a reason, draft). */
export async function setObservationState(
  db: Executor, ctx: WriteContext, id: string, expectedVersion: number, transition: ObservationTransition,
): Promise<Observation> {
  return rewrite(db, ctx, id, expectedVersion, 'transition', () => ({
    state: transition.state,
    returnReason: transition.returnReason ?? null,
  }));
}

/** Deletes an observation still at `expectedVersion`, with its evidence records (each audited). */
export async function deleteObservation(db: Executor, ctx: WriteContext, id: string, expectedVersion: number): Promise<void> {
  await transaction(db, async (trx) => {
    const before = await getObservation(trx, id);
    if (before === null) throw notFound('observation', id);
    if (before.version !== expectedVersion) throw staleVersion('observation', id, expectedVersion, before.version);
    for (const evidence of await listEvidence(trx, id)) await removeEvidence(trx, ctx, evidence.id);
    const result = await trx.deleteFrom('observations').where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    if (result.numDeletedRows === 0n) throw staleVersion('observation', id, expectedVersion, expectedVersion + 1);
    await appendAudit(trx, ctx, { entity: 'observation', entityId: id, action: 'delete', before, after: null });
  });
}
