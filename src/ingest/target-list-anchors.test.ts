import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findAnchors, parenDepths } from './target-list-anchors.ts';

/** The anchors of a text as the words they cover, with their unit of measure. */
function covered(text: string): [string, string | null][] {
  return findAnchors(text).anchors.map((anchor) => [text.slice(anchor.start, anchor.end), anchor.measure]);
}

describe('findAnchors', () => {
  test('finds figures with their unit of measure, ranges included', () => {
    assert.deepEqual(covered('Tốc độ tăng trưởng GRDP đạt 9-10%/năm'), [['9-10%', '%']]);
    assert.deepEqual(covered('GRDP bình quân đầu người đạt 65 triệu đồng'), [['65 triệu đồng', 'triệu đồng']]);
    assert.deepEqual(covered('mức giảm tỷ suất sinh 0,3‰/năm'), [['0,3‰', '‰']]);
    assert.deepEqual(covered('đào tạo nghề cho 5.000 - 5.500 lao động'), [['5.000 - 5.500', null]]);
    assert.deepEqual(covered('Đón khoảng 2.000 ngàn lượt khách'), [['2.000 ngàn', null]]);
  });

  test('skips numbers that belong to names', () => {
    assert.deepEqual(covered('giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng xuống dưới 15%'), [['15%', '%']]);
    assert.deepEqual(covered('phổ cập giáo dục Tiểu học mức độ 3'), []);
    assert.deepEqual(covered('Hoàn thành phổ cập cho trẻ em từ 3 đến 5 tuổi'), []);
    assert.deepEqual(covered('các huyện nghèo nhóm 1 giảm trên 4%/năm'), [['4%', '%']]);
    assert.deepEqual(covered('học nghề từ 3 tháng trở lên đạt 45%'), [['45%', '%']]);
    assert.deepEqual(covered('giai đoạn 2026-2030 đạt 600 triệu USD'), [['600 triệu USD', 'triệu USD']]);
    assert.deepEqual(covered('13 bác sỹ/1vạn dân'), [['13', null]]);
  });

  test('keeps "70 tuổi" and "14 tiêu chí/xã" after a target verb', () => {
    assert.deepEqual(covered('tuổi thọ bình quân đạt 73 tuổi'), [['73', null]]);
    assert.deepEqual(covered('bình quân đạt 16 tiêu chí/xã'), [['16', null]]);
  });

  test('reads "không còn ..." as one anchor up to the next comma', () => {
    const text = 'không còn xã dưới 15 tiêu chí, 02 huyện';
    const { anchors } = findAnchors(text);
    assert.deepEqual(anchors.map((anchor) => [anchor.kind, text.slice(anchor.start, anchor.end)]), [
      ['none_left', 'không còn xã dưới 15 tiêu chí'],
      ['figure', '02'],
    ]);
  });

  test('sets a baseline apart from the target', () => {
    const text = 'Giảm tỷ lệ hộ nghèo từ 25,5% năm 2020 xuống còn dưới 12% năm 2025';
    const { anchors, baselines } = findAnchors(text);
    assert.deepEqual(anchors.map((anchor) => text.slice(anchor.start, anchor.end)), ['12%']);
    assert.deepEqual(baselines.map((baseline) => text.slice(baseline.start, baseline.end)), ['từ 25,5% năm 2020']);
    assert.deepEqual(findAnchors('kết nạp từ 1.000 đảng viên trở lên').baselines, []);
  });

  test('skips figures in parentheses', () => {
    assert.deepEqual(covered('đạt trên 80 triệu đồng (tương đương 3.000 USD)'), [['80 triệu đồng', 'triệu đồng']]);
  });

  test('returns anchors in order, inside the text and without overlaps, whatever the input', () => {
    const words = fc.constantFrom('đạt', 'trên', '5%', '1.000', 'tỷ đồng', 'không còn', 'từ', 'xuống', 'năm 2020', '(', ')', ',', 'tuổi', '3-4%', 'xã');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(words).map((list) => list.join(' '))), (text) => {
        const { anchors } = findAnchors(text);
        let end = 0;
        for (const anchor of anchors) {
          assert.ok(anchor.start >= end || anchor.kind === 'none_left');
          assert.ok(anchor.start < anchor.end && anchor.end <= text.length);
          end = anchor.end;
        }
      }),
    );
  });
});

describe('parenDepths', () => {
  test('gives the depth at each position, closing parentheses included', () => {
    assert.deepEqual(parenDepths('a(b)c'), [0, 1, 1, 1, 0]);
  });
});
