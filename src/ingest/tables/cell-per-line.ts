/**
 * Tables that arrive one cell per line. Two converter habits are handled:
 * - tab-prefixed: every cell starts with a TAB ("\t12,8"), an empty cell is a lone TAB,
 *   rows are separated by blank lines, and a cell's text may run onto the next line
 *   without a TAB ("\t1/" then "10.000");
 * - blank-separated: every cell is its own line between blank lines, and an empty cell is
 *   a line of non-breaking spaces.
 */
import type { CleanLine } from '../../domain/document.ts';
import { startsLowerCase } from '../text-utils.ts';
import { isEmptyCell, isTextCell, normalizeCell } from './cell-kind.ts';

/** One cell read from a cell-per-line body, with where it came from. */
export interface Cell {
  /** The cell's text, normalised ("" for an empty cell). */
  text: string;
  line: number;
  endLine: number;
  /** True when a blank line (a row separator in the tab-prefixed layout) precedes the cell. */
  afterBlank: boolean;
}

/** True when a line is blank: nothing, or only spaces. NBSP-only lines are cells, not blanks. */
function isBlank(text: string): boolean {
  return text.replace(/[ \t\r\ufeff]/gu, '') === '' && !text.includes('\t');
}

/** Joins a cell's continuation: "1/" + "10.000" → "1/10.000", "GRDP bình quân" + "đầu người". */
export function joinCellText(head: string, tail: string): string {
  if (head === '') return tail;
  if (tail === '') return head;
  return /[/-]$/u.test(head) ? `${head}${tail}` : `${head} ${tail}`;
}

/** Whether lines are blank-separated: the line numbers skip (blank lines were dropped) or a blank line sits between. */
function gapBefore(lines: readonly CleanLine[], index: number): boolean {
  const line = lines[index];
  const previous = lines[index - 1];
  if (!line || !previous) return false;
  return line.line > previous.endLine + 1;
}

/** Reads the cells of a tab-prefixed table body. */
export function tabPrefixedCells(lines: readonly CleanLine[]): Cell[] {
  const cells: Cell[] = [];
  let blank = false;
  lines.forEach((line, index) => {
    if (gapBefore(lines, index)) blank = true;
    if (isBlank(line.text)) {
      blank = true;
      return;
    }
    const last = cells.at(-1);
    if (!line.text.includes('\t') && last) {
      last.text = joinCellText(last.text, normalizeCell(line.text));
      last.endLine = line.endLine;
      return;
    }
    const text = normalizeCell(line.text.replace(/\t/gu, ' '));
    cells.push({ text: isEmptyCell(text) ? '' : text, line: line.line, endLine: line.endLine, afterBlank: blank });
    blank = false;
  });
  return cells;
}

/**
 * Reads the cells of a blank-separated table body; a lower-case line right under a text
 * cell continues it. When the cleaner already dropped the blank lines (the line numbers
 * skip), every line left is a cell, and an empty one is an empty cell (NBSP cleaned away).
 */
export function blankSeparatedCells(lines: readonly CleanLine[]): Cell[] {
  const cells: Cell[] = [];
  const blanksDropped = lines.some((_, index) => gapBefore(lines, index));
  let blank = false;
  lines.forEach((line, index) => {
    if (gapBefore(lines, index)) blank = true;
    if (!blanksDropped && isBlank(line.text)) {
      blank = true;
      return;
    }
    const text = normalizeCell(line.text);
    const last = cells.at(-1);
    if (!blank && last && isTextCell(last.text) && startsLowerCase(text)) {
      last.text = joinCellText(last.text, text);
      last.endLine = line.endLine;
      return;
    }
    cells.push({ text: isEmptyCell(text) ? '' : text, line: line.line, endLine: line.endLine, afterBlank: blank });
    blank = false;
  });
  return cells;
}
