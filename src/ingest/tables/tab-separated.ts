/**
 * Tables pasted or exported with TABs between the cells of a row, one row per line, as
 * users' own reports often arrive. A line with the column count maps cell for cell; any
 * other line is aligned by cell shapes (align-rows.ts). A line with a single cell that
 * starts in lower case is the rest of the name above it; a line without TABs otherwise is
 * a heading ("I. Chỉ tiêu kinh tế").
 */
import type { CleanLine } from '../../domain/document.ts';
import { alignRow } from './align-rows.ts';
import type { Cell } from './cell-per-line.ts';
import { isEmptyCell, normalizeCell } from './cell-kind.ts';
import type { Column } from './schema.ts';
import type { TableRow } from './table-row.ts';
import { continuesName, readWrappedLine } from './wrapped-line.ts';

function toCells(texts: readonly string[], line: CleanLine): Cell[] {
  return texts.map((text) => ({ text: isEmptyCell(text) ? '' : normalizeCell(text), line: line.line, endLine: line.endLine, afterBlank: false }));
}

function splitLine(line: CleanLine, width: number): string[] {
  const parts = line.text.split('\t');
  // A leading TAB (indentation) adds an empty first cell the row does not have.
  if (parts.length === width + 1 && normalizeCell(parts[0] ?? '') === '') return parts.slice(1);
  if (parts.length > 1) return parts;
  const read = readWrappedLine(line.text, 0);
  return read.code === null ? [line.text] : [read.code, read.text];
}

/** Reads the rows of a TAB-separated table body. */
export function tabSeparatedRows(lines: readonly CleanLine[], columns: readonly Column[]): TableRow[] {
  const kinds = columns.map((column) => column.kind);
  const nameAt = kinds.indexOf('name');
  const rows: TableRow[] = [];
  for (const line of lines) {
    const text = normalizeCell(line.text);
    if (text === '') continue;
    const last = rows.at(-1);
    const filled = line.text.split('\t').filter((part) => normalizeCell(part) !== '').length;
    if (filled === 1 && last && nameAt >= 0 && continuesName(text)) {
      last.cells[nameAt] = `${last.cells[nameAt] ?? ''} ${text}`.trim();
      last.endLine = line.endLine;
      continue;
    }
    const parts = splitLine(line, columns.length);
    const cells = parts.length === columns.length
      ? parts.map((part) => (isEmptyCell(part) ? '' : normalizeCell(part)))
      : alignRow(toCells(parts, line), kinds).cells.map((cell) => (cell === null ? null : cell.text));
    rows.push({ cells, line: line.line, endLine: line.endLine });
  }
  return rows;
}
