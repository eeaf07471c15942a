import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanLine } from '../../domain/document.ts';
import { bodyLines } from './repeated-header.ts';

const HEADER = ['TT Chỉ tiêu Đơn vị tính', 'Mục tiêu', 'Kết quả'];

function lines(texts: readonly string[]): CleanLine[] {
  return texts.map((text, index) => ({ text, line: index + 1, endLine: index + 1 }));
}

test('a repeated header is dropped with the blank lines of its page break; other blank lines mark the next line', () => {
  const body = bodyLines(lines(['Tỷ lệ trẻ em thấp', '', ' TT Chỉ tiêu  Đơn vị tính ', 'Mục tiêu', '', 'Kết quả', 'còi', '', 'Tỷ lệ che phủ rừng']), HEADER);
  assert.deepEqual(body.map((line) => [line.text, line.line, line.afterBlank]), [
    ['Tỷ lệ trẻ em thấp', 1, false],
    ['còi', 7, false],
    ['Tỷ lệ che phủ rừng', 9, true],
  ]);
});

test('a last header line joined with the row text keeps the text; a lone line like the header\'s first is kept', () => {
  const body = bodyLines(lines(['TT Chỉ tiêu Đơn vị tính', 'Mục tiêu', 'Kết quả còi', 'Mục tiêu']), HEADER);
  assert.deepEqual(body.map((line) => line.text), ['còi', 'Mục tiêu']);
});

test('a line of spaces is kept as an empty line: it marks a row of empty cells', () => {
  assert.deepEqual(bodyLines(lines(['Cơ cấu kinh tế', '        ']), HEADER).map((line) => [line.text, line.raw]), [
    ['Cơ cấu kinh tế', 'Cơ cấu kinh tế'],
    ['', '        '],
  ]);
});
