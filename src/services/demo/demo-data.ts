/**
 * The demo's data files and their schema: one file per province (lai-chau.json, then
 * dien-bien.json) and the root organisation both sit under (trung-uong.json). The files hold
 * facts only — names, units, targets as written, reported figures and the reports' status
 * words — curated from `resolute extract` output on the seed documents (see README.md).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const key = z.string().regex(/^[a-z0-9-]+$/, 'keys are lower-case words joined by "-"');
const role = z.enum(['admin', 'secretariat', 'reporter', 'leader', 'inspector', 'public']);

/** A figure as the document wrote it ("3,91", ">5", "2.134,6") with the document's status word. */
const figure = z.strictObject({ text: z.string().min(1), status: z.string().min(1).optional() });

const component = z.strictObject({
  key,
  name: z.string().min(1),
  unit: z.string().nullable(),
  target: z.string().min(1),
  lead: key,
  /** Period key → figure. */
  values: z.record(z.string(), figure),
  /** The key of the same indicator in the previous term of the file (lineage). */
  previous: key.optional(),
});

const xivIndicator = z.strictObject({ code: z.string(), name: z.string().min(1), components: z.array(component).min(1) });

const xvIndicator = z.strictObject({
  key,
  code: z.string(),
  name: z.string().min(1),
  unit: z.string().nullable(),
  target: z.string().min(1),
  lead: key,
  /** The key of the same indicator in the previous term of the file (lineage). */
  previous: key.optional(),
});

const period = z.strictObject({
  key,
  kind: z.enum(['year', 'mid_term', 'term_end']),
  startYear: z.number().int(),
  endYear: z.number().int(),
  label: z.string().min(1),
  state: z.enum(['open', 'closed']),
  dueDate: z.iso.date().optional(),
  /** What the figures of this period are: estimates or official results. */
  observationKind: z.enum(['estimate', 'official']),
});

const term = z.strictObject({
  key: z.string().regex(/^[A-Z]+$/, 'a term key is its congress number in Roman numerals'),
  congress: z.string().min(1),
  startYear: z.number().int(),
  endYear: z.number().int(),
  periods: z.array(period),
  groups: z.array(z.strictObject({ name: z.string().min(1), indicators: z.array(z.union([xivIndicator, xvIndicator])) })),
});

export const demoDataSchema = z.strictObject({
  about: z.string(),
  /**
   * `key` prefixes the stable ids of the province's records ("dien-bien/term/XIV"). The first
   * demo province has none: its ids stay those it had when it was the only one.
   */
  province: z.strictObject({ key: key.optional(), name: z.string().min(1), code: z.string().min(1) }),
  units: z.array(z.strictObject({ key, kind: z.enum(['party_body', 'department', 'commune', 'other']), name: z.string().min(1), code: z.string().min(1) })),
  users: z.array(z.strictObject({ login: z.string().min(1), displayName: z.string().min(1), password: z.string().min(8), role, unit: key })),
  terms: z.array(term),
});

/** The root organisation both provinces sit under, with the users who hold a role there. */
export const demoRootSchema = z.strictObject({
  about: z.string(),
  organisation: z.strictObject({ name: z.string().min(1), code: z.string().min(1) }),
  users: z.array(z.strictObject({ login: z.string().min(1), displayName: z.string().min(1), password: z.string().min(8), role })),
});

export type DemoData = z.infer<typeof demoDataSchema>;
export type DemoRoot = z.infer<typeof demoRootSchema>;

/** Everything the demo loads: the root and the provinces under it, in loading order. */
export interface DemoSet {
  root: DemoRoot;
  provinces: DemoData[];
}

/** The province files, in loading order. */
export const DEMO_PROVINCE_FILES = ['lai-chau.json', 'dien-bien.json'] as const;
export type DemoTerm = DemoData['terms'][number];
export type DemoComponent = z.infer<typeof component>;
export type DemoIndicator = z.infer<typeof xivIndicator> | z.infer<typeof xvIndicator>;

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'));
}

/** Reads and validates one bundled province file; by default the first demo province, Lai Châu. */
export function readDemoData(file: (typeof DEMO_PROVINCE_FILES)[number] = 'lai-chau.json'): DemoData {
  return demoDataSchema.parse(readJson(file));
}

/** Reads and validates every bundled demo file. */
export function readDemoSet(): DemoSet {
  return { root: demoRootSchema.parse(readJson('trung-uong.json')), provinces: DEMO_PROVINCE_FILES.map((file) => readDemoData(file)) };
}

/** Every demo login (the root's, then each province's) with its password and role, for the start banner and the README. */
export function demoLogins(set: DemoSet = readDemoSet()): { login: string; password: string; role: z.infer<typeof role> }[] {
  return [...set.root.users, ...set.provinces.flatMap((data) => data.users)].map((user) => ({ login: user.login, password: user.password, role: user.role }));
}
