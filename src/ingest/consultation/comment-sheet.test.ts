/**
 * Tests of readCommentSheet on workbooks and CSV files built here: titles above headers,
 * accented and spaced header variants, Excel dates, stance synonyms and marks, rows that are
 * skipped with a reason, encodings and delimiters, and files that are no sheet at all.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { ResoluteError } from '../../domain/errors.ts';
import { COMMENT_SHEET_ERROR_TEXT, COMMENT_SHEET_PROBLEM_TEXT } from '../../domain/vocabulary/index.ts';
import { readCommentSheet, type SheetComment } from './comment-sheet.ts';

type Row = ExcelJS.CellValue[];

async function workbook(sheets: { name: string; rows: Row[]; dateColumn?: number; merge?: string[] }[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const { name, rows, dateColumn, merge } of sheets) {
    const sheet = book.addWorksheet(name);
    rows.forEach((values, i) => {
      const row = sheet.getRow(i + 1);
      values.forEach((value, c) => (row.getCell(c + 1).value = value));
      if (dateColumn !== undefined) row.getCell(dateColumn).numFmt = 'dd/mm/yyyy';
    });
    for (const range of merge ?? []) sheet.mergeCells(range);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const utf8 = (text: string, bom = false) => new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = [endian === 'le' ? 0xff : 0xfe, endian === 'le' ? 0xfe : 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.push(...(endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return new Uint8Array(bytes);
}

/** A comment with the defaults of an empty row, for deepEqual. */
function comment(row: number, fields: Partial<SheetComment>): SheetComment {
  return {
    row, text: '', stance: 'partly', reason: null, targetText: null, respondentType: 'citizen', localityText: null,
    organisation: null, name: null, email: null, phone: null, submittedOn: null, ...fields,
  };
}

async function refusal(bytes: Uint8Array, name = 'gop-y.xlsx'): Promise<ResoluteError> {
  try {
    await readCommentSheet(bytes, name);
  } catch (error) {
    assert.ok(error instanceof ResoluteError, `not a ResoluteError: ${String(error)}`);
    return error;
  }
  assert.fail('the file was read');
}

describe('readCommentSheet on an XLSX workbook', () => {
  const header: Row = [
    'stt', 'NỘI DUNG GÓP Ý (*)', 'Quan  điểm', 'Lý do', 'Phần,mục', 'Đối tượng', 'Địa phương', 'Họ tên', 'Đơn vị', 'Thư điện tử',
    'Điện thoại:', 'Ngày góp ý (dd/mm/yyyy)',
  ];
  const rows: Row[] = [
    ['TỔNG HỢP Ý KIẾN GÓP Ý VÀO DỰ THẢO BÁO CÁO CHÍNH TRỊ'],
    header,
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)'],
    [1, '  Đề nghị bổ sung chỉ tiêu về chuyển đổi số.  ', 'Nhất trí', null, 'Phần thứ hai', 'Nhân dân', 'Xã Tam Đường', 'Nguyễn Văn An', null,
      { text: 'an@example.vn', hyperlink: 'mailto:an@example.vn' }, '0912 345 678', new Date(Date.UTC(2025, 4, 12))],
    [2, 'Mục tiêu quá cao\r\nso với nguồn lực.', 'không đồng ý.', 'Nguồn vốn đầu tư công giảm.', 'Toàn văn dự thảo', 'Doanh nghiệp', null, null,
      'Công ty TNHH Mường Tè', null, null, '05/06/2025'],
    [3, 'Cu\u0300ng co\u0302\u0301 ho\u031Bn ve\u0302\u0300 ha\u0323 ta\u0302\u0300ng.', null, null, { richText: [{ text: '2.' }, { text: '1' }] },
      null, null, null, null, null, null, 45800],
    [4, 'Ý kiến khác.', 'Hoan nghênh', null, null, null, null, null, null, null, null, null],
    ['  ', '', null, ' '],
    [6, null, null, null, 'II', null, null, 'Trần Thị Bình'],
    [7, null, 'Tán thành', null, null, 'cán bộ, đảng viên', null, null, null, null, null, '2025-06-30'],
    [8, 'Ngày sai.', 'Tán thành một phần', null, null, null, null, null, null, null, null, '31/02/2025'],
    [9, 'Đối tượng lạ.', null, null, null, 'Sinh viên', null, null, null, null, null, null],
    [10, 'Lỗi công thức.', null, null, null, { formula: 'VLOOKUP(A1,B:B,1)', result: { error: '#N/A' } }, null, null, null, null, null, null],
  ];
  const sheets = [
    { name: 'Hướng dẫn', rows: [['Điền mỗi ý kiến vào một hàng của trang sau.'], ['Nội dung hướng dẫn']] },
    { name: 'Góp ý', rows, dateColumn: 12, merge: ['A1:L1'] },
  ];

  test('reads every field of the rows it can read, in sheet row numbers', async () => {
    const sheet = await readCommentSheet(await workbook(sheets), 'gop-y-hoi-nghi.xlsx');
    assert.equal(sheet.sheetName, 'Góp ý');
    assert.equal(sheet.rows, 9);
    assert.deepEqual(sheet.comments, [
      comment(4, {
        text: 'Đề nghị bổ sung chỉ tiêu về chuyển đổi số.', stance: 'agree', targetText: 'Phần thứ hai', respondentType: 'citizen',
        localityText: 'Xã Tam Đường', name: 'Nguyễn Văn An', email: 'an@example.vn', phone: '0912 345 678', submittedOn: '2025-05-12',
      }),
      comment(5, {
        text: 'Mục tiêu quá cao\nso với nguồn lực.', stance: 'disagree', reason: 'Nguồn vốn đầu tư công giảm.', targetText: null,
        respondentType: 'business', organisation: 'Công ty TNHH Mường Tè', submittedOn: '2025-06-05',
      }),
      comment(6, { text: 'Cùng cố hơn về hạ tầng.'.normalize('NFC'), stance: 'partly', targetText: '2.1', submittedOn: '2025-05-23' }),
      comment(10, { stance: 'agree', respondentType: 'party_member', submittedOn: '2025-06-30' }),
    ]);
    assert.equal(sheet.comments[2]?.text, 'C\u00F9ng c\u1ED1 h\u01A1n v\u1EC1 h\u1EA1 t\u1EA7ng.', 'NFC');
  });

  test('lists the rows it skipped with the column and a bilingual reason', async () => {
    const sheet = await readCommentSheet(await workbook(sheets), 'gop-y-hoi-nghi.xlsx');
    assert.deepEqual(sheet.problems, [
      { row: 7, column: 'Quan điểm', message: COMMENT_SHEET_PROBLEM_TEXT.unknown_stance('Hoan nghênh') },
      { row: 9, column: null, message: COMMENT_SHEET_PROBLEM_TEXT.no_text_no_stance() },
      { row: 11, column: 'Ngày góp ý (dd/mm/yyyy)', message: COMMENT_SHEET_PROBLEM_TEXT.invalid_date('31/02/2025') },
      { row: 12, column: 'Đối tượng', message: COMMENT_SHEET_PROBLEM_TEXT.unknown_respondent_type('Sinh viên') },
      { row: 13, column: 'Đối tượng', message: COMMENT_SHEET_PROBLEM_TEXT.cell_error('#N/A') },
    ]);
    assert.match(sheet.problems[0]?.message.vi ?? '', /Không rõ ý kiến “Hoan nghênh”/);
    assert.match(sheet.problems[0]?.message.en ?? '', /Unknown stance “Hoan nghênh”/);
  });

  test('cuts the sheet at maxRows and says so with the limit', async () => {
    const sheet = await readCommentSheet(await workbook(sheets), 'gop-y.xlsx', { maxRows: 2 });
    assert.equal(sheet.rows, 2);
    assert.deepEqual(sheet.comments.map((c) => c.row), [4, 5]);
    assert.deepEqual(sheet.problems, [{ row: 6, column: null, message: COMMENT_SHEET_PROBLEM_TEXT.cut('2') }]);
    assert.match(COMMENT_SHEET_PROBLEM_TEXT.cut('100.000').vi, /100\.000/);
  });

  test('reads a two-row header that ticks one of three stance columns', async () => {
    const bytes = await workbook([{
      name: 'Phiếu',
      rows: [
        ['TT', 'Ý kiến góp ý', 'Ý kiến', null, null, 'Xã, phường'],
        ['TT', 'Ý kiến góp ý', 'Tán thành', 'Không tán thành', 'Đồng ý một phần', 'Xã, phường'],
        [1, null, 'x', null, null, 'Phường Đoàn Kết'],
        [2, 'Chưa phù hợp.', null, 'X', null, null],
        [3, 'Nên sửa câu chữ.', null, null, '✓', null],
        [4, 'Hai dấu.', 'x', null, 'x', null],
      ],
      merge: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:F2'],
    }]);
    const sheet = await readCommentSheet(bytes, 'phieu.xlsx');
    assert.deepEqual(sheet.comments, [
      comment(3, { stance: 'agree', localityText: 'Phường Đoàn Kết' }),
      comment(4, { text: 'Chưa phù hợp.', stance: 'disagree' }),
      comment(5, { text: 'Nên sửa câu chữ.', stance: 'partly' }),
    ]);
    assert.deepEqual(sheet.problems, [{ row: 6, column: null, message: COMMENT_SHEET_PROBLEM_TEXT.several_stances() }]);
  });

  test('refuses a workbook without a comment column in its first 10 rows', async () => {
    const rows: Row[] = [...Array.from({ length: 10 }, (_, i): Row => [`Dòng ${i + 1}`]), ['Nội dung góp ý'], ['Một ý kiến']];
    const error = await refusal(await workbook([{ name: 'A', rows }, { name: 'B', rows: [['Họ tên', 'Đơn vị']] }]));
    assert.equal(error.code, 'invalid_input');
    assert.equal(error.message, COMMENT_SHEET_ERROR_TEXT.no_header.en);
    assert.equal(error.details.reason_vi, COMMENT_SHEET_ERROR_TEXT.no_header.vi);
  });

  test('refuses a damaged workbook as corrupt', async () => {
    const whole = await workbook(sheets);
    for (const length of [Math.floor(whole.length / 2), 200, whole.length - 10]) {
      const error = await refusal(whole.slice(0, length));
      assert.equal(error.code, 'corrupt', `cut at ${length}`);
      assert.equal(error.message, 'The XLSX file is damaged and cannot be read.');
    }
  });
});

describe('readCommentSheet on a CSV file', () => {
  test('UTF-8 with BOM, commas, a final line without a line break', async () => {
    const csv = 'STT,Nội dung góp ý,Ý kiến,Lý do,Email,Ngày\n1,Rất cần thiết.,Đồng ý,,a@b.vn,2025-05-12\n2,"Giảm ""chỉ tiêu"", vì sao?",Phản đối,Không khả thi,,5/6/2025';
    const sheet = await readCommentSheet(utf8(csv, true), 'gop-y.csv');
    assert.equal(sheet.sheetName, null);
    assert.equal(sheet.rows, 2);
    assert.deepEqual(sheet.problems, []);
    assert.deepEqual(sheet.comments, [
      comment(2, { text: 'Rất cần thiết.', stance: 'agree', email: 'a@b.vn', submittedOn: '2025-05-12' }),
      comment(3, { text: 'Giảm "chỉ tiêu", vì sao?', stance: 'disagree', reason: 'Không khả thi', submittedOn: '2025-06-05' }),
    ]);
  });

  test('semicolons, a title line, CRLF and line breaks inside quotes keep the row numbers of the sheet', async () => {
    const csv = [
      'Tổng hợp ý kiến hội nghị;;;;',
      'TT;Nội dung;Tán thành;Thành phần;Cơ quan, tổ chức',
      '1;"Dòng một;\r\ndòng hai";;Tổ chức;Hội Nông dân xã',
      '',
      '2;"""Trích dẫn""";nhất trí;;',
      '3;;Không rõ;;',
    ].join('\r\n') + '\r\n';
    const sheet = await readCommentSheet(utf8(csv), 'hoi-nghi.csv');
    assert.deepEqual(sheet.comments, [
      comment(3, { text: 'Dòng một;\ndòng hai', stance: 'partly', respondentType: 'organisation', organisation: 'Hội Nông dân xã' }),
      comment(5, { text: '"Trích dẫn"', stance: 'agree' }),
    ]);
    assert.deepEqual(sheet.problems, [{ row: 6, column: 'Tán thành', message: COMMENT_SHEET_PROBLEM_TEXT.unknown_stance('Không rõ') }]);
    assert.equal(sheet.rows, 3);
  });

  test('UTF-16 by its BOM, little and big endian, with tabs', async () => {
    const csv = 'Họ và tên\tÝ kiến góp ý\tĐịa bàn\nLò Văn Sáng\tCần thêm trường học.\tXã Bản Bo\n';
    for (const endian of ['le', 'be'] as const) {
      const sheet = await readCommentSheet(utf16(csv, endian), 'gop-y.csv');
      assert.deepEqual(sheet.comments, [comment(2, { text: 'Cần thêm trường học.', name: 'Lò Văn Sáng', localityText: 'Xã Bản Bo' })], endian);
    }
  });

  test('cuts at maxRows', async () => {
    const csv = ['Nội dung góp ý', ...Array.from({ length: 5 }, (_, i) => `Ý kiến ${i + 1}`)].join('\n');
    const sheet = await readCommentSheet(utf8(csv), 'gop-y.csv', { maxRows: 3 });
    assert.deepEqual(sheet.comments.map((c) => c.text), ['Ý kiến 1', 'Ý kiến 2', 'Ý kiến 3']);
    assert.deepEqual(sheet.problems, [{ row: 5, column: null, message: COMMENT_SHEET_PROBLEM_TEXT.cut('3') }]);
  });

  test('refuses a quotation mark that never closes, naming its line', async () => {
    const error = await refusal(utf8('Nội dung góp ý,Ý kiến\n"Đúng,Tán thành\nb,c\n'), 'gop-y.csv');
    assert.equal(error.code, 'corrupt');
    assert.equal(error.message, COMMENT_SHEET_ERROR_TEXT.open_quote('2').en);
  });

  test('refuses a text without a comment column', async () => {
    const error = await refusal(utf8('Họ tên,Đơn vị\nA,B\n'), 'gop-y.csv');
    assert.equal(error.code, 'invalid_input');
  });
});

describe('readCommentSheet on files that are no sheet', () => {
  const cases: [string, Uint8Array, string, string][] = [
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'unsupported', COMMENT_SHEET_ERROR_TEXT.not_sheet.en],
    ['random binary', new Uint8Array([1, 2, 3, 0, 250, 251, 7, 8]), 'unsupported', COMMENT_SHEET_ERROR_TEXT.not_sheet.en],
    ['an old .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'unsupported', COMMENT_SHEET_ERROR_TEXT.old_excel.en],
    ['a ZIP without a workbook', utf8('PK\x03\x04word/document.xml PK\x05\x06'), 'unsupported', COMMENT_SHEET_ERROR_TEXT.not_xlsx.en],
    ['an empty file', new Uint8Array(), 'empty', COMMENT_SHEET_ERROR_TEXT.empty.en],
  ];
  for (const [what, bytes, code, message] of cases) {
    test(`refuses ${what} with a plain message`, async () => {
      const error = await refusal(bytes, 'anh.png');
      assert.equal(error.code, code);
      assert.equal(error.message, message);
      assert.equal(error.details.path, 'anh.png');
      assert.ok(typeof error.details.reason_vi === 'string' && error.details.reason_vi.length > 0);
    });
  }

  test('any bytes or text give a sheet or a ResoluteError, never another error', async () => {
    const header = fc.constantFrom('', 'Nội dung góp ý;Ý kiến;Ngày\n', 'STT,Nội dung,Đối tượng\n', '\uFEFFNội dung\t"Ý kiến"\r\n');
    const body = fc.array(fc.constantFrom('a', 'Đ', '"', ',', ';', '\t', '\n', '\r', ' ', '1', '/', 'Tán thành', 'x', '\u0000'), { maxLength: 80 }).map((parts) => parts.join(''));
    const input = fc.oneof(
      fc.tuple(header, body).map(([h, b]) => utf8(h + b)),
      fc.uint8Array({ maxLength: 64 }),
    );
    await fc.assert(
      fc.asyncProperty(input, async (bytes) => {
        try {
          const sheet = await readCommentSheet(bytes, 'fuzz.csv');
          assert.ok(sheet.comments.every((c) => c.row > 0 && (c.text !== '' || c.stance === 'agree')));
        } catch (error) {
          assert.ok(error instanceof ResoluteError, String(error));
        }
      }),
      { numRuns: 300 },
    );
  });
});
