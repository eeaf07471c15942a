/**
 * Finds the header row of a comment sheet and which column holds what. Headers are compared
 * folded ("Họ và tên", "HO VA TEN (*)" and "Họ  và tên:" alike); the words are in
 * COMMENT_SHEET_HEADERS. A header may be preceded by a title, and may take two rows when a
 * cell above groups the cells below (merged "Ý kiến" over "Tán thành | Không tán thành |
 * Đồng ý một phần"). A sheet that ticks one of several stance columns is read by its marks,
 * and then a stance column ("Ý kiến") is not read.
 */
import type { Stance } from '../../domain/consultation/types.ts';
import { foldVietnamese } from '../../domain/fold.ts';
import { COMMENT_SHEET_HEADERS, STANCE_SYNONYMS, type CommentSheetColumn } from '../../domain/vocabulary/index.ts';
import { cellLine, type SheetRow } from './sheet-cells.ts';

/** A column of the sheet: its 0-based index and its header as the sheet writes it. */
export interface ColumnRef {
  index: number;
  label: string;
}

/** A stance column of a sheet that ticks stances: a mark in it gives the row that stance. */
export interface StanceMark {
  stance: Stance;
  column: ColumnRef;
}

export interface SheetHeader {
  /** The header's last row number; data starts below it. */
  lastRow: number;
  /** The recognised columns, the leftmost one where a header appears twice. */
  columns: Partial<Record<CommentSheetColumn, ColumnRef>>;
  /** Empty unless the header names two or more stances as columns. */
  stanceMarks: StanceMark[];
}

/** Rows searched for the header, from the top. */
export const HEADER_SEARCH_ROWS = 10;

/** A header's comparison key: folded, text in brackets dropped, letters and digits only. */
export function headerKey(text: string): string {
  return foldVietnamese(text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')).replace(/[^a-z0-9]/g, '');
}

const COLUMN_BY_KEY: ReadonlyMap<string, CommentSheetColumn> = new Map(
  (Object.entries(COMMENT_SHEET_HEADERS) as [CommentSheetColumn, readonly string[]][]).flatMap(([column, words]) =>
    words.map((word) => [headerKey(word), column] as const),
  ),
);

const STANCE_BY_KEY: ReadonlyMap<string, Stance> = new Map(Object.entries(STANCE_SYNONYMS).map(([word, stance]) => [headerKey(word), stance]));

/** What one header cell says. */
interface HeaderCell extends ColumnRef {
  column: CommentSheetColumn | null;
  stance: Stance | null;
}

/**
 * The header among the first rows of a sheet (`head`: rows 1 to 11 as they come, empty ones
 * may be missing): the first row within HEADER_SEARCH_ROWS whose headers, with the row below
 * when that one holds only headers, include the comment text column. Null when there is none.
 */
export function findHeader(head: readonly SheetRow[]): SheetHeader | null {
  const byNumber = new Map(head.map((row) => [row.row, row]));
  for (const row of head) {
    if (row.row > HEADER_SEARCH_ROWS) continue;
    const upper = headerCells(row);
    if (!upper.some(isRecognised)) continue;
    const below = byNumber.get(row.row + 1);
    const lower = below ? headerCells(below) : [];
    const twoRows = lower.length > 0 && lower.every(isRecognised) && addsColumns(upper, lower);
    const cells = twoRows ? mergeRows(upper, lower) : upper;
    const header = headerOf(cells, twoRows ? row.row + 1 : row.row);
    if (header.columns.text !== undefined) return header;
  }
  return null;
}

/** The non-empty cells of a row read as headers; a number or a date is no header. */
function headerCells(row: SheetRow): HeaderCell[] {
  const cells: HeaderCell[] = [];
  row.cells.forEach((cell, index) => {
    const label = cellLine(cell);
    if (label === '') return;
    const key = typeof cell === 'string' ? headerKey(label) : '';
    cells.push({ index, label, column: COLUMN_BY_KEY.get(key) ?? null, stance: STANCE_BY_KEY.get(key) ?? null });
  });
  return cells;
}

function isRecognised(cell: HeaderCell): boolean {
  return cell.column !== null || cell.stance !== null;
}

/** Whether the row below brings a column, or a set of stance columns, that the row above lacks. */
function addsColumns(upper: readonly HeaderCell[], lower: readonly HeaderCell[]): boolean {
  const known = new Set(upper.map((cell) => cell.column));
  if (lower.some((cell) => cell.column !== null && !known.has(cell.column))) return true;
  return new Set(lower.flatMap((cell) => (cell.stance === null ? [] : [cell.stance]))).size >= 2;
}

/** Two header rows as one: per column, the lower cell when it is a header, else the upper one. */
function mergeRows(upper: readonly HeaderCell[], lower: readonly HeaderCell[]): HeaderCell[] {
  const byIndex = new Map(upper.map((cell) => [cell.index, cell]));
  for (const cell of lower) if (isRecognised(cell)) byIndex.set(cell.index, cell);
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

function headerOf(cells: readonly HeaderCell[], lastRow: number): SheetHeader {
  const columns: Partial<Record<CommentSheetColumn, ColumnRef>> = {};
  for (const cell of cells) {
    if (cell.column !== null && columns[cell.column] === undefined) columns[cell.column] = { index: cell.index, label: cell.label };
  }
  const marks = new Map<Stance, StanceMark>();
  for (const cell of cells) {
    if (cell.stance !== null && !marks.has(cell.stance)) marks.set(cell.stance, { stance: cell.stance, column: { index: cell.index, label: cell.label } });
  }
  if (marks.size < 2) return { lastRow, columns, stanceMarks: [] };
  // The marks decide the stance; "Tán thành" alone would otherwise head a stance column.
  delete columns.stance;
  return { lastRow, columns, stanceMarks: [...marks.values()] };
}
