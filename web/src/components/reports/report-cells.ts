/**
 * How the preview shows any laid-out report's table (the server's `ReportDocument`, whatever
 * the report): the text of a cell as the files write it — numbers `1.234,5` with exactly their
 * decimals, percents `73,1%`, status words —, the leaf columns under the column groups, the span
 * of a group row's cells, which rows count, and column widths on screen. It knows no report.
 * Pure: tested without a browser.
 */
import { cellText } from '../../../../src/domain/report-cell.ts';
import type { LayoutCell, LayoutColumn, LayoutColumnGroup, LayoutColumnOrGroup, LayoutRow, LayoutTable } from '../../api/reports.ts';

export { cellText };

/** Numbers and percents: right-aligned figures that do not wrap. */
export function isFigure(cell: LayoutCell | undefined): boolean {
  return cell?.kind === 'number' || cell?.kind === 'percent';
}

export function isColumnGroup(column: LayoutColumnOrGroup): column is LayoutColumnGroup {
  return 'columns' in column;
}

/** The leaf columns of a table, left to right (one body cell each). */
export function leafColumns(columns: readonly LayoutColumnOrGroup[]): LayoutColumn[] {
  return columns.flatMap((column) => (isColumnGroup(column) ? column.columns : [column]));
}

/**
 * The column span of the cell at leaf `position` of `row` (0: the cell is not drawn). A group
 * row, as in the files, shows its first column, then its second column's text across the rest.
 */
export function cellSpan(row: Pick<LayoutRow, 'kind'>, position: number, leafCount: number): number {
  if (row.kind !== 'group' || leafCount < 2 || position === 0) return 1;
  return position === 1 ? leafCount - 1 : 0;
}

/** The cell of `row` under `column`; a missing key is an empty cell. */
export function cellOf(row: LayoutRow, column: Pick<LayoutColumn, 'key'>): LayoutCell {
  return row.cells[column.key] ?? { kind: 'empty' };
}

/** The rows that are entries of the report (items and components), not group headings or subtotals. */
export function entryCount(table: Pick<LayoutTable, 'rows'>): number {
  return table.rows.filter((row) => row.kind === 'item' || row.kind === 'component').length;
}

/** Pixels per character of a column's relative width, and each cell's padding. */
const CHAR_PX = 8.5;
const PADDING_PX = 12;

/**
 * A column's width on screen from its relative width in characters of body text.
 * @example columnPixels(10) // 97
 */
export function columnPixels(width: number): number {
  return Math.round(Math.max(width, 1) * CHAR_PX) + PADDING_PX;
}

/** The leaf column whose cells carry a row's words for screen readers: the first left-aligned one (the name), else the first. */
export function labelColumn(leaves: readonly LayoutColumn[]): LayoutColumn | undefined {
  return leaves.find((column) => column.align === 'left') ?? leaves[0];
}
