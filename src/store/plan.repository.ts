/**
 * Implementation plans: an organisation's plan (its number, date, issuing unit and source
 * document), draft until the secretariat publishes it. Edits use optimistic concurrency
 * (`version`) and every change is audited in its transaction.
 */
import type { Selectable } from 'kysely';
import type { Plan } from '../domain/plan.ts';
import { appendAudit } from './audit.repository.ts';
import type { Executor } from './database.ts';
import { nfcDeep } from './nfc.ts';
import { notFound, staleVersion } from './store-errors.ts';
import type { PlansTable } from './tables.ts';
import { transaction } from './transaction.ts';
import { applyPatch, isoAt, newId } from './write-context.ts';
import type { WriteContext } from './write-context.ts';

export interface NewPlan {
  id?: string;
  organisationId: string;
  termId?: string | null;
  title: string;
  issuingUnitId?: string | null;
  number?: string | null;
  date?: string | null;
  sourceDocumentId?: string | null;
  status?: Plan['status'];
}

export type PlanPatch = Partial<Pick<Plan, 'title' | 'termId' | 'issuingUnitId' | 'number' | 'date' | 'status'>>;

export interface PlanFilter {
  organisationId?: string;
  termId?: string;
  status?: Plan['status'];
}

function toPlan(row: Selectable<PlansTable>): Plan {
  return {
    id: row.id, organisationId: row.organisation_id, termId: row.term_id, title: row.title, issuingUnitId: row.issuing_unit_id,
    number: row.number, date: row.date, sourceDocumentId: row.source_document_id, status: row.status, version: row.version,
    createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

function toRow(plan: Plan): Selectable<PlansTable> {
  return {
    id: plan.id, organisation_id: plan.organisationId, term_id: plan.termId, title: plan.title, issuing_unit_id: plan.issuingUnitId,
    number: plan.number, date: plan.date, source_document_id: plan.sourceDocumentId, status: plan.status, version: plan.version,
    created_at: plan.createdAt, updated_at: plan.updatedAt,
  };
}

/** Creates a plan (a draft unless told). */
export async function createPlan(db: Executor, ctx: WriteContext, given: NewPlan): Promise<Plan> {
  const input = nfcDeep(given);
  const at = isoAt(ctx);
  const created: Plan = {
    id: newId(input.id), organisationId: input.organisationId, termId: input.termId ?? null, title: input.title,
    issuingUnitId: input.issuingUnitId ?? null, number: input.number ?? null, date: input.date ?? null,
    sourceDocumentId: input.sourceDocumentId ?? null, status: input.status ?? 'draft', version: 1, createdAt: at, updatedAt: at,
  };
  return transaction(db, async (trx) => {
    await trx.insertInto('plans').values(toRow(created)).execute();
    await appendAudit(trx, ctx, { entity: 'plan', entityId: created.id, action: 'create', before: null, after: created });
    return created;
  });
}

/** The plan with this id, or null. */
export async function getPlan(db: Executor, id: string): Promise<Plan | null> {
  const row = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toPlan(row);
}

/** Plans matching the filter, newest date first (undated last), then by title. */
export async function listPlans(db: Executor, filter: PlanFilter = {}): Promise<Plan[]> {
  let query = db.selectFrom('plans').selectAll();
  if (filter.organisationId !== undefined) query = query.where('organisation_id', '=', filter.organisationId);
  if (filter.termId !== undefined) query = query.where('term_id', '=', filter.termId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  const rows = await query.orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map(toPlan).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title, 'vi'));
}

/** Updates a plan still at `expectedVersion` ('transition' when only the status changes). */
export async function updatePlan(db: Executor, ctx: WriteContext, id: string, expectedVersion: number, patch: PlanPatch): Promise<Plan> {
  return transaction(db, async (trx) => {
    const before = await getPlan(trx, id);
    if (before === null) throw notFound('plan', id);
    if (before.version !== expectedVersion) throw staleVersion('plan', id, expectedVersion, before.version);
    const after = applyPatch(before, { ...nfcDeep(patch), version: before.version + 1, updatedAt: isoAt(ctx) });
    const { id: _id, created_at: _at, ...changes } = toRow(after);
    const result = await trx.updateTable('plans').set(changes).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    // Another writer committed between our read and this update (PostgreSQL, read committed).
    if (result.numUpdatedRows === 0n) throw staleVersion('plan', id, expectedVersion, expectedVersion + 1);
    const onlyStatus = Object.keys(patch).every((key) => key === 'status');
    await appendAudit(trx, ctx, { entity: 'plan', entityId: id, action: onlyStatus ? 'transition' : 'update', before, after });
    return after;
  });
}
