/**
 * Writes a laid-out document as an XLSX workbook (exceljs): one worksheet per table, each with
 * the header block and title above its table; two header rows with merged cells, frozen and
 * repeated on every printed page; figures as real numbers with a display format (the reader's
 * Excel shows its own locale's separators, "1.234,5" on a Vietnamese system); A4 fitted to the
 * page width. The paragraphs go on the first sheet, the notes under the last table.
 */
import ExcelJS from 'exceljs';
import { REPORT_PAGE } from '../domain/vocabulary/index.ts';
import {
  PAGE_MARGINS_MM, TYPE_SIZE_PT, estimateLines, headerBlock, isBoldRow, rowSegments, tableLayout, type HeaderLine, type RowSegment,
} from './layout.ts';
import type { Cell, ReportDocument, ReportTable } from './model.ts';

const FONT_NAME = 'Times New Roman';
const THIN = { style: 'thin', color: { argb: 'FF000000' } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;
const HIGHLIGHT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
/** A4 in the spreadsheet's paper size codes. */
const PAPER_A4 = 9;
/** Columns of a sheet without a table (a text-only document). */
const TEXT_ONLY_COLUMNS = 8;
const MAX_SHEET_NAME = 31;

/**
 * The display format of a number with `decimals` decimals: "#,##0.0". The separators in a
 * format code are placeholders that Excel and LibreOffice render in the reader's locale.
 */
export function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** A percentage stored in percent points (73.1) shown as "73.1%": the quoted % adds the sign without scaling by 100. */
export function percentFormat(decimals: number): string {
  return `${numberFormat(decimals)}"%"`;
}

/** Writes the document as an XLSX workbook. */
export async function writeXlsx(document: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'resolute';
  workbook.title = document.title.join(' ');
  // The document's own date, not the clock: the same document gives the same workbook.
  const date = new Date(`${document.header.date}T00:00:00Z`);
  if (!Number.isNaN(date.getTime())) {
    workbook.created = date;
    workbook.modified = date;
  }
  const names = new Set<string>();
  if (document.tables.length === 0) {
    new SheetWriter(workbook, document, uniqueSheetName(REPORT_PAGE.textSheetName, names), TEXT_ONLY_COLUMNS).writeText(true, true);
  }
  document.tables.forEach((table, index) => {
    const name = uniqueSheetName(table.caption ?? REPORT_PAGE.sheetName(index + 1), names);
    const sheet = new SheetWriter(workbook, document, name, tableLayout(table).leaves.length);
    sheet.writeTable(table, index === 0, index === document.tables.length - 1);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A worksheet name Excel accepts: no []:*?/\, at most 31 characters, not used yet. */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/gu, ' ').replace(/\s+/gu, ' ').replace(/^'+|'+$/gu, '').trim() || REPORT_PAGE.sheetName(taken.size + 1);
  let name = clean.slice(0, MAX_SHEET_NAME).trim();
  for (let n = 2; [...taken].some((t) => t.toLowerCase() === name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${clean.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`;
  }
  taken.add(name);
  return name;
}

/** Writes one worksheet top to bottom, keeping the next free row. */
class SheetWriter {
  private readonly sheet: ExcelJS.Worksheet;
  private row = 1;
  private readonly widths: number[];

  constructor(workbook: ExcelJS.Workbook, private readonly document: ReportDocument, name: string, private readonly columnCount: number) {
    const inch = (mm: number) => mm / 25.4;
    this.sheet = workbook.addWorksheet(name, {
      pageSetup: {
        paperSize: PAPER_A4,
        orientation: document.orientation,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        margins: {
          top: inch(PAGE_MARGINS_MM.top), bottom: inch(PAGE_MARGINS_MM.bottom),
          left: inch(PAGE_MARGINS_MM.left), right: inch(PAGE_MARGINS_MM.right), header: 0.3, footer: 0.3,
        },
      },
    });
    this.sheet.headerFooter.oddFooter = `&C${REPORT_PAGE.pageNumber('&P', '&N')}`;
    this.widths = Array.from({ length: columnCount }, () => 12);
  }

  /** The header block, title and (when asked) paragraphs and notes, for a document without tables. */
  writeText(paragraphs: boolean, notes: boolean): void {
    this.sheet.columns = this.widths.map((width) => ({ width }));
    this.writeHead(paragraphs);
    if (notes) this.writeNotes();
  }

  writeTable(table: ReportTable, paragraphs: boolean, notes: boolean): void {
    const layout = tableLayout(table);
    layout.leaves.forEach((leaf, i) => (this.widths[i] = Math.max(4, leaf.width * 1.15)));
    this.sheet.columns = this.widths.map((width) => ({ width }));
    this.writeHead(paragraphs);
    if (table.caption !== null) this.writeMergedLine(table.caption, { bold: true, italic: true });
    const firstHeaderRow = this.row;
    this.writeHeaderRows(layout.headerRows);
    const lastHeaderRow = this.row - 1;
    this.sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: lastHeaderRow }];
    this.sheet.pageSetup.printTitlesRow = `${firstHeaderRow}:${lastHeaderRow}`;
    for (const row of table.rows) this.writeBodyRow(rowSegments(row, layout.leaves), isBoldRow(row), row.highlight === true);
    if (notes) this.writeNotes();
  }

  private writeHead(paragraphs: boolean): void {
    const block = headerBlock(this.document.header);
    const split = Math.max(1, Math.min(this.columnCount - 1, Math.round(this.columnCount * 0.4)));
    const lines = Math.max(block.left.length, block.right.length);
    for (let i = 0; i < lines; i++) {
      this.headerLine(block.left[i], 1, split);
      if (split < this.columnCount) this.headerLine(block.right[i], split + 1, this.columnCount);
      this.row++;
    }
    this.row++;
    if (this.document.kindLine !== null) this.writeMergedLine(this.document.kindLine, { bold: true });
    for (const line of this.document.title) this.writeMergedLine(line, { bold: true });
    if (this.document.subtitle !== null) this.writeMergedLine(this.document.subtitle, { italic: true });
    this.row++;
    if (!paragraphs) return;
    for (const paragraph of this.document.paragraphs) {
      const text = paragraph.style === 'list' ? `- ${paragraph.text}` : paragraph.text;
      this.writeMergedLine(text, { bold: paragraph.style === 'heading' }, 'justify');
    }
    if (this.document.paragraphs.length > 0) this.row++;
  }

  private headerLine(line: HeaderLine | undefined, from: number, to: number): void {
    if (line === undefined || line.text === '') return;
    this.merge(this.row, from, this.row, to);
    const cell = this.sheet.getCell(this.row, from);
    cell.value = line.text;
    cell.font = {
      name: FONT_NAME, size: line.small === true ? TYPE_SIZE_PT.headerSmall : TYPE_SIZE_PT.header, bold: line.bold === true, italic: line.italic === true,
      underline: line.underline === true || line.rule === 'text',
    };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  }

  /** A line merged across the sheet, its height estimated so that the wrapped text shows. */
  private writeMergedLine(text: string, font: { bold?: boolean; italic?: boolean }, horizontal: 'center' | 'left' | 'justify' = 'center'): void {
    this.merge(this.row, 1, this.row, this.columnCount);
    const cell = this.sheet.getCell(this.row, 1);
    cell.value = text;
    cell.font = { name: FONT_NAME, size: TYPE_SIZE_PT.body - 1, bold: font.bold === true, italic: font.italic === true };
    cell.alignment = { horizontal, vertical: 'top', wrapText: true };
    this.sheet.getRow(this.row).height = rowHeight(text, this.span(1, this.columnCount), TYPE_SIZE_PT.body - 1, font.bold === true);
    this.row++;
  }

  private writeHeaderRows(rows: ReturnType<typeof tableLayout>['headerRows']): void {
    const top = this.row;
    const heights = rows.map(() => 0);
    for (const cells of rows) {
      for (const header of cells) {
        const r = top + header.row;
        const c = header.col + 1;
        this.merge(r, c, r + header.rowSpan - 1, c + header.colSpan - 1);
        const cell = this.sheet.getCell(r, c);
        cell.value = header.text;
        cell.font = { name: FONT_NAME, size: TYPE_SIZE_PT.table, bold: true };
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        const needed = rowHeight(header.text, this.span(c, c + header.colSpan - 1), TYPE_SIZE_PT.table, true) / header.rowSpan;
        for (let k = 0; k < header.rowSpan; k++) heights[header.row + k] = Math.max(heights[header.row + k] ?? 0, needed);
      }
    }
    heights.forEach((height, i) => (this.sheet.getRow(top + i).height = height));
    // Borders on every cell of the header area, merged ones included, so no edge is missing.
    for (let r = top; r < top + rows.length; r++) for (let c = 1; c <= this.columnCount; c++) this.sheet.getCell(r, c).border = BORDER;
    this.row = top + rows.length;
  }

  private writeBodyRow(segments: RowSegment[], bold: boolean, highlight: boolean): void {
    for (const segment of segments) {
      const c = segment.col + 1;
      if (segment.colSpan > 1) this.merge(this.row, c, this.row, c + segment.colSpan - 1);
      const cell = this.sheet.getCell(this.row, c);
      setValue(cell, segment.cell);
      cell.font = { name: FONT_NAME, size: TYPE_SIZE_PT.table, ...(bold ? { bold } : {}) };
      cell.alignment = {
        horizontal: segment.align, vertical: 'middle', wrapText: true, ...(segment.indent ? { indent: 1 } : {}),
      };
    }
    for (let c = 1; c <= this.columnCount; c++) {
      const cell = this.sheet.getCell(this.row, c);
      cell.border = BORDER;
      if (highlight) cell.fill = HIGHLIGHT_FILL;
    }
    // Spreadsheets do not reliably grow a row for wrapped text (never for a merged cell): set an estimated height.
    const heights = segments.map((s) => rowHeight(s.text, this.span(s.col + 1, s.col + s.colSpan) - (s.indent ? 2 : 0), TYPE_SIZE_PT.table, bold));
    this.sheet.getRow(this.row).height = Math.max(...heights);
    this.row++;
  }

  private writeNotes(): void {
    if (this.document.notes.length === 0) return;
    this.row++;
    for (const note of this.document.notes) this.writeMergedLine(note, { italic: true }, 'left');
  }

  private merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.sheet.mergeCells(top, left, bottom, right);
  }

  /** The width in characters of columns `from`..`to` (1-based). */
  private span(from: number, to: number): number {
    return this.widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
  }
}

function setValue(cell: ExcelJS.Cell, value: Cell): void {
  switch (value.kind) {
    case 'empty':
      cell.value = null;
      return;
    case 'text':
      cell.value = value.text;
      return;
    case 'status':
      cell.value = value.word;
      return;
    case 'number':
      cell.value = value.value;
      cell.numFmt = numberFormat(value.decimals);
      return;
    case 'percent':
      cell.value = value.value;
      cell.numFmt = percentFormat(value.decimals);
      return;
  }
}

/**
 * A row height in points for `text` wrapped in `widthChars` column width units at `size` points:
 * an estimate, since a spreadsheet cannot be asked. One width unit is about 5.25 pt (a digit of
 * the default font plus padding).
 */
function rowHeight(text: string, widthChars: number, size: number, bold: boolean): number {
  const lines = estimateLines(text, widthChars * 5.25 - 4, size, bold);
  return Math.ceil(lines * size * 1.25 + 5);
}
