/**
 * Storing an uploaded document under a term: the cleaned text, outline, footnotes and
 * metadata, with the file's hash and size. Reports filed this way feed the evaluation's
 * disagreements (their own status words against the figures); resolutions feed the framework.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import type { StructuredDocument } from '../domain/document.ts';
import type { DocumentSummary, StoredDocument, Term } from '../domain/entities.ts';
import { detectFormat } from '../ingest/read-file.ts';
import { ResoluteError } from '../domain/errors.ts';
import { formatVnDate } from '../domain/vn-date.ts';
import { createDocument, findDocumentBySha256, type Executor, type WriteContext } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan } from './authorization.ts';
import type { ServiceDeps } from './deps.ts';
import { writeContext } from './deps.ts';
import { extractDocument } from './document.service.ts';
import { parseInput } from './parse-input.ts';
import { Id, Text } from './schema-common.ts';
import { loadTerm } from './scopes.ts';

export const ImportDocumentInput = z.strictObject({
  termId: Id,
  /** The uploaded or local file (TXT, DOCX, PDF). */
  path: z.string().min(1).max(4096),
  /** The name the user gave the file; defaults to the path's base name. */
  originalName: Text(500).optional(),
  /** Where the original bytes are kept in the file store, when they are. */
  storageKey: Text(500).optional(),
});

export type ImportDocumentInput = z.input<typeof ImportDocumentInput>;

/** A file read and structured, with what the store needs to know about its bytes. */
export interface ReadUpload {
  structured: StructuredDocument;
  originalName: string;
  storageKey: string | null;
  format: ReturnType<typeof detectFormat>;
  sha256: string;
  size: number;
}

/** Reads and structures a file (named errors for missing, empty, damaged files). */
export async function readUpload(args: { path: string; originalName?: string | undefined; storageKey?: string | undefined }): Promise<ReadUpload> {
  const structured = await extractDocument(args.path);
  const data = await readFile(args.path);
  return {
    structured, originalName: args.originalName ?? basename(args.path), storageKey: args.storageKey ?? null,
    format: detectFormat(data, args.path), sha256: createHash('sha256').update(data).digest('hex'), size: data.length,
  };
}

/** Stores a read file under the term; the same file twice for one organisation is a `duplicate`. */
export async function storeUpload(db: Executor, ctx: WriteContext, term: Term, upload: ReadUpload): Promise<StoredDocument> {
  const { lines, sections, footnotes, warnings, meta } = upload.structured;
  const earlier = await findDocumentBySha256(db, term.organisationId, upload.sha256);
  if (earlier !== null) {
    throw new ResoluteError('duplicate_file', `The file was already uploaded as document ${earlier.id}`, {
      name: upload.originalName, title: earlier.title ?? earlier.originalName, date: formatVnDate(earlier.createdAt.slice(0, 10)), documentId: earlier.id,
    });
  }
  return createDocument(db, ctx, {
    organisationId: term.organisationId, termId: term.id, meta, originalName: upload.originalName, format: upload.format,
    sha256: upload.sha256, size: upload.size, storageKey: upload.storageKey, lines, sections, footnotes, warnings,
  });
}

/** The document without its text. */
export function summaryOf(document: StoredDocument): DocumentSummary {
  const { lines: _lines, sections: _sections, footnotes: _footnotes, warnings: _warnings, ...summary } = document;
  return summary;
}

/** Imports a document (a report, a plan) under a term without touching its framework. */
export async function importDocument(deps: ServiceDeps, actor: Actor, input: ImportDocumentInput): Promise<DocumentSummary> {
  const args = parseInput(ImportDocumentInput, input);
  const { term, scope } = await loadTerm(deps.db, args.termId);
  assertCan(actor, 'document.import', scope);
  const upload = await readUpload(args);
  return summaryOf(await storeUpload(deps.db, writeContext(deps, actor), term, upload));
}
