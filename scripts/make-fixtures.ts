/**
 * Turns examples/nghi-quyet-mau.txt into examples/nghi-quyet-mau.docx and .pdf, so the
 * reader's DOCX and PDF paths are tested on the same text as the TXT one.
 *
 * Run: npx tsx scripts/make-fixtures.ts
 *
 * The DOCX sets the header block as a two-column table (as Word templates do) and the
 * rest as paragraphs. The PDF is A4 with the margins of Decree 30/2020/NĐ-CP, DejaVu Sans
 * (real Vietnamese text, not glyph pictures), and a page number at the foot of every page.
 */
import { createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import PDFDocument from 'pdfkit';
import { readLabel } from '../src/ingest/text-utils.ts';

const SOURCE = new URL('../examples/nghi-quyet-mau.txt', import.meta.url);
const DOCX_OUT = new URL('../examples/nghi-quyet-mau.docx', import.meta.url);
const PDF_OUT = new URL('../examples/nghi-quyet-mau.pdf', import.meta.url);
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const FONT_BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
/** A fixed date keeps the generated files stable from run to run. */
const FIXED_DATE = new Date('2025-10-20T00:00:00Z');

/** The sample split into its parts: header columns, kind and title lines, and body paragraphs. */
interface Sample {
  left: string[];
  right: string[];
  titleBlock: string[];
  body: string[];
}

function parseSample(text: string): Sample {
  const blocks = text.replace(/\r\n/g, '\n').split(/\n\s*\n/);
  const header = (blocks[0] ?? '').split('\n');
  const mottoAt = header.findIndex((line) => line.startsWith('ĐẢNG CỘNG SẢN'));
  return {
    left: header.slice(0, mottoAt),
    right: header.slice(mottoAt),
    titleBlock: (blocks[1] ?? '').split('\n'),
    body: blocks.slice(2).join('\n\n').split('\n'),
  };
}

/** Headings ("I- ...", "1. ...", "2.1. ...") and the closing block are set in bold. */
function isBold(line: string): boolean {
  const style = readLabel(line)?.style;
  return style === 'upper' || style === 'decimal' || /^(QUYẾT NGHỊ:|T\/M |CHỦ TỊCH)/u.test(line);
}

// ---- DOCX -----------------------------------------------------------------------------

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function headerCell(lines: readonly string[]): TableCell {
  return new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
    children: lines.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, bold: line === line.toUpperCase() })] })),
  });
}

async function makeDocx(sample: Sample): Promise<void> {
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ children: [headerCell(sample.left), headerCell(sample.right)] })],
  });
  const title = sample.titleBlock.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, bold: true })] }));
  const body = sample.body.map((line) => (line === '' ? new Paragraph({}) : new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun({ text: line, bold: isBold(line) })] })));
  const doc = new Document({
    creator: 'resolute',
    title: 'Nghị quyết mẫu',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
    sections: [{ children: [header, new Paragraph({}), ...title, new Paragraph({}), ...body] }],
  });
  await writeFile(DOCX_OUT, await Packer.toBuffer(doc));
}

// ---- PDF ------------------------------------------------------------------------------

const MM = 72 / 25.4;

async function makePdf(sample: Sample): Promise<void> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 20 * MM, bottom: 25 * MM, left: 30 * MM, right: 15 * MM },
    bufferPages: true,
    info: { Title: 'Nghị quyết mẫu', Author: 'resolute', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });
  doc.registerFont('body', FONT).registerFont('bold', FONT_BOLD);
  const done = new Promise<void>((resolve, reject) => {
    const out = createWriteStream(PDF_OUT);
    out.on('finish', resolve).on('error', reject);
    doc.pipe(out);
  });
  writeHeader(doc, sample);
  writeBody(doc, sample.body);
  numberPages(doc);
  doc.end();
  await done;
}

function writeHeader(doc: PDFKit.PDFDocument, sample: Sample): void {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const top = doc.y;
  const column = (lines: readonly string[], x: number): void => {
    doc.y = top;
    for (const line of lines) doc.font(line === line.toUpperCase() ? 'bold' : 'body').fontSize(12).text(line, x, doc.y, { width: width / 2, align: 'center' });
  };
  column(sample.left, doc.page.margins.left);
  column(sample.right, doc.page.margins.left + width / 2);
  doc.x = doc.page.margins.left;
  doc.moveDown(1.5);
  for (const line of sample.titleBlock) doc.font('bold').fontSize(12).text(line, { width, align: 'center' });
  doc.moveDown(1);
}

function writeBody(doc: PDFKit.PDFDocument, body: readonly string[]): void {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  for (const line of body) {
    if (line === '') {
      doc.moveDown(0.5);
      continue;
    }
    doc.font(isBold(line) ? 'bold' : 'body').fontSize(13).text(line, doc.page.margins.left, doc.y, { width, align: 'justify', paragraphGap: 4 });
  }
}

/** Writes "1", "2", ... centred in the bottom margin of every page. */
function numberPages(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the margin would otherwise make pdfkit open a new page.
    doc.page.margins.bottom = 0;
    doc.font('body').fontSize(11).text(String(i + 1), doc.page.margins.left, doc.page.height - bottom / 2, {
      width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
      align: 'center',
    });
    doc.page.margins.bottom = bottom;
  }
}

const sample = parseSample(await readFile(SOURCE, 'utf8'));
await makeDocx(sample);
await makePdf(sample);
console.log('Wrote examples/nghi-quyet-mau.docx and examples/nghi-quyet-mau.pdf');
