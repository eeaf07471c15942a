/** The user-facing notes on what the cleaner found damaged or dropped; their words are in the vocabulary (report.ts). */
import { CLEANING_WARNING } from '../../domain/vocabulary/index.ts';
import { countReplacementChars } from '../text-utils.ts';
import type { RawLine } from './raw-lines.ts';

/** One warning with the total of lost characters (U+FFFD), then one per damaged line. */
export function lostCharWarnings(lines: readonly RawLine[]): string[] {
  const damaged = lines.map((line) => ({ n: line.n, count: countReplacementChars(line.text) })).filter((line) => line.count > 0);
  if (damaged.length === 0) return [];
  const total = damaged.reduce((sum, line) => sum + line.count, 0);
  return [
    CLEANING_WARNING.lostTotal(total),
    ...damaged.map((line) => (line.count === 1 ? CLEANING_WARNING.lostInLine(line.n) : CLEANING_WARNING.lostManyInLine(line.n, line.count))),
  ];
}

/** One warning listing the dropped page-number lines, one listing the dropped running headers; none when none. */
export function droppedWarnings(pages: readonly number[], headers: readonly number[]): string[] {
  const warnings: string[] = [];
  if (pages.length > 0) warnings.push(CLEANING_WARNING.pageNumbers(pages.length, pages.join(', ')));
  if (headers.length > 0) warnings.push(CLEANING_WARNING.runningHeaders(headers.length, headers.join(', ')));
  return warnings;
}
