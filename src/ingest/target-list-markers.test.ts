import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MARKER_RANK, isCapitalsHeading, readMarker } from './target-list-markers.ts';

describe('readMarker', () => {
  test('reads each label kind with its code and text', () => {
    assert.deepEqual(readMarker('Phần thứ hai'), { kind: 'part', code: 'Phần thứ hai', rest: '' });
    assert.deepEqual(readMarker('C- NHIỆM VỤ'), { kind: 'upper_letter', code: 'C', rest: 'NHIỆM VỤ' });
    assert.deepEqual(readMarker('II- Các chỉ tiêu chủ yếu'), { kind: 'roman', code: 'II', rest: 'Các chỉ tiêu chủ yếu' });
    assert.deepEqual(readMarker('2. Các chỉ tiêu'), { kind: 'arabic', code: '2', rest: 'Các chỉ tiêu' });
    assert.deepEqual(readMarker('2.1. Về kinh tế'), { kind: 'decimal2', code: '2.1', rest: 'Về kinh tế' });
    assert.deepEqual(readMarker('1.1.1. Xây dựng Đảng'), { kind: 'decimal3', code: '1.1.1', rest: 'Xây dựng Đảng' });
    assert.deepEqual(readMarker('a) Về xã hội:'), { kind: 'lower_letter', code: 'a', rest: 'Về xã hội:' });
    assert.deepEqual(readMarker('(12) Có trên 13,5 bác sỹ'), { kind: 'paren_number', code: '(12)', rest: 'Có trên 13,5 bác sỹ' });
    assert.deepEqual(readMarker('- Tỷ lệ che phủ rừng 42%'), { kind: 'dash', code: null, rest: 'Tỷ lệ che phủ rừng 42%' });
    assert.deepEqual(readMarker('+ Thể thấp còi'), { kind: 'plus', code: null, rest: 'Thể thấp còi' });
  });

  test('reads "(1)-" and a label that lost its opening parenthesis', () => {
    assert.deepEqual(readMarker('(1)- Tốc độ'), { kind: 'paren_number', code: '(1)', rest: 'Tốc độ' });
    assert.deepEqual(readMarker('13)- Tỷ lệ'), { kind: 'paren_number', code: '(13)', rest: 'Tỷ lệ' });
  });

  test('takes "5. 100% ..." as an item but no number or range as a label', () => {
    assert.deepEqual(readMarker('5. 100% số thôn'), { kind: 'arabic', code: '5', rest: '100% số thôn' });
    assert.equal(readMarker('2.400 ha chè'), null);
    assert.equal(readMarker('5 - 7%/năm'), null);
    assert.equal(readMarker('3 đến 5 tuổi; giữ vững'), null);
    assert.equal(readMarker('Tốc độ tăng trưởng'), null);
  });

  test('ranks labels from the top of the outline down', () => {
    assert.ok(MARKER_RANK.upper_letter < MARKER_RANK.roman);
    assert.ok(MARKER_RANK.roman < MARKER_RANK.arabic);
    assert.ok(MARKER_RANK.decimal2 < MARKER_RANK.paren_number);
    assert.ok(MARKER_RANK.paren_number < MARKER_RANK.dash);
  });
});

describe('isCapitalsHeading', () => {
  test('is true for a line in capitals only', () => {
    assert.equal(isCapitalsHeading('IV- NHIỆM VỤ TRỌNG TÂM'), true);
    assert.equal(isCapitalsHeading('Tỷ lệ che phủ rừng'), false);
    assert.equal(isCapitalsHeading('GDP'), false);
  });
});
