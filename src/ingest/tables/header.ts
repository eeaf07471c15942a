/**
 * Table headers: recognising their fragments (converters break "Tỷ lệ % so với mục tiêu"
 * over four lines and spell "STT" as three lines "S", "T", "T") and turning them into a
 * column schema.
 */
import { foldedIncludes } from '../text-utils.ts';
import { normalizeCell } from './cell-kind.ts';
import type { Column, ColumnKind } from './schema.ts';
import {
  BARE_TARGET_LABEL, HEADER_LABEL_KINDS, HEADER_WORDS, INDICATOR_COLUMNS, lower, STATUS_LABEL_WORD, type HeaderLabelKind,
} from '../../domain/vocabulary/index.ts';

const PUNCTUATION = /^[([{"“]+|[)\]}"”,.;:]+$/gu;
const NUMBER_OR_ROMAN = /^(?:\d[\d.,]*(?:[-–]\d[\d.,]*)?|[IVXLC]+|[-–—/(%)]+)$/u;

/** A header word, allowing for a character the converter lost (U+FFFD): "v\uFFFD" is "vị". */
function isHeaderWord(word: string): boolean {
  const key = lower(word);
  if (HEADER_WORDS.has(key)) return true;
  if (!key.includes('\uFFFD')) return false;
  const chars = [...key];
  return [...HEADER_WORDS].some((known) => {
    const target = [...known];
    return target.length === chars.length && target.every((char, index) => chars[index] === char || chars[index] === '\uFFFD');
  });
}

/** True when every word of the line is a header word, a year or a roman numeral ("Nghị quyết Đại hội XIII"). */
export function isHeaderFragment(text: string): boolean {
  const words = normalizeCell(text).split(' ').map((word) => word.replace(PUNCTUATION, ''));
  let headerWords = 0;
  for (const word of words) {
    if (word === '') continue;
    if (isHeaderWord(word)) headerWords += 1;
    else if (!NUMBER_OR_ROMAN.test(word)) return false;
  }
  return headerWords > 0;
}

/** True when the fragments, joined, name the columns of an indicator table (TT, Chỉ tiêu, Đơn vị). */
export function namesIndicatorColumns(fragments: readonly string[]): boolean {
  const text = joinFragments(fragments);
  return foldedIncludes(text, INDICATOR_COLUMNS.name) && INDICATOR_COLUMNS.unit.some((word) => foldedIncludes(text, word));
}

/** Joins header fragments, gluing runs of single letters ("S", "T", "T" → "STT"). */
export function joinFragments(fragments: readonly string[]): string {
  const parts: string[] = [];
  let letters = '';
  for (const fragment of fragments.map(normalizeCell).filter((part) => part !== '')) {
    if (/^\p{Lu}$/u.test(fragment)) {
      letters += fragment;
      continue;
    }
    if (letters) parts.push(letters);
    letters = '';
    parts.push(fragment);
  }
  if (letters) parts.push(letters);
  return parts.join(' ');
}

function labelKindAt(words: readonly string[], index: number): HeaderLabelKind | null {
  const first = words[index] ?? '';
  if (!/^\p{Lu}/u.test(first)) return null;
  const rest = lower(words.slice(index, index + 3).join(' '));
  for (const { start, kind } of HEADER_LABEL_KINDS) {
    if (rest === start || rest.startsWith(`${start} `)) return kind;
  }
  return null;
}

/**
 * Splits a flattened header into column labels at the capitalised words that open one
 * ("Mục tiêu", "Ước thực hiện", "Kết quả", "Tỷ lệ", "So sánh", "Ghi chú"). A bare "Mục tiêu"
 * keeps the "Nghị quyết Đại hội" under it.
 */
export function splitHeaderLabels(text: string): string[] {
  const words = normalizeCell(text).split(' ').filter((word) => word !== '');
  const labels: string[][] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? '';
    const last = labels.at(-1);
    const kind = labelKindAt(words, index);
    const keepsTarget = kind === 'target' && last !== undefined && lower(last.join(' ')) === BARE_TARGET_LABEL;
    const opens = kind !== null;
    if (last === undefined || (opens && !keepsTarget)) labels.push([word]);
    else last.push(word);
  }
  return labels.map((label) => label.join(' '));
}

function kindOfLabel(label: string): ColumnKind {
  const text = lower(label);
  if (text.includes(STATUS_LABEL_WORD)) return 'status';
  for (const { start, kind } of HEADER_LABEL_KINDS) {
    if (text === start || text.startsWith(`${start} `)) {
      if (kind === 'compare' && text.includes('%')) return 'percent';
      return kind;
    }
  }
  return 'other';
}

const YEAR = /\b(?:19|20)\d\d\b/u;

/** Periods spanning sub-columns: k dated result labels followed by k undated result sub-columns. */
function spreadPeriods(columns: Column[]): Column[] {
  const first = columns.findIndex((column) => column.kind === 'result' && YEAR.test(column.label));
  if (first < 0) return columns;
  let end = first;
  while (columns[end]?.kind === 'result' && YEAR.test(columns[end]?.label ?? '')) end += 1;
  const periods = columns.slice(first, end).map((column) => column.label);
  const after = columns.slice(end);
  const subResults = after.filter((column) => column.kind === 'result' && !YEAR.test(column.label)).length;
  if (subResults !== periods.length) return columns;
  let period = -1;
  const spread = after.map((column) => {
    if (column.kind === 'result') period += 1;
    const inPeriod = period >= 0 && period < periods.length && ['result', 'percent', 'compare', 'status'].includes(column.kind);
    return inPeriod ? { ...column, period: periods[period] ?? null } : column;
  });
  return [...columns.slice(0, first), ...spread];
}

/** Target columns before the results are the term's targets (the last one is "the" target); after them, the next term's. */
function placeTargets(columns: Column[]): Column[] {
  const firstResult = columns.findIndex((column) => column.kind === 'result');
  const before = columns.map((column, index) => column.kind === 'target' && (firstResult < 0 || index < firstResult));
  const lastBefore = before.lastIndexOf(true);
  return columns.map((column, index) => {
    if (column.kind !== 'target') return column;
    if (firstResult >= 0 && index > firstResult) return { ...column, kind: 'next_target' };
    return index === lastBefore ? column : { ...column, kind: 'previous_target' };
  });
}

/** Builds the column schema from column labels in reading order (spanning period labels first). */
export function columnsFromLabels(labels: readonly string[]): Column[] {
  const columns = labels.map((label): Column => ({ kind: kindOfLabel(label), label, period: null }));
  return placeTargets(spreadPeriods(columns));
}

/** Builds the column schema from a header's fragments, in reading order. */
export function columnsFromHeader(fragments: readonly string[]): Column[] {
  return columnsFromLabels(splitHeaderLabels(joinFragments(fragments)));
}
