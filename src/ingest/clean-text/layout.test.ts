import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isWrapped, measureLayout } from './layout.ts';
import { splitLines } from './raw-lines.ts';

const BROKEN = 'Tỉnh tiếp tục phát triển nông nghiệp và';
const REST = 'công nghiệp theo hướng bền vững.';

describe('measureLayout', () => {
  test('the wrap width is the median length of lines a lower-case line goes on from', () => {
    const pairs = Array.from({ length: 8 }, (_, i) => [i === 0 ? `${BROKEN} xa hơn` : BROKEN, REST]).flat();
    assert.deepEqual(measureLayout(splitLines(pairs.join('\n'))), { wrapWidth: BROKEN.length, blanksBreak: true });
  });

  test('fewer than 8 wrapped lines give no width; empty lines between most lines mean nothing', () => {
    const pairs = Array.from({ length: 7 }, () => [BROKEN, '', REST, '']).flat();
    assert.deepEqual(measureLayout(splitLines(pairs.join('\n'))), { wrapWidth: null, blanksBreak: false });
  });

  test('paragraphs on single long lines give no width', () => {
    const long = `${BROKEN} ${'rất dài '.repeat(30)}và`;
    const pairs = Array.from({ length: 8 }, () => [long, REST]).flat();
    assert.equal(measureLayout(splitLines(pairs.join('\n'))).wrapWidth, null);
  });
});

describe('isWrapped', () => {
  test('a line from the given share of the wrap width up to 1.35 times it', () => {
    const layout = { wrapWidth: 100, blanksBreak: true };
    const of = (length: number, share: number): boolean => isWrapped('x'.repeat(length), layout, share);
    assert.deepEqual([of(75, 0.75), of(74, 0.75), of(135, 0.75), of(136, 0.75), of(89, 0.9)], [true, false, true, false, false]);
    assert.equal(isWrapped('x'.repeat(100), { wrapWidth: null, blanksBreak: true }, 0.75), false);
  });
});
