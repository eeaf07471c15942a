import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describeTarget, describeValue } from './target-describe.ts';
import { parseTarget } from './target-parse.ts';
import type { TargetContext } from './target-parse.ts';
import type { Target } from './target.ts';
import { formatVnNumber } from './vn-number.ts';

/** The fields that carry a target's meaning; a description must keep all of them. */
const meaning = (t: Target) => [t.kind, t.min, t.max, t.minInclusive, t.maxInclusive, t.unit, t.basis, t.per, t.year];

describe('describeTarget', () => {
  test('describes each kind in short Vietnamese with Vietnamese numbers', () => {
    const cases: [string, string, TargetContext?][] = [
      ['9-10%/năm', '9-10%/năm'],
      ['53%', '53%'],
      ['trên 95%', 'trên 95%'],
      ['dưới 15%', 'dưới 15%'],
      ['khoảng 10%', 'khoảng 10%'],
      ['giảm bình quân 2%/năm', 'giảm 2%/năm'],
      ['giảm 2,93 điểm phần trăm', 'giảm 2,93 điểm phần trăm'],
      ['tăng 1,66 lần', 'tăng 1,66 lần'],
      ['từ 1.000 đảng viên trở lên', 'từ 1.000 đảng viên trở lên'],
      ['không quá 2%', 'không quá 2%'],
      ['khoảng 6,5 - 7%', 'khoảng 6,5-7%'],
      ['bình quân khoảng 35% GRDP', 'khoảng 35% GRDP mỗi năm'],
      ['duy trì 95%', 'duy trì 95%'],
      ['giữ vững', 'giữ vững'],
      ['không còn thôn dưới 10 tiêu chí', 'không còn thôn'],
      ['đạt 12.355,5 tỷ đồng đến năm 2025', '12.355,5 tỷ đồng đến năm 2025'],
      ['giai đoạn 2021-2025 đạt 401 triệu USD', '401 triệu USD cả giai đoạn đến năm 2025'],
      ['Hoàn thành phổ cập bơi cho học sinh', 'mục tiêu định tính'],
      ['9 10', 'chưa đọc được: 9 10'],
      ['0,65‰', '0,65‰'],
    ];
    for (const [text, description, context] of cases) assert.equal(describeTarget(parseTarget(text, context)), description, text);
  });

  test('writes the period, the unit column and the measure of a change from the context', () => {
    const cases: [string, TargetContext, string][] = [
      ['đạt 95% cuối nhiệm kỳ', {}, '95% cuối nhiệm kỳ'],
      ['đạt 95% cuối nhiệm kỳ', { termEndYear: 2030 }, '95% đến năm 2030'],
      ['8.500', { unit: 'Người/năm' }, '8.500 người/năm'],
      ['<15', { unit: '%', name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân' }, 'dưới 15%'],
      // a poverty rate that "giảm 2%/năm" falls by two percentage points, and the description says so
      ['giảm bình quân 2%/năm', { name: 'Tỷ lệ hộ nghèo' }, 'giảm 2 điểm phần trăm/năm'],
      ['0,4', { name: 'Mức giảm tỷ suất sinh', unit: '‰' }, 'giảm 0,4‰'],
      ['bình quân 5 mỗi năm', {}, '5 mỗi năm'],
    ];
    for (const [text, context, description] of cases) assert.equal(describeTarget(parseTarget(text, context)), description, text);
  });

  test('keeps the document digits and spells out a range with a negative end', () => {
    assert.equal(describeTarget(parseTarget('0,123456')), '0,123456');
    // "-2--1%" would read back as a point, so signed ranges say "từ ... đến ..."
    assert.equal(describeTarget(parseTarget('từ -2 đến -1%')), 'từ -2 đến -1%');
    assert.equal(describeTarget(parseTarget('-2 - 3%')), 'từ -2 đến 3%');
  });

  test('does not repeat "/năm" when a unit kept as written already says it', () => {
    const target: Target = {
      kind: 'point', value: 8500, text: '8.500', unit: 'lượt/năm', basis: null, per: 'year', year: null, direction: 'increase',
      min: 8500, max: 8500, minInclusive: true, maxInclusive: true,
    };
    assert.equal(describeTarget(target), '8.500 lượt/năm');
    assert.equal(describeValue(target, 8695), '8.695 lượt/năm');
  });

  test('a description parses back to the same meaning', () => {
    const texts = [
      '9-10%/năm', '1.800-2.000 USD', 'trên 95%', '≥ 90', 'từ 1.000 đảng viên trở lên', 'ít nhất 10 xã', 'dưới 15%', 'không quá 2%',
      'xuống còn 20%', 'khoảng 10%', 'khoảng 6,5 - 7%', 'bình quân khoảng 35% GRDP', 'giảm bình quân 2%/năm', 'giảm 3-4%/năm',
      'tăng 1,66 lần', 'giảm 2,93 điểm phần trăm', 'ổn định 42%', '3-4% tổng số đảng viên', 'không còn thôn dưới 10 tiêu chí',
      'đến năm 2025 đạt 95%', 'giai đoạn 2021-2025 đạt 401 triệu USD', '13 bác sỹ/1 vạn dân', '8.500 lao động/năm', '0,4‰',
      '-2 - 3%', 'từ -2 đến -1%', 'đạt 95% cuối nhiệm kỳ',
    ];
    for (const text of texts) {
      const target = parseTarget(text);
      assert.deepEqual(meaning(parseTarget(describeTarget(target))), meaning(target), `${text} → ${describeTarget(target)}`);
    }
  });

  test('any range, floor or ceiling in % per year parses back to the same meaning', () => {
    const vnNumber = fc.tuple(fc.integer({ min: -(10 ** 6), max: 10 ** 6 }), fc.integer({ min: 0, max: 2 })).map(([n, places]) => n / 10 ** places);
    fc.assert(
      fc.property(vnNumber, vnNumber, fc.constantFrom('', 'trên ', 'dưới ', 'khoảng ', 'giảm ', 'duy trì '), (a, b, word) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const text = low === high ? `${word}${formatVnNumber(low)}%/năm` : `${word}từ ${formatVnNumber(low)} đến ${formatVnNumber(high)}%/năm`;
        const target = parseTarget(text);
        assert.deepEqual(meaning(parseTarget(describeTarget(target))), meaning(target), `${text} → ${describeTarget(target)}`);
      }),
      { numRuns: 500 },
    );
  });
});

describe('describeValue', () => {
  test('writes an observed figure with the target unit, the Vietnamese way', () => {
    const cases: [string, TargetContext, number, string][] = [
      ['9-10%/năm', {}, 3.91, '3,91%/năm'],
      ['65', { unit: 'Triệu đồng' }, 47.5, '47,5 triệu đồng'],
      ['8.500', { unit: 'Người/năm' }, 8695, '8.695 người/năm'],
      ['10.000 ha', {}, 10443, '10.443 ha'],
      ['0,4‰', {}, 0.56549, '0,5655‰'],
      ['trên 95%', {}, -7.8, '-7,8%'],
      ['bình quân khoảng 35% GRDP', {}, 33.1, '33,1% GRDP mỗi năm'],
      ['giảm bình quân 2%/năm', { name: 'Tỷ lệ hộ nghèo' }, 3.4, '3,4 điểm phần trăm/năm'],
      ['tăng 1,66 lần', {}, 1.5, '1,5 lần'],
    ];
    for (const [text, context, value, expected] of cases) assert.equal(describeValue(parseTarget(text, context), value), expected, text);
  });
});
