import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { markPageNumbers } from './page-numbers.ts';
import { splitLines, type RawLine } from './raw-lines.ts';

/** Prose lines, with the given texts at the given 1-based line numbers. */
function documentWith(count: number, at: Readonly<Record<number, string>>): RawLine[] {
  const texts = Array.from({ length: count }, (_, i) => at[i + 1] ?? `Câu số ${i + 1} của văn bản kết thúc ở đây.`);
  return splitLines(texts.join('\n'));
}

describe('markPageNumbers', () => {
  test('drops a chain of page numbers at a steady number of lines per page', () => {
    const lines = documentWith(40, { 10: '1', 20: '- 2 -', 30: 'Trang 3', 38: '4' });
    assert.deepEqual(markPageNumbers(lines), [10, 20, 30, 38]);
    assert.deepEqual([lines[9]?.role, lines[19]?.role, lines[29]?.role, lines[37]?.role], ['page', 'page', 'page', 'page']);
  });

  test('lone numbers off the chain stay, in the prose and in a table', () => {
    const lines = documentWith(40, { 10: '1', 14: '7', 20: '2', 25: '9', 30: '3' });
    const row = lines[24];
    assert.ok(row);
    row.role = 'table';
    assert.deepEqual(markPageNumbers(lines), [10, 20, 30]);
    assert.deepEqual([lines[13]?.role, row.role], ['body', 'table']);
  });

  test('numbers in tables start no chain: they are row numbers', () => {
    const lines = documentWith(40, { 10: '1', 20: '2', 30: '3' });
    for (const index of [9, 19, 29]) {
      const row = lines[index];
      if (row) row.role = 'table';
    }
    assert.deepEqual(markPageNumbers(lines), []);
    assert.equal(lines[19]?.role, 'table');
  });

  test('without a chain, only a lone number that breaks a sentence goes', () => {
    const lines = splitLines(['Thu ngân sách ước đạt', '', '12', '', 'kế hoạch đề ra.', '7', 'Năm sau tăng tiếp.'].join('\n'));
    assert.deepEqual(markPageNumbers(lines), [3]);
    assert.deepEqual(lines.map((line) => line.role), ['body', 'blank', 'page', 'blank', 'body', 'body', 'body']);
  });
});
