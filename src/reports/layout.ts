/**
 * What the three format writers (xlsx.ts, docx.ts, pdf.ts) share about a laid-out document, so
 * that they agree to the character: the text of a cell (Vietnamese number formatting), the two
 * header rows a table's ColumnGroups make, the segments of a body row (a group row merges all
 * but its first column), column widths scaled to the page, and the lines of the header block.
 */
import { cellText } from '../domain/report-cell.ts';
import {
  BLANK_NUMBER, NATIONAL_MOTTO, NATIONAL_NAME, NUMBER_WORD, PARTY_ISSUER_MARK, PARTY_NAME, placeDateLine,
} from '../domain/vocabulary/index.ts';
import type { Align, Cell, Column, ColumnGroup, DocumentHeader, ReportTable, TableRow } from './model.ts';

/** The text a cell shows (one definition with the web preview, in the domain). */
export { cellText };

/** A cell of the header rows: `row` 0 or 1, `col` the first leaf column it covers. */
export interface HeaderCell {
  text: string;
  row: number;
  col: number;
  colSpan: number;
  rowSpan: number;
}

/** A table's leaf columns (one per body cell) and its one or two header rows. */
export interface TableLayout {
  leaves: Column[];
  /** One row when no column is grouped, else two: group titles over their columns, plain columns merged down. */
  headerRows: HeaderCell[][];
}

/** A run of leaf columns one body cell covers. */
export interface RowSegment {
  col: number;
  colSpan: number;
  cell: Cell;
  text: string;
  align: Align;
  /** Component rows indent their left-aligned text (the indicator name under its parent). */
  indent: boolean;
}

function isGroup(column: Column | ColumnGroup): column is ColumnGroup {
  return 'columns' in column;
}

/** Flattens a table's columns into leaves and header rows. */
export function tableLayout(table: ReportTable): TableLayout {
  const grouped = table.columns.some(isGroup);
  const leaves: Column[] = [];
  const top: HeaderCell[] = [];
  const second: HeaderCell[] = [];
  for (const column of table.columns) {
    if (isGroup(column)) {
      top.push({ text: column.title, row: 0, col: leaves.length, colSpan: column.columns.length, rowSpan: 1 });
      for (const leaf of column.columns) {
        second.push({ text: leaf.title, row: 1, col: leaves.length, colSpan: 1, rowSpan: 1 });
        leaves.push(leaf);
      }
    } else {
      top.push({ text: column.title, row: 0, col: leaves.length, colSpan: 1, rowSpan: grouped ? 2 : 1 });
      leaves.push(column);
    }
  }
  return { leaves, headerRows: grouped ? [top, second] : [top] };
}

const EMPTY: Cell = { kind: 'empty' };

/** The cells of a body row as drawn: a group row shows its first column, then its second column's text across the rest. */
export function rowSegments(row: TableRow, leaves: readonly Column[]): RowSegment[] {
  const segment = (index: number, colSpan: number): RowSegment => {
    const column = leaves[index];
    const cell = (column === undefined ? undefined : row.cells[column.key]) ?? EMPTY;
    const align = column?.align ?? 'left';
    return { col: index, colSpan, cell, text: cellText(cell), align, indent: row.kind === 'component' && align === 'left' };
  };
  if (row.kind === 'group' && leaves.length > 1) {
    const second = segment(1, leaves.length - 1);
    return [segment(0, 1), { ...second, align: 'left' }];
  }
  return leaves.map((_, index) => segment(index, 1));
}

/** Group and subtotal rows are bold. */
export function isBoldRow(row: TableRow): boolean {
  return row.kind === 'group' || row.kind === 'subtotal';
}

/**
 * Scales relative widths to `total` units, each column at least its minimum (one number for all,
 * or one per column; when the minimums alone exceed the total they are scaled down instead). The
 * result sums to `total`, exactly in whole units when `round` is set (twips).
 * @example scaleWidths([1, 3], 100) // [25, 75]
 */
export function scaleWidths(widths: readonly number[], total: number, options: { minimum?: number | readonly number[]; round?: boolean } = {}): number[] {
  const floor = widths.map((_, i) => Math.max(0, (typeof options.minimum === 'number' ? options.minimum : options.minimum?.[i]) ?? 0));
  const floorSum = floor.reduce((a, b) => a + b, 0);
  const fitted = floorSum >= total
    ? floor.map((f) => (floorSum > 0 ? (f / floorSum) * total : total / Math.max(widths.length, 1)))
    : growToTotal(widths, floor, total);
  if (options.round !== true) return fitted;
  const rounded = fitted.map((w) => Math.floor(w));
  let rest = Math.round(total) - rounded.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0 && rounded.length > 0; i = (i + 1) % rounded.length, rest--) rounded[i] = (rounded[i] ?? 0) + 1;
  return rounded;
}

/** Proportional shares of `total`; columns whose share falls below their floor are pinned there and the rest share what is left. */
function growToTotal(widths: readonly number[], floor: readonly number[], total: number): number[] {
  const pinned = widths.map(() => false);
  for (;;) {
    const free = widths.reduce((a, w, i) => a + (pinned[i] ? 0 : Math.max(w, 0)), 0);
    const left = total - floor.reduce((a, f, i) => a + (pinned[i] ? f : 0), 0);
    const freeCount = pinned.filter((p) => !p).length;
    const share = widths.map((w, i) => (pinned[i] ? (floor[i] ?? 0) : free > 0 ? (Math.max(w, 0) / free) * left : left / Math.max(freeCount, 1)));
    const below = share.findIndex((w, i) => !pinned[i] && w < (floor[i] ?? 0));
    if (below < 0) return share;
    pinned[below] = true;
  }
}

/**
 * The narrowest each leaf column may be so that no word or number of its own cells breaks
 * ("1.234,5", "102,9%", "III"): the widest single word, by `measure` (the writer's own text
 * width, bold for header and bold rows), plus `padding`. Cells spanning several columns do not count.
 */
export function minimumColumnWidths(table: ReportTable, measure: (text: string, bold: boolean) => number, padding: number): number[] {
  const layout = tableLayout(table);
  const minimum = layout.leaves.map(() => 0);
  const widest = (text: string, bold: boolean) => Math.max(0, ...text.split(/\s+/u).filter((word) => word !== '').map((word) => measure(word, bold)));
  for (const cell of layout.headerRows.flat()) {
    if (cell.colSpan === 1) minimum[cell.col] = Math.max(minimum[cell.col] ?? 0, widest(cell.text, true) + padding);
  }
  for (const row of table.rows) {
    for (const segment of rowSegments(row, layout.leaves)) {
      if (segment.colSpan === 1) minimum[segment.col] = Math.max(minimum[segment.col] ?? 0, widest(segment.text, isBoldRow(row)) + padding);
    }
  }
  return minimum;
}

/** Type sizes a table may use, largest first: 11 pt, down to 8 pt for many columns on a narrow page. */
export const TABLE_SIZES_PT: readonly number[] = [11, 10.5, 10, 9.5, 9, 8.5, 8];

/** Share of the width the columns' minimums may take, so that the wide columns (names) keep room to grow. */
const TABLE_ROOM = 0.8;

/**
 * The largest table type size at which every column's widest word fits the page (`available`,
 * in the writer's units) with room to spare, and the columns' minimum widths at that size.
 */
export function fitTable(
  table: ReportTable,
  available: number,
  measure: (text: string, bold: boolean, size: number) => number,
  padding: number,
): { size: number; minimum: number[] } {
  let fitted: { size: number; minimum: number[] } = { size: TYPE_SIZE_PT.table, minimum: [] };
  for (const size of TABLE_SIZES_PT) {
    fitted = { size, minimum: minimumColumnWidths(table, (text, bold) => measure(text, bold, size), padding) };
    if (fitted.minimum.reduce((a, b) => a + b, 0) <= available * TABLE_ROOM) return fitted;
  }
  return fitted;
}

/** Widths of Times New Roman (and its metric twins) in em, roughly: enough to keep a word whole, not to typeset. */
export function estimateTextWidth(text: string, sizePt: number, bold: boolean): number {
  let em = 0;
  for (const char of text.normalize('NFC')) {
    if (/[.,:;'!|ịỉíìĩiíjlI]/u.test(char)) em += 0.28;
    else if (/[%mwMW]/u.test(char)) em += 0.86;
    else if (/\p{Lu}/u.test(char)) em += 0.72;
    else em += 0.5;
  }
  return em * sizePt * (bold ? 1.06 : 1);
}

/** How many lines `text` takes wrapped word by word in `widthPt` (an estimate, for formats that cannot measure: row heights in XLSX). */
export function estimateLines(text: string, widthPt: number, sizePt: number, bold: boolean): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(/\s+/u).filter((w) => w !== '')) {
      const width = estimateTextWidth(`${word} `, sizePt, bold);
      if (used > 0 && used + width > widthPt) {
        lines++;
        used = 0;
      }
      used += width;
    }
  }
  return Math.max(lines, 1);
}

/** One line of the header block. `rule`: a short centred rule under the line, or one as long as the line's text. */
export interface HeaderLine {
  text: string;
  /** A smaller size (12 pt): the parent issuer and the national name, as Decree 30 sets them. */
  small?: boolean;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  rule?: 'short' | 'text';
}

/** The header block's two columns, top to bottom; an empty text is a blank line keeping the columns aligned. */
export interface HeaderBlock {
  left: HeaderLine[];
  right: HeaderLine[];
}

/** "Số 443-BC/TU" (Party) or "Số: 12/BC-UBND" (State); a number already starting with "Số" is kept as written. */
export function numberLine(header: DocumentHeader): string {
  const word = NUMBER_WORD[header.layout];
  const number = header.number?.trim() ?? '';
  if (number === '') return `${word} ${BLANK_NUMBER}`;
  if (/^số(?=[\s:]|$)/iu.test(number)) return number;
  return `${word} ${number}`;
}

/** "Lai Châu, ngày 03 tháng 11 năm 2023" from the header's place and ISO date. */
export function dateLine(header: DocumentHeader): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(header.date);
  if (match === null) return `${header.place}, ${header.date}`;
  return placeDateLine(header.place, Number(match[3]), Number(match[2]), Number(match[1]));
}

/**
 * The header block of Decree 30 (State) or of the Party's guidance: the issuing body and the
 * number on the left; on the right the Party line (underlined) or the national name and motto,
 * then the place and date line in italics.
 */
export function headerBlock(header: DocumentHeader): HeaderBlock {
  const left: HeaderLine[] = [];
  if (header.parentIssuer !== null) left.push({ text: header.parentIssuer, small: true });
  if (header.layout === 'party') {
    left.push({ text: header.issuer, bold: true }, { text: PARTY_ISSUER_MARK }, { text: numberLine(header) });
    const right: HeaderLine[] = [{ text: PARTY_NAME, bold: true, underline: true }];
    while (right.length < left.length - 1) right.push({ text: '' });
    right.push({ text: dateLine(header), italic: true });
    return { left, right };
  }
  left.push({ text: header.issuer, bold: true, rule: 'short' }, { text: numberLine(header) });
  const right: HeaderLine[] = [{ text: NATIONAL_NAME, bold: true, small: true }, { text: NATIONAL_MOTTO, bold: true, rule: 'text' }];
  while (right.length < left.length - 1) right.push({ text: '' });
  right.push({ text: dateLine(header), italic: true });
  return { left, right };
}

/** Millimetres to points (1 pt = 1/72 inch). */
export function mmToPt(mm: number): number {
  return (mm * 72) / 25.4;
}

/** A4 in points, portrait. */
export const A4_PT = { width: 595.28, height: 841.89 } as const;

/** Page margins in millimetres, per Decree 30 (top and bottom 20-25, left 30-35, right 15-20). */
export const PAGE_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** Type sizes in points: body text 13 (Decree 30: 13-14), tables 11, the header block 13 (the parent issuer 12). */
export const TYPE_SIZE_PT = { body: 13, table: 11, header: 13, headerSmall: 12, pageNumber: 10 } as const;
