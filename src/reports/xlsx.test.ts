import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { sampleDocument, SAMPLE_DOCUMENT_FACTS as FACTS } from './testing/sample-document.ts';
import { numberFormat, percentFormat, uniqueSheetName, writeXlsx } from './xlsx.ts';
import type { ReportDocument } from './model.ts';

async function readBack(document: ReportDocument): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const bytes = await writeXlsx(document);
  // exceljs types its input as an ArrayBuffer; the bytes are copied into one.
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

function onlySheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.worksheets[0];
  assert.ok(sheet, 'the workbook has a worksheet');
  return sheet;
}

/** The first cell (row, column) whose value equals `value`. */
function find(sheet: ExcelJS.Worksheet, value: unknown): ExcelJS.Cell {
  let found: ExcelJS.Cell | null = null;
  sheet.eachRow((row) => row.eachCell((cell) => {
    if (found === null && cell.value === value) found = cell;
  }));
  assert.ok(found, `a cell holds ${String(value)}`);
  return found;
}

describe('writeXlsx', () => {
  it('writes figures as numbers with Vietnamese-ready display formats and statuses as text', async () => {
    const sheet = onlySheet(await readBack(sampleDocument()));
    const number = find(sheet, FACTS.number.value);
    assert.equal(typeof number.value, 'number');
    assert.equal(number.numFmt, '#,##0.0');
    const percent = find(sheet, FACTS.percent.value);
    assert.equal(percent.numFmt, '#,##0.0"%"');
    const row = sheet.getRow(Number(percent.row));
    assert.equal(row.getCell(Number(percent.col) + 1).value, 'Chưa đạt', 'the status word follows the percent');
    const wholeNumber = find(sheet, 1250);
    assert.equal(wholeNumber.numFmt, '#,##0');
    assert.equal(find(sheet, 'Hoàn thành').type, ExcelJS.ValueType.String);
  });

  it('merges a period group over its three columns and each plain column over both header rows', async () => {
    const sheet = onlySheet(await readBack(sampleDocument()));
    const group = find(sheet, FACTS.groupTitle);
    const r = Number(group.row);
    const c = Number(group.col);
    assert.equal(c, 5, 'the first period starts after TT, Chỉ tiêu, ĐVT, Mục tiêu');
    for (let k = 1; k <= 2; k++) assert.equal(sheet.getCell(r, c + k).master.address, group.address, 'merged across the group');
    assert.notEqual(sheet.getCell(r, c + 3).master.address, group.address, 'the group ends after three columns');
    const tt = sheet.getCell(r, 1);
    assert.equal(tt.value, 'TT');
    assert.equal(sheet.getCell(r + 1, 1).master.address, tt.address, 'TT is merged down over the second header row');
    const leafTitles = Array.from({ length: 10 }, (_, i) => sheet.getCell(sheet.getCell(r + 1, i + 1).master.address).value);
    assert.deepEqual(leafTitles, [...FACTS.leafTitles]);
  });

  it('freezes the rows down to the header, repeats the header rows in print and fits A4 landscape to the width', async () => {
    const sheet = onlySheet(await readBack(sampleDocument()));
    const headerTop = Number(find(sheet, 'TT').row);
    const view = sheet.views[0];
    assert.ok(view && view.state === 'frozen');
    assert.equal(view.ySplit, headerTop + 1);
    assert.equal(sheet.pageSetup.printTitlesRow, `${headerTop}:${headerTop + 1}`);
    assert.equal(sheet.pageSetup.paperSize, 9);
    assert.equal(sheet.pageSetup.orientation, 'landscape');
    assert.equal(sheet.pageSetup.fitToPage, true);
    assert.equal(sheet.pageSetup.fitToWidth, 1);
    assert.equal(sheet.pageSetup.fitToHeight, 0);
    assert.match(String(sheet.headerFooter.oddFooter), /&P/);
  });

  it('prints portrait when the document is portrait', async () => {
    const sheet = onlySheet(await readBack({ ...sampleDocument(), orientation: 'portrait' }));
    assert.equal(sheet.pageSetup.orientation, 'portrait');
  });

  it('puts the header block, title and paragraphs above the table and the notes below it', async () => {
    const sheet = onlySheet(await readBack(sampleDocument()));
    const partyLine = find(sheet, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    assert.equal(partyLine.font.bold, true);
    assert.equal(find(sheet, 'Số 12-BC/TU').row, find(sheet, 'Mẫu, ngày 03 tháng 11 năm 2023').row, 'number and date on one line');
    const title = find(sheet, FACTS.title);
    const header = find(sheet, 'TT');
    const note = find(sheet, FACTS.note);
    assert.ok(Number(partyLine.row) < Number(title.row) && Number(title.row) < Number(header.row));
    assert.ok(Number(note.row) > sheet.rowCount - 3, 'the notes close the sheet');
    const paragraph = find(sheet, `- ${sampleDocument().paragraphs[1]?.text ?? ''}`);
    assert.ok(Number(paragraph.row) < Number(header.row));
  });

  it('makes group rows bold and merges their name, indents components and shades highlighted rows', async () => {
    const sheet = onlySheet(await readBack(sampleDocument()));
    const group = find(sheet, 'Các chỉ tiêu về kinh tế');
    assert.equal(group.font.bold, true);
    assert.equal(sheet.getCell(Number(group.row), 10).master.address, group.address);
    assert.equal(find(sheet, '+ Nông, lâm nghiệp, thủy sản').alignment.indent, 1);
    const forest = find(sheet, 'Tỷ lệ che phủ rừng');
    assert.equal(forest.fill.type, 'pattern');
    assert.notEqual(find(sheet, FACTS.firstIndicator).font.bold, true);
  });

  it('gives each body row a height that fits its wrapped text', async () => {
    const sheet = onlySheet(await readBack({ ...sampleDocument(), orientation: 'portrait' }));
    const short = sheet.getRow(Number(find(sheet, 'Tốc độ tăng trưởng GRDP').row)).height;
    const long = sheet.getRow(Number(find(sheet, 'Tỷ lệ thôn, bản có đường ô tô đến trung tâm (nhóm 1)').row)).height;
    assert.ok(short > 0 && long > short, `a wrapped name (${long} pt) is taller than a one-line one (${short} pt)`);
  });

  it('has one row per table row and scales column widths from the columns', async () => {
    const document = sampleDocument();
    const sheet = onlySheet(await readBack(document));
    const first = Number(find(sheet, 'Các chỉ tiêu về kinh tế').row);
    const last = Number(find(sheet, 'Tổng số chỉ tiêu đạt và vượt').row);
    assert.equal(last - first + 1, document.tables[0]?.rows.length);
    const name = sheet.getColumn(2).width ?? 0;
    const tt = sheet.getColumn(1).width ?? 0;
    assert.ok(name > tt * 5, `the name column (${name}) is much wider than TT (${tt})`);
  });

  it('writes one sheet per table with names Excel accepts, and a text sheet when there is no table', async () => {
    const base = sampleDocument();
    const table = base.tables[0];
    assert.ok(table);
    const twoTables = await readBack({ ...base, tables: [table, { ...table, caption: table.caption }, { ...table, caption: null }] });
    const names = twoTables.worksheets.map((s) => s.name);
    assert.equal(names.length, 3);
    assert.equal(new Set(names).size, 3);
    for (const name of names) assert.ok(name.length <= 31, name);
    assert.equal(names[2], 'Bảng 3');
    const textOnly = await readBack({ ...base, tables: [] });
    assert.equal(textOnly.worksheets.length, 1);
    find(onlySheet(textOnly), FACTS.note);
  });

  it('gives formats and sheet names that stay within the rules', () => {
    assert.equal(numberFormat(0), '#,##0');
    assert.equal(numberFormat(2), '#,##0.00');
    assert.equal(percentFormat(1), '#,##0.0"%"');
    const taken = new Set<string>();
    assert.equal(uniqueSheetName('Bảng 1: kết quả [2023]?', taken), 'Bảng 1 kết quả 2023');
    const long = 'Kết quả thực hiện các chỉ tiêu Nghị quyết Đại hội';
    const first = uniqueSheetName(long, taken);
    const second = uniqueSheetName(long, taken);
    assert.ok(first.length <= 31 && long.startsWith(first) && first.length >= 30, first);
    assert.ok(second.endsWith(' (2)') && second.length <= 31 && second !== first, second);
  });
});
