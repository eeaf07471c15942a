/**
 * Flags of `resolute consult open|close|import-comments|synthesis|export`: node's parseArgs
 * (unknown flags refused), then one zod schema per subcommand naming a bad flag.
 */
import { z } from 'zod';
import { vietnamInstant } from '../domain/consultation/consultation-window.ts';
import { isIsoDate } from '../domain/due-date.ts';
import { checkFlags as check, languageOf, readArgs, RESULT_FLAGS, usageError as usage } from './args.ts';
import type { Lang } from './messages.ts';

const common = { json: z.boolean(), quiet: z.boolean(), lang: z.enum(['vi', 'en']) };
const consultation = z.string().min(1, 'a consultation id or address (slug) is required');
const day = z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM (Vietnam time)');
const file = { out: z.string().min(1).nullable(), force: z.boolean() };

/** Whether the window closes after it opens; a bad date or time is the fields' own issue. */
function closesAfterOpening(f: { from: string; fromTime: string | null; to: string; toTime: string | null }): boolean {
  try {
    return vietnamInstant(f.to, f.toTime ?? '23:59') > vietnamInstant(f.from, f.fromTime ?? '00:00');
  } catch {
    return true;
  }
}

export const consultOpenFlags = z.strictObject({
  sub: z.literal('open'),
  documentId: z.string().min(1, 'a DOCUMENT-ID is required'),
  from: day,
  fromTime: time.nullable(),
  to: day,
  toTime: time.nullable(),
  title: z.string().trim().min(1).max(500).nullable(),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and hyphens').max(120).nullable(),
  verifyEmail: z.boolean(),
  ...common,
}).refine((f) => closesAfterOpening(f), { message: 'the consultation must close after it opens', path: ['to'] });

export const consultCloseFlags = z.strictObject({ sub: z.literal('close'), consultation, ...common });

export const consultImportFlags = z.strictObject({
  sub: z.literal('import-comments'),
  consultation,
  file: z.string().min(1, 'a FILE (XLSX or CSV) is required'),
  channel: z.enum(['meeting', 'paper', 'import']),
  ...common,
});

export const consultSynthesisFlags = z.strictObject({
  sub: z.literal('synthesis'),
  consultation,
  format: z.enum(['docx', 'pdf', 'xlsx', 'csv', 'json']).nullable(),
  ...file,
  ...common,
}).refine((f) => f.format !== null || f.out === null, { message: '--out needs --format docx|pdf|xlsx|csv|json', path: ['format'] });

export const consultExportFlags = z.strictObject({
  sub: z.literal('export'),
  consultation,
  what: z.enum(['comments', 'disposition']),
  format: z.enum(['csv', 'xlsx', 'json', 'docx', 'pdf']),
  withContact: z.boolean(),
  state: z.enum(['new', 'published', 'hidden', 'spam']).nullable(),
  ...file,
  ...common,
})
  .refine((f) => f.what === 'disposition' || ['csv', 'xlsx', 'json'].includes(f.format), { message: 'comments are exported as csv, xlsx or json', path: ['format'] })
  .refine((f) => f.what === 'comments' || (!f.withContact && f.state === null), { message: '--with-contact and --state are for --what comments', path: ['what'] });

export type ConsultFlags =
  | z.output<typeof consultOpenFlags>
  | z.output<typeof consultCloseFlags>
  | z.output<typeof consultImportFlags>
  | z.output<typeof consultSynthesisFlags>
  | z.output<typeof consultExportFlags>
  | { sub: 'help'; lang: Lang };

/** Each subcommand's positional arguments, in order. */
const POSITIONALS = {
  open: ['DOCUMENT-ID'],
  close: ['CONSULTATION'],
  'import-comments': ['CONSULTATION', 'FILE'],
  synthesis: ['CONSULTATION'],
  export: ['CONSULTATION'],
} as const;

function isSub(name: string): name is keyof typeof POSITIONALS {
  return Object.hasOwn(POSITIONALS, name);
}

/** Parses `consult <sub> ...`; `help` for `--help`, `-h` or no subcommand. */
export function parseConsultFlags(argv: string[], env: string | undefined): ConsultFlags {
  const parsed = readArgs(argv, {
    from: { type: 'string' },
    'from-time': { type: 'string' },
    to: { type: 'string' },
    'to-time': { type: 'string' },
    title: { type: 'string' },
    slug: { type: 'string' },
    'verify-email': { type: 'boolean', default: false },
    channel: { type: 'string', default: 'import' },
    what: { type: 'string', default: 'comments' },
    format: { type: 'string' },
    state: { type: 'string' },
    'with-contact': { type: 'boolean', default: false },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    ...RESULT_FLAGS,
  });
  const { values: v, positionals } = parsed;
  const lang = languageOf(v.lang, env);
  const [sub, ...rest] = positionals;
  if (v.help || sub === undefined || sub === 'help') return { sub: 'help', lang };
  if (!isSub(sub)) throw usage(`no consult subcommand "${sub}" (open, close, import-comments, synthesis, export)`);
  const expected = POSITIONALS[sub];
  if (rest.length > expected.length) throw usage(`unexpected argument "${rest[expected.length] ?? ''}" (consult ${sub} ${expected.join(' ')})`, `tham số thừa "${rest[expected.length] ?? ''}" (consult ${sub} ${expected.join(' ')})`);
  const [first = '', second = ''] = rest;
  const shared = { json: v.json, quiet: v.quiet, lang: v.lang ?? (env || 'vi') };
  const out = { out: v.out ?? null, force: v.force };
  switch (sub) {
    case 'open':
      return check(consultOpenFlags, {
        sub, documentId: first, from: v.from ?? '', fromTime: v['from-time'] ?? null, to: v.to ?? '', toTime: v['to-time'] ?? null,
        title: v.title ?? null, slug: v.slug ?? null, verifyEmail: v['verify-email'], ...shared,
      });
    case 'close':
      return check(consultCloseFlags, { sub, consultation: first, ...shared });
    case 'import-comments':
      return check(consultImportFlags, { sub, consultation: first, file: second, channel: v.channel, ...shared });
    case 'synthesis':
      return check(consultSynthesisFlags, { sub, consultation: first, format: v.format ?? null, ...out, ...shared });
    case 'export':
      return check(consultExportFlags, {
        sub, consultation: first, what: v.what, format: v.format ?? 'xlsx', withContact: v['with-contact'], state: v.state ?? null, ...out, ...shared,
      });
  }
}
