/**
 * Sending a stored file back: its media type, its size, and its original name as an
 * attachment (so a browser saves it rather than renders it), plus the OpenAPI description of
 * such a route, whose success answer is bytes, not JSON.
 */
import type { SwaggerTransform } from '@fastify/swagger';
import type { FastifyReply } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { OpenedFile } from '../services/file-store.ts';

/**
 * The Content-Disposition of a download: an ASCII fallback name for old clients and the
 * real (Vietnamese) name encoded per RFC 6266 / RFC 5987.
 */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Sends `file` as the answer: type, length, attachment name, and no caching of a private record. */
export function sendFile(reply: FastifyReply, file: OpenedFile, fileName: string, mediaType: string): FastifyReply {
  return reply
    .type(mediaType)
    .header('content-length', file.size)
    .header('content-disposition', attachmentHeader(fileName))
    .header('cache-control', 'private, no-store')
    .send(file.stream);
}

/** The OpenAPI transform of a download route: the zod transform, with the success answer as binary. */
export function downloadDocumentation(description: string): SwaggerTransform {
  return (args) => {
    const result = jsonSchemaTransform(args);
    const given: unknown = result.schema.response;
    const response: Record<string, unknown> = typeof given === 'object' && given !== null ? { ...given } : {};
    response['200'] = { description, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } };
    return { url: result.url, schema: { ...result.schema, response } };
  };
}

/** A rendered report under its file name: a file to save, or for JSON (data or layout) something a browser may show. */
export function sendReport(reply: FastifyReply, report: { fileName: string; contentType: string; body: Buffer | Uint8Array | string }): FastifyReply {
  const attachment = attachmentHeader(report.fileName);
  return reply
    .header('content-type', report.contentType)
    .header('content-disposition', report.fileName.endsWith('.json') ? attachment.replace(/^attachment/u, 'inline') : attachment)
    .header('cache-control', 'private, no-store')
    .send(report.body);
}
