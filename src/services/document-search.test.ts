import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Section } from '../domain/document.ts';
import { searchDocument, sectionPathOf, SNIPPET_LENGTH, snippetOf } from './document-search.ts';

const SECTIONS: Section[] = [
  { label: 'A-', title: 'KẾT QUẢ', level: 1, line: 1, endLine: 20 },
  { label: 'I-', title: 'CHỈ TIÊU', level: 2, line: 2, endLine: 10 },
  { label: 'II-', title: 'HẠN CHẾ', level: 2, line: 11, endLine: 20 },
  { label: 'B-', title: 'NHIỆM VỤ', level: 1, line: 21, endLine: 30 },
];

test('a line sits under its enclosing headings, outermost first', () => {
  assert.deepEqual(sectionPathOf(SECTIONS, 5), ['A- KẾT QUẢ', 'I- CHỈ TIÊU']);
  assert.deepEqual(sectionPathOf(SECTIONS, 21), ['B- NHIỆM VỤ']);
  assert.deepEqual(sectionPathOf(SECTIONS, 40), []);
});

test('finds lines without diacritics, one hit per line with every match in it', () => {
  const document = {
    id: 'd1', title: 'Báo cáo', sections: SECTIONS,
    lines: [
      { text: 'Tỷ lệ che phủ rừng đạt 53%; che phủ rừng tăng', line: 3, endLine: 4 },
      { text: 'Thu ngân sách', line: 12, endLine: 12 },
      { text: 'Giữ vững che phủ rừng', line: 22, endLine: 22 },
    ],
  };
  const hits = searchDocument(document, 'CHE PHU RUNG');
  assert.deepEqual(hits.map((h) => [h.line, h.matches.length, h.sectionPath.length]), [[3, 2, 2], [22, 1, 1]]);
  assert.equal(hits[0]?.text.slice(hits[0].matches[1]?.start, hits[0].matches[1]?.end), 'che phủ rừng');
  assert.deepEqual(searchDocument(document, 'ngan sach').map((h) => h.line), [12]);
  assert.deepEqual(searchDocument(document, 'ngân hàng'), []);
  assert.deepEqual(searchDocument(document, ' '), []);
});

test('a long line is cut around its first match, with "…" and shifted offsets', () => {
  const text = `${'mở đầu '.repeat(60)}tỷ lệ che phủ rừng ${'kết thúc '.repeat(60)}`;
  const start = text.indexOf('che phủ');
  const cut = snippetOf(text, [{ start, end: start + 'che phủ rừng'.length }]);
  assert.ok(cut.text.startsWith('…') && cut.text.endsWith('…'));
  assert.ok(cut.text.length <= SNIPPET_LENGTH + 2);
  assert.equal(cut.text.slice(cut.matches[0]?.start, cut.matches[0]?.end), 'che phủ rừng');
  assert.deepEqual(snippetOf('ngắn', [{ start: 0, end: 4 }]), { text: 'ngắn', matches: [{ start: 0, end: 4 }] });
});
