/** The directory of terms, and the indicator framework of a term: read, edit, link across terms, publish, import. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listDirectory } from '../../services/directory.service.ts';
import { importDocument } from '../../services/document-import.service.ts';
import { DOCUMENT_KINDS, saveUpload } from '../../services/file-store.ts';
import { editIndicator, getFramework, importFramework, linkPreviousIndicator, publishFramework } from '../../services/framework.service.ts';
import { parseInput } from '../../services/parse-input.ts';
import { actorOf } from '../auth.ts';
import { DocumentSummary, Indicator } from '../schemas/entity.schemas.ts';
import { ERROR_RESPONSES } from '../schemas/error.schemas.ts';
import {
  DirectoryResponse, EditIndicatorBody, FrameworkImportResponse, FrameworkResponse, ImportSource, IndicatorParams, LinkIndicatorBody,
  PublishResponse, TermParams,
} from '../schemas/framework.schemas.ts';
import { readUpload, uploadDocumentation } from '../upload.ts';

export const frameworkRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services, config } = app.resolute;

  app.get('/api/directory', {
    schema: { tags: ['framework'], summary: 'Organisations around the user\'s roles and the terms they may read', response: { 200: DirectoryResponse, ...ERROR_RESPONSES } },
  }, async (request) => listDirectory(services, actorOf(request)));

  app.get('/api/terms/:termId/framework', {
    schema: { tags: ['framework'], summary: 'Groups, indicators and components of a term (permission framework.read)', params: TermParams, response: { 200: FrameworkResponse, ...ERROR_RESPONSES } },
  }, async (request) => getFramework(services, actorOf(request), request.params));

  app.patch('/api/indicators/:indicatorId', {
    schema: { tags: ['framework'], summary: 'Edits an indicator; a new target text is parsed again (framework.edit)', params: IndicatorParams, body: EditIndicatorBody, response: { 200: Indicator, ...ERROR_RESPONSES } },
  }, async (request) => editIndicator(services, actorOf(request), { ...request.body, ...request.params }));

  app.put('/api/indicators/:indicatorId/previous', {
    schema: { tags: ['framework'], summary: 'Links the indicator to the same one in an earlier term, or unlinks it (framework.edit)', params: IndicatorParams, body: LinkIndicatorBody, response: { 200: Indicator, ...ERROR_RESPONSES } },
  }, async (request) => linkPreviousIndicator(services, actorOf(request), { ...request.body, ...request.params }));

  app.post('/api/terms/:termId/framework/publish', {
    schema: { tags: ['framework'], summary: 'Publishes every draft indicator of the term (framework.edit)', params: TermParams, response: { 200: PublishResponse, ...ERROR_RESPONSES } },
  }, async (request) => publishFramework(services, actorOf(request), request.params));

  app.post('/api/terms/:termId/framework/import', {
    config: { swaggerTransform: uploadDocumentation({ source: 'auto (default), target_list or table' }) },
    schema: { tags: ['framework'], summary: 'Imports a TXT, DOCX or PDF document into the term\'s draft framework (framework.edit)', params: TermParams, response: { 201: FrameworkImportResponse, ...ERROR_RESPONSES } },
  }, async (request, reply) => {
    const upload = await readUpload(request);
    const source = parseInput(ImportSource.default('auto'), upload.fields.source);
    const file = await saveUpload(config.dataDir, upload.bytes, upload.fileName, DOCUMENT_KINDS);
    const result = await importFramework(services, actorOf(request), {
      termId: request.params.termId, path: file.path, originalName: file.fileName, storageKey: file.storageKey, source,
    });
    return reply.code(201).send(result);
  });

  app.post('/api/terms/:termId/documents', {
    config: { swaggerTransform: uploadDocumentation() },
    schema: { tags: ['framework'], summary: 'Files a report or plan (TXT, DOCX, PDF) under the term (document.import)', params: TermParams, response: { 201: DocumentSummary, ...ERROR_RESPONSES } },
  }, async (request, reply) => {
    const upload = await readUpload(request);
    const file = await saveUpload(config.dataDir, upload.bytes, upload.fileName, DOCUMENT_KINDS);
    const document = await importDocument(services, actorOf(request), {
      termId: request.params.termId, path: file.path, originalName: file.fileName, storageKey: file.storageKey,
    });
    return reply.code(201).send(document);
  });
};
