import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Cell } from './cell-per-line.ts';
import { blankLineGroups, inferColumns } from './infer-schema.ts';

function groups(rows: readonly string[][]): Cell[] {
  let line = 0;
  return rows.flatMap((row) => row.map((text, index) => ({ text, line: ++line, endLine: line, afterBlank: index === 0 && line > 1 })));
}

describe('columns read from the cells', () => {
  test('status words make the status column; figures left of it are target and result, right of it the next target; trailing text the note', () => {
    const cells = groups([
      ['1', '- Tốc độ tăng trưởng', '%', '> 10', '12,8', 'Vượt', '9-10', ''],
      ['', '- Thu nhập bình quân', 'triệu đồng', '40', '40,1', 'Đạt', '65', ''],
      ['', '- Tổ chức đạt trong sạch', '%', '> 60', '', 'Không đạt', '', 'Do đổi tiêu chí'],
    ]);
    assert.deepEqual(inferColumns(cells).map((column) => column.kind), ['code', 'name', 'unit', 'target', 'result', 'status', 'next_target', 'note']);
  });

  test('without status words, figures are target, result, % and next target', () => {
    const cells = groups([
      ['1', 'Tổng thu ngân sách', 'Tỷ đồng', '100', '120', '120,0', '150', 'Ghi chú'],
      ['2', 'Thu nội địa', 'Tỷ đồng', '80', '84', '105,0', '90', ''],
    ]);
    assert.deepEqual(inferColumns(cells).map((column) => column.kind), ['code', 'name', 'unit', 'target', 'result', 'percent', 'next_target', 'note']);
  });

  test('cells that blank lines do not group fall back to the usual columns', () => {
    const cells: Cell[] = ['1', 'Tỷ lệ che phủ rừng', '%', '50', '50,2', 'Đạt'].map((text, index) => ({ text, line: index + 1, endLine: index + 1, afterBlank: true }));
    assert.deepEqual(inferColumns(cells).map((column) => column.kind), ['code', 'name', 'unit', 'target', 'result', 'percent', 'next_target', 'note']);
    assert.deepEqual(blankLineGroups(cells).map((group) => group.length), [1, 1, 1, 1, 1, 1]);
  });
});
