/**
 * Turns anything thrown while answering into the error body and its status: named errors
 * (the domain's and the services' `ResoluteError`, `AccessError`) with their translated
 * message; Fastify's own (validation, body size, media type); and everything else as a
 * plain 500 that names only the request id — no stack, no internal message.
 */
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ResoluteError } from '../domain/errors.ts';
import { AccessError } from '../services/access-error.ts';
import { errorMessage } from '../services/error-messages.ts';
import type { Lang, MessageCode } from '../services/error-messages.ts';
import { ERROR_STATUS } from './error-status.ts';
import type { ErrorBody } from './schemas/error.schemas.ts';

export interface ErrorReply {
  status: number;
  body: ErrorBody;
  /** True for failures that are bugs and must be logged with their stack. */
  unexpected: boolean;
}

type Details = Record<string, string | number>;

function reply(lang: Lang, code: MessageCode, details: Details, status = ERROR_STATUS[code]): ErrorReply {
  return { status, body: { error: { code, message: errorMessage(lang, code, details), details } }, unexpected: status >= 500 };
}

interface FastifyLikeError {
  code?: unknown;
  statusCode?: unknown;
  message?: unknown;
}

function fastifyError(error: unknown): FastifyLikeError | null {
  return typeof error === 'object' && error !== null ? error : null;
}

/**
 * Validation failures name the part of the request and the field: "body.password: Too small"
 * ("trường body.password: Too small" in Vietnamese; the validator's own message stays as it is).
 */
function validationDetails(error: { validation: { instancePath: string; message?: string }[]; validationContext?: string }): Details {
  const first = error.validation[0];
  const fields = (first?.instancePath ?? '').split('/').filter((p) => p !== '');
  const where = [error.validationContext ?? 'request', ...fields].join('.');
  const whereVi = fields.length > 0 ? `trường ${where}` : error.validationContext === undefined ? 'yêu cầu' : `phần ${where} của yêu cầu`;
  return { detail: `${where}: ${first?.message ?? 'invalid'}`, detail_vi: `${whereVi}: ${first?.message ?? 'không hợp lệ'}`, path: where };
}

/** What the error reply may quote about the request and the limits. */
export interface ErrorContext {
  requestId: string;
  contentType: string;
  bodyLimit: number;
  uploadLimit: number;
}

/** Errors Fastify and its plugins raise before a handler runs. */
function fromFramework(lang: Lang, error: FastifyLikeError, context: ErrorContext): ErrorReply | null {
  const status = typeof error.statusCode === 'number' ? error.statusCode : null;
  const code = typeof error.code === 'string' ? error.code : '';
  if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT') {
    return reply(lang, 'body_too_large', { limit: context.uploadLimit });
  }
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return reply(lang, 'unsupported_media_type', { contentType: context.contentType || '(none)' });
  if (status === 413) return reply(lang, 'body_too_large', { limit: context.bodyLimit });
  if (status === 415) return reply(lang, 'unsupported_media_type', { contentType: context.contentType || '(none)' });
  if (status === 429) return reply(lang, 'rate_limited', { retryAfterSeconds: 60 });
  if (status !== null && status >= 400 && status < 500) {
    return reply(lang, 'malformed_request', { detail: typeof error.message === 'string' ? error.message : code }, 400);
  }
  return null;
}

/** The reply for `error` in `lang`. */
export function errorReply(error: unknown, lang: Lang, context: ErrorContext): ErrorReply {
  if (error instanceof ResoluteError || error instanceof AccessError) return reply(lang, error.code, { ...error.details });
  if (hasZodFastifySchemaValidationErrors(error)) return reply(lang, 'invalid_input', validationDetails(error));
  const framework = fastifyError(error);
  const known = framework === null ? null : fromFramework(lang, framework, context);
  return known ?? reply(lang, 'internal', { requestId: context.requestId });
}
