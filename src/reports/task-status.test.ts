import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { renderTaskStatus } from './index.ts';
import type { Cell, Column, ColumnGroup, TableRow } from './model.ts';
import { countsParagraph, countTasks, taskStatusDocument, taskStatusRecords } from './task-status.ts';
import { must } from './testing/must.ts';
import { sampleTaskReportData } from './testing/sample-task-data.ts';

const text = (cell: Cell | undefined): string | undefined => (cell?.kind === 'text' ? cell.text : undefined);
const title = (c: Column | ColumnGroup): string => c.title;
const table = () => must(taskStatusDocument(sampleTaskReportData()).tables[0]);
const rowOf = (rows: readonly TableRow[], name: string): TableRow => must(rows.find((r) => text(r.cells['title']) === name), name);

describe('taskStatusDocument', () => {
  test('landscape; the eight columns of a task appendix; the plan in the title, its number and the as-of day under it', () => {
    const doc = taskStatusDocument(sampleTaskReportData());
    assert.equal(doc.orientation, 'landscape');
    assert.equal(doc.kindLine, 'PHỤ LỤC');
    assert.deepEqual(doc.title, ['TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ', 'KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2025-2030']);
    assert.equal(doc.subtitle, '(Kế hoạch số 12-KH/TU ngày 05/01/2026; tình hình tính đến ngày 01/03/2026)');
    assert.equal(doc.fileStem, 'tinh-hinh-thuc-hien-nhiem-vu-2026-03-01');
    assert.match(doc.fileStem, /^[a-z0-9-]+$/);
    assert.deepEqual(must(doc.tables[0]).columns.map(title), [
      'TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn', 'Sản phẩm', 'Tình hình thực hiện', 'Đánh giá',
    ]);
  });

  test('headings are group rows with their numbers; tasks keep the plan\'s numbers, the unnumbered ones are numbered in order', () => {
    const rows = table().rows;
    assert.equal(rows.length, sampleTaskReportData().rows.length);
    assert.deepEqual(rows.filter((r) => r.kind === 'group').map((r) => `${text(r.cells['number']) ?? ''} ${text(r.cells['title']) ?? ''}`), [
      'I Nhiệm vụ trọng tâm', 'II Các khâu đột phá', '1 Đột phá về hạ tầng',
    ]);
    assert.deepEqual(rows.filter((r) => r.kind === 'item').map((r) => text(r.cells['number'])), ['1', '2', '3', '4', '1', '2', '3', '4']);
    assert.ok(rows.filter((r) => r.kind === 'group').every((r) => r.cells['status'] === undefined), 'a heading is not evaluated');
  });

  test('the cells: units, due date dd/mm/yyyy or the recurrence with its next date, product, progress and evaluation', () => {
    const rows = table().rows;
    const tea = rowOf(rows, 'Xây dựng đề án phát triển vùng chè');
    assert.equal(text(tea.cells['lead']), 'Sở Nông nghiệp');
    assert.equal(text(tea.cells['supporting']), 'Sở Tài chính, Sở Công Thương');
    assert.equal(text(tea.cells['due']), '30/06/2026');
    assert.equal(text(tea.cells['product']), 'Đề án');
    assert.equal(text(tea.cells['progress']), 'Đạt 60%. Đã trình dự thảo đề án');
    assert.equal(text(tea.cells['status']), 'Đang thực hiện');
    assert.equal(text(rowOf(rows, 'Nâng chất lượng khám chữa bệnh tuyến xã').cells['status']), 'Quá hạn 12 ngày');
    assert.equal(text(rowOf(rows, 'Rà soát quy hoạch ba loại rừng').cells['progress']), 'Hoàn thành ngày 20/01/2026');
    assert.equal(text(rowOf(rows, 'Rà soát quy hoạch ba loại rừng').cells['status']), 'Hoàn thành');
    const late = rowOf(rows, 'Ban hành quy chế phối hợp');
    assert.equal(text(late.cells['progress']), 'Hoàn thành ngày 25/01/2026. Đã ban hành');
    assert.equal(text(late.cells['status']), 'Hoàn thành chậm 10 ngày');
    assert.equal(text(rowOf(rows, 'Đường nối trung tâm tỉnh với cửa khẩu').cells['progress']), 'Chưa báo cáo tiến độ');
    assert.equal(text(rowOf(rows, 'Đường nối trung tâm tỉnh với cửa khẩu').cells['status']), 'Chưa thực hiện');
    const duty = rowOf(rows, 'Báo cáo tiến độ thực hiện');
    assert.equal(text(duty.cells['due']), 'Hằng quý (kỳ tới 31/03/2026)');
    assert.equal(text(duty.cells['progress']), 'Đạt 25%');
    const cancelled = rowOf(rows, 'Chương trình du lịch cộng đồng');
    assert.equal(text(cancelled.cells['progress']), 'Đã hủy: Gộp vào chương trình chung của tỉnh.');
    assert.equal(text(cancelled.cells['status']), 'Đã hủy');
    assert.equal(cancelled.cells['due']?.kind, 'empty');
    assert.equal(cancelled.cells['supporting']?.kind, 'empty');
  });

  test('the sentence above the table counts what the table shows', () => {
    const data = sampleTaskReportData();
    const sentence = countsParagraph(data);
    assert.equal(
      sentence,
      'Kế hoạch có 08 nhiệm vụ. Đến ngày 01/03/2026: 01 nhiệm vụ hoàn thành đúng hạn, 01 nhiệm vụ hoàn thành chậm, 02 nhiệm vụ đang thực hiện, '
        + '01 nhiệm vụ chưa thực hiện, 02 nhiệm vụ quá hạn, 01 nhiệm vụ đã hủy.',
    );
    // Against the table: each status word's rows, counted from the cells.
    const cells = must(taskStatusDocument(data).tables[0]).rows.filter((r) => r.kind === 'item').map((r) => text(r.cells['status']) ?? '');
    assert.equal(cells.filter((c) => c.startsWith('Quá hạn')).length, 2);
    assert.equal(cells.filter((c) => c === 'Đang thực hiện').length, 2);
    assert.equal(cells.length, countTasks(data.rows).total);
    assert.equal(must(taskStatusDocument(data).paragraphs[0]).text, sentence);
  });

  test('a plan without tasks says so; a draft plan says it is a draft', () => {
    const data = sampleTaskReportData();
    data.rows = data.rows.filter((r) => r.heading);
    data.plan.status = 'draft';
    const doc = taskStatusDocument(data);
    assert.deepEqual(doc.paragraphs.map((p) => p.text), ['Kế hoạch chưa có nhiệm vụ nào.', 'Kế hoạch còn là dự thảo, chưa ban hành.']);
  });

  test('a plan without number or date: the subtitle gives only the as-of day', () => {
    const data = sampleTaskReportData();
    data.plan.number = null;
    assert.equal(taskStatusDocument(data).subtitle, '(tình hình tính đến ngày 01/03/2026)');
  });
});

describe('taskStatusRecords', () => {
  test('one row per table row, numbered as in the table; codes and numbers machine-readable', () => {
    const data = sampleTaskReportData();
    const records = taskStatusRecords(data);
    assert.equal(records.rows.length, data.rows.length);
    for (const c of records.columns) assert.match(c.key, /^[a-z]+(?:_[a-z]+)*$/);
    const overdue = must(records.rows.find((r) => r['task_id'] === 't2'));
    assert.deepEqual(
      [overdue['number'], overdue['status'], overdue['status_word'], overdue['days_late'], overdue['progress_percent'], overdue['due_date'], overdue['heading']],
      ['2', 'overdue', 'Quá hạn', 12, 30, '2026-02-17', 'false'],
    );
    const area = must(records.rows[0]);
    assert.deepEqual([area['heading'], area['status'], area['progress_percent'], area['level']], ['true', null, null, 0]);
    assert.equal(must(records.rows.find((r) => r['task_id'] === 't1'))['supporting_units'], 'Sở Tài chính; Sở Công Thương');
    assert.equal(must(records.rows.find((r) => r['task_id'] === 't7'))['recurrence'], 'quarter');
  });
});

describe('renderTaskStatus', () => {
  test('CSV: UTF-8 with BOM, the Vietnamese titles, one line per row', async () => {
    const report = await renderTaskStatus(sampleTaskReportData(), 'csv');
    assert.equal(report.fileName, 'tinh-hinh-thuc-hien-nhiem-vu-2026-03-01.csv');
    const csv = report.body.toString('utf8');
    assert.ok(csv.startsWith('\uFEFFTT,Cấp,Đề mục,Mã nhiệm vụ'));
    assert.equal(csv.trimEnd().split('\r\n').length, 1 + sampleTaskReportData().rows.length);
    assert.match(csv, /Nâng chất lượng khám chữa bệnh tuyến xã,regular,Sở Y tế,,2026-02-17/u);
  });

  test('XLSX and DOCX carry every task and its evaluation', async () => {
    const xlsx = await renderTaskStatus(sampleTaskReportData(), 'xlsx');
    assert.equal(xlsx.contentType, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body.buffer.slice(xlsx.body.byteOffset, xlsx.body.byteOffset + xlsx.body.byteLength) as ArrayBuffer);
    const cells: string[] = [];
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    const docx = await renderTaskStatus(sampleTaskReportData(), 'docx');
    const docxText = (await mammoth.extractRawText({ buffer: docx.body })).value;
    for (const row of sampleTaskReportData().rows) {
      assert.ok(cells.includes(row.title), `xlsx: ${row.title}`);
      assert.ok(docxText.includes(row.title), `docx: ${row.title}`);
    }
    assert.ok(cells.includes('Quá hạn 12 ngày'));
    assert.ok(docxText.includes('Hoàn thành chậm 10 ngày'));
    assert.ok(docxText.includes('TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ'));
  });

  test('PDF starts as a PDF; JSON is the data itself', async () => {
    const pdf = await renderTaskStatus(sampleTaskReportData(), 'pdf');
    assert.equal(pdf.body.subarray(0, 5).toString('latin1'), '%PDF-');
    const json = await renderTaskStatus(sampleTaskReportData(), 'json');
    assert.deepEqual(JSON.parse(json.body.toString('utf8')), sampleTaskReportData());
  });
});
