/**
 * Flags of `resolute report KIND`: node's parseArgs (unknown flags refused; --term and
 * --as-of may repeat), then one zod schema naming a bad flag, then what each kind needs
 * (one term and one or two periods for the appendix; two or more terms to compare).
 */
import { z } from 'zod';
import { checkFlags, languageOf, readArgs, usageError as usage } from './args.ts';

export const REPORT_COMMAND_KINDS = ['appendix', 'summary', 'compare-terms', 'compare-orgs'] as const;

export const reportFlagsSchema = z.strictObject({
  kind: z.enum(REPORT_COMMAND_KINDS, { error: `a report kind is required: ${REPORT_COMMAND_KINDS.join(', ')}` }),
  terms: z.array(z.string().trim().min(1)).min(1, '--term is required'),
  asOf: z.array(z.string().trim().min(1)),
  format: z.enum(['xlsx', 'docx', 'pdf', 'csv', 'json']),
  out: z.string().min(1).nullable(),
  force: z.boolean(),
  nextTarget: z.boolean(),
  note: z.boolean(),
  quiet: z.boolean(),
  help: z.boolean(),
  lang: z.enum(['vi', 'en']),
});

export type ReportFlags = z.infer<typeof reportFlagsSchema>;

/** What each kind needs of --term and --as-of. */
function checkKind(flags: ReportFlags): void {
  const { kind, terms, asOf } = flags;
  if (kind === 'appendix' || kind === 'summary') {
    if (terms.length !== 1) throw usage(`${kind} takes one --term`, `${kind} cần đúng một --term`);
    if (asOf.length < 1 || asOf.length > 2) throw usage(`${kind} takes one or two --as-of periods`, `${kind} cần một hoặc hai kỳ --as-of`);
  } else if (kind === 'compare-terms') {
    if (terms.length !== 1) throw usage('compare-terms takes one --term (the current term)', 'compare-terms cần đúng một --term (nhiệm kỳ hiện tại)');
    if (asOf.length > 0) throw usage('compare-terms takes no --as-of (the previous term\'s last period is used)', 'compare-terms không nhận --as-of (dùng kỳ cuối của nhiệm kỳ trước)');
  } else {
    if (terms.length < 2) throw usage('compare-orgs takes two or more --term', 'compare-orgs cần từ hai --term trở lên');
    if (asOf.length > 0 && asOf.length !== terms.length) throw usage('compare-orgs takes no --as-of, or one per --term in the same order', 'compare-orgs không nhận --as-of, hoặc nhận mỗi --term một --as-of theo cùng thứ tự');
  }
  if ((flags.nextTarget || flags.note) && kind !== 'appendix' && kind !== 'summary') throw usage('--next-target and --note belong to appendix and summary', '--next-target và --note chỉ dùng cho appendix và summary');
}

/** Parses `report` flags; throws ResoluteError('invalid_input') on bad usage. */
export function parseReportFlags(argv: string[], env: string | undefined): ReportFlags {
  const parsed = readArgs(argv, {
    term: { type: 'string', multiple: true, default: [] },
    'as-of': { type: 'string', multiple: true, default: [] },
    format: { type: 'string', default: 'xlsx' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    'next-target': { type: 'boolean', default: false },
    note: { type: 'boolean', default: false },
    quiet: { type: 'boolean', short: 'q', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    lang: { type: 'string' },
  });
  const { values, positionals } = parsed;
  const lang = languageOf(values.lang, env);
  const candidate = {
    kind: positionals[0] ?? '', terms: values.term, asOf: values['as-of'], format: values.format, out: values.out ?? null, force: values.force,
    nextTarget: values['next-target'], note: values.note, quiet: values.quiet, help: values.help, lang: values.lang ?? (env || 'vi'),
  };
  if (values.help) return { ...candidate, kind: 'appendix', terms: [], lang, format: 'xlsx' };
  if (positionals.length > 1) throw usage(`unexpected argument "${positionals[1] ?? ''}"`, `tham số thừa "${positionals[1] ?? ''}"`);
  const flags = checkFlags(reportFlagsSchema, candidate);
  checkKind(flags);
  return flags;
}
