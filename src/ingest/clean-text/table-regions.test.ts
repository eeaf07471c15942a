import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitLines } from './raw-lines.ts';
import { isCellLike, markTables } from './table-regions.ts';

const PROSE = 'Tỉnh tiếp tục đẩy mạnh phát triển nông nghiệp hàng hóa theo hướng bền vững';

describe('isCellLike', () => {
  test('short lines, tab lines, rows of figures and figures with a status word are cells', () => {
    const cell = (text: string): boolean => isCellLike(splitLines(text)[0] ?? assert.fail('no line'));
    assert.equal(cell('Tỷ lệ che phủ rừng'), true);
    assert.equal(cell(`${PROSE}\tx`), true);
    assert.equal(cell('Thu ngân sách 2.500 3.100 124,0 tỷ đồng năm 2023'), true);
    assert.equal(cell('Tỷ lệ hộ nghèo giảm bình quân mỗi năm 3,5 Khó đạt'), true);
    assert.equal(cell(PROSE), false);
  });
});

describe('markTables', () => {
  test('marks a run of short cells as table (skipping empty lines) and leaves the prose around it alone', () => {
    const lines = splitLines([PROSE, PROSE, 'TT', 'Chỉ tiêu', '', 'Đơn vị', '1', 'Tỷ lệ che phủ rừng', '%', '54,0', 'Đạt', PROSE, PROSE, PROSE, PROSE, PROSE, PROSE].join('\n'));
    markTables(lines);
    // The run's outer cells ("TT", "Đạt") have only 5 cell-like lines among their 9 neighbours.
    assert.deepEqual(lines.map((line) => line.role), [
      'body', 'body', 'body', 'table', 'blank', 'table', 'table', 'table', 'table', 'table', 'body', 'body', 'body', 'body', 'body', 'body', 'body',
    ]);
  });

  test('a line with a tab is a table line even among prose', () => {
    const lines = splitLines([PROSE, `a\t${PROSE}`, PROSE].join('\n'));
    markTables(lines);
    assert.deepEqual(lines.map((line) => line.role), ['body', 'table', 'body']);
  });
});
