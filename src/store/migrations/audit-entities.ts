/**
 * Replacing the audit log's CHECK on `entity` when a migration adds audited entities (0009,
 * 0010). PostgreSQL alters the constraint in place; SQLite cannot alter a CHECK, so it
 * rebuilds `audit_log` keeping its rows, its sequence, its indexes and the append-only
 * triggers of 0006. The table shape here is the one 0006 created: a migration that changes
 * the audit log's columns must not reuse this function as it stands.
 */
import { sql } from 'kysely';
import type { Engine } from '../database.ts';
import type { MigrationDb } from './ddl.ts';
import { oneOf } from './ddl.ts';

/** PostgreSQL changes a CHECK in place. */
async function replacePostgres(db: MigrationDb, entities: readonly string[]): Promise<void> {
  await sql`alter table audit_log drop constraint audit_log_entity`.execute(db);
  await sql`alter table audit_log add constraint audit_log_entity check (${oneOf('entity', entities)})`.execute(db);
}

/**
 * SQLite: build the new table, copy every row (seq kept), drop the old one (its triggers go
 * with it; DROP fires no DELETE trigger), rename (SQLite renames the AUTOINCREMENT counter
 * too), then recreate the indexes and append-only triggers of 0006.
 */
async function rebuildSqlite(db: MigrationDb, entities: readonly string[]): Promise<void> {
  await db.schema
    .createTable('audit_log_next')
    .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addCheckConstraint('audit_log_entity', oneOf('entity', entities))
    .addCheckConstraint('audit_log_action', oneOf('action', ['create', 'update', 'transition', 'delete']))
    .execute();
  await sql`insert into audit_log_next (seq, at, actor_id, entity, entity_id, action, before_json, after_json)
    select seq, at, actor_id, entity, entity_id, action, before_json, after_json from audit_log order by seq`.execute(db);
  await sql`drop table audit_log`.execute(db);
  await sql`alter table audit_log_next rename to audit_log`.execute(db);
  await db.schema.createIndex('audit_log_entity_id').on('audit_log').columns(['entity', 'entity_id']).execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_id', 'seq']).execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  for (const event of ['update', 'delete']) {
    await sql`create trigger ${sql.raw(`audit_log_no_${event}`)} before ${sql.raw(event)} on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  }
}

/** Makes `entities` (the complete list, not only the new ones) the audit log's allowed entities. */
export async function replaceAuditEntities(db: MigrationDb, engine: Engine, entities: readonly string[]): Promise<void> {
  await (engine === 'postgres' ? replacePostgres(db, entities) : rebuildSqlite(db, entities));
}
