/**
 * Writes a laid-out document as PDF (pdfkit), with the same content and layout as the DOCX:
 * A4 in the document's orientation, the Decree 30 margins, the header block in two columns, the
 * title, the justified paragraphs, then each table drawn on its own grid (pdfkit's table cannot
 * merge header cells across two rows): rows are measured before they are drawn, a row that does
 * not fit starts a new page, and the header rows are drawn again at the top of every page.
 * "Trang n/N" at the foot of each page. The font is a free serif with Vietnamese letters
 * embedded as a subset (pdf-fonts.ts), so the text extracts as written.
 */
import PDFDocument from 'pdfkit';
import { REPORT_PAGE } from '../domain/vocabulary/index.ts';
import {
  PAGE_MARGINS_MM, TYPE_SIZE_PT, headerBlock, isBoldRow, fitTable, mmToPt, rowSegments, scaleWidths, tableLayout,
  type HeaderCell, type HeaderLine, type RowSegment,
} from './layout.ts';
import type { ReportDocument, ReportTable } from './model.ts';
import { findPdfFonts, type PdfFonts } from './pdf-fonts.ts';

type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';
type Doc = PDFKit.PDFDocument;

const HIGHLIGHT_FILL = '#FFF2CC';
const CELL_PAD_X = 3;
const CELL_PAD_Y = 2.5;
/** Indent of a component's name under its parent. */
const COMPONENT_INDENT = 8;
const FIRST_LINE_INDENT = mmToPt(10);
const LINE_GAP = 1.5;

/** Writes the document as PDF; `fonts` defaults to the system's (see pdf-fonts.ts). */
export async function writePdf(document: ReportDocument, fonts: PdfFonts = findPdfFonts()): Promise<Buffer> {
  const margins = {
    top: mmToPt(PAGE_MARGINS_MM.top),
    bottom: mmToPt(PAGE_MARGINS_MM.bottom),
    left: mmToPt(PAGE_MARGINS_MM.left),
    right: mmToPt(PAGE_MARGINS_MM.right),
  };
  const date = new Date(`${document.header.date}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    layout: document.orientation,
    margins,
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: document.title.join(' '),
      Creator: 'resolute',
      Producer: 'resolute',
      // The document's own date, not the clock.
      ...(Number.isNaN(date.getTime()) ? {} : { CreationDate: date, ModDate: date }),
    },
  });
  const done = collect(doc);
  const writer = new PdfWriter(doc, fonts, document.orientation === 'landscape');
  writer.write(document);
  writer.pageNumbers();
  doc.end();
  return done;
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

class PdfWriter {
  private readonly left: number;
  private readonly width: number;
  private readonly pageBottom: number;
  private readonly top: number;
  /** The type size of the table being drawn (smaller for many columns on a narrow page). */
  private tableSize: number = TYPE_SIZE_PT.table;

  /** The registered font name of each face: a face without a file of its own uses the regular one's name. */
  private readonly faces: Record<Face, string>;

  constructor(private readonly doc: Doc, fonts: PdfFonts, private readonly landscape: boolean) {
    // One registration per file: pdfkit re-reads a font on every switch to a second name for a
    // file it already loaded (it matches the font's own name and never caches the new one).
    const names = new Map<string, Face>();
    const register = (face: Face): string => {
      const known = names.get(fonts[face]);
      if (known !== undefined) return known;
      names.set(fonts[face], face);
      doc.registerFont(face, fonts[face]);
      return face;
    };
    this.faces = { regular: register('regular'), bold: register('bold'), italic: register('italic'), boldItalic: register('boldItalic') };
    const page = doc.page;
    this.left = page.margins.left;
    this.top = page.margins.top;
    this.width = page.width - page.margins.left - page.margins.right;
    this.pageBottom = page.height - page.margins.bottom;
  }

  write(document: ReportDocument): void {
    this.doc.y = this.top;
    this.headerBlock(document);
    this.title(document);
    for (const paragraph of document.paragraphs) {
      const text = paragraph.style === 'list' ? `- ${paragraph.text}` : paragraph.text;
      this.use(paragraph.style === 'heading' ? 'bold' : 'regular', TYPE_SIZE_PT.body);
      this.doc.text(text, this.left, this.doc.y, { width: this.width, align: 'justify', indent: FIRST_LINE_INDENT, lineGap: LINE_GAP, paragraphGap: 6 });
    }
    for (const table of document.tables) this.table(table);
    if (document.notes.length > 0) {
      this.doc.y += 8;
      for (const note of document.notes) {
        this.use('italic', TYPE_SIZE_PT.body - 1);
        this.doc.text(note, this.left, this.doc.y, { width: this.width, align: 'justify', lineGap: LINE_GAP, paragraphGap: 3 });
      }
    }
  }

  /** "Trang n/N" centred in the bottom margin of every page. */
  pageNumbers(): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const bottom = this.doc.page.margins.bottom;
      // Writing inside the bottom margin would make pdfkit start a new page; lift the margin meanwhile.
      this.doc.page.margins.bottom = 0;
      this.use('regular', TYPE_SIZE_PT.pageNumber);
      const text = REPORT_PAGE.pageNumber(i - range.start + 1, range.count);
      this.doc.text(text, this.left, this.doc.page.height - bottom / 2 - TYPE_SIZE_PT.pageNumber / 2, { width: this.width, align: 'center', lineBreak: false });
      this.doc.page.margins.bottom = bottom;
    }
  }

  private use(face: Face, size: number): void {
    this.doc.font(this.faces[face]).fontSize(size);
  }

  private lineHeight(line: HeaderLine, width: number): number {
    this.use(faceOf(line), headerSize(line));
    const text = line.text === '' ? this.doc.currentLineHeight(true) : this.doc.heightOfString(line.text, { width });
    return text + (line.rule ? 4 : 0);
  }

  /** The two columns of the header block, line by line so that the number and the date share a line. */
  private headerBlock(document: ReportDocument): void {
    const block = headerBlock(document.header);
    const [leftWidth = 0, rightWidth = 0] = scaleWidths([4, 6], this.width);
    const rows = Math.max(block.left.length, block.right.length);
    let y = this.doc.y;
    for (let i = 0; i < rows; i++) {
      const left = block.left[i];
      const right = block.right[i];
      const height = Math.max(left ? this.lineHeight(left, leftWidth) : 0, right ? this.lineHeight(right, rightWidth) : 0);
      if (left) this.headerLine(left, this.left, leftWidth, y);
      if (right) this.headerLine(right, this.left + leftWidth, rightWidth, y);
      y += height;
    }
    this.doc.y = y + 12;
  }

  private headerLine(line: HeaderLine, x: number, width: number, y: number): void {
    if (line.text === '') return;
    this.use(faceOf(line), headerSize(line));
    this.doc.text(line.text, x, y, { width, align: 'center', underline: line.underline === true });
    if (line.rule === undefined) return;
    const textWidth = Math.min(this.doc.widthOfString(line.text), width);
    const ruleWidth = line.rule === 'short' ? width / 3 : textWidth;
    const ruleY = this.doc.y + 1.5;
    this.doc.moveTo(x + (width - ruleWidth) / 2, ruleY).lineTo(x + (width + ruleWidth) / 2, ruleY).lineWidth(0.6).stroke();
  }

  private title(document: ReportDocument): void {
    const centred = { width: this.width, align: 'center' as const, lineGap: LINE_GAP };
    if (document.kindLine !== null) {
      this.use('bold', TYPE_SIZE_PT.body + 1);
      this.doc.text(document.kindLine, this.left, this.doc.y, centred);
    }
    for (const line of document.title) {
      this.use('bold', TYPE_SIZE_PT.body + 1);
      this.doc.text(line, this.left, this.doc.y, centred);
    }
    if (document.subtitle !== null) {
      this.use('italic', TYPE_SIZE_PT.body);
      this.doc.text(document.subtitle, this.left, this.doc.y, centred);
    }
    // A short rule under the title, as the offices draw it.
    const rule = mmToPt(30);
    const y = this.doc.y + 4;
    this.doc.moveTo(this.left + (this.width - rule) / 2, y).lineTo(this.left + (this.width + rule) / 2, y).lineWidth(0.6).stroke();
    this.doc.y = y + 14;
  }

  private table(table: ReportTable): void {
    const layout = tableLayout(table);
    const fitted = fitTable(table, this.width, (text, bold, size) => {
      this.use(bold ? 'bold' : 'regular', size);
      // pdfkit measures a word with the space after it when it decides to break inside it.
      return this.doc.widthOfString(`${text} `);
    }, 2 * CELL_PAD_X + 1);
    this.tableSize = fitted.size;
    const minimum = fitted.minimum;
    const widths = scaleWidths(layout.leaves.map((leaf) => leaf.width), this.width, { minimum });
    const xs = widths.reduce<number[]>((acc, w, i) => [...acc, (acc[i] ?? this.left) + w], [this.left]);
    const grid = { xs, widths };
    const header = this.measureHeader(layout.headerRows, grid);
    const headerHeight = header.reduce((a, b) => a + b, 0);
    const rows = table.rows.map((row) => ({ row, segments: rowSegments(row, layout.leaves), bold: isBoldRow(row) }));
    const firstRow = rows[0] ? this.rowHeight(rows[0].segments, rows[0].bold, grid) : 0;
    const caption = table.caption === null ? 0 : this.captionHeight(table.caption);
    // Keep the caption, the header and the first row together.
    if (this.doc.y + caption + headerHeight + firstRow > this.pageBottom) this.newPage();
    if (table.caption !== null) this.caption(table.caption);
    const heights = rows.map(({ segments, bold }) => this.rowHeight(segments, bold, grid));
    let y = this.drawHeader(layout.headerRows, header, grid, this.doc.y);
    let rowsOnPage = 0;
    for (const [index, { row, segments, bold }] of rows.entries()) {
      const height = heights[index] ?? 0;
      // A group heading stays with its first row; a row taller than a whole page is drawn (cut)
      // under the header rather than breaking pages forever.
      const keep = height + (row.kind === 'group' ? (heights[index + 1] ?? 0) : 0);
      if (y + keep > this.pageBottom && rowsOnPage > 0) {
        this.newPage();
        y = this.drawHeader(layout.headerRows, header, grid, this.top);
        rowsOnPage = 0;
      }
      this.drawRow(segments, bold, row.highlight === true, grid, y, height);
      y += height;
      rowsOnPage++;
    }
    this.doc.x = this.left;
    this.doc.y = y + 10;
  }

  private newPage(): void {
    this.doc.addPage({ size: 'A4', layout: this.landscape ? 'landscape' : 'portrait', margins: this.doc.page.margins });
    this.doc.y = this.top;
  }

  private captionHeight(caption: string): number {
    this.use('boldItalic', TYPE_SIZE_PT.body);
    return this.doc.heightOfString(caption, { width: this.width }) + 4;
  }

  private caption(caption: string): void {
    this.use('boldItalic', TYPE_SIZE_PT.body);
    this.doc.text(caption, this.left, this.doc.y, { width: this.width, align: 'center' });
    this.doc.y += 4;
  }

  /** Heights of the header rows: each fits its one-row cells, the last row grows for cells merged down. */
  private measureHeader(rows: HeaderCell[][], grid: Grid): number[] {
    const heights = rows.map(() => 0);
    this.use('bold', this.tableSize);
    const needed = (cell: HeaderCell) => this.doc.heightOfString(cell.text, { width: spanWidth(grid, cell.col, cell.colSpan) - 2 * CELL_PAD_X }) + 2 * CELL_PAD_Y;
    for (const cell of rows.flat()) if (cell.rowSpan === 1) heights[cell.row] = Math.max(heights[cell.row] ?? 0, needed(cell));
    for (const cell of rows.flat()) {
      if (cell.rowSpan === 1) continue;
      const covered = heights.slice(cell.row, cell.row + cell.rowSpan).reduce((a, b) => a + b, 0);
      const last = cell.row + cell.rowSpan - 1;
      if (needed(cell) > covered) heights[last] = (heights[last] ?? 0) + needed(cell) - covered;
    }
    return heights;
  }

  private drawHeader(rows: HeaderCell[][], heights: number[], grid: Grid, top: number): number {
    const rowTop = (row: number) => top + heights.slice(0, row).reduce((a, b) => a + b, 0);
    for (const cell of rows.flat()) {
      const x = grid.xs[cell.col] ?? this.left;
      const width = spanWidth(grid, cell.col, cell.colSpan);
      const y = rowTop(cell.row);
      const height = heights.slice(cell.row, cell.row + cell.rowSpan).reduce((a, b) => a + b, 0);
      this.doc.rect(x, y, width, height).lineWidth(0.5).stroke();
      this.cellText(cell.text, 'bold', x, y, width, height, 'center', 0);
    }
    return rowTop(rows.length);
  }

  private rowHeight(segments: RowSegment[], bold: boolean, grid: Grid): number {
    this.use(bold ? 'bold' : 'regular', this.tableSize);
    let height = this.doc.currentLineHeight(true) + 2 * CELL_PAD_Y;
    for (const segment of segments) {
      if (segment.text === '') continue;
      const width = spanWidth(grid, segment.col, segment.colSpan) - 2 * CELL_PAD_X - (segment.indent ? COMPONENT_INDENT : 0);
      height = Math.max(height, this.doc.heightOfString(segment.text, { width }) + 2 * CELL_PAD_Y);
    }
    return height;
  }

  private drawRow(segments: RowSegment[], bold: boolean, highlight: boolean, grid: Grid, y: number, height: number): void {
    for (const segment of segments) {
      const x = grid.xs[segment.col] ?? this.left;
      const width = spanWidth(grid, segment.col, segment.colSpan);
      if (highlight) this.doc.rect(x, y, width, height).fill(HIGHLIGHT_FILL).fillColor('black');
      this.doc.rect(x, y, width, height).lineWidth(0.5).stroke();
      this.cellText(segment.text, bold ? 'bold' : 'regular', x, y, width, height, segment.align, segment.indent ? COMPONENT_INDENT : 0);
    }
  }

  /** A cell's text, vertically centred, never running out of the cell (pdfkit stops at `height` instead of adding a page). */
  private cellText(text: string, face: Face, x: number, y: number, width: number, height: number, align: 'left' | 'center' | 'right', indent: number): void {
    if (text === '') return;
    this.use(face, this.tableSize);
    const innerWidth = width - 2 * CELL_PAD_X - indent;
    const textHeight = Math.min(this.doc.heightOfString(text, { width: innerWidth }), height - 2 * CELL_PAD_Y);
    const top = y + (height - textHeight) / 2;
    this.doc.text(text, x + CELL_PAD_X + indent, top, { width: innerWidth, height: height - (top - y), align, ellipsis: true });
  }
}

interface Grid {
  /** Left edge of each leaf column, and the table's right edge last. */
  xs: number[];
  widths: number[];
}

function spanWidth(grid: Grid, col: number, colSpan: number): number {
  return grid.widths.slice(col, col + colSpan).reduce((a, b) => a + b, 0);
}

function headerSize(line: HeaderLine): number {
  return line.small === true ? TYPE_SIZE_PT.headerSmall : TYPE_SIZE_PT.header;
}

function faceOf(line: HeaderLine): Face {
  if (line.bold === true) return line.italic === true ? 'boldItalic' : 'bold';
  return line.italic === true ? 'italic' : 'regular';
}
