import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanLine } from '../../domain/document.ts';
import { columnsFromHeader } from './header.ts';
import { wrappedRows } from './wrapped-rows.ts';

const HEADER = ['TT Chỉ tiêu Đơn vị tính', 'Mục tiêu', 'Ước thực hiện năm 2027 Ước thực hiện năm 2030', 'Kết quả', 'Tỷ lệ %', 'Đánh giá', 'Kết quả', 'Tỷ lệ %', 'Đánh giá'];
const COLUMNS = columnsFromHeader(HEADER);

function lines(texts: readonly string[]): CleanLine[] {
  return texts.map((text, index) => ({ text, line: index + 1, endLine: index + 1 }));
}

function read(body: readonly string[]): (string | null)[][] {
  return wrappedRows(lines(body), HEADER, COLUMNS).map((row) => row.cells);
}

describe('wrapped rows', () => {
  test('the schema has a target and two periods of result, % and status', () => {
    assert.deepEqual(COLUMNS.map((column) => column.kind), ['code', 'name', 'unit', 'target', 'result', 'percent', 'status', 'result', 'percent', 'status']);
  });

  test('a name broken over lines joins the figures below it; headings come out without figures', () => {
    const rows = read([
      'I Nhóm chỉ tiêu kinh tế         ',
      '',
      '1',
      '',
      'Thu nhập bình quân đầu',
      'người',
      '',
      'Triệu đồng 80 61,5 76,9% Chưa đạt 79 98,8% Khó đạt',
      'Cơ cấu ngành         ',
      '+ Nông nghiệp, lâm',
      'nghiệp',
      '',
      '% 20 22,1  Chưa đạt 20,5  Đạt',
      '+ Dịch vụ % 45 43  Chưa đạt 46  Vượt',
    ]);
    assert.deepEqual(rows, [
      ['I', 'Nhóm chỉ tiêu kinh tế', null, null, null, null, null, null, null, null],
      ['1', 'Thu nhập bình quân đầu người', 'Triệu đồng', '80', '61,5', '76,9%', 'Chưa đạt', '79', '98,8%', 'Khó đạt'],
      ['', 'Cơ cấu ngành', null, null, null, null, null, null, null, null],
      ['', '+ Nông nghiệp, lâm nghiệp', '%', '20', '22,1', '', 'Chưa đạt', '20,5', '', 'Đạt'],
      ['', '+ Dịch vụ', '%', '45', '43', '', 'Chưa đạt', '46', '', 'Vượt'],
    ]);
  });

  test('a header repeated in the middle of a row is dropped and the row goes on after it', () => {
    const rows = read(['Tỷ lệ trẻ em thấp', '% 20 22  Chưa đạt 19  Đạt', ...HEADER, 'còi', '2 Tỷ lệ che phủ rừng % 55 54  Chưa đạt 55  Đạt']);
    assert.deepEqual(rows.map((row) => [row[0], row[1]]), [
      ['', 'Tỷ lệ trẻ em thấp còi'],
      ['2', 'Tỷ lệ che phủ rừng'],
    ]);
  });

  test('a name that ends in a colon heads the short rows under it', () => {
    const rows = read(['Tỷ lệ học sinh đến trường:', '', 'Mẫu giáo % 98 99  Vượt 99  Vượt', 'Tiểu học % 99 99  Đạt 99  Đạt']);
    assert.deepEqual(rows.map((row) => [row[1], row[3]]), [
      ['Tỷ lệ học sinh đến trường:', null],
      ['Mẫu giáo', '98'],
      ['Tiểu học', '99'],
    ]);
  });

  test('a name whose first part shares the line with its figures takes the lower-case lines after a header', () => {
    const rows = read(['Tỷ lệ xã, phường, thị % 75,0 72,6  Chưa đạt 75,5  Vượt', ...HEADER, 'trấn được thu gom', 'rác thải', '', 'III', 'Nhóm chỉ tiêu xây dựng', 'đảng']);
    assert.deepEqual(rows.map((row) => [row[0], row[1]]), [
      ['', 'Tỷ lệ xã, phường, thị trấn được thu gom rác thải'],
      ['III', 'Nhóm chỉ tiêu xây dựng đảng'],
    ]);
  });
});
