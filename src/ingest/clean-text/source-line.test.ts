import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanLine } from '../../domain/document.ts';
import { sourceLineAt } from './source-line.ts';

describe('sourceLineAt', () => {
  const joined: CleanLine = { text: 'Tỉnh tiếp tục phát triển.', line: 2, endLine: 4, sources: [{ offset: 0, line: 2 }, { offset: 14, line: 4 }] };

  test('gives the original line where the offset falls', () => {
    assert.deepEqual([0, 13, 14, 24, 999].map((offset) => sourceLineAt(joined, offset)), [2, 2, 4, 4, 4]);
  });

  test('reads sources from plain data, so it works after JSON', () => {
    const stored: CleanLine = JSON.parse(JSON.stringify(joined));
    assert.equal(sourceLineAt(stored, 20), 4);
  });

  test('a line without sources gives its first line', () => {
    assert.equal(sourceLineAt({ text: 'Tỉnh tiếp tục phát triển.', line: 2, endLine: 4 }, 20), 2);
  });
});
