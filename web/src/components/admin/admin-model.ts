/**
 * The administration screens' rules, pure so they are tested without a browser: the unit tree
 * for the table, which organisations a user administers, form checks that mirror the server's
 * (the server still decides), and the initial passwords the screens propose.
 */
import type { AdminUser, TreeOrganisation } from '../../api/admin.ts';
import type { Organisation, Role, Session } from '../../api/types.ts';
import { matchesQuery } from '../../search/fold.ts';

/** A unit with the units below it, as antd's tree table wants it (no `children` on a leaf). */
export interface UnitNode extends TreeOrganisation {
  children?: UnitNode[];
}

/** The flat tree (root first, each unit after its parent) as nested nodes; the roots of the list come back. */
export function unitTree(units: readonly TreeOrganisation[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>(units.map((unit) => [unit.id, { ...unit }]));
  const roots: UnitNode[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.id);
    const parent = unit.parentId === null ? undefined : nodes.get(unit.parentId);
    if (node === undefined) continue;
    if (parent === undefined) roots.push(node);
    else parent.children = [...(parent.children ?? []), node];
  }
  return roots;
}

/** Ids of every node that has children: the rows the tree table opens at first. */
export function expandableIds(nodes: readonly UnitNode[]): string[] {
  return nodes.flatMap((node) => (node.children === undefined ? [] : [node.id, ...expandableIds(node.children)]));
}

/**
 * The units where the user holds one of `roles`, leaving out those below another such unit
 * (an admin of the province and of one of its departments manages one tree, the province's).
 */
export function topUnits(session: Pick<Session, 'grants'>, organisations: readonly Pick<Organisation, 'id' | 'parentId'>[], roles: readonly Role[]): string[] {
  const held = [...new Set(session.grants.filter((grant) => roles.includes(grant.role)).map((grant) => grant.unitId))];
  const parentOf = new Map(organisations.map((o) => [o.id, o.parentId]));
  const below = (id: string): boolean => {
    for (let parent = parentOf.get(id) ?? null, hops = 0; parent !== null && hops < 64; parent = parentOf.get(parent) ?? null, hops += 1) {
      if (held.includes(parent)) return true;
    }
    return false;
  };
  return held.filter((id) => !below(id));
}

/** The organisations in the subtrees of `rootIds` (roots included), in the directory's order. */
export function subtreeOf<O extends Pick<Organisation, 'id' | 'parentId'>>(organisations: readonly O[], rootIds: readonly string[]): O[] {
  const parentOf = new Map(organisations.map((o) => [o.id, o.parentId]));
  const inside = (id: string): boolean => {
    for (let current: string | null = id, hops = 0; current !== null && hops < 64; current = parentOf.get(current) ?? null, hops += 1) {
      if (rootIds.includes(current)) return true;
    }
    return false;
  };
  return organisations.filter((o) => inside(o.id));
}

/** The same rule as the server's unit codes: letters without diacritics, digits, ".", "-", "_"; at most 40. */
export function isUnitCode(text: string): boolean {
  return /^[A-Za-z0-9._-]{1,40}$/.test(text.trim());
}

/** The same rule as the server's logins. */
export function isLogin(text: string): boolean {
  return /^[A-Za-z0-9._@-]{2,100}$/.test(text.trim());
}

/** The account service's lower bound on password length. */
export const MIN_PASSWORD = 8;

/** A year the server accepts, from a form's text or number; null otherwise. */
export function readYear(value: unknown): number | null {
  const year = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{4}\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : null;
}

export type PeriodKind = 'year' | 'mid_term' | 'term_end';

/** What is wrong with a period's years for its kind and term (the server's rules), or null. */
export function periodYearsProblem(kind: PeriodKind, startYear: number, endYear: number, term: { startYear: number; endYear: number }): 'spanYears' | 'withinTerm' | null {
  if (kind !== 'year' && endYear <= startYear) return 'spanYears';
  if (startYear < term.startYear || endYear > term.endYear) return 'withinTerm';
  return null;
}

/** The period a kind suggests in a term: the first year not yet taken, the mid-term's first three years, the whole term. */
export function suggestedYears(kind: PeriodKind, term: { startYear: number; endYear: number }, takenYears: readonly number[]): { startYear: number; endYear: number } {
  if (kind === 'mid_term') return { startYear: term.startYear + 1, endYear: Math.min(term.startYear + 3, term.endYear) };
  if (kind === 'term_end') return { startYear: term.startYear + 1, endYear: term.endYear };
  let year = term.startYear + 1;
  while (takenYears.includes(year) && year < term.endYear) year += 1;
  return { startYear: year, endYear: year };
}

// 32 characters without look-alikes (no l, o, 0, 1): each random byte picks one without bias.
const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A password to hand to a user ("k7mq-2xwa-…", 80 random bits); `random` fills an array with random bytes. */
export function generatePassword(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>): string {
  const bytes = random(new Uint8Array(16));
  const chars = [...bytes].map((byte) => PASSWORD_ALPHABET[byte % PASSWORD_ALPHABET.length] ?? 'a');
  return [0, 4, 8, 12].map((start) => chars.slice(start, start + 4).join('')).join('-');
}

/** Users whose login or name holds every word of the query, with or without diacritics ("nguyen van" finds "Nguyễn Văn A"). */
export function filterUsers(users: readonly AdminUser[], query: string): AdminUser[] {
  return users.filter((user) => matchesQuery(`${user.login} ${user.displayName} ${user.email ?? ''}`, query));
}

const ROMAN: readonly (readonly [number, string])[] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** The Congress after the latest one ("XIV" → "XV"); empty when the latest is no Roman numeral. */
export function nextCongress(latest: string | null): string {
  if (latest === null || !/^[IVXLCDM]+$/i.test(latest.trim())) return '';
  let rest = latest.trim().toUpperCase();
  let value = 0;
  for (const [number, letters] of ROMAN) {
    while (rest.startsWith(letters)) {
      value += number;
      rest = rest.slice(letters.length);
    }
  }
  let next = value + 1;
  let text = '';
  for (const [number, letters] of ROMAN) {
    while (next >= number) {
      text += letters;
      next -= number;
    }
  }
  return text;
}

/** The search of the screens' selects: every typed word in the option's `search` text (else its label), diacritics optional. */
export function optionMatches(input: string, option?: { label?: unknown; search?: unknown }): boolean {
  return matchesQuery(String(option?.search ?? option?.label ?? ''), input);
}
