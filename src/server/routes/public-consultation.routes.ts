/**
 * The public side of a consultation, without an account: read the draft and the published
 * comments, get a form token, send a comment, report one, verify an e-mail address. Changes
 * are rate-limited per client address (COMMENT_RATE_PER_MINUTE) and bodies are small; the
 * comments (COMMENT_RATE_PER_ADDRESS_PER_HOUR) and verification codes are also limited per
 * e-mail address (by the services). Nothing returned
 * here carries a commenter's contact.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listPublicComments, publishedByTarget, reportComment } from '../../services/comment-moderation.service.ts';
import { submitPublicComment } from '../../services/comment-submission.service.ts';
import { confirmCode, configuredCodeSender, requestCode } from '../../services/consultation-verification.service.ts';
import { issueFormToken, readPublicConsultation } from '../../services/consultation.service.ts';
import {
  CodeConfirmed, CodeRequested, CommentParams, CommentReceipt, ConfirmCodeBody, FormToken, PublicCommentBody, PublicCommentPage, PublicCommentsQuery,
  PublicConsultation, RequestCodeBody, SlugParams,
} from '../schemas/consultation.schemas.ts';
import { ERROR_RESPONSES, NO_CONTENT } from '../schemas/error.schemas.ts';

/** A comment's body at most: the domain's limits in characters fit in it several times over. */
const COMMENT_BODY_LIMIT = 64 * 1024;

export const publicConsultationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services, config } = app.resolute;
  const tags = ['public consultation'];
  const errors = ERROR_RESPONSES;
  const limited = { auth: 'public' as const, rateLimit: { max: config.commentRatePerMinute, timeWindow: 60_000 } };
  const sender = configuredCodeSender(config);
  app.addHook('onClose', () => sender?.close?.());

  app.get('/api/public/consultations/:slug', {
    config: { auth: 'public' },
    schema: { tags, summary: 'A consultation for the public: the draft by section, its targets, localities, limits and state', params: SlugParams, response: { 200: PublicConsultation, ...errors } },
  }, async (request) => readPublicConsultation(services, request.params, await publishedByTarget(services, request.params.slug)));

  app.get('/api/public/consultations/:slug/form', {
    config: { auth: 'public' },
    schema: { tags, summary: 'A form token: when the form was issued, signed (send it with the comment)', params: SlugParams, response: { 200: FormToken, ...errors } },
  }, async (request) => issueFormToken(services, request.params));

  app.post('/api/public/consultations/:slug/comments', {
    config: limited,
    bodyLimit: COMMENT_BODY_LIMIT,
    schema: {
      tags, summary: 'Sends a comment (refused with comment_refused, consultation_closed; rate-limited per client address); it is published after moderation',
      params: SlugParams, body: PublicCommentBody, response: { 201: CommentReceipt, ...errors },
    },
  }, async (request, reply) => reply.code(201).send(await submitPublicComment(services, { ...request.body, slug: request.params.slug })));

  app.get('/api/public/consultations/:slug/comments', {
    config: { auth: 'public' },
    schema: { tags, summary: 'Published comments, newest first, a duplicate group once with its size; no contact data', params: SlugParams, querystring: PublicCommentsQuery, response: { 200: PublicCommentPage, ...errors } },
  }, async (request) => listPublicComments(services, { slug: request.params.slug, ...request.query }));

  app.post('/api/public/comments/:commentId/report', {
    config: limited,
    schema: { tags, summary: 'Reports a published comment to the moderators', params: CommentParams, response: { ...NO_CONTENT, ...errors } },
  }, async (request, reply) => {
    await reportComment(services, request.params);
    return reply.code(204).send(null);
  });

  app.post('/api/public/consultations/:slug/verification', {
    config: limited,
    schema: { tags, summary: 'Sends a six-digit code to an e-mail address (consultations that ask for verification; five an address an hour)', params: SlugParams, body: RequestCodeBody, response: { 202: CodeRequested, ...errors } },
  }, async (request, reply) => reply.code(202).send(await requestCode(services, sender, { ...request.body, slug: request.params.slug })));

  app.post('/api/public/consultations/:slug/verification/confirm', {
    config: limited,
    schema: { tags, summary: 'Checks the code; gives the verification token a comment carries', params: SlugParams, body: ConfirmCodeBody, response: { 200: CodeConfirmed, ...errors } },
  }, async (request) => confirmCode(services, { ...request.body, slug: request.params.slug }));
};
