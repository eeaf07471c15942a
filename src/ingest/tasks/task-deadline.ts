/**
 * A task's deadline from its text: a date after a deadline word ("trước ngày 30/6/2026"),
 * a quarter, month, half-year or year ("trong quý III/2026", "tháng 9/2026", "năm 2027"),
 * a recurrence ("hằng quý", "định kỳ hằng năm") or an ongoing duty ("thường xuyên").
 * Dates are the last day of the period named; an impossible date ("31/02") gives none.
 * The words are in src/domain/vocabulary/plan-words.ts; dates of documents cited in the
 * text ("Nghị quyết số 68-NQ/TW ngày 04/5/2025") are no deadlines: a date needs a word before it.
 */
import type { IsoDate } from '../../domain/entities.ts';
import type { Recurrence } from '../../domain/plan.ts';
import { PLAN_DEADLINE_WORDS, PLAN_RECURRENCE_LEAD, PLAN_RECURRENCE_WORDS } from '../../domain/vocabulary/index.ts';
import { foldVietnamese } from '../../domain/fold.ts';
import { FOLDED_WORD_END, FOLDED_WORD_START, foldSameLength, foldedAlternatives } from './folded.ts';

/** What a task's text says about when it is due. */
export interface TaskDeadline {
  /** The deadline as written: the date's words, else the recurrence's, else "thường xuyên". */
  dueText: string | null;
  dueDate: IsoDate | null;
  recurrence: Recurrence | null;
}

/** Days in a month (1-12) of a year, leap years counted. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2026-06-30" for (2026, 6, 30); null for a date that does not exist (31/02, month 13) or a year out of range. */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day of a month: "tháng 9/2026" → 2026-09-30. */
export function endOfMonth(year: number, month: number): IsoDate | null {
  return month >= 1 && month <= 12 ? isoDate(year, month, daysInMonth(year, month)) : null;
}

/** The last day of a quarter: "quý II/2026" → 2026-06-30. */
export function endOfQuarter(year: number, quarter: number): IsoDate | null {
  return quarter >= 1 && quarter <= 4 ? endOfMonth(year, quarter * 3) : null;
}

const WORDS = PLAN_DEADLINE_WORDS;
const BEFORE = foldedAlternatives(WORDS.before);
const DAY = foldVietnamese(WORDS.day);
const MONTH = foldVietnamese(WORDS.month);
const QUARTER = foldVietnamese(WORDS.quarter);
const YEAR = foldVietnamese(WORDS.year);
const STRICTLY_BEFORE = foldVietnamese('trước');
const LEAD = `(?:(${BEFORE})\\s+)`;
const SEP = String.raw`\s*\/\s*`;
/** "30-6-2026", "30.6.2026": other separators only with a year, lest "trong 5-7 năm" read as a date. */
const OTHER_SEP = String.raw`\s*[.-]\s*`;
/** "quý II/2026", "quý 2 năm 2026", "tháng 9/2026": the year after a slash or "năm". */
const YEAR_TAIL = String.raw`(?:\s*[/-]\s*|\s+(?:${YEAR}\s+)?)(\d{4})(?![0-9])`;

const DATE_NUMERIC = new RegExp(
  `${FOLDED_WORD_START}${LEAD}(?:${DAY}\\s+)?(\\d{1,2})${SEP}(\\d{1,2})(?:${SEP}(\\d{4})|\\s+${YEAR}\\s+(\\d{4}))?(?![0-9])`,
  'gu',
);
const DATE_OTHER = new RegExp(`${FOLDED_WORD_START}${LEAD}(?:${DAY}\\s+)?(\\d{1,2})${OTHER_SEP}(\\d{1,2})${OTHER_SEP}(\\d{4})(?![0-9])`, 'gu');
const DATE_WORDS = new RegExp(`${FOLDED_WORD_START}${LEAD}${DAY}\\s+(\\d{1,2})\\s+${MONTH}\\s+(\\d{1,2})(?:\\s+${YEAR}\\s+(\\d{4}))?(?![0-9])`, 'gu');
const QUARTER_PATTERN = new RegExp(`${FOLDED_WORD_START}${LEAD}?(?:cuoi\\s+)?${QUARTER}\\s+(iv|i{1,3}|[1-4])${FOLDED_WORD_END}${YEAR_TAIL}`, 'gu');
const MONTH_PATTERN = new RegExp(`${FOLDED_WORD_START}${LEAD}?${MONTH}\\s+(\\d{1,2})${YEAR_TAIL}`, 'gu');
const HALF_PATTERN = new RegExp(
  `${FOLDED_WORD_START}${LEAD}?(${foldedAlternatives(WORDS.firstHalf)}|${foldedAlternatives(WORDS.secondHalf)})\\s+(\\d{4})(?![0-9])`,
  'gu',
);
const YEAR_PATTERN = new RegExp(`${FOLDED_WORD_START}${YEAR}\\s+(\\d{4})(?![0-9])(?!\\s*[-–]\\s*\\d)`, 'gu');
const YEAR_LEADS = new Set(WORDS.yearLeads.map((word) => foldVietnamese(word).split(' ').at(-1) ?? ''));
const FIRST_HALF = new Set(WORDS.firstHalf.map((word) => foldVietnamese(word)));
const CONTINUOUS = new RegExp(`${FOLDED_WORD_START}(?:${foldedAlternatives(WORDS.continuous)})${FOLDED_WORD_END}`, 'u');
const RECURRENCES = PLAN_RECURRENCE_WORDS.map(({ every, words }) => ({
  every,
  pattern: new RegExp(`${FOLDED_WORD_START}(?:${foldVietnamese(PLAN_RECURRENCE_LEAD)}\\s+)?(?:${foldedAlternatives(words)})${FOLDED_WORD_END}`, 'u'),
}));
const RECURRENCE_DAY = new RegExp(`${FOLDED_WORD_START}${DAY}\\s+(\\d{1,2})(?![0-9])(?!\\s*[/.-]\\s*\\d)`, 'u');

const ROMAN_QUARTER: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

interface Found {
  start: number;
  end: number;
  date: IsoDate | null;
}

/** Whether the lead word says "before" the period (then the deadline is the end of the period before it). */
function strictlyBefore(lead: string | undefined): boolean {
  return lead !== undefined && lead.replace(/\s+/gu, ' ') === STRICTLY_BEFORE;
}

/** The day before an ISO date's period starts, for "trước quý III/2026" (→ 2026-06-30). */
function dayBefore(year: number, month: number): IsoDate | null {
  return month === 1 ? isoDate(year - 1, 12, 31) : endOfMonth(year, month - 1);
}

function* dates(folded: string): Generator<Found> {
  // Every dated deadline has a figure; most task texts have none worth a pattern.
  if (!/\d/u.test(folded)) return;
  for (const pattern of [DATE_NUMERIC, DATE_OTHER, DATE_WORDS]) {
    for (const match of folded.matchAll(pattern)) {
      const [, , day, month, written, spelled] = match;
      const year = written ?? spelled;
      const date = year === undefined ? null : isoDate(Number(year), Number(month), Number(day));
      yield { start: match.index, end: match.index + match[0].length, date };
    }
  }
  for (const match of folded.matchAll(QUARTER_PATTERN)) {
    const [, lead, written = '', year = ''] = match;
    const quarter = ROMAN_QUARTER[written] ?? Number(written);
    const date = strictlyBefore(lead) ? dayBefore(Number(year), quarter * 3 - 2) : endOfQuarter(Number(year), quarter);
    yield { start: match.index, end: match.index + match[0].length, date };
  }
  for (const match of folded.matchAll(MONTH_PATTERN)) {
    const [, lead, month = '', year = ''] = match;
    const date = strictlyBefore(lead) ? dayBefore(Number(year), Number(month)) : endOfMonth(Number(year), Number(month));
    yield { start: match.index, end: match.index + match[0].length, date };
  }
  for (const match of folded.matchAll(HALF_PATTERN)) {
    const [, , half = '', year = ''] = match;
    const first = FIRST_HALF.has(half.replace(/\s+/gu, ' '));
    yield { start: match.index, end: match.index + match[0].length, date: endOfMonth(Number(year), first ? 6 : 12) };
  }
  for (const match of folded.matchAll(YEAR_PATTERN)) {
    const year = Number(match[1]);
    const before = folded.slice(Math.max(0, match.index - 20), match.index);
    const previous = /([a-z0-9]+)\s*$/u.exec(before)?.[1];
    const opensClause = /(?:^|[(,;:])\s*$/u.test(before);
    if (!opensClause && (previous === undefined || !YEAR_LEADS.has(previous))) continue;
    const date = previous === STRICTLY_BEFORE ? isoDate(year - 1, 12, 31) : isoDate(year, 12, 31);
    yield { start: match.index, end: match.index + match[0].length, date };
  }
}

/** The first deadline in the text: earliest, and the longest of those starting there. */
function firstDate(folded: string): Found | null {
  let best: Found | null = null;
  for (const found of dates(folded)) {
    if (!best || found.start < best.start || (found.start === best.start && found.end > best.end)) best = found;
  }
  return best;
}

/** The recurrence the text names first, with the day of the month when it gives one ("trước ngày 15 hằng tháng"). */
function readRecurrence(text: string, folded: string): Recurrence | null {
  let best: { every: Recurrence['every']; start: number; end: number } | null = null;
  for (const { every, pattern } of RECURRENCES) {
    const match = pattern.exec(folded);
    if (match && (!best || match.index < best.start)) best = { every, start: match.index, end: match.index + match[0].length };
  }
  if (!best) return null;
  const clauseStart = Math.max(folded.lastIndexOf(';', best.start), folded.lastIndexOf('.', best.start)) + 1;
  const nextStop = folded.slice(best.end).search(/[.;]/u);
  const clause = folded.slice(clauseStart, nextStop < 0 ? folded.length : best.end + nextStop);
  const day = Number(RECURRENCE_DAY.exec(clause)?.[1] ?? NaN);
  return { every: best.every, day: day >= 1 && day <= 31 ? day : null, text: text.slice(best.start, best.end) };
}

/**
 * Reads a task's deadline.
 * @example readDeadline("Hoàn thành trước ngày 30/6/2026").dueDate === "2026-06-30"
 */
export function readDeadline(text: string): TaskDeadline {
  const folded = foldSameLength(text);
  const date = firstDate(folded);
  const recurrence = readRecurrence(text, folded);
  const continuous = CONTINUOUS.exec(folded);
  let dueText: string | null = null;
  if (date) dueText = text.slice(date.start, date.end).trim();
  else if (recurrence) dueText = recurrence.text;
  else if (continuous) dueText = text.slice(continuous.index, continuous.index + continuous[0].length);
  return { dueText, dueDate: date?.date ?? null, recurrence };
}
