/**
 * Imported documents. The cleaned text is stored as text (one line per cleaned line) with
 * the original line span of each, so any stored line can be traced to the uploaded file.
 */
import type { Selectable } from 'kysely';
import type { CleanLine, DocumentMeta, Footnote, Section } from '../domain/document.ts';
import type { DocumentFormat, DocumentSummary, StoredDocument } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import { appendAudit } from './audit.repository.ts';
import type { Executor } from './database.ts';
import { fromJson } from './json-column.ts';
import type { DocumentsTable } from './tables.ts';
import { nfcDeep } from './nfc.ts';
import { transaction } from './transaction.ts';
import { isoAt, newId } from './write-context.ts';
import type { WriteContext } from './write-context.ts';


/**
 * Where a clean line came from: [first line, last line] and, for joined lines, the offsets at
 * which each original line starts, so that citations keep their exact line after a reload.
 */
type LineSpan = [number, number] | [number, number, [number, number][]];

function spanOf(line: CleanLine): LineSpan {
  return line.sources ? [line.line, line.endLine, line.sources.map((source) => [source.offset, source.line])] : [line.line, line.endLine];
}

function lineFromSpan(text: string, span: LineSpan | undefined): CleanLine {
  const line: CleanLine = { text, line: span?.[0] ?? 0, endLine: span?.[1] ?? 0 };
  const sources = span?.[2];
  return sources ? { ...line, sources: sources.map(([offset, source]) => ({ offset, line: source })) } : line;
}

export interface NewDocument {
  id?: string;
  organisationId: string;
  termId: string | null;
  meta: DocumentMeta;
  originalName: string;
  format: DocumentFormat;
  sha256: string;
  size: number;
  storageKey?: string | null;
  lines: CleanLine[];
  sections: Section[];
  footnotes: Footnote[];
  warnings: string[];
}

export interface DocumentFilter {
  organisationId?: string;
  termId?: string;
}

const SUMMARY_COLUMNS = [
  'id', 'organisation_id', 'term_id', 'title', 'kind', 'issuer', 'number', 'date', 'place', 'term_start_year',
  'term_end_year', 'original_name', 'format', 'sha256', 'size', 'storage_key', 'created_by', 'created_at',
] as const;

type SummaryRow = Pick<Selectable<DocumentsTable>, (typeof SUMMARY_COLUMNS)[number]>;

function toSummary(row: SummaryRow): DocumentSummary {
  return {
    id: row.id, organisationId: row.organisation_id, termId: row.term_id, title: row.title, kind: row.kind,
    issuer: row.issuer, number: row.number, date: row.date, place: row.place,
    termStartYear: row.term_start_year, termEndYear: row.term_end_year, originalName: row.original_name,
    format: row.format, sha256: row.sha256, size: row.size, storageKey: row.storage_key,
    createdBy: row.created_by, createdAt: row.created_at,
  };
}

function toDocument(row: Selectable<DocumentsTable>): StoredDocument {
  const spans = fromJson<LineSpan[]>(row.line_spans_json) ?? [];
  const texts = row.clean_text === '' && spans.length === 0 ? [] : row.clean_text.split('\n');
  return {
    ...toSummary(row),
    lines: texts.map((text, i) => lineFromSpan(text, spans[i])),
    sections: fromJson<Section[]>(row.outline_json) ?? [],
    footnotes: fromJson<Footnote[]>(row.footnotes_json) ?? [],
    warnings: fromJson<string[]>(row.warnings_json) ?? [],
  };
}

function toRow(input: NewDocument, ctx: WriteContext): Selectable<DocumentsTable> {
  if (input.lines.some((line) => line.text.includes('\n'))) {
    throw new ResoluteError('invalid_input', 'A cleaned line contains a line break', { detail: 'lines' });
  }
  const { meta } = input;
  return {
    id: newId(input.id), organisation_id: input.organisationId, term_id: input.termId, title: meta.title,
    kind: meta.kind, issuer: meta.issuer, number: meta.number, date: meta.date, place: meta.place,
    term_start_year: meta.term?.start ?? null, term_end_year: meta.term?.end ?? null,
    original_name: input.originalName, format: input.format, sha256: input.sha256, size: input.size,
    storage_key: input.storageKey ?? null,
    clean_text: input.lines.map((line) => line.text).join('\n'),
    line_spans_json: JSON.stringify(input.lines.map(spanOf)),
    outline_json: JSON.stringify(input.sections),
    footnotes_json: JSON.stringify(input.footnotes),
    warnings_json: JSON.stringify(input.warnings),
    created_by: ctx.actorId, created_at: isoAt(ctx),
  };
}

/** Stores an imported document; the same file (sha256) twice for one organisation is a duplicate. */
export async function createDocument(db: Executor, ctx: WriteContext, input: NewDocument): Promise<StoredDocument> {
  const row = toRow(nfcDeep(input), ctx);
  return transaction(db, async (trx) => {
    await trx.insertInto('documents').values(row).execute();
    // The audit entry records the metadata; the text itself is in the row and never changes.
    await appendAudit(trx, ctx, { entity: 'document', entityId: row.id, action: 'create', before: null, after: toSummary(row) });
    return toDocument(row);
  });
}

/** The document with its text, outline and footnotes, or null. */
export async function getDocument(db: Executor, id: string): Promise<StoredDocument | null> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toDocument(row);
}

/** Documents without their text, newest first. */
export async function listDocuments(db: Executor, filter: DocumentFilter = {}): Promise<DocumentSummary[]> {
  let query = db.selectFrom('documents').select(SUMMARY_COLUMNS);
  if (filter.organisationId !== undefined) query = query.where('organisation_id', '=', filter.organisationId);
  if (filter.termId !== undefined) query = query.where('term_id', '=', filter.termId);
  const rows = await query.orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map(toSummary);
}

/** The organisation's document with this content hash, if it was imported before. */
export async function findDocumentBySha256(db: Executor, organisationId: string, sha256: string): Promise<DocumentSummary | null> {
  const row = await db
    .selectFrom('documents')
    .select(SUMMARY_COLUMNS)
    .where('organisation_id', '=', organisationId)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row === undefined ? null : toSummary(row);
}
