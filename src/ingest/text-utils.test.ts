import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  countNumberTokens, endsBeforeNumber, endsOnConnective, endsSentence, foldedIncludes, foldedIndexOf,
  isMostlyUpperCase, normalizeSpaces, readLabel, romanValue, startsLowerCase,
} from './text-utils.ts';

describe('foldedIncludes', () => {
  test('matches with or without diacritics', () => {
    assert.equal(foldedIncludes('Tỷ lệ che phủ rừng', 'che phu rung'), true);
    assert.equal(foldedIncludes('Tỷ lệ che phủ rừng', 'Che Phủ'), true);
    assert.equal(foldedIncludes('Tỷ lệ che phủ rừng', 'che phu dat'), false);
  });

  test('a U+FFFD left by a converter matches the lost letter', () => {
    assert.equal(foldedIncludes('quy định, hướng d\uFFFDn của Trung ương', 'hướng dẫn'), true);
    assert.equal(foldedIndexOf('hướng d\uFFFDn', 'dẫn'), 6);
    assert.equal(foldedIncludes('hướng d\uFFFDn', 'dẫm x'), false);
  });
});

describe('normalizeSpaces', () => {
  test('turns NBSP and thin spaces into spaces but keeps tabs', () => {
    assert.equal(normalizeSpaces('a\u00A0b\u202Fc\td\u200Be'), 'a b c\tde');
  });
});

describe('readLabel', () => {
  test('reads each heading style with its label, value and rest', () => {
    assert.deepEqual(readLabel('Phần thứ hai'), { style: 'part', label: 'Phần thứ hai', value: 'thứ hai', depth: 1, rest: '' });
    assert.deepEqual(readLabel('PHẦN THỨ NHẤT: ĐÁNH GIÁ'), { style: 'part', label: 'PHẦN THỨ NHẤT', value: 'THỨ NHẤT', depth: 1, rest: 'ĐÁNH GIÁ' });
    assert.deepEqual(readLabel('A- BỐI CẢNH'), { style: 'upper', label: 'A-', value: 'A', depth: 1, rest: 'BỐI CẢNH' });
    assert.deepEqual(readLabel('III. MỤC TIÊU'), { style: 'upper', label: 'III.', value: 'III', depth: 1, rest: 'MỤC TIÊU' });
    assert.deepEqual(readLabel('1.1.2. Về kinh tế'), { style: 'decimal', label: '1.1.2.', value: '1.1.2', depth: 3, rest: 'Về kinh tế' });
    assert.deepEqual(readLabel('2. Nhiệm vụ'), { style: 'decimal', label: '2.', value: '2', depth: 1, rest: 'Nhiệm vụ' });
    assert.deepEqual(readLabel('đ) Công tác'), { style: 'lower', label: 'đ)', value: 'đ', depth: 1, rest: 'Công tác' });
    assert.deepEqual(readLabel('(12)- Trên 75%'), { style: 'paren', label: '(12)', value: '12', depth: 1, rest: 'Trên 75%' });
    assert.deepEqual(readLabel('Phụ lục 3'), { style: 'appendix', label: 'Phụ lục 3', value: '3', depth: 1, rest: '' });
    assert.equal(readLabel('- Rà soát')?.style, 'bullet');
  });

  test('numbers and words are no labels', () => {
    assert.equal(readLabel('1.000 cuốn sách'), null);
    assert.equal(readLabel('2.134 tỷ đồng'), null);
    assert.equal(readLabel('27 Cụ thể'), null);
    assert.equal(readLabel('IIV- text'), null);
    assert.equal(readLabel('Phần lớn mục tiêu'), null);
  });
});

describe('line shape', () => {
  test('romanValue reads well-formed numerals only', () => {
    assert.equal(romanValue('XIV'), 14);
    assert.equal(romanValue('IX'), 9);
    assert.equal(romanValue('IIII'), null);
    assert.equal(romanValue('AB'), null);
  });

  test('sentence ends, connectives and number leads', () => {
    assert.equal(endsSentence('đạt 52,3%.'), true);
    assert.equal(endsSentence('theo quy định”.'), true);
    assert.equal(endsSentence('giai đoạn 2021-'), false);
    assert.equal(endsOnConnective('chiến lược của'), true);
    assert.equal(endsOnConnective('chất lượng dân số'), false);
    assert.equal(endsBeforeNumber('Quyết định số'), true);
    assert.equal(endsBeforeNumber('chất lượng dân số.'), false);
  });

  test('case tests look at letters only', () => {
    assert.equal(isMostlyUpperCase('B- KẾT QUẢ ĐẠT ĐƯỢC'), true);
    assert.equal(isMostlyUpperCase('KỲ 2025'), false);
    assert.equal(startsLowerCase('  - xã hội'), true);
    assert.equal(startsLowerCase('2020; tỷ lệ'), false);
  });

  test('countNumberTokens counts figures written the Vietnamese way', () => {
    assert.equal(countNumberTokens('Triệu đồng 65 47,5 73,1% Chưa đạt 58,7 90,4% Khó đạt'), 5);
    assert.equal(countNumberTokens('% 9-10 >5 1.000'), 3);
  });
});
