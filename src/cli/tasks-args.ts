/**
 * Flags of `resolute tasks import|due|report`: node's parseArgs (unknown flags refused), then
 * one zod schema per subcommand naming a bad flag.
 */
import { z } from 'zod';
import { isIsoDate } from '../domain/due-date.ts';
import { checkFlags as check, languageOf, readArgs, RESULT_FLAGS, usageError as usage } from './args.ts';
import type { Lang } from './messages.ts';

const common = { json: z.boolean(), quiet: z.boolean(), lang: z.enum(['vi', 'en']) };

export const taskImportFlags = z.strictObject({
  sub: z.literal('import'),
  file: z.string().min(1, 'a FILE is required'),
  term: z.string().min(1).nullable(),
  save: z.boolean(),
  ...common,
}).refine((flags) => !flags.save || flags.term !== null, { message: '--save needs --term (a term id or CODE:CONGRESS, e.g. LCH:XV)', path: ['term'] });

export const taskDueFlags = z.strictObject({
  sub: z.literal('due'),
  days: z.string().regex(/^\d{1,3}$/, 'must be a whole number of days').transform(Number).pipe(z.number().max(366)),
  today: z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD').nullable(),
  ...common,
});

export const taskReportFlags = z.strictObject({
  sub: z.literal('report'),
  plan: z.string().min(1, '--plan ID is required'),
  format: z.enum(['xlsx', 'docx', 'pdf', 'csv']),
  out: z.string().min(1).nullable(),
  force: z.boolean(),
  ...common,
});

export type TaskFlags =
  | z.output<typeof taskImportFlags>
  | z.output<typeof taskDueFlags>
  | z.output<typeof taskReportFlags>
  | { sub: 'help'; lang: Lang };

/** Parses `tasks <sub> ...`; `help` for `--help`, `-h` or no subcommand. */
export function parseTaskFlags(argv: string[], env: string | undefined): TaskFlags {
  const parsed = readArgs(argv, {
    term: { type: 'string' },
    save: { type: 'boolean', default: false },
    days: { type: 'string', default: '7' },
    today: { type: 'string' },
    plan: { type: 'string' },
    format: { type: 'string', default: 'xlsx' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    ...RESULT_FLAGS,
  });
  const { values, positionals } = parsed;
  const lang = languageOf(values.lang, env);
  const [sub, ...rest] = positionals;
  if (values.help || sub === undefined || sub === 'help') return { sub: 'help', lang };
  const shared = { json: values.json, quiet: values.quiet, lang: values.lang ?? (env || 'vi') };
  switch (sub) {
    case 'import':
      if (rest.length > 1) throw usage(`only one FILE is read at a time (got ${rest.length})`, `mỗi lần chỉ đọc một tệp FILE (đã nhận ${rest.length})`);
      return check(taskImportFlags, { sub, file: rest[0] ?? '', term: values.term ?? null, save: values.save, ...shared });
    case 'due':
      if (rest.length > 0) throw usage(`unexpected argument "${rest[0] ?? ''}"`, `tham số thừa "${rest[0] ?? ''}"`);
      return check(taskDueFlags, { sub, days: values.days, today: values.today ?? null, ...shared });
    case 'report':
      if (rest.length > 0) throw usage(`unexpected argument "${rest[0] ?? ''}"`, `tham số thừa "${rest[0] ?? ''}"`);
      return check(taskReportFlags, { sub, plan: values.plan ?? '', format: values.format, out: values.out ?? null, force: values.force, ...shared });
    default:
      throw usage(`no tasks subcommand "${sub}" (import, due, report)`);
  }
}
