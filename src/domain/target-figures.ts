/**
 * Finds the figures of a target's text: each number or range with the unit, "/năm",
 * "trở lên", basis and "so với" comparison written around it, told apart from the years,
 * periods and labels ("mức độ 3", "20-NQ/TW") that only qualify it.
 */
import { readUnitAt } from './units.ts';
import { findNumerals } from './vn-number.ts';
import type { NumeralToken } from './vn-number.ts';
import { BASIS, BASIS_STOP, COMPARISON, CONNECTOR, LABEL_BEFORE, SUFFIX, SUFFIX_PER_YEAR, WEAK_UNITS, YEAR_BEFORE } from './vocabulary/index.ts';

/** What a figure is: a value, a weak value (age, duration, criteria), a label, a year or a period. */
export type FigureKind = 'value' | 'weak' | 'label' | 'year' | 'period';

/** A figure phrase of the text: a number or a range with what is written around it. */
export interface Figure {
  kind: FigureKind;
  start: number;
  /** Just past the unit, "trở lên" and the basis. */
  end: number;
  min: number;
  max: number;
  range: boolean;
  unit: string | null;
  per: 'year' | null;
  basis: string | null;
  suffix: 'lowerIncl' | 'upperIncl' | null;
  comparison: boolean;
  problem: string | null;
}

/** True for a plain four-digit year such as 2025. */
function isYear(token: NumeralToken): boolean {
  return /^\d{4}$/u.test(token.raw) && token.value !== null && token.value >= 1900 && token.value <= 2100;
}

/** A new figure with the defaults of a bare number. */
function figureOf(kind: FigureKind, token: NumeralToken, end: number): Figure {
  const value = token.value ?? 0;
  return {
    kind, start: token.index, end, min: value, max: value, range: false, unit: null, per: null,
    basis: null, suffix: null, comparison: false, problem: token.value === null ? `unreadable number "${token.raw}"` : null,
  };
}

/** Runs a sticky pattern at `index`. */
function stickyAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/** A label's end, taking in the parts of a date or symbol glued to it ("29/10/2017", "20-NQ/TW"). */
function labelEnd(work: string, tokens: readonly NumeralToken[], i: number): number {
  let end = tokens[i]?.end ?? 0;
  for (let j = i + 1; j < tokens.length; j++) {
    const next = tokens[j];
    if (next === undefined || next.index !== end + 1 || !/[/.-]/u.test(work.charAt(end))) break;
    end = next.end;
  }
  const symbol = /^[-/][\p{L}/-]+/u.exec(work.slice(end));
  return end + (symbol?.[0].length ?? 0);
}

/** Reads the range whose first end is tokens[i], or null when no connector and number follow. */
function readRange(work: string, tokens: readonly NumeralToken[], i: number, afterFirst: number): Figure | null {
  const a = tokens[i];
  const b = tokens[i + 1];
  const link = stickyAt(CONNECTOR, work, afterFirst);
  if (a === undefined || b === undefined || link === null || b.index !== afterFirst + link[0].length) return null;
  if (b.value === null || a.value === null) return null;
  const worded = /đến|tới/u.test(link[0]);
  if (isYear(a) && isYear(b) && b.value > a.value && b.value - a.value <= 30) {
    return { ...figureOf('period', a, b.end), min: a.value, max: b.value, range: true };
  }
  if (worded && isYear(b) && !isYear(a)) return null;
  const unit = readUnitAt(work, b.end);
  const figure: Figure = { ...figureOf('value', a, unit.end), max: b.value, range: true, unit: unit.unit, per: unit.per };
  if (a.value > b.value) figure.problem = 'range written high to low';
  const chained = stickyAt(CONNECTOR, work, unit.end);
  if (chained !== null && tokens[i + 2]?.index === unit.end + chained[0].length) figure.problem = 'a chain of ranges';
  return figure;
}

/** Reads what follows a value figure: "trở lên", "/năm" again, its basis, a "so với" comparison. */
function readAfter(work: string, figure: Figure): void {
  const suffix = stickyAt(SUFFIX, work, figure.end);
  if (suffix !== null) {
    figure.suffix = suffix[1] === 'trở lên' ? 'lowerIncl' : 'upperIncl';
    figure.end += suffix[0].length;
    const perYear = stickyAt(SUFFIX_PER_YEAR, work, figure.end);
    if (perYear !== null) {
      figure.per = 'year';
      figure.end += perYear[0].length;
    }
  }
  const basis = figure.unit === '%' || figure.unit === null ? stickyAt(BASIS, work, figure.end) : null;
  if (basis !== null) {
    const name = (basis[1] ?? '').replace(BASIS_STOP, '');
    figure.basis = /^g(?:r)?dp$/u.test(name) ? name.toUpperCase() : name;
    figure.end += basis[0].length;
  }
  figure.comparison = stickyAt(COMPARISON, work, figure.end) !== null;
}

/** Reads the figure that starts at tokens[i]. */
function readFigure(work: string, tokens: readonly NumeralToken[], i: number): Figure | null {
  const token = tokens[i];
  if (token === undefined) return null;
  const before = work.slice(0, token.index);
  if (token.value === null) return figureOf('value', token, token.end);
  const unit = readUnitAt(work, token.end);
  const symbol = unit.unit === null && unit.per === null && /^[-/]\p{L}/u.test(work.slice(token.end));
  if (LABEL_BEFORE.test(before) || symbol) return figureOf('label', token, labelEnd(work, tokens, i));
  const range = readRange(work, tokens, i, unit.end) ?? readRange(work, tokens, i, token.end);
  if (range?.kind === 'period') return range;
  if (range === null && isYear(token) && YEAR_BEFORE.test(before)) return figureOf('year', token, token.end);
  const figure = range ?? { ...figureOf('value', token, unit.end), unit: unit.unit, per: unit.per };
  if (figure.unit !== null && WEAK_UNITS.has(figure.unit)) figure.kind = 'weak';
  readAfter(work, figure);
  const next = tokens.find((t) => t.index >= figure.end);
  const gap = next === undefined ? null : work.slice(figure.end, next.index);
  if (figure.problem === null && gap === '/') figure.problem = 'a fraction';
  if (figure.problem === null && gap === ' ' && figure.unit === null && figure.kind === 'value' && next !== undefined && !isYear(next)) {
    figure.problem = 'two figures without a connector';
  }
  return figure;
}

/** Every figure phrase of the text, in order; numbers inside a unit ("/1 vạn dân") are skipped. */
export function scanFigures(work: string): Figure[] {
  const tokens = findNumerals(work);
  const figures: Figure[] = [];
  let cursor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || token.index < cursor) continue;
    const figure = readFigure(work, tokens, i);
    if (figure === null) continue;
    figures.push(figure);
    cursor = figure.end;
  }
  return figures;
}
