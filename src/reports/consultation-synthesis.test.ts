import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { docxText, pdfText, squeeze, xlsxText } from './testing/read-back.ts';
import { cellText } from '../domain/report-cell.ts';
import { countsSentence, localitiesTable, synthesisDocument, synthesisRecords, unitsTable } from './consultation-synthesis.ts';
import { renderConsultationSynthesis } from './index.ts';
import type { Column, ColumnGroup, TableRow } from './model.ts';
import { must } from './testing/must.ts';
import { sampleSynthesisData } from './testing/sample-consultation-data.ts';

const rowTexts = (row: TableRow, keys: readonly string[]): string[] => keys.map((key) => cellText(row.cells[key]));
const leaves = (columns: readonly (Column | ColumnGroup)[]): string[] => columns.flatMap((c) => ('columns' in c ? c.columns.map((l) => l.title) : [c.title]));


describe('synthesisDocument', () => {
  test('landscape "BÁO CÁO / TỔNG HỢP Ý KIẾN GÓP Ý / VÀO {draft}", the period in Vietnam time, an ASCII file name of the as-of day', () => {
    const doc = synthesisDocument(sampleSynthesisData());
    assert.equal(doc.orientation, 'landscape');
    assert.equal(doc.kindLine, 'BÁO CÁO');
    assert.deepEqual(doc.title, ['TỔNG HỢP Ý KIẾN GÓP Ý', 'VÀO DỰ THẢO BÁO CÁO CHÍNH TRỊ ĐẠI HỘI ĐẢNG BỘ TỈNH MẪU']);
    assert.equal(doc.subtitle, '(Thời gian lấy ý kiến: từ 08:00 ngày 01/12/2026 đến 17:00 ngày 20/12/2026)');
    assert.equal(doc.fileStem, 'bao-cao-tong-hop-y-kien-2026-12-21');
    assert.equal(doc.header.issuer, 'TỈNH ỦY');
  });

  test('an early close is said in the subtitle; a close at or after the planned one is not', () => {
    const data = sampleSynthesisData();
    data.consultation.closedAt = '2026-12-15T03:00:00.000Z';
    assert.equal(
      synthesisDocument(data).subtitle,
      '(Thời gian lấy ý kiến: từ 08:00 ngày 01/12/2026 đến 17:00 ngày 20/12/2026; đã kết thúc sớm lúc 10:00 ngày 15/12/2026)',
    );
    data.consultation.closedAt = '2026-12-20T10:00:00.000Z';
    assert.equal(synthesisDocument(data).subtitle, '(Thời gian lấy ý kiến: từ 08:00 ngày 01/12/2026 đến 17:00 ngày 20/12/2026)');
  });

  test('the counting, campaign and duplicate sentences, counts under ten with a leading zero, shares like 52,4%', () => {
    const paragraphs = synthesisDocument(sampleSynthesisData()).paragraphs.map((p) => p.text);
    assert.deepEqual(paragraphs.slice(0, 3), [
      'Tổng số có 84 ý kiến góp ý (mỗi nhóm ý kiến trùng lặp tính là một ý kiến; tổng số lượt góp ý là 94), trong đó: '
        + '44 ý kiến tán thành (52,4%), 20 ý kiến không tán thành (23,8%), 20 ý kiến đồng ý một phần (23,8%).',
      'Có 09 ý kiến thuộc 03 nhóm ý kiến giống hệt nhau (chiến dịch).',
      'Có 05 nhóm ý kiến trùng lặp gồm 15 ý kiến; mỗi nhóm được tính là một ý kiến.',
    ]);
  });

  test('thousands with a dot, one decimal with a comma; a stance nobody took is left out; no duplicates, no parenthesis', () => {
    const overall = sampleSynthesisData().overall;
    overall.total = 1250;
    overall.comments = 1250;
    overall.byStance = { agree: 160, disagree: 1090, partly: 0 };
    assert.equal(countsSentence(overall), 'Tổng số có 1.250 ý kiến góp ý, trong đó: 160 ý kiến tán thành (12,8%), 1.090 ý kiến không tán thành (87,2%).');
    overall.total = 0;
    assert.equal(countsSentence(overall), 'Chưa có ý kiến góp ý nào được công khai trong đợt lấy ý kiến.');
    const data = sampleSynthesisData();
    data.campaigns = { groups: 0, comments: 0 };
    data.duplicateGroups = { groups: 0, comments: 0 };
    assert.deepEqual(synthesisDocument(data).paragraphs.slice(1, 3).map((p) => p.text), [
      'Không có nhóm ý kiến giống hệt nhau (chiến dịch).',
      'Không có ý kiến trùng lặp.',
    ]);
  });

  test('per unit with main points: its heading, then its main points as list items with size and stances; a unit without none', () => {
    const paragraphs = synthesisDocument(sampleSynthesisData()).paragraphs;
    const headings = paragraphs.filter((p) => p.style === 'heading').map((p) => p.text);
    assert.deepEqual(headings, [
      'Toàn văn dự thảo',
      'Phần thứ nhất. Kết quả thực hiện Nghị quyết Đại hội nhiệm kỳ 2020-2025',
      'I- Về phát triển kinh tế',
      'Phần thứ hai. Phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2025-2030',
      'Chỉ tiêu: Tốc độ tăng trưởng GRDP bình quân (mã KT-01)',
      'Chỉ tiêu: Tỷ lệ hộ nghèo giảm bình quân',
    ]);
    const start = paragraphs.findIndex((p) => p.text === headings[1]);
    assert.deepEqual(paragraphs.slice(start + 1, start + 4).map((p) => [p.style ?? 'body', p.text]), [
      ['list', 'Đề nghị bổ sung đánh giá kết quả chuyển đổi số ở cấp xã (09 ý kiến; Tán thành 05, Đồng ý một phần 04)'],
      ['list', 'Không tán thành nhận định kinh tế tăng trưởng khá; lý do: Số liệu tăng trưởng năm 2024 thấp hơn mục tiêu (04 ý kiến; Không tán thành 04)'],
      ['body', 'Ngoài ra có 07 ý kiến riêng lẻ khác.'],
    ]);
    assert.ok(paragraphs.some((p) => p.text === 'Đề nghị điều chỉnh mục tiêu tăng trưởng GRDP xuống 7-7,5%/năm (12 ý kiến; Không tán thành 09, Đồng ý một phần 03)'));
    assert.ok(!paragraphs.some((p) => p.text.includes('Các chỉ tiêu chủ yếu')), 'a unit without main points has no heading');
  });

  test('table 1: TT, Nội dung góp ý, Tổng số ý kiến, then "Theo ý kiến" and "Theo đối tượng" merged over their columns', () => {
    const table = unitsTable(sampleSynthesisData());
    assert.deepEqual(table.columns.map((c) => c.title), ['TT', 'Nội dung góp ý', 'Tổng số ý kiến', 'Theo ý kiến', 'Theo đối tượng']);
    assert.deepEqual(leaves(table.columns), [
      'TT', 'Nội dung góp ý', 'Tổng số ý kiến', 'Tán thành', 'Không tán thành', 'Đồng ý một phần',
      'Cán bộ, đảng viên', 'Người dân', 'Doanh nghiệp', 'Tổ chức', 'Khác',
    ]);
  });

  test('table 1 rows: one per unit numbered in order, sections below the top level indented, the total last and equal to the sentence', () => {
    const rows = unitsTable(sampleSynthesisData()).rows;
    const keys = ['number', 'unit', 'total', 'agree', 'disagree', 'partly', 'party_member', 'citizen', 'business', 'organisation', 'other'];
    assert.deepEqual(rows.map((r) => r.kind), ['item', 'item', 'component', 'item', 'component', 'item', 'item', 'subtotal']);
    assert.deepEqual(rowTexts(must(rows[0]), keys), ['1', 'Toàn văn dự thảo', '12', '8', '2', '2', '5', '4', '1', '1', '1']);
    assert.deepEqual(rowTexts(must(rows[2]), keys), ['3', 'I- Về phát triển kinh tế', '9', '4', '1', '4', '3', '3', '2', '1', '0']);
    assert.deepEqual(rowTexts(must(rows[5]), keys), ['6', 'Chỉ tiêu: Tốc độ tăng trưởng GRDP bình quân (mã KT-01)', '18', '6', '9', '3', '4', '10', '3', '1', '0']);
    const total = must(rows.at(-1));
    assert.deepEqual(rowTexts(total, keys), ['', 'Tổng cộng', '84', '44', '20', '20', '29', '34', '10', '7', '4']);
    const sentence = must(synthesisDocument(sampleSynthesisData()).paragraphs[0]).text;
    for (const key of ['total', 'agree', 'disagree', 'partly']) assert.ok(sentence.includes(`${cellText(total.cells[key])} ý kiến`), key);
    assert.equal(total.cells['total']?.kind, 'number', 'figures stay numbers for the spreadsheet');
  });

  test('table 2: by locality bottom-up, provinces bold, the localities below indented, then the unplaced and the total', () => {
    const table = must(localitiesTable(sampleSynthesisData()));
    assert.deepEqual(leaves(table.columns), [
      'Địa bàn', 'Số ý kiến tại địa bàn', 'Tổng số trên địa bàn', 'Tán thành', 'Không tán thành', 'Đồng ý một phần', 'Không phân loại',
    ]);
    const keys = ['locality', 'own', 'areaTotal', 'agree', 'disagree', 'partly', 'unspecified'];
    assert.deepEqual(table.rows.map((r) => [r.kind, ...rowTexts(r, keys)]), [
      ['subtotal', 'Tỉnh Mẫu', '16', '64', '32', '13', '13', '6'],
      ['component', 'Huyện Mẫu Sơn', '1', '19', '9', '2', '2', '6'],
      ['component', '- Xã Mẫu Sơn', '8', '8', '5', '1', '2', '0'],
      ['component', '- Xã Bản Mẫu', '10', '10', '3', '1', '0', '6'],
      ['component', 'Phường Đông Mẫu', '17', '17', '10', '4', '3', '0'],
      ['component', 'Xã Tân Mẫu', '12', '12', '6', '2', '4', '0'],
      ['item', 'Không xác định địa bàn', '26', '26', '12', '7', '7', '0'],
      ['subtotal', 'Tổng cộng', '90', '90', '44', '20', '20', '6'],
    ]);
  });

  test('no locality and nothing unplaced: no locality table', () => {
    const data = sampleSynthesisData();
    data.localities = [];
    data.unplaced = { agree: 0, disagree: 0, partly: 0, unspecified: 0 };
    assert.equal(localitiesTable(data), null);
    assert.equal(synthesisDocument(data).tables.length, 1);
  });
});

describe('synthesisRecords', () => {
  test('one row per unit with every count; ASCII keys', () => {
    const records = synthesisRecords(sampleSynthesisData());
    assert.equal(records.rows.length, 7);
    for (const c of records.columns) assert.match(c.key, /^[a-z]+(?:_[a-z]+)*$/);
    const growth = must(records.rows[5]);
    assert.deepEqual(growth, {
      unit_kind: 'indicator', unit_id: 'i1', label: 'KT-01', title: 'Tốc độ tăng trưởng GRDP bình quân', level: null, total: 18, comments: 20,
      agree: 6, disagree: 9, partly: 3, party_member: 4, citizen: 10, business: 3, organisation: 1, other: 0,
      online: 14, meeting: 2, paper: 2, import: 0, main_points: 1, unclustered: 6,
    });
    assert.deepEqual([records.rows[2]?.['unit_kind'], records.rows[2]?.['label'], records.rows[2]?.['level']], ['section', 'I-', 2]);
  });
});

describe('renderConsultationSynthesis', () => {
  test('CSV: the Vietnamese header and one line per unit', async () => {
    const report = await renderConsultationSynthesis(sampleSynthesisData(), 'csv');
    assert.equal(report.fileName, 'bao-cao-tong-hop-y-kien-2026-12-21.csv');
    const lines = report.body.toString('utf8').trimEnd().split('\r\n');
    assert.equal(lines.length, 1 + 7);
    assert.ok(must(lines[0]).startsWith('\uFEFFLoại nội dung,Mã nội dung,"Số mục, mã chỉ tiêu","Tên mục, chỉ tiêu",Cấp,Tổng số ý kiến,Số lượt góp ý,Tán thành'));
    assert.equal(lines[6], 'indicator,i1,KT-01,Tốc độ tăng trưởng GRDP bình quân,,18,20,6,9,3,4,10,3,1,0,14,2,2,0,1,6');
  });

  test('XLSX, DOCX and PDF carry the title, the sentences, every unit and every locality', async () => {
    const data = sampleSynthesisData();
    const xlsx = await renderConsultationSynthesis(data, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body.buffer.slice(xlsx.body.byteOffset, xlsx.body.byteOffset + xlsx.body.byteLength) as ArrayBuffer);
    assert.equal(workbook.worksheets.length, 2, 'one sheet per table');
    const { text: xlsxAll, numbers } = await xlsxText(xlsx.body);
    const docxAll = await docxText((await renderConsultationSynthesis(data, 'docx')).body);
    const pdf = await renderConsultationSynthesis(data, 'pdf');
    assert.equal(pdf.body.subarray(0, 5).toString('latin1'), '%PDF-');
    const pdfAll = await pdfText(pdf.body);
    const expected = [
      'TỔNG HỢP Ý KIẾN GÓP Ý', 'VÀO DỰ THẢO BÁO CÁO CHÍNH TRỊ ĐẠI HỘI ĐẢNG BỘ TỈNH MẪU', '(Thời gian lấy ý kiến: từ 08:00 ngày 01/12/2026 đến 17:00 ngày 20/12/2026)',
      '44 ý kiến tán thành (52,4%)', 'Có 09 ý kiến thuộc 03 nhóm ý kiến giống hệt nhau (chiến dịch).',
      'Theo đối tượng', 'Cán bộ, đảng viên', 'Không xác định địa bàn', 'Phường Đông Mẫu', '- Xã Bản Mẫu', 'Tổng số trên địa bàn',
      ...data.units.map((u) => (u.unit.kind === 'section' ? u.unit.title : u.unit.kind === 'indicator' ? u.unit.name : 'Toàn văn dự thảo')),
    ];
    for (const s of expected) {
      assert.ok(xlsxAll.includes(squeeze(s)), `XLSX: ${s}`);
      assert.ok(docxAll.includes(squeeze(s)), `DOCX: ${s}`);
      assert.ok(pdfAll.includes(squeeze(s)), `PDF: ${s}`);
    }
    for (const n of [84, 44, 29, 34, 64, 90, 26]) assert.ok(numbers.includes(n), `XLSX number ${n}`);
  });

  test('JSON is the data itself', async () => {
    const json = await renderConsultationSynthesis(sampleSynthesisData(), 'json');
    assert.deepEqual(JSON.parse(json.body.toString('utf8')), sampleSynthesisData());
  });
});
