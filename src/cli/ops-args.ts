/**
 * Flags of the operating commands (serve, migrate, backup, restore): node's parseArgs
 * (unknown flags refused), then one zod schema naming a bad flag.
 */
import { z } from 'zod';
import { checkFlags, languageOf, readArgs, usageError as usage } from './args.ts';

export const opsFlagsSchema = z.strictObject({
  file: z.string(),
  demo: z.boolean(),
  help: z.boolean(),
  lang: z.enum(['vi', 'en']),
});

export type OpsFlags = z.infer<typeof opsFlagsSchema>;

/** Parses `argv`; `file: true` when the command takes exactly one FILE. */
export function parseOpsFlags(argv: string[], env: string | undefined, shape: { file: boolean }): OpsFlags {
  const parsed = readArgs(argv, {
    demo: { type: 'boolean', default: true },
    help: { type: 'boolean', short: 'h', default: false },
    lang: { type: 'string' },
  });
  const { values, positionals } = parsed;
  const lang = languageOf(values.lang, env);
  if (values.help) return { file: '', demo: values.demo, help: true, lang };
  if (shape.file && positionals.length !== 1) throw usage('exactly one FILE is required', 'cần đúng một tệp FILE');
  if (!shape.file && positionals.length > 0) throw usage(`unexpected argument "${positionals[0] ?? ''}"`, `tham số thừa "${positionals[0] ?? ''}"`);
  return checkFlags(opsFlagsSchema, { file: positionals[0] ?? '', demo: values.demo, help: false, lang: values.lang ?? (env || 'vi') });
}
