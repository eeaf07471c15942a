import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitItem } from './target-list-split.ts';

/** The parts of an item as [text, relation, subset, prefix]. */
function parts(text: string): [string, string, boolean, string | null][] {
  return splitItem(text).parts.map((part) => [part.text, part.relation, part.subset, part.prefix]);
}

describe('splitItem', () => {
  test('splits sentences and clauses', () => {
    assert.deepEqual(parts('Tỷ lệ A đạt 5%. Tỷ lệ B đạt 6%; tỷ lệ C đạt 7%.'), [
      ['Tỷ lệ A đạt 5%', 'clause', false, null],
      ['Tỷ lệ B đạt 6%', 'clause', false, null],
      ['tỷ lệ C đạt 7%', 'clause', false, null],
    ]);
  });

  test('shares a prefix written before a colon across the sentence', () => {
    assert.deepEqual(parts('Cơ cấu kinh tế: nông nghiệp 20%; công nghiệp, xây dựng 45%; dịch vụ 35%. Tỷ lệ X 3%'), [
      ['nông nghiệp 20%', 'clause', false, 'Cơ cấu kinh tế'],
      ['công nghiệp, xây dựng 45%', 'clause', false, 'Cơ cấu kinh tế'],
      ['dịch vụ 35%', 'clause', false, 'Cơ cấu kinh tế'],
      ['Tỷ lệ X 3%', 'clause', false, null],
    ]);
  });

  test('reads a group written before a colon as the group, not as a prefix', () => {
    const split = splitItem('Về kinh tế: tốc độ tăng trưởng đạt 8%');
    assert.equal(split.groupLabel, 'Về kinh tế');
    assert.deepEqual(split.parts.map((part) => [part.text, part.prefix]), [['tốc độ tăng trưởng đạt 8%', null]]);
  });

  test('splits figure-first enumerations before each figure, and subject-first ones after', () => {
    assert.deepEqual(parts('86% hộ gia đình, 75% thôn, bản, khu phố và 98% cơ quan đạt chuẩn văn hóa').map((part) => part[0]), [
      '86% hộ gia đình',
      '75% thôn, bản, khu phố',
      '98% cơ quan đạt chuẩn văn hóa',
    ]);
    assert.deepEqual(parts('Tỷ lệ hộ nghèo giảm 2%/năm, riêng thu, chi ngân sách tăng 3%').map((part) => part[0]), [
      'Tỷ lệ hộ nghèo giảm 2%/năm',
      'riêng thu, chi ngân sách tăng 3%',
    ]);
    assert.deepEqual(parts('Trên 80% xã, trên 90% thôn có điện').map((part) => part[0]), ['Trên 80% xã', 'trên 90% thôn có điện']);
  });

  test('opens components after "trong đó", also inside parentheses', () => {
    assert.deepEqual(parts('Kim ngạch tăng 10%/năm, trong đó: hàng địa phương tăng 8%/năm'), [
      ['Kim ngạch tăng 10%/năm', 'clause', false, null],
      ['hàng địa phương tăng 8%/năm', 'sibling', true, null],
    ]);
    assert.deepEqual(parts('100% có trình độ đại học (trong đó 40% trở lên có trình độ trên đại học)').map((part) => part[0]), [
      '100% có trình độ đại học',
      '40% trở lên có trình độ trên đại học',
    ]);
  });

  test('moves equivalents, restatements and baselines to notes', () => {
    const [first, second] = splitItem(
      'GRDP đạt 60 triệu đồng (tương đương 2.600 USD), tăng 1,5 lần so với năm 2020; giảm tỷ lệ X từ 30% năm 2020 xuống 16%',
    ).parts;
    assert.deepEqual([first?.text, first?.notes], ['GRDP đạt 60 triệu đồng', ['tương đương 2.600 USD', 'tăng 1,5 lần so với năm 2020']]);
    assert.deepEqual([second?.text, second?.notes], ['giảm tỷ lệ X xuống 16%', ['từ 30% năm 2020']]);
  });

  test('keeps a clause without a figure whole, commas and numbers in names included', () => {
    assert.deepEqual(parts('duy trì kết quả phổ cập cho trẻ em 5 tuổi, tiến tới phổ cập cho trẻ dưới 5 tuổi').map((part) => part[0]), [
      'duy trì kết quả phổ cập cho trẻ em 5 tuổi, tiến tới phổ cập cho trẻ dưới 5 tuổi',
    ]);
  });

  test('keeps where each part starts in the item', () => {
    const text = 'Tỷ lệ A đạt 5%; tỷ lệ B đạt 6%';
    assert.deepEqual(splitItem(text).parts.map((part) => part.offset), [0, text.indexOf('tỷ lệ B')]);
  });
});
