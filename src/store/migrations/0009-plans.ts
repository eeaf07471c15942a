/**
 * Plans and their tasks: plans, tasks in a tree (plan -> area -> task -> sub-task), their
 * supporting units and indicators, progress updates, evidence files, and the reminders the
 * scheduler sends (notifications). The audit log learns the new entities: its CHECK on
 * `entity` is replaced, which SQLite can only do by rebuilding the table (rows, sequence,
 * indexes and append-only triggers kept).
 */
import { sql } from 'kysely';
import type { Engine } from '../database.ts';
import type { MigrationDb, StoreMigration } from './ddl.ts';
import { oneOf } from './ddl.ts';
import { replaceAuditEntities } from './audit-entities.ts';

const TASK_KINDS = ['thematic_resolution', 'project', 'key_programme', 'breakthrough', 'conclusion', 'regular', 'report_duty'];

const AUDIT_ENTITIES = [
  'organisation', 'term', 'document', 'indicator_group', 'indicator', 'period',
  'observation', 'evidence', 'user', 'membership', 'api_token',
  'plan', 'task', 'task_update', 'task_evidence',
];

async function createPlans(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('term_id', 'text', (c) => c.references('terms.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('issuing_unit_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('number', 'text')
    .addColumn('date', 'text')
    .addColumn('source_document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('plans_status', oneOf('status', ['draft', 'published']))
    .execute();
  await db.schema.createIndex('plans_organisation').on('plans').column('organisation_id').execute();
  await db.schema.createIndex('plans_term').on('plans').column('term_id').execute();
}

async function createTasks(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('parent_id', 'text', (c) => c.references('tasks.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('lead_unit_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('responsible_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('start_date', 'text')
    .addColumn('due_date', 'text')
    .addColumn('recurrence_json', 'text')
    .addColumn('product_text', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('progress_percent', 'integer', (c) => c.notNull())
    .addColumn('source_line', 'integer')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('tasks_kind', oneOf('kind', TASK_KINDS))
    .addCheckConstraint('tasks_status', oneOf('status', ['not_started', 'in_progress', 'done', 'cancelled']))
    .addCheckConstraint('tasks_percent', sql`progress_percent between 0 and 100`)
    .addCheckConstraint('tasks_done_at', sql`(status = 'done') = (done_at is not null)`)
    .addCheckConstraint('tasks_cancel_reason', sql`(status = 'cancelled') = (cancel_reason is not null)`)
    .execute();
  for (const column of ['plan_id', 'parent_id', 'lead_unit_id', 'due_date', 'responsible_user_id']) {
    await db.schema.createIndex(`tasks_${column}`).on('tasks').column(column).execute();
  }
  await db.schema
    .createTable('task_units')
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addPrimaryKeyConstraint('task_units_pk', ['task_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('task_units_unit').on('task_units').column('unit_id').execute();
  await db.schema
    .createTable('task_indicators')
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicators.id'))
    .addPrimaryKeyConstraint('task_indicators_pk', ['task_id', 'indicator_id'])
    .execute();
  await db.schema.createIndex('task_indicators_indicator').on('task_indicators').column('indicator_id').execute();
}

async function createUpdates(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('task_updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('task_updates_kind', oneOf('kind', ['progress', 'comment']))
    .addCheckConstraint('task_updates_percent', sql`percent is null or percent between 0 and 100`)
    .execute();
  await db.schema.createIndex('task_updates_task').on('task_updates').columns(['task_id', 'created_at']).execute();
  await db.schema
    .createTable('task_evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id'))
    .addColumn('update_id', 'text', (c) => c.references('task_updates.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('task_evidence_task').on('task_evidence').column('task_id').execute();
}

async function createNotifications(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('read_at', 'text')
    .addCheckConstraint('notifications_kind', oneOf('kind', ['due_soon', 'overdue']))
    .addCheckConstraint('notifications_channel', oneOf('channel', ['in_app', 'email']))
    // One reminder per task, user, channel and day: a second run of the day's check adds nothing.
    .addUniqueConstraint('notifications_once_a_day', ['user_id', 'task_id', 'channel', 'day'])
    .execute();
  await db.schema.createIndex('notifications_user').on('notifications').columns(['user_id', 'created_at']).execute();
}

async function up(db: MigrationDb, engine: Engine): Promise<void> {
  await createPlans(db);
  await createTasks(db);
  await createUpdates(db);
  await createNotifications(db);
  await replaceAuditEntities(db, engine, AUDIT_ENTITIES);
}

export const plans: StoreMigration = { name: '0009-plans', up };
