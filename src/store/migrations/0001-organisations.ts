/** Organisations as a tree (units are organisations) and their Congress terms. */
import { sql } from 'kysely';
import type { MigrationDb, StoreMigration } from './ddl.ts';
import { oneOf } from './ddl.ts';

const KINDS = ['nation', 'province', 'party_body', 'department', 'commune', 'other'];

async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('organisations_kind', oneOf('kind', KINDS))
    .addCheckConstraint('organisations_not_own_parent', sql`parent_id is null or parent_id <> id`)
    .execute();
  await db.schema.createIndex('organisations_parent').on('organisations').column('parent_id').execute();
  await db.schema.createIndex('organisations_code').unique().on('organisations').column('code').execute();

  await db.schema
    .createTable('terms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('congress', 'text', (c) => c.notNull())
    .addColumn('start_year', 'integer', (c) => c.notNull())
    .addColumn('end_year', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('terms_organisation_congress', ['organisation_id', 'congress'])
    .addCheckConstraint('terms_years', sql`start_year <= end_year`)
    .execute();
}

export const organisations: StoreMigration = { name: '0001-organisations', up };
