import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rollup, rollupSentence, type RollupItem } from './rollup.ts';
import type { StatusCode } from './vocabulary/index.ts';

function items(group: string | null, status: StatusCode | null, count: number): RollupItem[] {
  return Array.from({ length: count }, (_, i) => ({ group, name: `${group ?? '-'} ${i + 1}`, status }));
}

describe('rollupSentence', () => {
  test('seed 002 summary: 12 vượt, 10 đạt, 27 theo lộ trình, 06 khó đạt', () => {
    assert.equal(
      rollupSentence({ exceeded: 12, achieved: 10, on_track: 27, at_risk: 6 }),
      'có 12 chỉ tiêu vượt, 10 chỉ tiêu đạt, 27 chỉ tiêu theo lộ trình, 06 chỉ tiêu khó đạt',
    );
  });

  test('order follows STATUS_ORDER whatever the input order; zero counts are left out', () => {
    assert.equal(
      rollupSentence({ failed: 6, not_yet: 0, achieved: 44, exceeded: 0 }, 'chỉ tiêu thành phần'),
      'có 44 chỉ tiêu thành phần đạt, 06 chỉ tiêu thành phần không đạt',
    );
  });

  test('large counts take thousands dots; nothing to count says so', () => {
    assert.equal(rollupSentence({ not_yet: 1234 }), 'có 1.234 chỉ tiêu chưa đạt');
    assert.equal(rollupSentence({}), 'chưa có chỉ tiêu nào được đánh giá');
  });
});

describe('rollup', () => {
  const economy = 'Các chỉ tiêu về kinh tế';
  const society = 'Các chỉ tiêu về văn hóa, xã hội';
  const list: RollupItem[] = [
    { group: economy, name: 'Tốc độ tăng trưởng GRDP', status: 'at_risk', figure: '6,14%', targetText: '9-10%' },
    ...items(economy, 'achieved', 2),
    { group: society, name: 'Tỷ lệ hộ nghèo', status: 'exceeded' },
    { group: economy, name: 'Thu ngân sách', status: 'failed', figure: '2.345 tỷ đồng', targetText: '3.000 tỷ đồng' },
    { group: society, name: 'Tỷ lệ lao động qua đào tạo', status: 'not_yet', figure: '58,3%', targetText: '62,8%', stage: 'interim' },
    { group: society, name: 'Tỷ lệ trường chuẩn', status: 'not_yet', figure: '61,2%', targetText: '66%', stage: 'final' },
    { group: null, name: 'Chỉ tiêu chưa có số liệu', status: null },
  ];

  test('counts overall, with the unevaluated apart', () => {
    const result = rollup(list);
    assert.equal(result.total, 8);
    assert.deepEqual(result.counts, { exceeded: 1, achieved: 2, not_yet: 2, failed: 1, at_risk: 1, on_track: 0 });
    assert.equal(result.unevaluated, 1);
    assert.equal(result.sentence, 'có 01 chỉ tiêu vượt, 02 chỉ tiêu đạt, 02 chỉ tiêu chưa đạt, 01 chỉ tiêu khó đạt, 01 chỉ tiêu không đạt, 01 chỉ tiêu chưa đánh giá được');
  });

  test('groups in order of first appearance, each with its own sentence', () => {
    const result = rollup(list);
    assert.deepEqual(result.groups.map((g) => [g.group, g.total, g.unevaluated]), [[economy, 4, 0], [society, 3, 0], [null, 1, 1]]);
    assert.equal(result.groups[0]?.sentence, 'có 02 chỉ tiêu đạt, 01 chỉ tiêu khó đạt, 01 chỉ tiêu không đạt');
    assert.equal(result.groups[1]?.sentence, 'có 01 chỉ tiêu vượt, 02 chỉ tiêu chưa đạt');
    assert.equal(result.groups[2]?.sentence, 'có 01 chỉ tiêu chưa đánh giá được');
  });

  test('at risk: Khó đạt, Không đạt, and Chưa đạt only when final', () => {
    const result = rollup(list);
    assert.deepEqual(result.atRisk.map((item) => item.name), ['Tốc độ tăng trưởng GRDP', 'Thu ngân sách', 'Tỷ lệ trường chuẩn']);
    assert.equal(
      result.atRiskText,
      'Tốc độ tăng trưởng GRDP đạt 6,14% (mục tiêu 9-10%); Thu ngân sách đạt 2.345 tỷ đồng (mục tiêu 3.000 tỷ đồng); Tỷ lệ trường chuẩn đạt 61,2% (mục tiêu 66%)',
    );
  });

  test('seed 002 counts give its sentence', () => {
    const seed = [...items('I', 'exceeded', 12), ...items('II', 'achieved', 10), ...items('III', 'on_track', 27), ...items('IV', 'at_risk', 6)];
    const result = rollup(seed);
    assert.equal(result.sentence, 'có 12 chỉ tiêu vượt, 10 chỉ tiêu đạt, 27 chỉ tiêu theo lộ trình, 06 chỉ tiêu khó đạt');
    assert.equal(result.atRisk.length, 6);
  });

  test('nothing to roll up', () => {
    const result = rollup([]);
    assert.deepEqual([result.total, result.groups, result.atRisk, result.atRiskText], [0, [], [], '']);
    assert.equal(result.sentence, 'chưa có chỉ tiêu nào được đánh giá');
  });
});
