import { test } from 'node:test';
import assert from 'node:assert/strict';
import { taskKind } from './task-kind.ts';

test('top items are what their part lists; nested items are regular', () => {
  assert.equal(taskKind('breakthroughs', true, 'Đột phá về hạ tầng giao thông'), 'breakthrough');
  assert.equal(taskKind('breakthroughs', false, 'Ưu tiên nguồn lực cho các công trình trọng điểm'), 'regular');
  assert.equal(taskKind('key_programmes', true, 'Chương trình phát triển rừng bền vững'), 'key_programme');
  assert.equal(taskKind('thematic', true, 'Về phát triển nông nghiệp hàng hóa'), 'thematic_resolution');
  assert.equal(taskKind('organisation', true, 'Đảng ủy Văn phòng lãnh đạo, chỉ đạo'), 'regular');
});

test('a title asking for a document decides the kind', () => {
  assert.equal(taskKind('thematic', true, 'Đề án phát triển hạ tầng thiết yếu'), 'project');
  assert.equal(taskKind('tasks', false, 'Xây dựng đề án phát triển du lịch cộng đồng'), 'project');
  assert.equal(taskKind('organisation', true, 'Văn phòng Tỉnh ủy tham mưu báo cáo sơ kết giữa nhiệm kỳ'), 'report_duty');
  assert.equal(taskKind('tasks', true, 'Ban hành chỉ thị về tăng cường kỷ luật'), 'conclusion');
  assert.equal(taskKind('breakthroughs', true, 'Xây dựng đề án đột phá về nhân lực'), 'breakthrough');
});
