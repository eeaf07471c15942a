import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanLine } from '../domain/document.ts';
import { findTargetLists, headingYear, plainText, readItems } from './target-list-find.ts';

/** Lines of a small text, numbered from 1. */
function linesOf(...texts: string[]): CleanLine[] {
  return texts.map((text, index) => ({ text, line: index + 1, endLine: index + 1 }));
}

describe('findTargetLists', () => {
  test('opens a list at its heading and closes it at the next heading of the same level', () => {
    const lists = findTargetLists(linesOf(
      'I- Mục tiêu tổng quát',
      'Phát triển nhanh.',
      'II- Các chỉ tiêu chủ yếu đến năm 2025',
      '1. Tỷ lệ che phủ rừng 53%.',
      '2. Thu ngân sách đạt 3.000 tỷ đồng.',
      'III- Nhiệm vụ',
      '1. Trồng 5.000 ha rừng.',
    ));
    assert.equal(lists.length, 1);
    assert.deepEqual(lists.map((list) => [list.heading, list.line, list.year, list.inline]), [['Các chỉ tiêu chủ yếu đến năm 2025', 3, 2025, false]]);
    assert.deepEqual(lists[0]?.items.map((item) => [item.code, item.text]), [['1', 'Tỷ lệ che phủ rừng 53%.'], ['2', 'Thu ngân sách đạt 3.000 tỷ đồng.']]);
  });

  test('prefers the inner heading when list headings nest', () => {
    const lists = findTargetLists(linesOf(
      'B- MỤC TIÊU TỔNG QUÁT VÀ CÁC CHỈ TIÊU CHỦ YẾU',
      'I- Mục tiêu tổng quát',
      'Phát triển nhanh.',
      'II- Các chỉ tiêu chủ yếu',
      '1. Tỷ lệ che phủ rừng 53%.',
      'C- NHIỆM VỤ',
    ));
    assert.deepEqual(lists.map((list) => [list.line, list.items.length]), [[4, 1]]);
  });

  test('takes no heading that is a sentence or a report of results', () => {
    assert.deepEqual(findTargetLists(linesOf(
      '5.1. Kết quả thực hiện các chỉ tiêu chủ yếu',
      '1. Tỷ lệ che phủ rừng đạt 52%.',
      'các chỉ tiêu chủ yếu năm nay. Dự kiến hoàn thành.',
      '2. Thu ngân sách đạt 2.134 tỷ đồng.',
    )), []);
  });

  test('takes a bare "Các chỉ tiêu" only under a label: a table header says "Chỉ tiêu" too', () => {
    const resolution = findTargetLists(linesOf(
      '2. Mục tiêu và chỉ tiêu',
      '2.1. Mục tiêu tổng quát',
      'Phát triển nhanh.',
      '2.2. Các chỉ tiêu',
      '(1) Tỷ lệ che phủ rừng 53%.',
      '3. Nhiệm vụ',
    ));
    assert.deepEqual(resolution.map((list) => [list.heading, list.items.length]), [['Các chỉ tiêu', 1]]);
    assert.deepEqual(findTargetLists(linesOf('Chỉ tiêu', 'Đơn vị tính', '- Nông nghiệp', '%/năm', '3,66')), []);
  });

  test('drops a list whose items hold no figure', () => {
    assert.deepEqual(findTargetLists(linesOf('2. Các chỉ tiêu chủ yếu', '(1) Phát triển toàn diện.', '3. Nhiệm vụ')), []);
  });

  test('reads an inline list up to the end of its sentence', () => {
    const lists = findTargetLists(linesOf('Nghị quyết đề ra 10 chỉ tiêu chủ yếu, trong đó: GRDP tăng 8%/năm; che phủ rừng 45%. Đại hội bầu 50 ủy viên.'));
    assert.deepEqual(lists.map((list) => [list.inline, list.items.map((item) => item.text)]), [[true, ['GRDP tăng 8%/năm; che phủ rừng 45%']]]);
  });
});

describe('readItems', () => {
  test('keeps group headings, joins broken lines and folds sub-bullets into their item', () => {
    const items = readItems(linesOf(
      '2.1. Về kinh tế',
      '(1) Hoàn thành phổ cập cho trẻ em từ',
      '3 đến 5 tuổi; tỷ lệ che phủ rừng 55%.',
      '(2) Cơ cấu kinh tế:',
      '- Nông nghiệp 20%',
      '- Dịch vụ 35%',
      '2.2. Về xã hội',
      '(3) Tỷ lệ hộ nghèo giảm 2%/năm.',
      'Ngoài ra, tỉnh tiếp tục phát triển.',
      '(4) Tỷ lệ X 5%.',
    ));
    assert.deepEqual(items.map((item) => [item.code, item.groupHeading, item.text, item.spans.map((span) => span.line)]), [
      ['(1)', 'Về kinh tế', 'Hoàn thành phổ cập cho trẻ em từ 3 đến 5 tuổi; tỷ lệ che phủ rừng 55%.', [2, 3]],
      ['(2)', 'Về kinh tế', 'Cơ cấu kinh tế: Nông nghiệp 20%; Dịch vụ 35%', [4, 5, 6]],
      ['(3)', 'Về xã hội', 'Tỷ lệ hộ nghèo giảm 2%/năm.', [8]],
    ]);
  });
});

describe('helpers', () => {
  test('headingYear reads "đến năm 2030" or the end of a term', () => {
    assert.equal(headingYear('Các chỉ tiêu chủ yếu đến năm 2030'), 2030);
    assert.equal(headingYear('Mục tiêu, chỉ tiêu nhiệm kỳ 2025 - 2030'), 2030);
    assert.equal(headingYear('Các chỉ tiêu chủ yếu'), null);
  });

  test('plainText makes odd spaces plain and composes Unicode', () => {
    assert.equal(plainText('  86%\u00a0hộ  gia đình\t'), '86% hộ gia đình');
    assert.equal(plainText('Ho\u0301a'), 'Hóa');
  });
});
