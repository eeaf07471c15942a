/**
 * A row of an appendix table after its layout has been undone: one cell per column of
 * the schema, whatever way the converter flattened it.
 */
import { isStatusCell, normalizeCell } from './cell-kind.ts';
import type { Column } from './schema.ts';

export interface TableRow {
  /** One entry per column: the cell's text ("" when empty), or null when the row has no such cell. */
  cells: (string | null)[];
  line: number;
  endLine: number;
}

/** The text of a row's first column of a kind, or null when the column or its text is missing. */
export function cellOf(row: TableRow, columns: readonly Column[], kind: Column['kind']): string | null {
  const index = columns.findIndex((column) => column.kind === kind);
  const text = index < 0 ? '' : normalizeCell(row.cells[index] ?? '');
  return text === '' ? null : text;
}

/**
 * Settles "So sánh với mục tiêu" columns: a status column where any of its cells is a
 * status word (seed 002), a % column otherwise (seed 004's "So sánh với NQĐH XIII (%)").
 */
export function resolveCompareColumns(columns: readonly Column[], rows: readonly TableRow[]): Column[] {
  return columns.map((column, index) => {
    if (column.kind !== 'compare') return column;
    const hasStatus = rows.some((row) => isStatusCell(row.cells[index] ?? ''));
    return { ...column, kind: hasStatus ? 'status' : 'percent' };
  });
}
