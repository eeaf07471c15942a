/** Data collection: reporting periods, observations (one per indicator × period × unit × kind), evidence. */
import { sql } from 'kysely';
import type { MigrationDb, StoreMigration } from './ddl.ts';
import { oneOf } from './ddl.ts';

async function createPeriods(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('periods')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('term_id', 'text', (c) => c.notNull().references('terms.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('start_year', 'integer', (c) => c.notNull())
    .addColumn('end_year', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('periods_kind', oneOf('kind', ['year', 'mid_term', 'term_end']))
    .addCheckConstraint('periods_state', oneOf('state', ['open', 'closed']))
    .addCheckConstraint('periods_years', sql`start_year <= end_year`)
    .addUniqueConstraint('periods_term_kind_years', ['term_id', 'kind', 'start_year', 'end_year'])
    .execute();
}

async function createObservations(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('observations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicators.id'))
    .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // numeric: exact decimal on PostgreSQL, a double (REAL) on SQLite; see README.md.
    .addColumn('value', 'numeric')
    .addColumn('value_text', 'text')
    .addColumn('note', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('return_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('observations_kind', oneOf('kind', ['estimate', 'official']))
    .addCheckConstraint('observations_state', oneOf('state', ['draft', 'submitted', 'approved', 'returned']))
    .addUniqueConstraint('observations_indicator_period_unit_kind', ['indicator_id', 'period_id', 'unit_id', 'kind'])
    .execute();
  await db.schema.createIndex('observations_period_unit').on('observations').columns(['period_id', 'unit_id']).execute();
  await db.schema.createIndex('observations_unit').on('observations').column('unit_id').execute();
}

async function createEvidence(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('observation_id', 'text', (c) => c.notNull().references('observations.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('evidence_observation').on('evidence').column('observation_id').execute();
}

async function up(db: MigrationDb): Promise<void> {
  await createPeriods(db);
  await createObservations(db);
  await createEvidence(db);
}

export const collection: StoreMigration = { name: '0004-collection', up };
