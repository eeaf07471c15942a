/**
 * Tasks of a plan, a tree (parent_id), with their supporting units (task_units) and the
 * indicators they serve (task_indicators). Edits use optimistic concurrency (`version`),
 * and each write and its audit entry commit together. Which status steps are allowed is the
 * domain's rule (src/domain/task-status.ts), not the store's.
 */
import type { Selectable } from 'kysely';
import type { Recurrence, Task, TaskKind } from '../domain/plan.ts';
import { appendAudit } from './audit.repository.ts';
import type { Executor } from './database.ts';
import { fromJson, toJson } from './json-column.ts';
import { nfcDeep } from './nfc.ts';
import { notFound, staleVersion } from './store-errors.ts';
import type { TasksTable } from './tables.ts';
import { transaction } from './transaction.ts';
import { applyPatch, isoAt, newId } from './write-context.ts';
import type { WriteContext } from './write-context.ts';

export interface NewTask {
  id?: string;
  planId: string;
  parentId?: string | null;
  position?: number;
  number?: string | null;
  title: string;
  kind: TaskKind;
  leadUnitId?: string | null;
  supportingUnitIds?: string[];
  responsibleUserId?: string | null;
  startDate?: string | null;
  dueDate?: string | null;
  recurrence?: Recurrence | null;
  productText?: string | null;
  indicatorIds?: string[];
  status?: Task['status'];
  doneAt?: string | null;
  cancelReason?: string | null;
  progressPercent?: number;
  sourceLine?: number | null;
}

export type TaskPatch = Partial<Omit<Task, 'id' | 'planId' | 'version' | 'createdAt' | 'updatedAt'>>;

export interface TaskFilter {
  planId?: string;
  /** Tasks of plans in this state. */
  planStatus?: 'draft' | 'published';
  /** Tasks of the plans of these organisations. */
  organisationIds?: readonly string[];
  /** Tasks this unit leads. */
  leadUnitId?: string;
  /** Tasks this unit leads or supports. */
  unitId?: string;
  /** Only tasks a person may still act on: not done, not cancelled. */
  open?: boolean;
  /** Due on or before this date. */
  dueOnOrBefore?: string;
}

/** Stays under SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK = 500;

async function links(db: Executor, table: 'task_units' | 'task_indicators', ids: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (let i = 0; i < ids.length; i += CHUNK) {
    const slice = ids.slice(i, i + CHUNK);
    const rows = table === 'task_units'
      ? (await db.selectFrom('task_units').select(['task_id', 'unit_id as other']).where('task_id', 'in', slice).execute())
      : (await db.selectFrom('task_indicators').select(['task_id', 'indicator_id as other']).where('task_id', 'in', slice).execute());
    for (const row of rows) result.get(row.task_id)?.push(row.other);
  }
  for (const list of result.values()) list.sort();
  return result;
}

async function writeLinks(db: Executor, taskId: string, unitIds: readonly string[] | undefined, indicatorIds: readonly string[] | undefined): Promise<void> {
  if (unitIds !== undefined) {
    await db.deleteFrom('task_units').where('task_id', '=', taskId).execute();
    if (unitIds.length > 0) await db.insertInto('task_units').values(unitIds.map((unitId) => ({ task_id: taskId, unit_id: unitId }))).execute();
  }
  if (indicatorIds !== undefined) {
    await db.deleteFrom('task_indicators').where('task_id', '=', taskId).execute();
    if (indicatorIds.length > 0) {
      await db.insertInto('task_indicators').values(indicatorIds.map((indicatorId) => ({ task_id: taskId, indicator_id: indicatorId }))).execute();
    }
  }
}

function toTask(row: Selectable<TasksTable>, supportingUnitIds: string[], indicatorIds: string[]): Task {
  return {
    id: row.id, planId: row.plan_id, parentId: row.parent_id, position: row.position, number: row.number, title: row.title,
    kind: row.kind, leadUnitId: row.lead_unit_id, supportingUnitIds, responsibleUserId: row.responsible_user_id,
    startDate: row.start_date, dueDate: row.due_date, recurrence: fromJson<Recurrence>(row.recurrence_json), productText: row.product_text,
    indicatorIds, status: row.status, doneAt: row.done_at, cancelReason: row.cancel_reason, progressPercent: row.progress_percent,
    sourceLine: row.source_line, version: row.version, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

function toRow(task: Task): Selectable<TasksTable> {
  return {
    id: task.id, plan_id: task.planId, parent_id: task.parentId, position: task.position, number: task.number, title: task.title,
    kind: task.kind, lead_unit_id: task.leadUnitId, responsible_user_id: task.responsibleUserId, start_date: task.startDate,
    due_date: task.dueDate, recurrence_json: toJson(task.recurrence), product_text: task.productText, status: task.status,
    done_at: task.doneAt, cancel_reason: task.cancelReason, progress_percent: task.progressPercent, source_line: task.sourceLine,
    version: task.version, created_at: task.createdAt, updated_at: task.updatedAt,
  };
}

const unique = (ids: readonly string[] | undefined): string[] => [...new Set(ids ?? [])].sort();

/** Creates a task (a sub-task when `parentId` is set) with its supporting units and indicators. */
export async function createTask(db: Executor, ctx: WriteContext, given: NewTask): Promise<Task> {
  const input = nfcDeep(given);
  const at = isoAt(ctx);
  const created: Task = {
    id: newId(input.id), planId: input.planId, parentId: input.parentId ?? null, position: input.position ?? 0, number: input.number ?? null,
    title: input.title, kind: input.kind, leadUnitId: input.leadUnitId ?? null, supportingUnitIds: unique(input.supportingUnitIds),
    responsibleUserId: input.responsibleUserId ?? null, startDate: input.startDate ?? null, dueDate: input.dueDate ?? null,
    recurrence: input.recurrence ?? null, productText: input.productText ?? null, indicatorIds: unique(input.indicatorIds),
    status: input.status ?? 'not_started', doneAt: input.doneAt ?? null, cancelReason: input.cancelReason ?? null,
    progressPercent: input.progressPercent ?? 0, sourceLine: input.sourceLine ?? null, version: 1, createdAt: at, updatedAt: at,
  };
  return transaction(db, async (trx) => {
    await trx.insertInto('tasks').values(toRow(created)).execute();
    await writeLinks(trx, created.id, created.supportingUnitIds, created.indicatorIds);
    await appendAudit(trx, ctx, { entity: 'task', entityId: created.id, action: 'create', before: null, after: created });
    return created;
  });
}

/** The task with this id, or null. */
export async function getTask(db: Executor, id: string): Promise<Task | null> {
  const row = await db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return null;
  return toTask(row, (await links(db, 'task_units', [id])).get(id) ?? [], (await links(db, 'task_indicators', [id])).get(id) ?? []);
}

/** Tasks matching the filter, in plan order (plan, position, number). */
export async function listTasks(db: Executor, filter: TaskFilter): Promise<Task[]> {
  let query = db.selectFrom('tasks as t').innerJoin('plans as p', 'p.id', 't.plan_id').selectAll('t');
  if (filter.planId !== undefined) query = query.where('t.plan_id', '=', filter.planId);
  if (filter.planStatus !== undefined) query = query.where('p.status', '=', filter.planStatus);
  if (filter.organisationIds !== undefined) {
    if (filter.organisationIds.length === 0) return [];
    query = query.where('p.organisation_id', 'in', [...filter.organisationIds]);
  }
  if (filter.leadUnitId !== undefined) query = query.where('t.lead_unit_id', '=', filter.leadUnitId);
  const unitId = filter.unitId;
  if (unitId !== undefined) {
    query = query.where((eb) => eb.or([
      eb('t.lead_unit_id', '=', unitId),
      eb('t.id', 'in', eb.selectFrom('task_units').select('task_id').where('unit_id', '=', unitId)),
    ]));
  }
  if (filter.open === true) query = query.where('t.status', 'in', ['not_started', 'in_progress']);
  if (filter.dueOnOrBefore !== undefined) query = query.where('t.due_date', '<=', filter.dueOnOrBefore);
  const rows = await query.orderBy('p.created_at').orderBy('t.plan_id').orderBy('t.position').orderBy('t.id').execute();
  const ids = rows.map((row) => row.id);
  const units = await links(db, 'task_units', ids);
  const indicators = await links(db, 'task_indicators', ids);
  return rows.map((row) => toTask(row, units.get(row.id) ?? [], indicators.get(row.id) ?? []));
}

/**
 * Updates a task still at `expectedVersion`; fails with 'conflict' otherwise. `action` is
 * 'transition' for a status step (done, cancelled, reopened), 'update' for anything else.
 */
export async function updateTask(
  db: Executor, ctx: WriteContext, id: string, expectedVersion: number, patch: TaskPatch, action: 'update' | 'transition' = 'update',
): Promise<Task> {
  return transaction(db, async (trx) => {
    const before = await getTask(trx, id);
    if (before === null) throw notFound('task', id);
    if (before.version !== expectedVersion) throw staleVersion('task', id, expectedVersion, before.version);
    const after = applyPatch(before, { ...nfcDeep(patch), version: before.version + 1, updatedAt: isoAt(ctx) });
    after.supportingUnitIds = unique(after.supportingUnitIds);
    after.indicatorIds = unique(after.indicatorIds);
    const { id: _id, created_at: _at, plan_id: _plan, ...changes } = toRow(after);
    const result = await trx.updateTable('tasks').set(changes).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    // Another writer committed between our read and this update (PostgreSQL, read committed).
    if (result.numUpdatedRows === 0n) throw staleVersion('task', id, expectedVersion, expectedVersion + 1);
    await writeLinks(trx, id, patch.supportingUnitIds === undefined ? undefined : after.supportingUnitIds, patch.indicatorIds === undefined ? undefined : after.indicatorIds);
    await appendAudit(trx, ctx, { entity: 'task', entityId: id, action, before, after });
    return after;
  });
}

/** Deletes a task still at `expectedVersion` (its links go with it); a task with sub-tasks, updates or reminders is refused by the keys. */
export async function deleteTask(db: Executor, ctx: WriteContext, id: string, expectedVersion: number): Promise<void> {
  await transaction(db, async (trx) => {
    const before = await getTask(trx, id);
    if (before === null) throw notFound('task', id);
    if (before.version !== expectedVersion) throw staleVersion('task', id, expectedVersion, before.version);
    const result = await trx.deleteFrom('tasks').where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    if (result.numDeletedRows === 0n) throw staleVersion('task', id, expectedVersion, expectedVersion + 1);
    await appendAudit(trx, ctx, { entity: 'task', entityId: id, action: 'delete', before, after: null });
  });
}
