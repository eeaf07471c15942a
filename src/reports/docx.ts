/**
 * Writes a laid-out document as DOCX (the `docx` package): A4 in the document's orientation with
 * the margins of Decree 30/2020/NĐ-CP, Times New Roman 13 pt (tables 11 pt), the header block as
 * a borderless two-column table, the title, the paragraphs, then each table with merged header
 * cells whose rows Word repeats at the top of every page, and the notes. Page numbers at the foot.
 */
import {
  AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph, ShadingType, Table, TableCell,
  TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType,
} from 'docx';
import { REPORT_PAGE } from '../domain/vocabulary/index.ts';
import {
  PAGE_MARGINS_MM, TYPE_SIZE_PT, estimateTextWidth, fitTable, headerBlock, isBoldRow, rowSegments, scaleWidths, tableLayout,
  type HeaderCell, type HeaderLine, type RowSegment,
} from './layout.ts';
import type { Align, Paragraph as ReportParagraph, ReportDocument, ReportTable, TableRow as ReportRow } from './model.ts';

const FONT = 'Times New Roman';
const HIGHLIGHT_FILL = 'FFF2CC';
const TWIPS_PER_PT = 20;
/** A4 in twips (1/20 pt), portrait: 210 x 297 mm. */
const A4_TWIPS = { width: 11906, height: 16838 } as const;

/** Millimetres to whole twips, rounded (docx's own helper truncates: 20 mm would be 1133, not 1134). */
function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** First-line indent of body paragraphs: 1 cm. */
const FIRST_LINE_INDENT = mmToTwip(10);
const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const CELL_MARGINS = { top: 30, bottom: 30, left: 70, right: 70 } as const;

/** docx sizes are half-points. */
function halfPoints(pt: number): number {
  return pt * 2;
}

const ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const satisfies Record<Align, unknown>;

/** Writes the document as DOCX. */
export async function writeDocx(document: ReportDocument): Promise<Buffer> {
  const landscape = document.orientation === 'landscape';
  const pageWidth = landscape ? A4_TWIPS.height : A4_TWIPS.width;
  const margins = {
    top: mmToTwip(PAGE_MARGINS_MM.top),
    bottom: mmToTwip(PAGE_MARGINS_MM.bottom),
    left: mmToTwip(PAGE_MARGINS_MM.left),
    right: mmToTwip(PAGE_MARGINS_MM.right),
  };
  const contentWidth = Math.floor(pageWidth - margins.left - margins.right);
  const children: (Paragraph | Table)[] = [
    headerTable(document, contentWidth),
    ...titleParagraphs(document, contentWidth),
    ...document.paragraphs.map(bodyParagraph),
  ];
  for (const table of document.tables) {
    if (table.caption !== null) {
      children.push(line(table.caption, { bold: true, italics: true }, { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 }, keepNext: true }));
    }
    children.push(reportTable(table, contentWidth));
  }
  if (document.notes.length > 0) {
    children.push(new Paragraph({ spacing: { before: 120 } }));
    for (const note of document.notes) children.push(line(note, { italics: true }, { alignment: AlignmentType.JUSTIFIED, spacing: { after: 60 } }));
  }
  const doc = new Document({
    creator: 'resolute',
    title: document.title.join(' '),
    styles: { default: { document: { run: { font: FONT, size: halfPoints(TYPE_SIZE_PT.body) } } } },
    sections: [{
      properties: {
        page: {
          size: {
            width: A4_TWIPS.width,
            height: A4_TWIPS.height,
            orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: { ...margins, header: mmToTwip(10), footer: mmToTwip(10) },
        },
      },
      footers: { default: pageNumberFooter() },
      children,
    }],
  });
  return Packer.toBuffer(doc);
}

/** "Trang 3/12" with Word's page fields in place of the numbers. */
function pageNumberFooter(): Footer {
  const pieces = REPORT_PAGE.pageNumber('{page}', '{pages}').split(/(\{page\}|\{pages\})/u).filter((piece) => piece !== '');
  const children = pieces.map((piece) => (piece === '{page}' ? PageNumber.CURRENT : piece === '{pages}' ? PageNumber.TOTAL_PAGES : piece));
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children, size: halfPoints(TYPE_SIZE_PT.pageNumber) })] })],
  });
}

type RunStyle = { bold?: boolean; italics?: boolean; underline?: boolean; size?: number };
type ParagraphOptions = ConstructorParameters<typeof Paragraph>[0] & object;

/** Text runs for `text`, a line break for each "\n". */
function runs(text: string, style: RunStyle): TextRun[] {
  return text.split('\n').map((part, i) => new TextRun({
    text: part,
    ...(i > 0 ? { break: 1 } : {}),
    ...(style.bold === true ? { bold: true } : {}),
    ...(style.italics === true ? { italics: true } : {}),
    ...(style.underline === true ? { underline: {} } : {}),
    ...(style.size !== undefined ? { size: style.size } : {}),
  }));
}

function line(text: string, style: RunStyle, options: Omit<ParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ ...options, children: runs(text, style) });
}

/** The header block: a borderless table, the issuer on the left (40%), the national or Party line on the right. */
function headerTable(document: ReportDocument, contentWidth: number): Table {
  const block = headerBlock(document.header);
  const [leftWidth, rightWidth] = scaleWidths([4, 6], contentWidth, { round: true });
  const column = (lines: HeaderLine[], width: number) => new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
    children: lines.flatMap((headerLine) => headerParagraphs(headerLine, width)),
  });
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: [leftWidth ?? 0, rightWidth ?? 0],
    layout: TableLayoutType.FIXED,
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: [new TableRow({ children: [column(block.left, leftWidth ?? 0), column(block.right, rightWidth ?? 0)] })],
  });
}

/**
 * One line of the header block, and its rule when it has one (see `rule`), narrowed by indents to a third of the column under the issuer, or
 * to about the text's width under the motto.
 */
function headerParagraphs(headerLine: HeaderLine, columnWidth: number): Paragraph[] {
  const sizePt = headerLine.small === true ? TYPE_SIZE_PT.headerSmall : TYPE_SIZE_PT.header;
  const text = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: runs(headerLine.text, { bold: headerLine.bold, italics: headerLine.italic, underline: headerLine.underline, size: halfPoints(sizePt) }),
  });
  if (headerLine.rule === undefined) return [text];
  const ruleWidth = headerLine.rule === 'short'
    ? columnWidth / 3
    : Math.min(columnWidth, estimateTextWidth(headerLine.text, sizePt, headerLine.bold === true) * TWIPS_PER_PT);
  const indent = Math.max(0, Math.round((columnWidth - ruleWidth) / 2));
  return [text, rule(indent, 60, 0)];
}

/** A horizontal rule: an empty paragraph `height` twips high whose bottom border is the line, narrowed by `indent` on both sides. */
function rule(indent: number, height: number, after: number): Paragraph {
  return new Paragraph({
    border: { bottom: { ...SINGLE, size: 6, space: 0 } },
    indent: { left: indent, right: indent },
    spacing: { before: 0, after, line: height, lineRule: LineRuleType.EXACT },
  });
}

function titleParagraphs(document: ReportDocument, contentWidth: number): Paragraph[] {
  const paragraphs: Paragraph[] = [new Paragraph({})];
  const size = halfPoints(TYPE_SIZE_PT.body + 1);
  if (document.kindLine !== null) paragraphs.push(line(document.kindLine, { bold: true, size }, { alignment: AlignmentType.CENTER, spacing: { before: 120 } }));
  for (const title of document.title) paragraphs.push(line(title, { bold: true, size }, { alignment: AlignmentType.CENTER }));
  if (document.subtitle !== null) paragraphs.push(line(document.subtitle, { italics: true }, { alignment: AlignmentType.CENTER }));
  // A short rule under the title, as the offices draw it.
  const indent = Math.round((contentWidth - mmToTwip(30)) / 2);
  paragraphs.push(rule(indent, 120, 240));
  return paragraphs;
}

function bodyParagraph(paragraph: ReportParagraph): Paragraph {
  const text = paragraph.style === 'list' ? `- ${paragraph.text}` : paragraph.text;
  return line(text, { bold: paragraph.style === 'heading' }, {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { after: 120, line: 288 },
    ...(paragraph.style === 'heading' ? { keepNext: true } : {}),
  });
}

/** A table: the header rows marked as repeating, merged per the layout, then the body rows. */
function reportTable(table: ReportTable, contentWidth: number): Table {
  const layout = tableLayout(table);
  const fitted = fitTable(
    table,
    contentWidth,
    (text, bold, pt) => estimateTextWidth(text, pt, bold) * TWIPS_PER_PT,
    CELL_MARGINS.left + CELL_MARGINS.right + 20,
  );
  const widths = scaleWidths(layout.leaves.map((leaf) => leaf.width), contentWidth, { round: true, minimum: fitted.minimum });
  const span = (col: number, colSpan: number) => widths.slice(col, col + colSpan).reduce((a, b) => a + b, 0);
  const borders = { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE };
  const size = halfPoints(fitted.size);
  const headerCell = (cell: HeaderCell) => new TableCell({
    width: { size: span(cell.col, cell.colSpan), type: WidthType.DXA },
    ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    margins: CELL_MARGINS,
    borders,
    children: [line(cell.text, { bold: true, size }, { alignment: AlignmentType.CENTER })],
  });
  const bodyCell = (segment: RowSegment, row: ReportRow) => new TableCell({
    width: { size: span(segment.col, segment.colSpan), type: WidthType.DXA },
    ...(segment.colSpan > 1 ? { columnSpan: segment.colSpan } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    margins: CELL_MARGINS,
    borders,
    ...(row.highlight === true ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HIGHLIGHT_FILL } } : {}),
    children: [line(segment.text, { bold: isBoldRow(row), size }, {
      alignment: ALIGNMENT[segment.align],
      ...(segment.indent ? { indent: { left: 170 } } : {}),
      // Word keeps a group heading on the page of the row after it.
      ...(row.kind === 'group' ? { keepNext: true } : {}),
    })],
  });
  const rows = [
    ...layout.headerRows.map((cells) => new TableRow({ tableHeader: true, cantSplit: true, children: cells.map(headerCell) })),
    ...table.rows.map((row) => new TableRow({
      cantSplit: true,
      children: rowSegments(row, layout.leaves).map((segment) => bodyCell(segment, row)),
    })),
  ];
  return new Table({ width: { size: contentWidth, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows });
}
