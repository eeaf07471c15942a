import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { passageAround, sectionPath } from './source-passage.ts';

// Original lines 10-19; line 14 was joined with 15 (a broken line repaired), 17 was a page number and is gone.
const lines = [
  { text: 'a', line: 10, endLine: 10 }, { text: 'b', line: 11, endLine: 11 }, { text: 'c', line: 12, endLine: 12 },
  { text: 'd', line: 13, endLine: 13 }, { text: 'e f', line: 14, endLine: 15 }, { text: 'g', line: 16, endLine: 16 },
  { text: 'h', line: 18, endLine: 18 }, { text: 'i', line: 19, endLine: 19 },
];

describe('the source passage of an indicator', () => {
  test('the lines around the source line, which is highlighted even inside a joined line', () => {
    const passage = passageAround(lines, 15, 2);
    assert.deepEqual(passage.map((l) => [l.text, l.highlighted]), [['c', false], ['d', false], ['e f', true], ['g', false], ['h', false]]);
  });

  test('near the start or end of the document the passage is cut there', () => {
    assert.deepEqual(passageAround(lines, 10, 2).map((l) => l.text), ['a', 'b', 'c']);
    assert.deepEqual(passageAround(lines, 19, 1).map((l) => [l.text, l.highlighted]), [['h', false], ['i', true]]);
  });

  test('a line that is gone (a page number) points at the next line', () => {
    assert.deepEqual(passageAround(lines, 17, 1).map((l) => [l.text, l.highlighted]), [['g', false], ['h', true], ['i', false]]);
    assert.deepEqual(passageAround([], 5), []);
  });

  test('the headings enclosing a line, outermost first', () => {
    const sections = [
      { label: '1.', title: 'Về kinh tế', level: 3, line: 12, endLine: 16 },
      { label: 'I-', title: 'CÁC CHỈ TIÊU', level: 2, line: 11, endLine: 19 },
      { label: '2.', title: 'Về xã hội', level: 3, line: 17, endLine: 19 },
      { label: 'A-', title: 'MỤC TIÊU', level: 1, line: 10, endLine: 19 },
    ];
    assert.deepEqual(sectionPath(sections, 14), ['A- MỤC TIÊU', 'I- CÁC CHỈ TIÊU', '1. Về kinh tế']);
    assert.deepEqual(sectionPath(sections, 5), []);
  });
});
