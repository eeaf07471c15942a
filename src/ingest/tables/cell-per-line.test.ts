import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanLine } from '../../domain/document.ts';
import { blankSeparatedCells, joinCellText, tabPrefixedCells } from './cell-per-line.ts';

function lines(texts: readonly string[]): CleanLine[] {
  return texts.map((text, index) => ({ text, line: index + 1, endLine: index + 1 }));
}

describe('tab-prefixed cells', () => {
  test('a TAB opens a cell, a lone TAB is an empty cell, an untabbed line continues the cell', () => {
    const cells = tabPrefixedCells(lines(['\t7', '\t- Bác sỹ/1vạn dân', '\t1/', '10.000', '\t', '', '\t8', '\t\u00a0']));
    assert.deepEqual(
      cells.map((cell) => [cell.text, cell.line, cell.endLine, cell.afterBlank]),
      [
        ['7', 1, 1, false],
        ['- Bác sỹ/1vạn dân', 2, 2, false],
        ['1/10.000', 3, 4, false],
        ['', 5, 5, false],
        ['8', 7, 7, true],
        ['', 8, 8, false],
      ],
    );
  });

  test('dropped blank lines (a gap in the line numbers) still separate rows', () => {
    const cells = tabPrefixedCells([
      { text: '\t1', line: 10, endLine: 10 },
      { text: '\t2', line: 12, endLine: 12 },
    ]);
    assert.deepEqual(cells.map((cell) => cell.afterBlank), [false, true]);
  });
});

describe('blank-separated cells', () => {
  test('NBSP lines are empty cells and blank lines only separate', () => {
    const cells = blankSeparatedCells(lines(['1', '', 'Tăng trưởng GRDP', '', '\u00a0%/năm', '', '\u00a0', '', '\u00a0\u00a0 6,83']));
    assert.deepEqual(cells.map((cell) => cell.text), ['1', 'Tăng trưởng GRDP', '%/năm', '', '6,83']);
  });

  test('when the cleaner dropped the blank lines, an empty line is an empty cell', () => {
    const cells = blankSeparatedCells([
      { text: '1', line: 1, endLine: 1 },
      { text: '', line: 3, endLine: 3 },
      { text: '6,83', line: 5, endLine: 5 },
    ]);
    assert.deepEqual(cells.map((cell) => cell.text), ['1', '', '6,83']);
  });

  test('a lower-case line right under a name continues it', () => {
    const cells = blankSeparatedCells(lines(['Tỷ lệ trẻ em dưới 5 tuổi', 'suy dinh dưỡng', '', '%']));
    assert.deepEqual(cells.map((cell) => cell.text), ['Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng', '%']);
  });
});

test('continuations after a slash join without a space', () => {
  assert.equal(joinCellText('1.653/', 'năm'), '1.653/năm');
  assert.equal(joinCellText('GRDP bình quân đầu', 'người'), 'GRDP bình quân đầu người');
  assert.equal(joinCellText('', '98'), '98');
});
