import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanLine } from '../../domain/document.ts';
import { columnsFromLabels } from './header.ts';
import { tabSeparatedRows } from './tab-separated.ts';

const COLUMNS = columnsFromLabels(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Kết quả', 'Đánh giá']);

function lines(texts: readonly string[]): CleanLine[] {
  return texts.map((text, index) => ({ text, line: index + 1, endLine: index + 1 }));
}

test('cells map one for one, an indented line loses its leading TAB, a short line is aligned by shapes', () => {
  const rows = tabSeparatedRows(lines(['1\tTỷ lệ che phủ rừng\t%\t60\t61,2\tVượt', '\t2\tThu ngân sách\tTỷ đồng\t900\t950\tVượt', '3\tSố xã đạt chuẩn\tXã\t20\tChưa đạt']), COLUMNS);
  assert.deepEqual(rows.map((row) => row.cells), [
    ['1', 'Tỷ lệ che phủ rừng', '%', '60', '61,2', 'Vượt'],
    ['2', 'Thu ngân sách', 'Tỷ đồng', '900', '950', 'Vượt'],
    ['3', 'Số xã đạt chuẩn', 'Xã', '20', null, 'Chưa đạt'],
  ]);
});

test('an untabbed heading keeps its number; a lower-case single cell continues the name above', () => {
  const rows = tabSeparatedRows(lines(['II. Chỉ tiêu xã hội', '4\tTỷ lệ dân số dùng nước sạch\t%\t95\t96\tVượt', '\ttrên địa bàn tỉnh']), COLUMNS);
  assert.deepEqual(rows.map((row) => [row.cells[0], row.cells[1], row.endLine]), [
    ['II.', 'Chỉ tiêu xã hội', 1],
    ['4', 'Tỷ lệ dân số dùng nước sạch trên địa bàn tỉnh', 3],
  ]);
});
