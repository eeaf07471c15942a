/** The one error body every route answers with: `{ "error": { "code", "message", "details" } }`. */
import { z } from 'zod';

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable code, e.g. record_not_found, forbidden, invalid_input'),
      message: z.string().describe('Message for people: Vietnamese, or English with Accept-Language: en'),
      details: z.record(z.string(), z.union([z.string(), z.number()])).describe('Values the message quotes (path, limit, …)'),
    }),
  })
  .meta({ id: 'Error' });

export type ErrorBody = z.infer<typeof ErrorBody>;

/** The error responses every route may give; added to each route's `response` for the OpenAPI document. */
export const ERROR_RESPONSES = { '4xx': ErrorBody, '5xx': ErrorBody } as const;

/** The answer of a change that returns nothing (HTTP 204). */
export const NO_CONTENT = { 204: z.null().describe('No content') } as const;
