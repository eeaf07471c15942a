/**
 * Consultations for the offices: list and open (consultation.manage), read one, close it,
 * link the next version; the moderation queue and its actions (consultation.moderate);
 * offline comments, imports and tallies (consultation.enter); the synthesis, dispositions,
 * version diff and the two reports (consultation.read; dispositions: consultation.manage).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importComments } from '../../services/comment-import.service.ts';
import { listQueue, moderate, moderateGroup, queueItemOf } from '../../services/comment-moderation.service.ts';
import { enterOfflineComment } from '../../services/comment-submission.service.ts';
import { getDispositionBoard, getVersionDiff, recordDisposition } from '../../services/consultation-disposition.service.ts';
import { renderConsultationReport } from '../../services/consultation-report.service.ts';
import { getSynthesis } from '../../services/consultation-synthesis.service.ts';
import { addTally, deleteTally, listTallies } from '../../services/consultation-tally.service.ts';
import { closeConsultation, getConsultationDetail, listConsultations, openConsultation, reviseConsultation } from '../../services/consultation.service.ts';
import { actorOf } from '../auth.ts';
import { sendReport } from '../download.ts';
import {
  AddTallyBody, CloseConsultationBody, CommentParams, CommentQueue, Consultation, ConsultationDetail, ConsultationParams, ConsultationSummary,
  DispositionBoard, DispositionRecord, ImportResult, ListConsultationsQuery, ModeratedGroup, ModerateCommentBody, ModerateGroupBody,
  OfflineCommentBody, OpenConsultationBody, QueueItem, QueueQuery, ReportQuery, ReviseConsultationBody, SetDispositionBody, Synthesis, Tally,
  TallyParams, VersionDiff,
} from '../schemas/consultation.schemas.ts';
import { ERROR_RESPONSES, NO_CONTENT } from '../schemas/error.schemas.ts';
import { reportResponse } from '../schemas/report.schemas.ts';
import { readUpload, uploadDocumentation } from '../upload.ts';

const ReportParams = z.strictObject({ consultationId: z.string().min(1).max(200), report: z.enum(['synthesis', 'disposition']) });

export const consultationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app.resolute;
  const tags = ['consultations'];
  const errors = ERROR_RESPONSES;

  app.get('/api/consultations', {
    schema: { tags, summary: 'Consultations the caller may read or enter comments into, newest first, with counts by moderation state', querystring: ListConsultationsQuery, response: { 200: z.array(ConsultationSummary), ...errors } },
  }, async (request) => listConsultations(services, actorOf(request), request.query));

  app.post('/api/consultations', {
    schema: { tags, summary: 'Opens a consultation on a stored draft document, from a day and time to another (Vietnam time) (consultation.manage)', body: OpenConsultationBody, response: { 201: Consultation, ...errors } },
  }, async (request, reply) => reply.code(201).send(await openConsultation(services, actorOf(request), request.body)));

  app.get('/api/consultations/:consultationId', {
    schema: { tags, summary: 'A consultation with its draft\'s sections and targets, localities, counts and what the caller may do', params: ConsultationParams, response: { 200: ConsultationDetail, ...errors } },
  }, async (request) => getConsultationDetail(services, actorOf(request), request.params));

  app.post('/api/consultations/:consultationId/close', {
    schema: { tags, summary: 'Closes the consultation now (consultation.manage)', params: ConsultationParams, body: CloseConsultationBody, response: { 200: Consultation, ...errors } },
  }, async (request) => closeConsultation(services, actorOf(request), { ...request.body, ...request.params }));

  app.post('/api/consultations/:consultationId/revision', {
    schema: { tags, summary: 'Links the next version of the draft (consultation.manage)', params: ConsultationParams, body: ReviseConsultationBody, response: { 200: Consultation, ...errors } },
  }, async (request) => reviseConsultation(services, actorOf(request), { ...request.body, ...request.params }));

  app.get('/api/consultations/:consultationId/comments', {
    schema: { tags, summary: 'The moderation queue, newest first, with contact data (consultation.moderate)', params: ConsultationParams, querystring: QueueQuery, response: { 200: CommentQueue, ...errors } },
  }, async (request) => listQueue(services, actorOf(request), { ...request.query, ...request.params }));

  app.post('/api/consultations/:consultationId/comments', {
    schema: { tags, summary: 'Enters a comment from a meeting or a paper form; published at once (consultation.enter)', params: ConsultationParams, body: OfflineCommentBody, response: { 201: QueueItem, ...errors } },
  }, async (request, reply) => {
    const result = await enterOfflineComment(services, actorOf(request), { ...request.body, ...request.params });
    return reply.code(201).send(await queueItemOf(services, result.comment));
  });

  app.post('/api/consultations/:consultationId/comments/import', {
    config: { swaggerTransform: uploadDocumentation({ channel: 'meeting, paper or import (default)' }) },
    schema: { tags, summary: 'Imports comments from an XLSX or CSV sheet (consultation.enter); refused rows are listed with their row numbers', params: ConsultationParams, response: { 200: ImportResult, ...errors } },
  }, async (request) => {
    const upload = await readUpload(request);
    const channel = upload.fields.channel?.trim();
    return importComments(services, actorOf(request), {
      consultationId: request.params.consultationId, fileName: upload.fileName, ...(channel ? { channel: channel as 'meeting' | 'paper' | 'import' } : {}),
    }, upload.bytes);
  });

  app.post('/api/comments/:commentId/moderation', {
    schema: { tags, summary: 'Publishes, hides (with a reason) or marks a comment as spam (consultation.moderate; audited)', params: CommentParams, body: ModerateCommentBody, response: { 200: QueueItem, ...errors } },
  }, async (request) => moderate(services, actorOf(request), { ...request.body, ...request.params }));

  app.post('/api/consultations/:consultationId/groups/moderation', {
    schema: { tags, summary: 'Publishes or marks as spam a whole duplicate group (consultation.moderate)', params: ConsultationParams, body: ModerateGroupBody, response: { 200: ModeratedGroup, ...errors } },
  }, async (request) => moderateGroup(services, actorOf(request), { ...request.body, ...request.params }));

  app.get('/api/consultations/:consultationId/tallies', {
    schema: { tags, summary: 'Tallies entered for localities (consultation.read or consultation.enter)', params: ConsultationParams, response: { 200: z.array(Tally), ...errors } },
  }, async (request) => listTallies(services, actorOf(request), request.params));

  app.post('/api/consultations/:consultationId/tallies', {
    schema: { tags, summary: 'Enters a tally of a meeting or of paper forms for a locality (consultation.enter)', params: ConsultationParams, body: AddTallyBody, response: { 201: Tally, ...errors } },
  }, async (request, reply) => reply.code(201).send(await addTally(services, actorOf(request), { ...request.body, ...request.params })));

  app.delete('/api/consultations/:consultationId/tallies/:tallyId', {
    schema: { tags, summary: 'Removes a tally (consultation.enter)', params: TallyParams, response: { ...NO_CONTENT, ...errors } },
  }, async (request, reply) => {
    await deleteTally(services, actorOf(request), request.params);
    return reply.code(204).send(null);
  });

  app.get('/api/consultations/:consultationId/synthesis', {
    schema: { tags, summary: 'The synthesis: counts by stance, respondent type, channel and locality, main points per unit, campaigns (consultation.read)', params: ConsultationParams, response: { 200: Synthesis, ...errors } },
  }, async (request) => getSynthesis(services, actorOf(request), request.params));

  app.get('/api/consultations/:consultationId/dispositions', {
    schema: { tags, summary: 'Main points and comments with what the drafting team did with them (consultation.read)', params: ConsultationParams, response: { 200: DispositionBoard, ...errors } },
  }, async (request) => getDispositionBoard(services, actorOf(request), request.params));

  app.put('/api/consultations/:consultationId/dispositions', {
    schema: { tags, summary: 'Records tiếp thu / giải trình / không tiếp thu for a main point or a comment (consultation.manage)', params: ConsultationParams, body: SetDispositionBody, response: { 200: DispositionRecord, ...errors } },
  }, async (request) => recordDisposition(services, actorOf(request), { ...request.body, ...request.params }));

  app.get('/api/consultations/:consultationId/diff', {
    schema: { tags, summary: 'The next version\'s changes per section, with the comments and dispositions behind them (consultation.read)', params: ConsultationParams, response: { 200: VersionDiff, ...errors } },
  }, async (request) => getVersionDiff(services, actorOf(request), request.params));

  app.get('/api/consultations/:consultationId/reports/:report', {
    schema: {
      tags, summary: 'The synthesis report or the báo cáo tiếp thu, giải trình: DOCX, PDF, XLSX, CSV, data as JSON, or layout (consultation.read)',
      params: ReportParams, querystring: ReportQuery, response: { 200: reportResponse(z.unknown()), ...errors },
    },
  }, async (request, reply) => sendReport(reply, await renderConsultationReport(services, actorOf(request), { ...request.params, ...request.query })));
};
