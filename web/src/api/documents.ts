/**
 * Stored documents: a term's list, one document with its text, the search across a term's
 * documents, the original file, and the two uploads (a report filed under the term, a
 * resolution imported into the term's draft framework). Types come from the server's schemas.
 */
import { useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DocumentDetail as DocumentDetailSchema, DocumentList, DocumentSearchQuery, DocumentSearchResponse } from '../../../src/server/schemas/document.schemas.ts';
import type { DocumentSummary as DocumentSummarySchema } from '../../../src/server/schemas/entity.schemas.ts';
import type { FrameworkImportResponse } from '../../../src/server/schemas/framework.schemas.ts';
import { apiRequest, apiUpload } from './client.ts';

export type DocumentSummary = z.output<typeof DocumentSummarySchema>;
export type DocumentDetail = z.output<typeof DocumentDetailSchema>;
export type DocumentLine = DocumentDetail['lines'][number];
export type DocumentSection = DocumentDetail['sections'][number];
export type DocumentFootnote = DocumentDetail['footnotes'][number];
/** Query strings are text on the wire: the schema's input side. */
export type DocumentSearch = z.input<typeof DocumentSearchQuery>;
export type DocumentSearchResult = z.output<typeof DocumentSearchResponse>;
export type DocumentHit = DocumentSearchResult['hits'][number];
export type FrameworkImport = z.output<typeof FrameworkImportResponse>;

const id = encodeURIComponent;

/** GET /api/terms/:termId/documents: summaries, newest first. */
export async function readTermDocuments(termId: string): Promise<DocumentSummary[]> {
  return (await apiRequest<z.output<typeof DocumentList>>('GET', `/api/terms/${id(termId)}/documents`)).documents;
}

/** GET /api/documents/:id: the document with its lines, outline and footnotes. */
export function readDocument(documentId: string, signal?: AbortSignal): Promise<DocumentDetail> {
  return apiRequest('GET', `/api/documents/${id(documentId)}`, signal === undefined ? {} : { signal });
}

/** GET /api/documents/search: lines containing the words, with or without diacritics. */
export function searchDocuments(query: DocumentSearch, signal?: AbortSignal): Promise<DocumentSearchResult> {
  return apiRequest('GET', '/api/documents/search', { query: { ...query }, ...(signal === undefined ? {} : { signal }) });
}

/** The address of the original file (a plain link: the browser downloads it with the session cookie). */
export function documentFileUrl(documentId: string): string {
  return `/api/documents/${id(documentId)}/file`;
}

/** POST /api/terms/:termId/documents: files a report, plan or other document under the term. */
export function uploadDocument(termId: string, file: File): Promise<DocumentSummary> {
  return apiUpload(`/api/terms/${id(termId)}/documents`, file, file.name);
}

/** POST /api/terms/:termId/framework/import: stores a resolution and creates the draft framework from it. */
export function importResolution(termId: string, file: File): Promise<FrameworkImport> {
  return apiUpload(`/api/terms/${id(termId)}/framework/import`, file, file.name);
}

/** The key of a term's document list (uploads invalidate it). */
export const documentsKey = (termId: string | null) => ['documents', termId] as const;

/** A term's documents (disabled until a term is chosen). */
export function useTermDocuments(termId: string | null): UseQueryResult<DocumentSummary[]> {
  return useQuery({ queryKey: documentsKey(termId), queryFn: () => readTermDocuments(termId ?? ''), enabled: termId !== null });
}

/** One document with its text. */
export function useDocument(documentId: string): UseQueryResult<DocumentDetail> {
  return useQuery({ queryKey: ['document', documentId], queryFn: ({ signal }) => readDocument(documentId, signal), staleTime: 5 * 60_000 });
}

/** The search across a term's documents; idle while the query is empty. */
export function useDocumentSearch(termId: string | null, q: string): UseQueryResult<DocumentSearchResult> {
  return useQuery({
    queryKey: ['document-search', termId, q],
    queryFn: ({ signal }) => searchDocuments({ termId: termId ?? '', q }, signal),
    enabled: termId !== null && q.trim() !== '',
  });
}
