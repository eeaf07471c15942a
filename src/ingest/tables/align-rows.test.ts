import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { alignRow, alignRows } from './align-rows.ts';
import type { Cell } from './cell-per-line.ts';
import type { ColumnKind } from './schema.ts';

/** Columns of a result table without status words: STT, name, unit, target, result, %, next target, note. */
const KINDS: ColumnKind[] = ['code', 'name', 'unit', 'target', 'result', 'percent', 'next_target', 'note'];

function cells(texts: readonly string[], blankBefore: readonly number[] = []): Cell[] {
  return texts.map((text, index) => ({ text, line: index + 1, endLine: index + 1, afterBlank: blankBefore.includes(index) }));
}

function texts(rows: ReturnType<typeof alignRows>): (string | null)[][] {
  return rows.map((row) => row.cells.map((cell) => (cell === null ? null : cell.text)));
}

describe('row alignment', () => {
  test('full rows are cut every eight cells', () => {
    const rows = alignRows(cells(['1', 'Tổng thu ngân sách', 'Tỷ đồng', '100', '120', '120,0', '150', '', '', 'Thu nội địa', 'Tỷ đồng', '80', '84', '105,0', '90', 'Số liệu sơ bộ']), KINDS, { blankLinesSeparateRows: false });
    assert.deepEqual(texts(rows), [
      ['1', 'Tổng thu ngân sách', 'Tỷ đồng', '100', '120', '120,0', '150', ''],
      ['', 'Thu nội địa', 'Tỷ đồng', '80', '84', '105,0', '90', 'Số liệu sơ bộ'],
    ]);
  });

  test('a row that lost its name and % cells (merged with the row above) resynchronises on its unit', () => {
    const rows = alignRows(
      cells(['', 'Thu nhập bình quân', 'USD', '1.800-2.000', '1.732,2', '96,2', '2.600', '', '', 'Triệu đồng', '38-40', '38,25', '60', '', '2', 'Cơ cấu kinh tế:', '', '', '', '', '', '']),
      KINDS,
      { blankLinesSeparateRows: false },
    );
    assert.deepEqual(texts(rows), [
      ['', 'Thu nhập bình quân', 'USD', '1.800-2.000', '1.732,2', '96,2', '2.600', ''],
      ['', null, 'Triệu đồng', '38-40', '38,25', null, '60', ''],
      ['2', 'Cơ cấu kinh tế:', '', '', '', '', '', ''],
    ]);
  });

  test('a row without its STT cell and a stray empty cell before a number are absorbed', () => {
    const rows = alignRows(
      cells(['- Có trình độ đại học', '%', '100', '99', '-1', '100', '', '', '17', 'Chỉ tiêu xây dựng đảng', '', '', '', '', '', '']),
      KINDS,
      { blankLinesSeparateRows: false },
    );
    assert.deepEqual(texts(rows), [
      [null, '- Có trình độ đại học', '%', '100', '99', '-1', '100', ''],
      ['17', 'Chỉ tiêu xây dựng đảng', '', '', '', '', '', ''],
    ]);
  });

  test('a next-term figure followed by a note stays in its row', () => {
    const rows = alignRows(cells(['', 'Tỷ lệ dân số có hồ sơ sức khỏe', '%', '', '', '', '70', 'Thay chỉ tiêu cũ', '', 'Số bác sỹ', 'bác sỹ', '12', '12,1', '', '13', ''], [8]), KINDS, { blankLinesSeparateRows: true });
    assert.equal(rows.length, 2);
    assert.deepEqual(texts(rows)[0], ['', 'Tỷ lệ dân số có hồ sơ sức khỏe', '%', '', '', '', '70', 'Thay chỉ tiêu cũ']);
  });

  test('when the converter dropped every empty cell, headings and row numbers still open rows', () => {
    const rows = alignRows(
      cells(['1', 'Tổng thu ngân sách', 'Tỷ đồng', '100', '120', '120,0', '150', 'Trong đó:', '- Thu nội địa', 'Tỷ đồng', '80', '84', '105,0', '90', '2', 'Cơ cấu kinh tế:', '- Dịch vụ', '%', '40', '41', '102,5', '45']),
      KINDS,
      { blankLinesSeparateRows: false },
    );
    assert.deepEqual(texts(rows), [
      ['1', 'Tổng thu ngân sách', 'Tỷ đồng', '100', '120', '120,0', '150', null],
      [null, 'Trong đó:', null, null, null, null, null, null],
      [null, '- Thu nội địa', 'Tỷ đồng', '80', '84', '105,0', '90', null],
      ['2', 'Cơ cấu kinh tế:', null, null, null, null, null, null],
      [null, '- Dịch vụ', '%', '40', '41', '102,5', '45', null],
    ]);
  });

  test('one row of tokens: an empty % cell is the one left out', () => {
    const row = alignRow(cells(['9-10', '3,91', 'Chưa đạt', '6,14', 'Khó đạt']), ['target', 'result', 'percent', 'status', 'result', 'percent', 'status']);
    assert.deepEqual(row.cells.map((cell) => cell?.text ?? null), ['9-10', '3,91', null, 'Chưa đạt', '6,14', null, 'Khó đạt']);
  });

  test('any cells are cut into rows that keep every non-empty cell placed or dropped, in order, without throwing', () => {
    const cell = fc.oneof(fc.constantFrom('', '1', 'Vượt', '%', '12,5', 'Tên chỉ tiêu', 'Tỷ đồng', 'Ghi chú dài'), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), (list) => {
        const rows = alignRows(cells(list), KINDS, { blankLinesSeparateRows: false });
        const placed = rows.flatMap((row) => row.cells.filter((c): c is Cell => c !== null).map((c) => c.line));
        assert.deepEqual(placed, [...placed].sort((a, b) => a - b));
        for (const row of rows) assert.equal(row.cells.length, KINDS.length);
      }),
      { numRuns: 200 },
    );
  });
});
