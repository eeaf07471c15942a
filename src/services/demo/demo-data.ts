/**
 * The demo province's data file (lai-chau.json) and its schema. The file holds facts
 * only — names, units, targets as written, reported figures and the report's status words —
 * curated from `resolute extract` output on the seed documents (see README.md).
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
});

const xivIndicator = z.strictObject({ code: z.string(), name: z.string().min(1), components: z.array(component).min(1) });

const xvIndicator = z.strictObject({
  key,
  code: z.string(),
  name: z.string().min(1),
  unit: z.string().nullable(),
  target: z.string().min(1),
  lead: key,
  /** The key of the same indicator in the previous term (lineage). */
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
  province: z.strictObject({ name: z.string().min(1), code: z.string().min(1) }),
  units: z.array(z.strictObject({ key, kind: z.enum(['party_body', 'department', 'commune', 'other']), name: z.string().min(1), code: z.string().min(1) })),
  users: z.array(z.strictObject({ login: z.string().min(1), displayName: z.string().min(1), password: z.string().min(8), role, unit: key })),
  terms: z.array(term),
});

export type DemoData = z.infer<typeof demoDataSchema>;
export type DemoTerm = DemoData['terms'][number];
export type DemoComponent = z.infer<typeof component>;
export type DemoIndicator = z.infer<typeof xivIndicator> | z.infer<typeof xvIndicator>;

/** Reads and validates the bundled demo data file. */
export function readDemoData(): DemoData {
  const text = readFileSync(new URL('./lai-chau.json', import.meta.url), 'utf8');
  return demoDataSchema.parse(JSON.parse(text));
}

/** The demo logins with their passwords and roles, for the start banner and the README. */
export function demoLogins(data: DemoData = readDemoData()): { login: string; password: string; role: string }[] {
  return data.users.map((user) => ({ login: user.login, password: user.password, role: user.role }));
}
