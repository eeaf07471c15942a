import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffOutlines } from './section-diff.ts';
import type { OutlineSection } from './section-diff.ts';

const section = (id: string, label: string, title: string, text: string): OutlineSection => ({ id, label, title, text });

const V1 = [
  section('a1', 'I.', 'Bối cảnh', 'Tình hình thế giới và trong nước có nhiều biến động.'),
  section('a2', '1.', 'Mục tiêu tổng quát', 'Phát triển nhanh và bền vững.'),
  section('a3', '2.', 'Các chỉ tiêu chủ yếu', 'Tốc độ tăng trưởng GRDP bình quân 9%/năm.'),
  section('a4', '3.', 'Nhiệm vụ trọng tâm', 'Tập trung phát triển nông nghiệp hàng hóa gắn với chế biến sâu.'),
  section('a5', '4.', 'Tổ chức thực hiện', 'Các cấp ủy quán triệt, triển khai nghị quyết.'),
];

test('sections match by title even renumbered; added, removed, changed and unchanged are told apart in order', () => {
  const v2 = [
    section('b1', 'I.', 'BỐI CẢNH', 'Tình hình thế giới và trong nước có nhiều biến động.'),
    section('b2', '1.', 'Mục tiêu tổng quát', 'Phát triển nhanh và bền vững.'),
    section('b9', '2.', 'Quan điểm chỉ đạo', 'Lấy người dân làm trung tâm.'),
    section('b3', '3.', 'Các chỉ tiêu chủ yếu', 'Tốc độ tăng trưởng GRDP bình quân 10%/năm.'),
    section('b5', '4.', 'Tổ chức thực hiện', 'Các cấp ủy quán triệt, triển khai nghị quyết.'),
  ];
  const diff = diffOutlines(V1, v2);
  assert.deepEqual(diff.changes.map((c) => [c.change, 'before' in c ? c.before.id : null, 'after' in c ? c.after.id : null]), [
    ['unchanged', 'a1', 'b1'],
    ['unchanged', 'a2', 'b2'],
    ['added', null, 'b9'],
    ['changed', 'a3', 'b3'],
    ['removed', 'a4', null],
    ['unchanged', 'a5', 'b5'],
  ]);
  assert.deepEqual(diff.counts, { added: 1, removed: 1, changed: 1, unchanged: 3 });
  const changed = diff.changes[3];
  assert.ok(changed?.change === 'changed');
  assert.equal(changed.retitled, false);
  assert.deepEqual(changed.diff.pieces.filter((p) => p.op !== 'equal'), [{ op: 'delete', text: '9' }, { op: 'insert', text: '10' }]);
});

test('a retitled section is matched by its content', () => {
  const v2 = [...V1.slice(0, 3), section('b4', '3.', 'Nhiệm vụ, giải pháp chủ yếu', 'Tập trung phát triển nông nghiệp hàng hóa gắn với chế biến sâu và tiêu thụ.'), V1[4] as OutlineSection];
  const change = diffOutlines(V1, v2).changes[3];
  assert.ok(change?.change === 'changed');
  assert.equal(change.before.id, 'a4');
  assert.equal(change.retitled, true);
  assert.deepEqual(change.diff.pieces.filter((p) => p.op === 'insert').map((p) => p.text), [' và tiêu thụ']);
});

test('from nothing everything is added; to nothing everything is removed', () => {
  assert.deepEqual(diffOutlines([], V1).counts, { added: 5, removed: 0, changed: 0, unchanged: 0 });
  assert.deepEqual(diffOutlines(V1, []).changes.map((c) => c.change), ['removed', 'removed', 'removed', 'removed', 'removed']);
});
