import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mainPoints } from './main-points.ts';
import type { PointComment } from './main-points.ts';

const FOREST = 'Đề nghị bổ sung chỉ tiêu về tỷ lệ che phủ rừng đạt 55% vào cuối nhiệm kỳ, gắn với chi trả dịch vụ môi trường rừng cho người dân giữ rừng.';
const SCHOOLS = 'Cần có chính sách hỗ trợ giáo viên cắm bản ở vùng sâu vùng xa, bố trí nhà công vụ và phụ cấp thu hút để giữ chân giáo viên lâu dài.';

test('similar comments make one point, largest first, with the most repeated wording as representative', () => {
  const comments: PointComment[] = [
    { id: 's1', text: SCHOOLS, stance: 'partly' },
    { id: 'f1', text: FOREST.replace('Đề nghị', 'Kiến nghị').replace('55%', '56%'), stance: 'agree' },
    { id: 'f2', text: FOREST, stance: 'agree' },
    { id: 'f3', text: FOREST.toUpperCase(), stance: 'agree' },
    { id: 'f4', text: FOREST.replace('cuối nhiệm kỳ', 'năm 2030'), stance: 'disagree' },
    { id: 's2', text: SCHOOLS.replace('lâu dài', 'ổn định lâu dài'), stance: 'partly' },
    { id: 'x', text: 'Đề nghị làm rõ lộ trình sắp xếp đơn vị hành chính cấp xã và bố trí cán bộ dôi dư.', stance: 'agree' },
  ];
  const result = mainPoints(comments);
  assert.equal(result.points.length, 2);
  const [forest, schools] = result.points;
  assert.equal(forest?.size, 4);
  assert.equal(forest?.clusterId, 'f1', 'the cluster is named by its earliest comment');
  assert.equal(forest?.representativeId, 'f2', 'the wording given twice');
  assert.equal(forest?.representativeCopies, 2);
  assert.deepEqual(forest?.byStance, { agree: 3, disagree: 1, partly: 0 });
  assert.deepEqual(forest?.memberIds, ['f1', 'f2', 'f3', 'f4']);
  assert.equal(schools?.size, 2);
  assert.equal(result.clustered, 6);
  assert.equal(result.unclustered, 1);
  assert.equal(mainPoints(comments, { limit: 1 }).points.length, 1);
  assert.equal(mainPoints(comments, { minSize: 3 }).points.length, 1);
});

test('among unique wordings the most central one represents the cluster', () => {
  const base = Array.from({ length: 30 }, (_, i) => `từ${i}`);
  // The middle variant shares most with both ends.
  const variants = [base.slice(0, 26), base.slice(2, 28), base.slice(4, 30)].map((words) => words.join(' '));
  const result = mainPoints(variants.map((text, i) => ({ id: `v${i}`, text })), { threshold: 0.6 });
  assert.equal(result.points[0]?.size, 3);
  assert.equal(result.points[0]?.representativeId, 'v1');
});
