/**
 * Reading the one file of a multipart upload (field "file"), with the text fields sent
 * before it. The size limit is the multipart plugin's (UPLOAD_LIMIT_MB); the type check is
 * the file store's, on the bytes.
 */
import type { SwaggerTransform } from '@fastify/swagger';
import type { FastifyRequest } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { ResoluteError } from '../domain/errors.ts';

export interface Upload {
  bytes: Buffer;
  fileName: string;
  /** Text fields that came before the file. */
  fields: Record<string, string>;
}

/** The uploaded file and its fields; `invalid_input` when the request carries no file. */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  const part = await request.file();
  if (part === undefined || part.fieldname !== 'file') {
    throw new ResoluteError('invalid_input', 'No file in the upload', { detail: 'file: a multipart field "file" is required', detail_vi: 'file: cần có trường multipart "file"', path: 'file' });
  }
  const bytes = await part.toBuffer();
  const fields: Record<string, string> = {};
  for (const [name, field] of Object.entries(part.fields)) {
    const value = Array.isArray(field) ? field[0] : field;
    if (value !== undefined && value.type === 'field' && typeof value.value === 'string') fields[name] = value.value;
  }
  return { bytes, fileName: part.filename, fields };
}

/**
 * The OpenAPI transform of an upload route: the zod transform for its params and responses,
 * plus the multipart body (one file and optional text fields), which no zod schema validates
 * because the handler streams it.
 */
export function uploadDocumentation(fields: Record<string, string> = {}): SwaggerTransform {
  return (args) => {
    const result = jsonSchemaTransform(args);
    const properties: Record<string, unknown> = {};
    for (const [name, description] of Object.entries(fields)) properties[name] = { type: 'string', description };
    properties.file = { type: 'string', format: 'binary', description: 'The file (sent after the fields above)' };
    const body = { type: 'object', required: ['file'], properties };
    return { url: result.url, schema: { ...result.schema, consumes: ['multipart/form-data'], body } };
  };
}
