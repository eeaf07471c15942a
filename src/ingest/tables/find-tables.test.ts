import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanLine } from '../../domain/document.ts';
import { findTables, titleAbove } from './find-tables.ts';

function lines(texts: readonly string[]): CleanLine[] {
  return texts.map((text, index) => ({ text, line: index + 1, endLine: index + 1 }));
}

function regions(texts: readonly string[]): [string, number, number, number][] {
  return findTables(lines(texts)).map((region) => [region.layout, region.start, region.bodyStart, region.end]);
}

const TAB_ROWS = Array.from({ length: 4 }, (_, index) => [`\t${index + 1}`, `\t- Chỉ tiêu số ${index + 1}`, '\t%', '\t> 50', `\t5${index},5`, '\tVượt', '\t60', '\t', '']).flat();

describe('finding tables', () => {
  test('a header spelled "S" / "T" / "T" over blank-separated lines opens a cell-per-line table', () => {
    const text = ['BẢNG CHỈ TIÊU', '', 'S', '', 'T', '', 'T', '', 'Chỉ tiêu', '', 'Đơn vị tính', '', 'Thực hiện đến năm 2020', '', '1', '', 'Tỷ lệ che phủ rừng', '', '%', '', '42,5'];
    assert.deepEqual(regions(text), [['cell_per_line', 2, 13, 21]]);
  });

  test('a header followed by rows of figures and status words opens a wrapped-rows table, which ends at the next appendix', () => {
    const text = ['TT Chỉ tiêu Đơn vị tính', 'Mục tiêu', 'Kết quả Đánh giá', '1 Tỷ lệ che phủ rừng % 54 52,3 Chưa đạt', '2 Tỷ lệ hộ nghèo % 3 3,4 Vượt', 'Phụ lục 4', 'Nội dung khác'];
    assert.deepEqual(regions(text), [['wrapped_rows', 0, 3, 5]]);
  });

  test('a header-less run of TAB-marked cells with figures and status words is a table', () => {
    assert.deepEqual(regions(['Đoạn văn trước bảng.', ' \tKết quả', ...TAB_ROWS, 'Đoạn văn sau bảng, dài hơn bốn mươi ký tự để kết thúc bảng.']), [['cell_per_line', 1, 1, 37]]);
  });

  test('tables without a "Chỉ tiêu" column and TAB-indented prose are not indicator tables', () => {
    assert.deepEqual(regions(['STT Số, ký hiệu Ngày văn bản Trích yếu nội dung', '1 Số 03-NQ/TU 03/02/2021']), []);
    assert.deepEqual(regions(Array.from({ length: 20 }, () => '\tMột đoạn văn thụt lề bằng TAB.')), []);
  });

  test('the title is the capitalised lines above, past rules and "(Kèm theo ...)"', () => {
    const text = lines(['Phụ lục 3', 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU', 'NHIỆM KỲ 2020 - 2025', '-----', '(Kèm theo Báo cáo số 1)', '', 'TT Chỉ tiêu']);
    assert.equal(titleAbove(text, 6), 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NHIỆM KỲ 2020 - 2025');
    assert.equal(titleAbove(text, 1), null);
  });
});
