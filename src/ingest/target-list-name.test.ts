import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { nameParts, tidyName } from './target-list-name.ts';
import { splitItem } from './target-list-split.ts';

/** The names an item's text gets. */
function names(text: string): string[] {
  return nameParts(splitItem(text).parts).map((part) => part.name);
}

describe('nameParts', () => {
  test('gives figure-first parts the predicate of the next one', () => {
    assert.deepEqual(names('Trên 80% đảng bộ, 90% trở lên chi bộ, 95% đảng viên hoàn thành tốt nhiệm vụ'), [
      'Tỷ lệ đảng bộ hoàn thành tốt nhiệm vụ',
      'Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ',
      'Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ',
    ]);
  });

  test('does not share a predicate across clauses or into a part that has its own', () => {
    assert.deepEqual(names('70% xã có trạm y tế, 02 huyện nông thôn mới; 100% hộ dân được dùng điện'), [
      'Tỷ lệ xã có trạm y tế',
      'Số huyện nông thôn mới',
      'Tỷ lệ hộ dân được dùng điện',
    ]);
  });

  test('puts a shared prefix before each name', () => {
    assert.deepEqual(names('Cơ cấu kinh tế: nông nghiệp chiếm 20%; các ngành dịch vụ 35%'), [
      'Cơ cấu kinh tế: Nông nghiệp',
      'Cơ cấu kinh tế: Ngành dịch vụ',
    ]);
  });

  test('completes elliptical siblings from the name before', () => {
    assert.deepEqual(names('giảm tỷ lệ suy dinh dưỡng thể nhẹ cân xuống 15%, thể thấp còi xuống 20%'), [
      'Tỷ lệ suy dinh dưỡng thể nhẹ cân',
      'Tỷ lệ suy dinh dưỡng thể thấp còi',
    ]);
    assert.deepEqual(names('tỷ lệ học sinh đi học Tiểu học 98%; Trung học cơ sở 95%'), [
      'Tỷ lệ học sinh đi học Tiểu học',
      'Tỷ lệ học sinh đi học Trung học cơ sở',
    ]);
    assert.deepEqual(names('diện tích cây quế 8.000 ha, trồng mới 1.500 ha'), ['Diện tích cây quế', 'Diện tích cây quế trồng mới']);
  });

  test('names a subgroup after its parent', () => {
    assert.deepEqual(names('Tỷ lệ hộ nghèo giảm 2%/năm, trong đó các huyện nghèo giảm 3%/năm, các xã biên giới giảm 4%/năm'), [
      'Tỷ lệ hộ nghèo',
      'Tỷ lệ hộ nghèo huyện nghèo',
      'Tỷ lệ hộ nghèo xã biên giới',
    ]);
  });

  test('repeats the name for a second figure of the same subject', () => {
    assert.deepEqual(names('Tổng mức bán lẻ đạt 30.000 tỷ đồng, tăng bình quân 12%'), ['Tổng mức bán lẻ', 'Tổng mức bán lẻ']);
  });

  test('leaves a standalone short name alone', () => {
    assert.deepEqual(names('tỷ lệ tham gia bảo hiểm y tế đạt 97%; tuổi thọ bình quân đạt 73 tuổi'), ['Tỷ lệ tham gia bảo hiểm y tế', 'Tuổi thọ']);
  });

  test('marks goals without a figure and "không còn" targets', () => {
    const [goal, noneLeft] = nameParts(splitItem('Hoàn thành phổ cập giáo dục mầm non; không còn hộ nghèo').parts);
    assert.deepEqual([goal?.name, goal?.qualitative, goal?.noneLeft], ['Hoàn thành phổ cập giáo dục mầm non', true, false]);
    assert.deepEqual([noneLeft?.name, noneLeft?.qualitative, noneLeft?.noneLeft], ['Số hộ nghèo', false, true]);
  });
});

describe('tidyName', () => {
  test('capitalises, separates "1vạn" and trims punctuation', () => {
    assert.equal(tidyName(' số bác sỹ/1vạn dân, '), 'Số bác sỹ/1 vạn dân');
  });
});
