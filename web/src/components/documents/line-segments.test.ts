import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segmentLine } from './line-segments.ts';

const show = (segments: ReturnType<typeof segmentLine>): string[] =>
  segments.map((s) => (s.citation !== null ? `^${s.citation}${s.found ? '*' : ''}` : s.current ? `[[${s.text}]]` : s.found ? `[${s.text}]` : s.text));

test('plain text stays one piece', () => {
  assert.deepEqual(show(segmentLine('Tỷ lệ che phủ rừng', [], [])), ['Tỷ lệ che phủ rừng']);
  assert.deepEqual(segmentLine('', [], []), []);
});

test('found ranges are marked, the current one apart', () => {
  const text = 'rừng và rừng';
  assert.deepEqual(show(segmentLine(text, [{ start: 0, end: 4 }, { start: 8, end: 12 }], [], 1)), ['[rừng]', ' và ', '[[rừng]]']);
});

test('a citation becomes its own piece, kept whole even when a found range cuts through it', () => {
  const text = 'đạt 8,7%12, cao';
  assert.deepEqual(show(segmentLine(text, [], [{ start: 8, end: 10, number: 12 }])), ['đạt 8,7%', '^12', ', cao']);
  assert.deepEqual(show(segmentLine(text, [{ start: 4, end: 9 }], [{ start: 8, end: 10, number: 12 }])), ['đạt ', '[8,7%]', '^12*', ', cao']);
});
