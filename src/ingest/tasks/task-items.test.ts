import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanLine } from '../../domain/document.ts';
import { readItems } from './task-items.ts';

function numbered(texts: readonly string[]): CleanLine[] {
  return texts.map((text, i) => ({ text, line: i + 1, endLine: i + 1 }));
}

test('items nest by their labels; unlabelled lines go on the item above', () => {
  const lines = numbered([
    'Tham mưu thực hiện các nhiệm vụ sau:',
    '2.1. Xây dựng Đảng bộ',
    '2.1.1. Về chính trị',
    '- Giữ vững nguyên tắc tập trung dân chủ.',
    'Đổi mới công tác tư tưởng.',
    '+ Học tập nghị quyết.',
    '- Tăng cường kiểm tra, giám sát.',
    '2.2. Phát triển kinh tế',
    '(1) Đột phá về hạ tầng:',
    '- Ưu tiên nguồn lực.',
  ]);
  const { items, introduction } = readItems(lines, lines.map((_, i) => i));
  assert.equal(introduction, 'Tham mưu thực hiện các nhiệm vụ sau:');
  assert.deepEqual(
    items.map((item) => [item.number, item.parent, item.line]),
    [['2.1', null, 2], ['2.1.1', 0, 3], [null, 1, 4], [null, 2, 6], [null, 1, 7], ['2.2', null, 8], ['1', 5, 9], [null, 6, 10]],
  );
  assert.equal(items[2]?.text, 'Giữ vững nguyên tắc tập trung dân chủ. Đổi mới công tác tư tưởng.');
  assert.equal(items[0]?.head, 'Xây dựng Đảng bộ');
});

test('Roman numerals hold decimals; lines with tabs are no items', () => {
  const lines = numbered(['I- Nông nghiệp', '1. Cơ cấu lại sản xuất.', 'II- Công nghiệp', '1\tSố 03-NQ/TU', '1. Công nghiệp chế biến.']);
  const { items } = readItems(lines, [0, 1, 2, 3, 4]);
  assert.deepEqual(items.map((item) => [item.number, item.parent]), [['I', null], ['1', 0], ['II', null], ['1', 2]]);
  assert.match(items[2]?.text ?? '', /Số 03-NQ\/TU/u);
});
