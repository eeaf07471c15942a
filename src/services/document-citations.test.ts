import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CleanLine, Footnote } from '../domain/document.ts';
import { placeCitations } from './document-citations.ts';

const at = (text: string, place: { start: number; end: number } | undefined): string => text.slice((place?.start ?? 0) - 2, place?.end);

test('places each citation on its line: the digits glued to the word before', () => {
  const lines: CleanLine[] = [
    { text: 'Tăng trưởng đạt 8,7%1, cao hơn vùng.', line: 3, endLine: 3 },
    { text: 'Khóa XIV2; hộ nghèo giảm2 nhanh.', line: 5, endLine: 5 },
    { text: '1 Năm 2026 tăng 8,4%.', line: 9, endLine: 9 },
    { text: '2 Chuẩn nghèo đa chiều.', line: 10, endLine: 10 },
  ];
  const notes: Footnote[] = [
    { number: 1, text: 'Năm 2026 tăng 8,4%.', line: 9, citedAtLines: [3] },
    { number: 2, text: 'Chuẩn nghèo đa chiều.', line: 10, citedAtLines: [5, 5] },
  ];
  const [first, second] = placeCitations(lines, notes);
  assert.deepEqual(first, [{ line: 3, start: 20, end: 21 }]);
  assert.equal(at(lines[0]?.text ?? '', first?.[0]), '7%1');
  // Two citations of one note on one line take its two places, in order.
  assert.deepEqual(second?.map((p) => at(lines[1]?.text ?? '', p)), ['IV2', 'ảm2']);
});

test('in a joined line the citation is the one on the cited original line', () => {
  const lines: CleanLine[] = [
    { text: 'đạt 53%1 năm đầu và 55%1 cuối kỳ', line: 4, endLine: 6, sources: [{ offset: 0, line: 4 }, { offset: 18, line: 6 }] },
  ];
  const [places] = placeCitations(lines, [{ number: 1, text: 'Ước.', line: 12, citedAtLines: [6] }]);
  assert.deepEqual(places, [{ line: 4, start: 23, end: 24 }]);
});

test('a citation that cannot be found again is left out, not guessed', () => {
  const lines: CleanLine[] = [{ text: 'Không có chú thích ở đây, 2024 km2', line: 1, endLine: 1 }];
  assert.deepEqual(placeCitations(lines, [{ number: 2, text: 'x', line: 7, citedAtLines: [1] }]), [[]]);
  assert.deepEqual(placeCitations([], []), []);
});
