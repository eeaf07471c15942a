/**
 * Progress updates on tasks (percent and text from the lead unit, comments from supporting
 * units) and the evidence files attached to them. Both are append-only records: a correction
 * is a new update. Each write is audited in its transaction.
 */
import type { Selectable } from 'kysely';
import type { TaskEvidence, TaskUpdate } from '../domain/entities.ts';
import { appendAudit } from './audit.repository.ts';
import type { Executor } from './database.ts';
import { nfcDeep } from './nfc.ts';
import type { TaskEvidenceTable, TaskUpdatesTable } from './tables.ts';
import { transaction } from './transaction.ts';
import { isoAt, newId } from './write-context.ts';
import type { WriteContext } from './write-context.ts';

export type NewTaskUpdate = Omit<TaskUpdate, 'id' | 'createdBy' | 'createdAt'> & { id?: string };
export type NewTaskEvidence = Omit<TaskEvidence, 'id' | 'createdBy' | 'createdAt'> & { id?: string };

function toUpdate(row: Selectable<TaskUpdatesTable>): TaskUpdate {
  return {
    id: row.id, taskId: row.task_id, kind: row.kind, percent: row.percent, text: row.text, unitId: row.unit_id,
    createdBy: row.created_by, createdAt: row.created_at,
  };
}

function toEvidence(row: Selectable<TaskEvidenceTable>): TaskEvidence {
  return {
    id: row.id, taskId: row.task_id, updateId: row.update_id, fileName: row.file_name, mediaType: row.media_type, size: row.size,
    sha256: row.sha256, storageKey: row.storage_key, createdBy: row.created_by, createdAt: row.created_at,
  };
}

/** Records a progress update or a comment on a task. */
export async function addTaskUpdate(db: Executor, ctx: WriteContext, given: NewTaskUpdate): Promise<TaskUpdate> {
  const input = nfcDeep(given);
  const row: Selectable<TaskUpdatesTable> = {
    id: newId(input.id), task_id: input.taskId, kind: input.kind, percent: input.percent, text: input.text, unit_id: input.unitId,
    created_by: ctx.actorId, created_at: isoAt(ctx),
  };
  return transaction(db, async (trx) => {
    await trx.insertInto('task_updates').values(row).execute();
    const created = toUpdate(row);
    await appendAudit(trx, ctx, { entity: 'task_update', entityId: row.id, action: 'create', before: null, after: created });
    return created;
  });
}

/** The update with this id, or null. */
export async function getTaskUpdate(db: Executor, id: string): Promise<TaskUpdate | null> {
  const row = await db.selectFrom('task_updates').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toUpdate(row);
}

/** A task's updates and comments, oldest first. */
export async function listTaskUpdates(db: Executor, taskId: string): Promise<TaskUpdate[]> {
  const rows = await db.selectFrom('task_updates').selectAll().where('task_id', '=', taskId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toUpdate);
}

/** Records an evidence file on a task (and the update it backs, when given). */
export async function addTaskEvidence(db: Executor, ctx: WriteContext, given: NewTaskEvidence): Promise<TaskEvidence> {
  const input = nfcDeep(given);
  const row: Selectable<TaskEvidenceTable> = {
    id: newId(input.id), task_id: input.taskId, update_id: input.updateId, file_name: input.fileName, media_type: input.mediaType,
    size: input.size, sha256: input.sha256, storage_key: input.storageKey, created_by: ctx.actorId, created_at: isoAt(ctx),
  };
  return transaction(db, async (trx) => {
    await trx.insertInto('task_evidence').values(row).execute();
    const created = toEvidence(row);
    await appendAudit(trx, ctx, { entity: 'task_evidence', entityId: row.id, action: 'create', before: null, after: created });
    return created;
  });
}

/** The evidence record with this id, or null. */
export async function getTaskEvidence(db: Executor, id: string): Promise<TaskEvidence | null> {
  const row = await db.selectFrom('task_evidence').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toEvidence(row);
}

/** A task's evidence files, oldest first. */
export async function listTaskEvidence(db: Executor, taskId: string): Promise<TaskEvidence[]> {
  const rows = await db.selectFrom('task_evidence').selectAll().where('task_id', '=', taskId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toEvidence);
}
