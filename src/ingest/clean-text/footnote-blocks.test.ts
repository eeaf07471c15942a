import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isNoteRule, markNoteBlocks, noteStart } from './footnote-blocks.ts';
import { splitLines } from './raw-lines.ts';

const RULE = ' '.repeat(25);

describe('isNoteRule and noteStart', () => {
  test('a rule is 20 or more spaces, or 5 or more underscores', () => {
    const rule = (text: string): boolean => isNoteRule(splitLines(text)[0] ?? assert.fail('no line'));
    assert.deepEqual([rule(' '.repeat(20)), rule(' '.repeat(19)), rule('  _____ '), rule('____'), rule('Tiêu đề')], [true, false, true, false, false]);
  });

  test('a footnote start is a number 1 to 3 above the last one, with or without text', () => {
    assert.deepEqual(noteStart('27 Cụ thể: tăng 6,14%', 26), { number: 27, rest: 'Cụ thể: tăng 6,14%' });
    assert.deepEqual(noteStart('39', 36), { number: 39, rest: '' });
    assert.equal(noteStart('40 Ghi chú', 36), null, 'too far ahead');
    assert.equal(noteStart('5 Ghi chú', 5), null, 'not above the last one');
    assert.equal(noteStart('2. Mục tiêu', 1), null, 'a numbered heading');
  });
});

describe('markNoteBlocks', () => {
  test('groups the footnotes below a rule, marks the block, and ends it at an empty line', () => {
    const lines = splitLines(['Kết quả đạt cao1 và', 'tiếp tục', RULE, '1 Ban hành 12 văn bản.', '2 Tổ chức 30 hội nghị', 'quán triệt.', '', 'tăng nhanh2.'].join('\n'));
    const blocks = markNoteBlocks(lines);
    assert.deepEqual([...blocks.entries()], [[2, [
      { number: 1, first: 4, last: 4, pieces: [{ text: 'Ban hành 12 văn bản.', line: 4 }] },
      { number: 2, first: 5, last: 6, pieces: [{ text: 'Tổ chức 30 hội nghị', line: 5 }, { text: 'quán triệt.', line: 6 }] },
    ]]]);
    assert.deepEqual(lines.map((line) => line.role), ['body', 'body', 'note', 'note', 'note', 'note', 'blank', 'body']);
  });

  test('text with no number below a later rule carries the previous footnote on', () => {
    const lines = splitLines(['Đoạn một1', RULE, '1 Ghi chú một', '', 'Đoạn hai2', '_____', 'nối tiếp ghi chú một.', '2 Ghi chú hai.'].join('\n'));
    const blocks = markNoteBlocks(lines);
    assert.deepEqual(blocks.get(5), [
      { number: null, first: 7, last: 7, pieces: [{ text: 'nối tiếp ghi chú một.', line: 7 }] },
      { number: 2, first: 8, last: 8, pieces: [{ text: 'Ghi chú hai.', line: 8 }] },
    ]);
  });

  test('a rule with no numbered line below it is no footnote block; a heading ends a block', () => {
    const none = splitLines(['Đoạn văn', RULE, 'Đoạn văn tiếp theo.'].join('\n'));
    assert.equal(markNoteBlocks(none).size, 0);
    assert.equal(none[1]?.role, 'spacer');
    const headed = splitLines(['Đoạn văn1', RULE, '1 Ghi chú.', 'II- KẾT QUẢ'].join('\n'));
    assert.deepEqual(markNoteBlocks(headed).get(1)?.map((group) => group.last), [3]);
    assert.equal(headed[3]?.role, 'body');
  });
});
