import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findFolded, foldWithOrigins } from './fold-match.ts';
import { foldVietnamese } from './fold.ts';

const slices = (text: string, query: string): string[] => findFolded(text, query).map((r) => text.slice(r.start, r.end));

test('finds text with or without diacritics, and "d" finds "đ"', () => {
  assert.deepEqual(slices('Tỷ lệ che phủ rừng đạt 53%', 'che phu rung'), ['che phủ rừng']);
  assert.deepEqual(slices('Kết nạp đảng viên mới', 'dang vien'), ['đảng viên']);
  assert.deepEqual(slices('Kết nạp đảng viên mới', 'ĐẢNG'), ['đảng']);
  assert.deepEqual(slices('Tỷ lệ che phủ rừng', 'che phủ'), ['che phủ']);
});

test('gives every occurrence, without overlap, with offsets into the original', () => {
  const text = 'Rừng, rừng và RỪNG';
  assert.deepEqual(findFolded(text, 'rung'), [{ start: 0, end: 4 }, { start: 6, end: 10 }, { start: 14, end: 18 }]);
  assert.deepEqual(slices('aaaa', 'aa'), ['aa', 'aa']);
});

test('spacing does not matter: runs of spaces, non-breaking spaces and tabs match one space', () => {
  assert.deepEqual(slices('che\u00A0 phủ\trừng', 'che phu rung'), ['che\u00A0 phủ\trừng']);
  assert.deepEqual(slices('che phủ', '  che   phu  '), ['che phủ']);
});

test('decomposed (NFD) text maps back to whole characters', () => {
  const text = 'che phủ rừng'.normalize('NFD');
  const [range] = findFolded(text, 'phu');
  assert.ok(range);
  assert.equal(text.slice(range.start, range.end).normalize('NFC'), 'phủ');
});

test('an empty or blank query finds nothing; a missing word finds nothing', () => {
  assert.deepEqual(findFolded('che phủ rừng', ''), []);
  assert.deepEqual(findFolded('che phủ rừng', '   '), []);
  assert.deepEqual(findFolded('che phủ rừng', 'rung ngap man'), []);
});

test('folds as foldVietnamese does, apart from keeping outer spaces', () => {
  for (const text of ['Đảng bộ tỉnh Lai Châu', 'TỶ LỆ  HỘ NGHÈO', 'ước\u200B đạt 8,7%1']) {
    assert.equal(foldWithOrigins(text).folded.trim(), foldVietnamese(text));
  }
  const { folded, origins } = foldWithOrigins('Ấn');
  assert.equal(folded, 'an');
  assert.deepEqual(origins, [0, 1]);
});
