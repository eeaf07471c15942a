/** Evidence files on a figure: upload (type checked from the bytes, size bounded), download, remove. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachEvidence, detachEvidence, getEvidence } from '../../services/evidence.service.ts';
import { EVIDENCE_KINDS, openStored, saveUpload } from '../../services/file-store.ts';
import { actorOf } from '../auth.ts';
import { downloadDocumentation, sendFile } from '../download.ts';
import { EvidenceParams, ObservationParams } from '../schemas/collection.schemas.ts';
import { Evidence } from '../schemas/entity.schemas.ts';
import { ERROR_RESPONSES } from '../schemas/error.schemas.ts';
import { readUpload, uploadDocumentation } from '../upload.ts';

export const evidenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services, config } = app.resolute;

  app.post('/api/observations/:observationId/evidence', {
    config: { swaggerTransform: uploadDocumentation() },
    schema: {
      tags: ['observations'],
      summary: 'Attaches a file (PDF, DOCX, XLSX, TXT, PNG, JPEG; UPLOAD_LIMIT_MB) to a draft or returned figure (observation.edit)',
      params: ObservationParams, response: { 201: Evidence, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const upload = await readUpload(request);
    const file = await saveUpload(config.dataDir, upload.bytes, upload.fileName, EVIDENCE_KINDS);
    const evidence = await attachEvidence(services, actorOf(request), {
      observationId: request.params.observationId, fileName: file.fileName, mediaType: file.mediaType, size: file.size,
      sha256: file.sha256, storageKey: file.storageKey,
    });
    return reply.code(201).send(evidence);
  });

  app.get('/api/evidence/:evidenceId/file', {
    config: { swaggerTransform: downloadDocumentation('The file as uploaded, with its name as an attachment') },
    schema: { tags: ['observations'], summary: 'Downloads an evidence file (observation.read: whoever may read the figure)', params: EvidenceParams, response: { 200: z.unknown(), ...ERROR_RESPONSES } },
  }, async (request, reply) => {
    const evidence = await getEvidence(services, actorOf(request), request.params);
    return sendFile(reply, await openStored(config.dataDir, evidence.storageKey), evidence.fileName, evidence.mediaType);
  });

  app.delete('/api/evidence/:evidenceId', {
    schema: { tags: ['observations'], summary: 'Removes an evidence file from a draft or returned figure (observation.edit)', params: EvidenceParams, response: { 200: Evidence, ...ERROR_RESPONSES } },
  }, async (request) => detachEvidence(services, actorOf(request), request.params));
};
