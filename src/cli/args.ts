/**
 * Command-line flags: parsed by node's parseArgs (which rejects unknown flags), then
 * validated by one zod schema per command, which names the bad flag.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ResoluteError } from '../domain/errors.ts';
import type { Lang } from './messages.ts';

const langSchema = z.enum(['vi', 'en']);

/** Flags every document command takes. */
export const documentFlagsSchema = z.strictObject({
  file: z.string().min(1, 'a FILE is required'),
  json: z.boolean(),
  quiet: z.boolean(),
  help: z.boolean(),
  lang: langSchema,
});

export type DocumentFlags = z.infer<typeof documentFlagsSchema>;

/** A usage mistake: `invalid_input` with the detail the CLI prints. */
export function usageError(detail: string): ResoluteError {
  return new ResoluteError('invalid_input', detail, { detail });
}

/** Checks parsed flags against a subcommand's schema; every problem in one usage error. */
export function checkFlags<S extends z.ZodType>(schema: S, candidate: unknown): z.output<S> {
  const result = schema.safeParse(candidate);
  if (result.success) return result.data;
  throw usageError(result.error.issues.map((issue) => `${issue.path.join('.') || 'flags'}: ${issue.message}`).join('; '));
}

/** The language from `--lang`, else RESOLUTE_LANG, else Vietnamese. */
export function languageOf(flag: string | undefined, env: string | undefined): Lang {
  const parsed = langSchema.safeParse(flag ?? (env || 'vi'));
  return parsed.success ? parsed.data : 'vi';
}

/** Parses the flags of `extract` / `evaluate`. Throws ResoluteError('invalid_input') on bad usage. */
export function parseDocumentFlags(argv: string[], env: string | undefined): DocumentFlags {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        lang: { type: 'string' },
      },
    });
  } catch (error) {
    throw new ResoluteError('invalid_input', error instanceof Error ? error.message : String(error), {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    throw new ResoluteError('invalid_input', 'only one FILE is read at a time', { detail: `only one FILE is read at a time (got ${positionals.length})` });
  }
  const candidate = {
    file: positionals[0] ?? '',
    json: values.json,
    quiet: values.quiet,
    help: values.help,
    lang: values.lang ?? (env || 'vi'),
  };
  if (candidate.help) return { ...candidate, lang: languageOf(values.lang, env) };
  const result = documentFlagsSchema.safeParse(candidate);
  if (!result.success) {
    const detail = result.error.issues.map((issue) => `${issue.path.join('.') || 'flags'}: ${issue.message}`).join('; ');
    throw new ResoluteError('invalid_input', detail, { detail });
  }
  return result.data;
}
