import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitLines } from './raw-lines.ts';
import { droppedWarnings, lostCharWarnings } from './warnings.ts';

describe('lostCharWarnings', () => {
  test('the total first, then one warning per damaged line', () => {
    assert.deepEqual(lostCharWarnings(splitLines('Ti\uFFFDnh\nđúng\nB\uFFFDo c\uFFFDo')), [
      'Có 3 ký tự bị hỏng (�) do lỗi chuyển đổi; các ký tự này được giữ nguyên, cần đối chiếu với bản gốc.',
      'Dòng 1: có ký tự bị hỏng (�)',
      'Dòng 3: có 2 ký tự bị hỏng (�)',
    ]);
  });

  test('no damage, no warning', () => {
    assert.deepEqual(lostCharWarnings(splitLines('Tỉnh\nHuyện')), []);
  });
});

describe('droppedWarnings', () => {
  test('one warning for page numbers and one for running headers, each listing the lines', () => {
    assert.deepEqual(droppedWarnings([12, 40], [1, 30, 60]), [
      'Đã bỏ 2 dòng số trang (dòng 12, 40).',
      'Đã bỏ 3 dòng tiêu đề lặp lại ở đầu hoặc cuối trang (dòng 1, 30, 60).',
    ]);
    assert.deepEqual(droppedWarnings([], []), []);
  });
});
