import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { exactDuplicateKey, normaliseForDuplicates, normaliseSlowly, syllableCount, syllablesOf } from './normalise.ts';

test('case, spacing, diacritics, đ and punctuation do not matter', () => {
  assert.equal(normaliseForDuplicates('Đề nghị  BỔ SUNG, làm rõ!'), 'de nghi bo sung lam ro');
  assert.equal(normaliseForDuplicates('  Tỷ lệ\u00A0che phủ rừng 53%.\n'), 'ty le che phu rung 53');
  assert.equal(normaliseForDuplicates('giá,phí…“dịch vụ”'), 'gia phi dich vu');
  assert.equal(normaliseForDuplicates('!!! ...'), '');
  assert.equal(normaliseForDuplicates(''), '');
});

test('decomposed (NFD) and composed (NFC) Vietnamese give the same normal form', () => {
  const composed = 'Nâng cao chất lượng nguồn nhân lực';
  assert.equal(normaliseForDuplicates(composed.normalize('NFD')), normaliseForDuplicates(composed));
  assert.equal(exactDuplicateKey(composed.normalize('NFD')), exactDuplicateKey(composed));
});

test('the exact key is 16 hex digits, equal for cosmetic variants, different for different words, null for nothing', () => {
  const key = exactDuplicateKey('Đề nghị bổ sung chỉ tiêu về rừng.');
  assert.match(key ?? '', /^[0-9a-f]{16}$/);
  assert.equal(exactDuplicateKey('DE NGHI BO SUNG CHI TIEU VE RUNG'), key);
  assert.equal(exactDuplicateKey('đề   nghị bổ sung; chỉ tiêu về rừng!!'), key);
  assert.notEqual(exactDuplicateKey('Đề nghị bổ sung chỉ tiêu về đất.'), key);
  assert.equal(exactDuplicateKey(' … '), null);
});

test('the fast table path agrees with the definition on any text', () => {
  const pieces = ['Đ', 'đ', 'Ệ', 'ư', 'ơ', 'a', 'Z', ' ', '  ', '\t', '\n', '\u00A0', '\u2003', '\u200B', '\uFEFF', ',', '.', '!', '%', '–', '“', '\u0301', '\u0323', 'e\u0302\u0301',
    'İ', 'ß', 'Σ', 'ΟΣ', 'ǅ', '≠', '=\u0338', '😀', '中', '\u0085', '\u2028', '1.000', 'ǈ', 'Å', 'ﬁ', '\uD800'];
  fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 20 }), (parts) => {
    const text = parts.join('');
    assert.equal(normaliseForDuplicates(text), normaliseSlowly(text));
  }), { numRuns: 3000 });
});

test('syllables are the words of the normal form', () => {
  assert.deepEqual(syllablesOf('de nghi bo sung'), ['de', 'nghi', 'bo', 'sung']);
  assert.deepEqual(syllablesOf(''), []);
  assert.equal(syllableCount('de nghi bo sung'), 4);
  assert.equal(syllableCount('de'), 1);
  assert.equal(syllableCount(''), 0);
});
