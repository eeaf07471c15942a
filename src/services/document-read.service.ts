/**
 * Reading stored documents: a term's list, one document with its text, outline and footnotes,
 * a search across a term's documents (or within one), and the original file. Whoever reads
 * the framework of the document's organisation (permission framework.read) reads its documents.
 *
 * The search scans the stored texts of the term's documents one by one: fine for a province's
 * few hundred documents; a full-text index is the way to go beyond that.
 */
import type { z } from 'zod';
import type { DocumentFormat, DocumentSummary, StoredDocument } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import type { Footnote, Section } from '../domain/document.ts';
import { getDocument, listDocuments, type Executor } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan, type Scope } from './authorization.ts';
import type { ServiceDeps } from './deps.ts';
import { placeCitations, type CitationPlace } from './document-citations.ts';
import { summaryOf } from './document-import.service.ts';
import { searchDocument, type DocumentHit } from './document-search.ts';
import { DocumentInput, DocumentSearchInput, TermDocumentsInput } from './document-read.schemas.ts';
import { parseInput } from './parse-input.ts';
import { loadTerm, unitScope } from './scopes.ts';

/** At most this many hits are returned; `total` still counts them all. */
export const SEARCH_LIMIT = 200;

export interface DocumentDetail extends DocumentSummary {
  lines: { text: string; line: number; endLine: number }[];
  sections: Section[];
  footnotes: (Footnote & { citations: CitationPlace[] })[];
  warnings: string[];
}

export interface DocumentSearchResult {
  hits: DocumentHit[];
  total: number;
  limit: number;
}

export interface DocumentFile {
  /** The file store's key (open it with `openStored`). */
  storageKey: string;
  fileName: string;
  mediaType: string;
}

const MEDIA_TYPE: Record<DocumentFormat, string> = {
  txt: 'text/plain; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function missing(entity: string, id: string): ResoluteError {
  return new ResoluteError('record_not_found', `No ${entity} with id ${id}`, { entity, id });
}

/** A document and the scope it is read in: its term's organisation, or its own when it has no term. */
async function loadDocument(db: Executor, documentId: string): Promise<{ document: StoredDocument; scope: Scope }> {
  const document = await getDocument(db, documentId);
  if (document === null) throw missing('document', documentId);
  const scope = document.termId === null ? await unitScope(db, document.organisationId) : (await loadTerm(db, document.termId)).scope;
  return { document, scope };
}

/** The documents filed under a term, without their text, newest first. */
export async function listTermDocuments(deps: ServiceDeps, actor: Actor, input: z.input<typeof TermDocumentsInput>): Promise<{ documents: DocumentSummary[] }> {
  const args = parseInput(TermDocumentsInput, input);
  const { term, scope } = await loadTerm(deps.db, args.termId);
  assertCan(actor, 'framework.read', scope);
  return { documents: await listDocuments(deps.db, { termId: term.id }) };
}

/** One document with its cleaned lines, outline, footnotes (with the places of their citations) and warnings. */
export async function readDocument(deps: ServiceDeps, actor: Actor, input: z.input<typeof DocumentInput>): Promise<DocumentDetail> {
  const args = parseInput(DocumentInput, input);
  const { document, scope } = await loadDocument(deps.db, args.documentId);
  assertCan(actor, 'framework.read', scope);
  const places = placeCitations(document.lines, document.footnotes);
  return {
    ...summaryOf(document),
    lines: document.lines.map(({ text, line, endLine }) => ({ text, line, endLine })),
    sections: document.sections,
    footnotes: document.footnotes.map((note, i) => ({ ...note, citations: places[i] ?? [] })),
    warnings: document.warnings,
  };
}

/** The documents a search covers: one document, or every document of a term. */
async function searchScope(deps: ServiceDeps, actor: Actor, args: z.output<typeof DocumentSearchInput>): Promise<string[]> {
  if (args.documentId !== undefined) {
    const { document, scope } = await loadDocument(deps.db, args.documentId);
    assertCan(actor, 'framework.read', scope);
    if (args.termId !== undefined && document.termId !== args.termId) {
      throw new ResoluteError('invalid_input', 'The document is not filed under this term', { detail: 'documentId: not under termId', detail_vi: 'documentId: văn bản không thuộc nhiệm kỳ termId', path: 'documentId' });
    }
    return [document.id];
  }
  const { term, scope } = await loadTerm(deps.db, args.termId ?? '');
  assertCan(actor, 'framework.read', scope);
  return (await listDocuments(deps.db, { termId: term.id })).map((summary) => summary.id);
}

/** Lines containing `q` (diacritics-insensitive) in a term's documents or one document: the first SEARCH_LIMIT and the total. */
export async function searchDocuments(deps: ServiceDeps, actor: Actor, input: DocumentSearchInput): Promise<DocumentSearchResult> {
  const args = parseInput(DocumentSearchInput, input);
  const ids = await searchScope(deps, actor, args);
  const hits: DocumentHit[] = [];
  let total = 0;
  // One document in memory at a time: a term's texts together may be large.
  for (const id of ids) {
    const document = await getDocument(deps.db, id);
    if (document === null) continue;
    const found = searchDocument(document, args.q);
    total += found.length;
    hits.push(...found.slice(0, Math.max(0, SEARCH_LIMIT - hits.length)));
  }
  return { hits, total, limit: SEARCH_LIMIT };
}

/** Where the original file of a document is kept, with its name and type; `record_not_found` when it was not kept. */
export async function getDocumentFile(deps: ServiceDeps, actor: Actor, input: z.input<typeof DocumentInput>): Promise<DocumentFile> {
  const args = parseInput(DocumentInput, input);
  const { document, scope } = await loadDocument(deps.db, args.documentId);
  assertCan(actor, 'framework.read', scope);
  if (document.storageKey === null) throw missing('file', document.id);
  return { storageKey: document.storageKey, fileName: document.originalName, mediaType: MEDIA_TYPE[document.format] };
}
