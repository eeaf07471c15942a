/**
 * Command-line flags: parsed by node's parseArgs (which rejects unknown flags), then
 * validated by one zod schema per command, which names the bad flag.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
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

/** A usage mistake: `invalid_input` with the detail the CLI prints (and its Vietnamese, when given). */
export function usageError(detail: string, detailVi?: string): ResoluteError {
  return new ResoluteError('invalid_input', detail, detailVi === undefined ? { detail } : { detail, detail_vi: detailVi });
}

/** Schema problems as "flag: message; …", in English and Vietnamese (zod's own message text stays as it is). */
function issuesText(issues: readonly { path: readonly PropertyKey[]; message: string }[]): { en: string; vi: string } {
  const text = (noFlag: string) => issues.map((issue) => `${issue.path.join('.') || noFlag}: ${issue.message}`).join('; ');
  return { en: text('flags'), vi: text('các tham số') };
}

/** Checks parsed flags against a subcommand's schema; every problem in one usage error. */
export function checkFlags<S extends z.ZodType>(schema: S, candidate: unknown): z.output<S> {
  const result = schema.safeParse(candidate);
  if (result.success) return result.data;
  const text = issuesText(result.error.issues);
  throw usageError(text.en, text.vi);
}

/** Flags that commands writing a result share: --json, -q/--quiet, -h/--help, --lang. */
export const RESULT_FLAGS = {
  json: { type: 'boolean', default: false },
  quiet: { type: 'boolean', short: 'q', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  lang: { type: 'string' },
} as const;

/**
 * node's parseArgs over `argv` with positionals, unknown flags refused and `--no-FLAG` for a
 * boolean; its complaints ("Unknown option '--colour'") as usage errors.
 */
export function readArgs<const T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, allowNegative: true, strict: true, options });
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
}

/** The language from `--lang`, else RESOLUTE_LANG, else Vietnamese. */
export function languageOf(flag: string | undefined, env: string | undefined): Lang {
  const parsed = langSchema.safeParse(flag ?? (env || 'vi'));
  return parsed.success ? parsed.data : 'vi';
}

/** Parses the flags of `extract` / `evaluate`. Throws ResoluteError('invalid_input') on bad usage. */
export function parseDocumentFlags(argv: string[], env: string | undefined): DocumentFlags {
  const parsed = readArgs(argv, RESULT_FLAGS);
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    throw new ResoluteError('invalid_input', 'only one FILE is read at a time', {
      detail: `only one FILE is read at a time (got ${positionals.length})`,
      detail_vi: `mỗi lần chỉ đọc một tệp FILE (đã nhận ${positionals.length})`,
    });
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
    const text = issuesText(result.error.issues);
    throw new ResoluteError('invalid_input', text.en, { detail: text.en, detail_vi: text.vi });
  }
  return result.data;
}
