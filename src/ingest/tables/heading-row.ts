/**
 * Heading rows ("2 Cơ cấu GRDP:", "Trong đó:") in a cell stream. Aligned like other rows
 * they cost every missing column, which is right when the converter kept their empty
 * cells but wrong when it dropped them: the heading then reads cheaper as the note of the
 * row above. A row of a number and a name and nothing else is therefore also priced as a
 * heading, at a small fixed cost.
 */
import type { AlignedRow } from './align-rows.ts';
import type { Cell } from './cell-per-line.ts';
import { isCodeCell, isTextCell, isUnitCell } from './cell-kind.ts';
import { DROP_EMPTY_COST } from './fit-cost.ts';
import type { ColumnKind } from './schema.ts';

/** What a heading row costs: less than a missing note plus a missing row number. */
export const HEADING_ROW_COST = 0.3;

/** The cells [start, end) as a heading row (an optional row number, then a name, then empty cells), or null. */
export function headingRow(cells: readonly Cell[], start: number, end: number, kinds: readonly ColumnKind[]): { cost: number; row: AlignedRow } | null {
  const codeAt = kinds.indexOf('code');
  const nameAt = kinds.indexOf('name');
  if (nameAt < 0) return null;
  const filled = cells.slice(start, end).filter((cell) => cell.text !== '');
  const [first, second, ...rest] = filled;
  if (first === undefined || rest.length > 0) return null;
  const code = second === undefined ? null : first;
  const name = second ?? first;
  if (code !== null && (codeAt < 0 || !isCodeCell(code.text))) return null;
  if (!isTextCell(name.text) || isUnitCell(name.text)) return null;
  const empties = end - start - filled.length;
  const placed = new Array<Cell | null>(kinds.length).fill(null);
  if (code !== null) placed[codeAt] = code;
  placed[nameAt] = name;
  const row: AlignedRow = { cells: placed, line: cells[start]?.line ?? name.line, endLine: cells[end - 1]?.endLine ?? name.endLine };
  return { cost: HEADING_ROW_COST + DROP_EMPTY_COST * Math.max(0, empties - (kinds.length - 2)), row };
}
