/** Stored documents: a term's list, one document with its text and outline, search, the original file. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getDocumentFile, listTermDocuments, readDocument, searchDocuments } from '../../services/document-read.service.ts';
import { openStored } from '../../services/file-store.ts';
import { actorOf } from '../auth.ts';
import { downloadDocumentation, sendFile } from '../download.ts';
import { DocumentDetail, DocumentList, DocumentParams, DocumentSearchQuery, DocumentSearchResponse } from '../schemas/document.schemas.ts';
import { ERROR_RESPONSES } from '../schemas/error.schemas.ts';
import { TermParams } from '../schemas/framework.schemas.ts';

export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services, config } = app.resolute;

  app.get('/api/terms/:termId/documents', {
    schema: { tags: ['documents'], summary: 'Documents filed under a term, without their text, newest first (framework.read)', params: TermParams, response: { 200: DocumentList, ...ERROR_RESPONSES } },
  }, async (request) => listTermDocuments(services, actorOf(request), request.params));

  app.get('/api/documents/search', {
    schema: {
      tags: ['documents'],
      summary: 'Lines containing the words, with or without diacritics, in a term\'s documents or one document; at most 200 hits and the total (framework.read)',
      querystring: DocumentSearchQuery, response: { 200: DocumentSearchResponse, ...ERROR_RESPONSES },
    },
  }, async (request) => searchDocuments(services, actorOf(request), request.query));

  app.get('/api/documents/:documentId', {
    schema: { tags: ['documents'], summary: 'A document with its cleaned lines, outline, footnotes and warnings (framework.read)', params: DocumentParams, response: { 200: DocumentDetail, ...ERROR_RESPONSES } },
  }, async (request) => readDocument(services, actorOf(request), request.params));

  app.get('/api/documents/:documentId/file', {
    config: { swaggerTransform: downloadDocumentation('The original file (TXT, DOCX or PDF) with its name as an attachment') },
    schema: { tags: ['documents'], summary: 'Downloads the original file as uploaded; 404 when it was not kept (framework.read)', params: DocumentParams, response: { 200: z.unknown(), ...ERROR_RESPONSES } },
  }, async (request, reply) => {
    const file = await getDocumentFile(services, actorOf(request), request.params);
    return sendFile(reply, await openStored(config.dataDir, file.storageKey), file.fileName, file.mediaType);
  });
};
