/**
 * The append-only audit log. `seq` orders it (an identity on PostgreSQL, AUTOINCREMENT on
 * SQLite so numbers are never reused) and triggers refuse UPDATE and DELETE on both engines.
 */
import { sql } from 'kysely';
import type { Engine } from '../database.ts';
import type { MigrationDb, StoreMigration } from './ddl.ts';
import { oneOf } from './ddl.ts';

const ENTITIES = [
  'organisation', 'term', 'document', 'indicator_group', 'indicator', 'period',
  'observation', 'evidence', 'user', 'membership', 'api_token',
];

async function createTable(db: MigrationDb, engine: Engine): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', engine === 'postgres' ? 'bigint' : 'integer', (c) =>
      engine === 'postgres' ? c.generatedByDefaultAsIdentity().primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addCheckConstraint('audit_log_entity', oneOf('entity', ENTITIES))
    .addCheckConstraint('audit_log_action', oneOf('action', ['create', 'update', 'transition', 'delete']))
    .execute();
  await db.schema.createIndex('audit_log_entity_id').on('audit_log').columns(['entity', 'entity_id']).execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_id', 'seq']).execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
}

async function forbidChangesPostgres(db: MigrationDb): Promise<void> {
  await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
    begin raise exception 'audit_log is append-only'; end $$`.execute(db);
  await sql`create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_append_only()`.execute(db);
  await sql`create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only()`.execute(db);
}

async function forbidChangesSqlite(db: MigrationDb): Promise<void> {
  for (const event of ['update', 'delete']) {
    await sql`create trigger ${sql.raw(`audit_log_no_${event}`)} before ${sql.raw(event)} on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  }
}

async function up(db: MigrationDb, engine: Engine): Promise<void> {
  await createTable(db, engine);
  await (engine === 'postgres' ? forbidChangesPostgres(db) : forbidChangesSqlite(db));
}

export const auditLog: StoreMigration = { name: '0006-audit-log', up };
