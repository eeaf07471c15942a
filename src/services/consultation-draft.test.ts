/**
 * A draft's commentable units: sections with their own text and heading path, and targets
 * with one id each, also when several targets share a line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoredDocument } from '../domain/entities.ts';
import { structureText } from '../ingest/read-document.ts';
import { draftOf } from './consultation-draft.ts';

const TEXT = [
  'ĐẢNG BỘ TỈNH MẪU',
  'DỰ THẢO',
  'BÁO CÁO CHÍNH TRỊ (mẫu thử)',
  'Phần thứ nhất',
  'ĐÁNH GIÁ KẾT QUẢ',
  'I- KINH TẾ',
  'Kinh tế tăng trưởng khá, thu ngân sách vượt dự toán.',
  'Phần thứ hai',
  'MỤC TIÊU NHIỆM KỲ TỚI',
  'I- CÁC CHỈ TIÊU CHỦ YẾU',
  '(1) Tốc độ tăng trưởng GRDP bình quân đạt 8%/năm trở lên; (2) GRDP bình quân đầu người đạt 80 triệu đồng.',
  '(3) Tỷ lệ che phủ rừng đạt 55%.',
].join('\n');

function stored(): StoredDocument {
  const doc = structureText(TEXT);
  return { ...doc, id: 'doc', title: 'Dự thảo mẫu' } as unknown as StoredDocument;
}

test('sections carry their own text and the labels of the headings above them', () => {
  const draft = draftOf(stored());
  const economy = draft.sections.find((s) => s.title === 'KINH TẾ');
  assert.ok(economy, draft.sections.map((s) => s.title).join(' | '));
  assert.equal(economy.text, 'Kinh tế tăng trưởng khá, thu ngân sách vượt dự toán.');
  assert.equal(economy.path.at(-1), economy.label);
  assert.equal(economy.path.length, 2);
});

test('targets get one id each, numbered within their line', () => {
  const draft = draftOf(stored());
  const ids = draft.indicators.map((i) => i.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(draft.indicators.length >= 3, draft.indicators.map((i) => i.name).join(' | '));
  assert.match(ids[1] ?? '', /^t11-2$/);
  assert.equal(ids[2], 't12');
});
