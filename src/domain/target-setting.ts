/**
 * The text around a target's figures: the cleaned working text, the clause and ";"-segment
 * of a figure, the words just before it (read into roles) and the verb opening its clause;
 * and the choice of the one figure that is the target.
 */
import type { Figure } from './target-figures.ts';
import { CLAUSE_LEAD, CLAUSE_VERBS, TAIL_WORDS, type Role } from './vocabulary/index.ts';

/** The normalised working text: NFC, lower case, one space, no parentheses or item numbers. */
export function prepare(text: string): string {
  let work = text.toLocaleLowerCase('vi').replace(/\ufffd/gu, ' ').replace(/[\s\u200b]+/gu, ' ');
  for (let i = 0; i < 5 && /\([^()]*\)/u.test(work); i++) work = work.replace(/\([^()]*\)/gu, ' ');
  work = work.replace(/\(.*$/u, ' ').replace(/ {2,}/gu, ' ').trim();
  return work.replace(/^(?:\d{1,2}\.(?:\d{1,2}\.)*|\d{1,2}\)|[a-zđ]\)|[-+*•])[-\s]+(?=\p{L})/u, '');
}

/** Where the clause holding `at` starts: after the last , ; : or sentence dot before it. */
function clauseStart(work: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const c = work.charAt(i);
    const inNumber = /\d/u.test(work.charAt(i - 1)) && /\d/u.test(work.charAt(i + 1));
    if ((c === ',' || c === '.') && !inNumber) return i + 1;
    if (c === ';' || c === ':') return i + 1;
  }
  return 0;
}

/** The ";"-separated segment holding the figure. */
function segmentOf(work: string, figure: Figure): { start: number; end: number } {
  const start = work.lastIndexOf(';', figure.start) + 1;
  const next = work.indexOf(';', figure.end);
  return { start, end: next === -1 ? work.length : next };
}

/** Reads the words just before a figure, from the figure backwards, into roles. */
function readTail(tail: string): { roles: Role[]; bare: boolean } {
  const roles: Role[] = [];
  let rest = tail.trimEnd();
  for (;;) {
    const hit = TAIL_WORDS.find(([word]) => rest.endsWith(word) && (!/^\p{L}/u.test(word) || !/\p{L}$/u.test(rest.slice(0, -word.length))));
    if (hit === undefined) break;
    roles.push(hit[1]);
    rest = rest.slice(0, -hit[0].length).trimEnd();
  }
  return { roles, bare: /^[-+*•.,;:\s]*$/u.test(rest) };
}

/** The verb opening a clause or a name, if it is one of CLAUSE_VERBS. */
export function clauseVerb(clause: string): 'maintain' | 'decrease' | 'increase' | null {
  const body = clause.replace(CLAUSE_LEAD, '');
  return CLAUSE_VERBS.find(([pattern]) => pattern.test(body))?.[1] ?? null;
}

/** Everything known about the chosen figure's surroundings. */
export interface Setting {
  work: string;
  figure: Figure;
  roles: Role[];
  bare: boolean;
  verb: 'maintain' | 'decrease' | 'increase' | null;
  /** The name, any heading before ":" and the figure's segment, for the direction and rate rules. */
  nameText: string;
  segment: string;
  segmentFigures: Figure[];
}

/** Gathers the setting of the chosen figure. */
export function settingOf(work: string, figures: readonly Figure[], figure: Figure, rawName: string | undefined): Setting {
  const start = clauseStart(work, figure.start);
  const previous = figures.filter((f) => f.end <= figure.start).at(-1);
  const tail = readTail(work.slice(Math.max(start, previous?.end ?? 0), figure.start));
  const segment = segmentOf(work, figure);
  const colon = work.indexOf(':');
  const heading = colon !== -1 && colon < figure.start ? work.slice(0, colon) : '';
  const name = (rawName ?? '').normalize('NFC').toLocaleLowerCase('vi');
  const verb = clauseVerb(work.slice(start, figure.start)) ?? clauseVerb(name);
  return {
    work, figure, roles: tail.roles, bare: tail.bare && start === 0 && previous === undefined, verb,
    nameText: `${name} ${heading} ${work.slice(segment.start, segment.end)}`,
    segment: work.slice(segment.start, segment.end),
    segmentFigures: figures.filter((f) => f.start >= segment.start && f.end <= segment.end),
  };
}

/** Cuts the text before "trong đó" / "riêng" (a component follows) when a figure comes before. */
export function cutComponents(work: string, figures: readonly Figure[]): string {
  const firstValue = figures.find((f) => f.kind === 'value');
  if (firstValue === undefined) return work;
  const cut = /[,;:]? ?(?:trong đó|riêng)(?!\p{L})/gu;
  for (const m of work.matchAll(cut)) if (m.index >= firstValue.end) return work.slice(0, m.index);
  return work;
}

/** Whether a weak figure ("70 tuổi", "17 tiêu chí") is the target rather than a qualifier of the name. */
function weakIsTarget(work: string, figures: readonly Figure[], figure: Figure, rawName: string | undefined): boolean {
  const setting = settingOf(work, figures, figure, rawName);
  if (setting.bare || setting.roles[0] === 'reach') return true;
  if (figure.unit === 'tuổi') return /tuổi thọ/u.test(setting.nameText);
  return figure.unit === 'tiêu chí' && /tiêu chí/u.test((rawName ?? '').toLocaleLowerCase('vi'));
}

/** The target figure: normally the last value figure, not a "so với" comparison. */
export function chooseFigure(work: string, figures: readonly Figure[], rawName: string | undefined): Figure | null {
  const values = figures.filter((f) => f.kind === 'value');
  const plain = values.filter((f) => !f.comparison);
  const chosen = (plain.length > 0 ? plain : values).at(-1);
  if (chosen !== undefined) return chosen;
  return figures.filter((f) => f.kind === 'weak' && weakIsTarget(work, figures, f, rawName)).at(-1) ?? null;
}
