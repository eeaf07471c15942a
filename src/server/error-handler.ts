/**
 * The error edge of the HTTP server: every failure becomes `{ "error": { code, message,
 * details } }` with its status (error-status.ts), in the request's language. Unknown errors
 * are logged with their stack and answered with a plain 500.
 */
import type { FastifyInstance } from 'fastify';
import { errorMessage } from '../services/error-messages.ts';
import { errorReply } from './error-reply.ts';
import { ERROR_STATUS } from './error-status.ts';

/** Installs the error handler and the JSON 404. */
export function registerErrorHandling(app: FastifyInstance): void {
  const { config } = app.resolute;
  app.setErrorHandler((error, request, reply) => {
    const result = errorReply(error, request.lang, {
      requestId: request.id,
      contentType: request.headers['content-type'] ?? '',
      bodyLimit: config.bodyLimitBytes,
      uploadLimit: config.uploadLimitBytes,
    });
    if (result.unexpected) request.log.error({ err: error }, 'unexpected error');
    else request.log.info({ code: result.body.error.code, status: result.status }, 'request refused');
    if (result.status === 429 && result.body.error.details.retryAfterSeconds !== undefined) {
      reply.header('retry-after', String(result.body.error.details.retryAfterSeconds));
    }
    return reply.code(result.status).type('application/json; charset=utf-8').send(result.body);
  });
  app.setNotFoundHandler((request, reply) => {
    const details = { method: request.method, url: request.url.split('?')[0] ?? '' };
    const body = { error: { code: 'route_not_found', message: errorMessage(request.lang, 'route_not_found', details), details } };
    return reply.code(ERROR_STATUS.route_not_found).send(body);
  });
}
