import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentLine, DocumentSection } from '../../api/documents.ts';
import { citationsByLine, findInLines, firstMatchFrom, foldLines, lineIndexAt, outlineTree } from './document-model.ts';

const section = (label: string, level: number, line: number): DocumentSection => ({ label, title: `T${line}`, level, line, endLine: line });

test('the outline nests each section under the nearest earlier one of a higher level', () => {
  const tree = outlineTree([section('A-', 1, 1), section('I-', 2, 2), section('1.', 3, 3), section('II-', 2, 4), section('B-', 1, 5), section('1.', 3, 6)]);
  const shape = (nodes: typeof tree): unknown => nodes.map((n) => (n.children.length === 0 ? n.title : [n.title, shape(n.children)]));
  assert.deepEqual(shape(tree), [['A- T1', [['I- T2', ['1. T3']], 'II- T4']], ['B- T5', ['1. T6']]]);
  assert.equal(tree[0]?.children[0]?.line, 2);
});

const LINES: DocumentLine[] = [
  { text: 'TỈNH ỦY', line: 1, endLine: 1 },
  { text: 'Tỷ lệ che phủ rừng đạt 53%, che phủ rừng tăng', line: 3, endLine: 5 },
  { text: 'Đảng viên mới', line: 8, endLine: 8 },
  { text: 'Giữ che phủ rừng', line: 9, endLine: 9 },
];

test('an original line number finds the shown line holding it, or the next one', () => {
  assert.deepEqual([lineIndexAt(LINES, 1), lineIndexAt(LINES, 4), lineIndexAt(LINES, 6), lineIndexAt(LINES, 99), lineIndexAt([], 3)], [0, 1, 2, 3, -1]);
});

test('in-document search ignores diacritics and lists every match in order', () => {
  const folded = foldLines(LINES);
  const found = findInLines(LINES, folded, 'che phu rung');
  assert.deepEqual(found.matches, [{ index: 1, range: 0 }, { index: 1, range: 1 }, { index: 3, range: 0 }]);
  const second = found.ranges.get(1)?.[1];
  assert.equal(LINES[1]?.text.slice(second?.start, second?.end), 'che phủ rừng');
  assert.deepEqual(findInLines(LINES, folded, 'dang vien').matches, [{ index: 2, range: 0 }]);
  assert.deepEqual(findInLines(LINES, folded, '  ').matches, []);
  assert.equal(firstMatchFrom(found.matches, 2), 2);
  assert.equal(firstMatchFrom(found.matches, 10), 0);
  assert.equal(firstMatchFrom([], 0), -1);
});

test('citations are grouped by line, in text order', () => {
  const byLine = citationsByLine([
    { number: 2, text: 'b', line: 20, citedAtLines: [3], citations: [{ line: 3, start: 30, end: 31 }] },
    { number: 1, text: 'a', line: 19, citedAtLines: [3], citations: [{ line: 3, start: 10, end: 11 }] },
  ]);
  assert.deepEqual(byLine.get(3), [{ start: 10, end: 11, number: 1 }, { start: 30, end: 31, number: 2 }]);
});
