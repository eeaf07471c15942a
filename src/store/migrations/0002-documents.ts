/** Imported documents: metadata, the original file's identity, cleaned text, outline, footnotes. */
import type { MigrationDb, StoreMigration } from './ddl.ts';
import { oneOf } from './ddl.ts';

const KINDS = ['political_report', 'resolution', 'report', 'plan', 'draft', 'other'];
const FORMATS = ['txt', 'docx', 'pdf', 'xlsx'];

async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('term_id', 'text', (c) => c.references('terms.id'))
    .addColumn('title', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text')
    .addColumn('number', 'text')
    .addColumn('date', 'text')
    .addColumn('place', 'text')
    .addColumn('term_start_year', 'integer')
    .addColumn('term_end_year', 'integer')
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('storage_key', 'text')
    .addColumn('clean_text', 'text', (c) => c.notNull())
    .addColumn('line_spans_json', 'text', (c) => c.notNull())
    .addColumn('outline_json', 'text', (c) => c.notNull())
    .addColumn('footnotes_json', 'text', (c) => c.notNull())
    .addColumn('warnings_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('documents_kind', oneOf('kind', KINDS))
    .addCheckConstraint('documents_format', oneOf('format', FORMATS))
    // The same file imported twice by one organisation is a mistake worth naming.
    .addUniqueConstraint('documents_organisation_sha256', ['organisation_id', 'sha256'])
    .execute();
  await db.schema.createIndex('documents_term').on('documents').column('term_id').execute();
}

export const documents: StoreMigration = { name: '0002-documents', up };
