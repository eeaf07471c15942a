import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assemble } from './assemble.ts';
import { markNoteBlocks } from './footnote-blocks.ts';
import type { Layout } from './layout.ts';
import { splitLines } from './raw-lines.ts';
import { markTables } from './table-regions.ts';

const NO_WRAP: Layout = { wrapWidth: null, blanksBreak: false };

/** Runs the passes assemble depends on over a few lines. */
function assembled(texts: readonly string[]): ReturnType<typeof assemble> {
  const lines = splitLines(texts.join('\n'));
  markTables(lines);
  return assemble(lines, markNoteBlocks(lines), NO_WRAP);
}

describe('assemble', () => {
  test('a table line comes out alone, with its tabs, between paragraphs', () => {
    assert.deepEqual(assembled(['Kết quả như sau và', '\tTỷ lệ\t%\t', 'các huyện đạt.']), [
      { text: 'Kết quả như sau và', line: 1, endLine: 1 },
      { text: '\tTỷ lệ\t%\t', line: 2, endLine: 2 },
      { text: 'các huyện đạt.', line: 3, endLine: 3 },
    ]);
  });

  test('a footnote follows the paragraph it interrupted, which is joined across the block', () => {
    assert.deepEqual(assembled(['Kết quả học tập đạt cao1 và', ' '.repeat(25), '1 Ban hành 12 văn bản', '', 'tiếp tục triển khai.']), [
      { text: 'Kết quả học tập đạt cao1 và tiếp tục triển khai.', line: 1, endLine: 5, sources: [{ offset: 0, line: 1 }, { offset: 28, line: 5 }] },
      { text: '1 Ban hành 12 văn bản', line: 3, endLine: 3 },
    ]);
  });

  test('text carried to the next page joins its footnote, which gains sources on both pages', () => {
    // Lines over 30 characters, so that markTables takes none of them for table cells.
    const first = 'Đoạn thứ nhất của báo cáo kết thúc1.';
    const second = 'Đoạn thứ hai của báo cáo kết thúc2.';
    const lines = assembled([first, ' '.repeat(25), '1 Ban hành 12 văn bản chỉ đạo', '', second, '_____', 'và 5 văn bản hướng dẫn thực hiện.', '2 Ghi chú thứ hai của báo cáo.']);
    assert.deepEqual(lines, [
      { text: first, line: 1, endLine: 1 },
      { text: '1 Ban hành 12 văn bản chỉ đạo và 5 văn bản hướng dẫn thực hiện.', line: 3, endLine: 7, sources: [{ offset: 0, line: 3 }, { offset: 30, line: 7 }] },
      { text: second, line: 5, endLine: 5 },
      { text: '2 Ghi chú thứ hai của báo cáo.', line: 8, endLine: 8 },
    ]);
  });
});
