import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanLine } from '../../domain/document.ts';
import { joinPieces, lineOf, replaceLine } from './pieces.ts';

describe('joinPieces', () => {
  test('joins with a space, without one after a hyphen glued to a word, and skips empty pieces', () => {
    const pieces = [{ text: 'giai đoạn 2021-', line: 3 }, { text: '', line: 4 }, { text: '2025 về kinh tế -', line: 5 }, { text: 'xã hội', line: 6 }];
    assert.deepEqual(joinPieces(pieces), {
      text: 'giai đoạn 2021-2025 về kinh tế - xã hội',
      segments: [{ offset: 0, line: 3 }, { offset: 15, line: 5 }, { offset: 33, line: 6 }],
    });
  });

  test('a prefix (a footnote number) comes first, and the first piece starts at offset 0', () => {
    assert.deepEqual(joinPieces([{ text: 'Ghi chú', line: 8 }, { text: 'tiếp.', line: 9 }], '27 '), {
      text: '27 Ghi chú tiếp.',
      segments: [{ offset: 0, line: 8 }, { offset: 11, line: 9 }],
    });
  });
});

describe('lineOf', () => {
  test('sets sources on a line joined from several original lines', () => {
    assert.deepEqual(lineOf([{ text: 'Tỉnh tiếp tục', line: 2 }, { text: 'phát triển.', line: 4 }], 2, 4), {
      text: 'Tỉnh tiếp tục phát triển.', line: 2, endLine: 4, sources: [{ offset: 0, line: 2 }, { offset: 14, line: 4 }],
    });
  });

  test('a line from one original line has no sources', () => {
    assert.deepEqual(lineOf([{ text: 'Kết quả tốt.', line: 7 }], 7, 7), { text: 'Kết quả tốt.', line: 7, endLine: 7 });
    assert.deepEqual(lineOf([], 7, 7, '39 '), { text: '39', line: 7, endLine: 7 });
  });

  test('a footnote whose text starts below its bare number traces its text to that later line', () => {
    assert.deepEqual(lineOf([{ text: '', line: 5 }, { text: 'Ghi chú.', line: 6 }], 5, 6, '39 '), {
      text: '39 Ghi chú.', line: 5, endLine: 6, sources: [{ offset: 0, line: 6 }],
    });
  });
});

describe('replaceLine', () => {
  test('overwrites in place, adding or removing sources', () => {
    const target: CleanLine = { text: '1 Ghi chú', line: 3, endLine: 3 };
    const joined: CleanLine = { text: '1 Ghi chú tiếp', line: 3, endLine: 9, sources: [{ offset: 0, line: 3 }, { offset: 10, line: 9 }] };
    replaceLine(target, joined);
    assert.deepEqual(target, joined);
    replaceLine(target, { text: '1 Ghi chú', line: 3, endLine: 3 });
    assert.deepEqual(target, { text: '1 Ghi chú', line: 3, endLine: 3 });
    assert.equal('sources' in target, false);
  });
});
