/**
 * Finds table regions, whose lines must never be joined: a converter flattens a table into
 * one line per row (with tabs) or one line per cell.
 */
import { STATUS_WORD } from '../../domain/vocabulary/index.ts';
import { countNumberTokens } from '../text-utils.ts';
import type { RawLine } from './raw-lines.ts';

const STATUS_CELL = new RegExp(`(?:^|\\s)(?:${Object.values(STATUS_WORD).join('|')})(?=\\s|$)`, 'u');

/** A line that looks like part of a table: a tab, a short cell, a row of figures or status words. */
export function isCellLike(line: RawLine): boolean {
  if (line.role === 'spacer' || line.text.includes('\t')) return true;
  const text = line.text.trim();
  if (text.length <= 30) return true;
  const numbers = countNumberTokens(text);
  const words = text.split(/\s+/).length;
  return (numbers >= 3 && numbers / words >= 0.35) || (numbers >= 1 && STATUS_CELL.test(text));
}

/** Marks table lines: every tab line, and lines with at least 6 cell-like lines among the 9 around them. */
export function markTables(lines: RawLine[]): void {
  // Empty lines are left out of the window: one-cell-per-line tables often double-space their cells.
  const visible = lines.filter((line) => line.role !== 'blank');
  const cellLike = visible.map(isCellLike);
  visible.forEach((line, i) => {
    if (line.text.includes('\t')) {
      line.role = 'table';
      return;
    }
    const from = Math.max(0, i - 4);
    const window = cellLike.slice(from, i + 5);
    if (window.filter(Boolean).length >= 6) line.role = 'table';
  });
}
