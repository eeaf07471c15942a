/** The indicator framework of a term: groups, indicators, components, supporting units. */
import type { MigrationDb, StoreMigration } from './ddl.ts';
import { oneOf } from './ddl.ts';

const DIRECTIONS = ['increase', 'decrease', 'band', 'structure', 'unknown'];

async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('indicator_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('term_id', 'text', (c) => c.notNull().references('terms.id'))
    .addColumn('code', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('indicator_groups_term').on('indicator_groups').column('term_id').execute();

  await db.schema
    .createTable('indicators')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('term_id', 'text', (c) => c.notNull().references('terms.id'))
    .addColumn('group_id', 'text', (c) => c.references('indicator_groups.id'))
    .addColumn('parent_id', 'text', (c) => c.references('indicators.id'))
    .addColumn('code', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text')
    .addColumn('target_text', 'text')
    .addColumn('target_json', 'text')
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('baseline_json', 'text')
    .addColumn('lead_unit_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('source_document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('source_line', 'integer')
    .addColumn('previous_indicator_id', 'text', (c) => c.references('indicators.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('indicators_direction', oneOf('direction', DIRECTIONS))
    .addCheckConstraint('indicators_status', oneOf('status', ['draft', 'published']))
    .execute();
  for (const column of ['term_id', 'group_id', 'parent_id', 'lead_unit_id', 'previous_indicator_id']) {
    await db.schema.createIndex(`indicators_${column}`).on('indicators').column(column).execute();
  }

  await db.schema
    .createTable('indicator_supporting_units')
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicators.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addPrimaryKeyConstraint('indicator_supporting_units_pk', ['indicator_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('indicator_supporting_units_unit').on('indicator_supporting_units').column('unit_id').execute();
}

export const framework: StoreMigration = { name: '0003-framework', up };
