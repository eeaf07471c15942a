/** Validating a service's input against its schema, with the path of the first bad field. */
import type { z } from 'zod';
import { ResoluteError } from '../domain/errors.ts';

/** Parses `input` with `schema`; throws `invalid_input` naming the bad field's path. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue === undefined || issue.path.length === 0 ? '(input)' : issue.path.map(String).join('.');
  const detail = `${path}: ${issue?.message ?? 'invalid'}`;
  throw new ResoluteError('invalid_input', `Invalid input: ${detail}`, { detail, path });
}
