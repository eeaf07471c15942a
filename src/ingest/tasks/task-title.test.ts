import { test } from 'node:test';
import assert from 'node:assert/strict';
import { taskTitle } from './task-title.ts';

test('the title is a short lead before a colon, else the first sentence', () => {
  assert.equal(taskTitle('Đột phá về hạ tầng giao thông, logistic:'), 'Đột phá về hạ tầng giao thông, logistic');
  assert.equal(taskTitle('Phát triển công nghiệp bền vững. Tập trung thu hút đầu tư.'), 'Phát triển công nghiệp bền vững');
});

test('a long first sentence gives its first clause, a long clause is cut at a word', () => {
  const clause = 'Sở Nội vụ chủ trì rà soát chức năng, nhiệm vụ của các cơ quan chuyên môn';
  const long = `${clause}; ${'phối hợp với các sở, ngành và địa phương thực hiện sắp xếp tổ chức bộ máy, '.repeat(3)}bảo đảm tinh gọn.`;
  assert.equal(taskTitle(long), clause);
  const words = 'xây dựng nông thôn mới gắn với đô thị hóa '.repeat(8);
  const cut = taskTitle(words);
  assert.ok(cut.endsWith('…') && cut.length <= 161, cut);
});
