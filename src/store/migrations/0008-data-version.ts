/**
 * One row counting the audited changes: every writing transaction bumps it together with its
 * audit entry (audit.repository.ts), so a reader that sees the same version sees the same data.
 * Caches of computed reads (the dashboard's evaluation) are keyed by it. Unlike the audit log's
 * `seq`, which PostgreSQL assigns at insert and not at commit, the row's value and the change
 * commit together.
 */
import { sql } from 'kysely';
import type { MigrationDb, StoreMigration } from './ddl.ts';

async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('data_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addCheckConstraint('data_version_single_row', sql`id = 1`)
    .execute();
  await sql`insert into data_version (id, version) values (1, 0)`.execute(db);
}

export const dataVersion: StoreMigration = { name: '0008-data-version', up };
