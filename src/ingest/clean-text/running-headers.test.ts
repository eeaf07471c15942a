import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitLines } from './raw-lines.ts';
import { markRunningHeaders } from './running-headers.ts';

describe('markRunningHeaders', () => {
  test('drops a line repeated three times, whatever its spacing', () => {
    const lines = splitLines(['BÁO CÁO SƠ KẾT GIỮA KỲ', 'Nội dung một.', 'BÁO CÁO  SƠ KẾT GIỮA KỲ', 'Nội dung hai.', '  BÁO CÁO SƠ KẾT GIỮA KỲ'].join('\n'));
    assert.deepEqual(markRunningHeaders(lines), [1, 3, 5]);
    assert.deepEqual(lines.map((line) => line.role), ['header', 'body', 'header', 'body', 'header']);
  });

  test('keeps lines repeated only twice, short lines, headings and sentences', () => {
    const texts = ['Hai lần lặp lại ở đây', 'Hai lần lặp lại ở đây', 'Tổng cộng', 'Tổng cộng', 'Tổng cộng', 'a) Kết quả thực hiện', 'a) Kết quả thực hiện', 'a) Kết quả thực hiện', 'Đạt kế hoạch đề ra.', 'Đạt kế hoạch đề ra.', 'Đạt kế hoạch đề ra.'];
    assert.deepEqual(markRunningHeaders(splitLines(texts.join('\n'))), []);
  });

  test('looks at body lines only', () => {
    const lines = splitLines(['Chỉ tiêu chủ yếu năm', 'Chỉ tiêu chủ yếu năm', 'Chỉ tiêu chủ yếu năm'].join('\n'));
    const first = lines[0];
    assert.ok(first);
    first.role = 'table';
    assert.deepEqual(markRunningHeaders(lines), []);
  });
});
