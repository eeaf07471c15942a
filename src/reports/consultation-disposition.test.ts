import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { docxText, pdfText, squeeze, xlsxText } from './testing/read-back.ts';
import { cellText } from '../domain/report-cell.ts';
import { countDispositions, dispositionDocument, dispositionRecords, dispositionSentence } from './consultation-disposition.ts';
import { renderConsultationDisposition } from './index.ts';
import { must } from './testing/must.ts';
import { sampleDispositionData } from './testing/sample-consultation-data.ts';

const KEYS = ['number', 'unit', 'comment', 'kind', 'note', 'changed'];
const table = () => must(dispositionDocument(sampleDispositionData()).tables[0]);


describe('dispositionDocument', () => {
  test('landscape "BÁO CÁO / TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý / VÀO {draft}"; the subtitle names the revised draft', () => {
    const doc = dispositionDocument(sampleDispositionData());
    assert.equal(doc.orientation, 'landscape');
    assert.equal(doc.kindLine, 'BÁO CÁO');
    assert.deepEqual(doc.title, ['TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý', 'VÀO DỰ THẢO BÁO CÁO CHÍNH TRỊ ĐẠI HỘI ĐẢNG BỘ TỈNH MẪU']);
    assert.equal(doc.subtitle, '(Dự thảo sau khi tiếp thu, chỉnh sửa: Dự thảo Báo cáo chính trị Đại hội Đảng bộ Tỉnh Mẫu (bản chỉnh sửa lần 2))');
    assert.equal(doc.fileStem, 'bao-cao-tiep-thu-giai-trinh-y-kien-2026-12-21');
    const data = sampleDispositionData();
    data.revisedDraftTitle = null;
    assert.equal(dispositionDocument(data).subtitle, null);
  });

  test('the counting sentence, with leading zeros, counted from the rows; no pending part when nothing is pending', () => {
    const data = sampleDispositionData();
    assert.equal(must(dispositionDocument(data).paragraphs[0]).text, 'Đã xem xét 07 ý kiến, nhóm ý kiến: tiếp thu 04, giải trình 02, không tiếp thu 01; còn 03 chưa xử lý.');
    assert.deepEqual(countDispositions(data.rows), { accepted: 4, explained: 2, not_accepted: 1 });
    const kinds = table().rows.filter((r) => r.kind === 'item').map((r) => cellText(r.cells['kind']));
    assert.equal(kinds.filter((k) => k === 'Tiếp thu').length, 4, 'the sentence says what the table shows');
    data.pending = 0;
    assert.equal(dispositionSentence(data), 'Đã xem xét 07 ý kiến, nhóm ý kiến: tiếp thu 04, giải trình 02, không tiếp thu 01.');
    data.rows = [];
    assert.equal(dispositionSentence(data), 'Chưa có ý kiến góp ý nào cần tiếp thu, giải trình.');
    data.pending = 12;
    assert.equal(dispositionSentence(data), 'Chưa xử lý ý kiến nào; còn 12 ý kiến, nhóm ý kiến chưa xử lý.');
  });

  test('the six columns of a disposition table', () => {
    assert.deepEqual(table().columns.map((c) => c.title), [
      'TT', 'Nội dung dự thảo', 'Ý kiến góp ý', 'Hình thức xử lý', 'Nội dung tiếp thu, giải trình', 'Mục sửa đổi trong dự thảo mới',
    ]);
  });

  test('group rows for the whole draft, the sections and the targets; subjects numbered across; each unit named on its first row', () => {
    const rows = table().rows.map((r) => [r.kind, ...KEYS.map((k) => cellText(r.cells[k]))]);
    assert.deepEqual(rows, [
      ['group', 'I', 'Ý kiến chung về toàn văn dự thảo', '', '', '', ''],
      ['item', '1', 'Toàn văn dự thảo', 'Đề nghị rút gọn dung lượng dự thảo, tránh trùng lặp giữa các phần.', 'Tiếp thu',
        'Đã rà soát, lược bớt các nội dung trùng lặp giữa Phần thứ nhất và Phần thứ hai.', ''],
      ['group', 'II', 'Ý kiến về các phần, mục của dự thảo', '', '', '', ''],
      ['item', '2', 'Phần thứ nhất. Kết quả thực hiện Nghị quyết Đại hội nhiệm kỳ 2020-2025', 'Đề nghị bổ sung đánh giá kết quả chuyển đổi số ở cấp xã (09 ý kiến)',
        'Tiếp thu', 'Đã bổ sung đánh giá về chuyển đổi số cấp xã.', 'I- Về phát triển kinh tế'],
      ['item', '3', '', 'Không tán thành nhận định kinh tế tăng trưởng khá (04 ý kiến)', 'Giải trình',
        'Nhận định dựa trên số liệu ước thực hiện cả nhiệm kỳ; tăng trưởng bình quân vẫn đạt mục tiêu.', ''],
      ['item', '4', 'I- Về phát triển kinh tế', 'Cần làm rõ nguyên nhân tăng trưởng công nghiệp chậm (03 ý kiến)', 'Tiếp thu',
        'Đã bổ sung nguyên nhân khách quan và chủ quan.', 'I- Về phát triển kinh tế'],
      ['group', 'III', 'Ý kiến về các chỉ tiêu', '', '', '', ''],
      ['item', '5', 'Chỉ tiêu: Tốc độ tăng trưởng GRDP bình quân (mã KT-01)', 'Đề nghị điều chỉnh mục tiêu tăng trưởng GRDP xuống 7-7,5%/năm (12 ý kiến)',
        'Không tiếp thu', 'Giữ mục tiêu 8%/năm theo định hướng phát triển của tỉnh.', ''],
      ['item', '6', '', 'Đề nghị bổ sung chỉ tiêu GRDP bình quân đầu người', 'Giải trình', 'Chỉ tiêu đã có tại mục Các chỉ tiêu chủ yếu.', ''],
      ['item', '7', 'Chỉ tiêu: Tỷ lệ hộ nghèo giảm bình quân', 'Giữ mục tiêu giảm 2-3%/năm (02 ý kiến)', 'Tiếp thu',
        'Giữ nguyên mục tiêu, bổ sung giải pháp giảm nghèo bền vững.', '2. Các chỉ tiêu chủ yếu'],
    ]);
  });
});

describe('dispositionRecords', () => {
  test('one row per answered subject, the unit on every row; codes and words', () => {
    const records = dispositionRecords(sampleDispositionData());
    assert.equal(records.rows.length, 7);
    for (const c of records.columns) assert.match(c.key, /^[a-z]+(?:_[a-z]+)*$/);
    assert.deepEqual(records.rows[2], {
      unit_kind: 'section', unit_id: 's1', unit: 'Phần thứ nhất. Kết quả thực hiện Nghị quyết Đại hội nhiệm kỳ 2020-2025',
      subject_kind: 'cluster', subject_id: 'c3', size: 4, text: 'Không tán thành nhận định kinh tế tăng trưởng khá',
      disposition: 'explained', disposition_word: 'Giải trình',
      note: 'Nhận định dựa trên số liệu ước thực hiện cả nhiệm kỳ; tăng trưởng bình quân vẫn đạt mục tiêu.', changed_section: null,
    });
    assert.deepEqual([records.rows[0]?.['unit_kind'], records.rows[0]?.['unit_id']], ['draft', null]);
  });
});

describe('renderConsultationDisposition', () => {
  test('CSV: the Vietnamese header and one line per subject', async () => {
    const report = await renderConsultationDisposition(sampleDispositionData(), 'csv');
    assert.equal(report.fileName, 'bao-cao-tiep-thu-giai-trinh-y-kien-2026-12-21.csv');
    const lines = report.body.toString('utf8').trimEnd().split('\r\n');
    assert.equal(lines.length, 1 + 7);
    assert.equal(lines[0], '\uFEFFLoại nội dung,Mã nội dung,Nội dung dự thảo,Loại ý kiến,Mã ý kiến,Số ý kiến,Ý kiến góp ý,Mã hình thức xử lý,Hình thức xử lý,'
      + '"Nội dung tiếp thu, giải trình",Mục sửa đổi trong dự thảo mới');
    assert.equal(lines[5], 'indicator,i1,Chỉ tiêu: Tốc độ tăng trưởng GRDP bình quân (mã KT-01),cluster,c6,12,'
      + '"Đề nghị điều chỉnh mục tiêu tăng trưởng GRDP xuống 7-7,5%/năm",not_accepted,Không tiếp thu,Giữ mục tiêu 8%/năm theo định hướng phát triển của tỉnh.,');
  });

  test('XLSX, DOCX and PDF carry the title, the sentence, every subject, its disposition and note', async () => {
    const data = sampleDispositionData();
    const xlsx = await renderConsultationDisposition(data, 'xlsx');
    const xlsxAll = (await xlsxText(xlsx.body)).text;
    const docxAll = await docxText((await renderConsultationDisposition(data, 'docx')).body);
    const pdf = await renderConsultationDisposition(data, 'pdf');
    assert.equal(pdf.body.subarray(0, 5).toString('latin1'), '%PDF-');
    const pdfAll = await pdfText(pdf.body);
    const expected = [
      'TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý', 'VÀO DỰ THẢO BÁO CÁO CHÍNH TRỊ ĐẠI HỘI ĐẢNG BỘ TỈNH MẪU', '(bản chỉnh sửa lần 2)',
      'Đã xem xét 07 ý kiến, nhóm ý kiến: tiếp thu 04, giải trình 02, không tiếp thu 01; còn 03 chưa xử lý.',
      'Mục sửa đổi trong dự thảo mới', 'Ý kiến về các chỉ tiêu', 'Không tiếp thu', '(12 ý kiến)',
      ...data.rows.flatMap((row) => [row.text, row.note]),
    ];
    for (const s of expected) {
      assert.ok(xlsxAll.includes(squeeze(s)), `XLSX: ${s}`);
      assert.ok(docxAll.includes(squeeze(s)), `DOCX: ${s}`);
      assert.ok(pdfAll.includes(squeeze(s)), `PDF: ${s}`);
    }
  });

  test('JSON is the data itself', async () => {
    const json = await renderConsultationDisposition(sampleDispositionData(), 'json');
    assert.deepEqual(JSON.parse(json.body.toString('utf8')), sampleDispositionData());
  });
});
