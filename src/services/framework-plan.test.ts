/** Turning extracted indicators into groups, indicators and components, without a database. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExtractedIndicator } from '../domain/document.ts';
import { parentName, planFramework } from './framework-plan.ts';

function extracted(group: string | null, code: string | null, name: string, source: ExtractedIndicator['source'] = 'target_list'): ExtractedIndicator {
  return { group, code, name, unit: null, line: 1, source, target: null, direction: 'unknown', observations: [] };
}

test('items with several targets become a parent with numbered components', () => {
  const plan = planFramework([
    extracted('Kinh tế', '1', 'Tốc độ tăng trưởng GRDP'),
    extracted('Kinh tế', '1', 'Cơ cấu kinh tế: Dịch vụ'),
    extracted('Kinh tế', '1', 'Cơ cấu kinh tế: Công nghiệp'),
    extracted('Kinh tế', '(2)', 'Thu ngân sách'),
    extracted('Môi trường', '(3)', 'Tỷ lệ che phủ rừng'),
    extracted(null, null, 'Tỷ lệ dân số'),
    extracted(null, null, 'Số bác sỹ'),
  ], 'auto');
  assert.deepEqual(plan.map((g) => [g.name, g.indicators.map((i) => [i.code, i.name, i.components.map((c) => c.code)])]), [
    ['Kinh tế', [['1', 'Tốc độ tăng trưởng GRDP; Cơ cấu kinh tế', ['1.1', '1.2', '1.3']], ['(2)', 'Thu ngân sách', []]]],
    ['Môi trường', [['(3)', 'Tỷ lệ che phủ rừng', []]]],
    [null, [[null, 'Tỷ lệ dân số', []], [null, 'Số bác sỹ', []]]],
  ]);
});

test('auto takes the target lists, or the tables when there is no list', () => {
  const both = [extracted('Kinh tế', '1', 'GRDP'), extracted(null, '1', 'GRDP bảng', 'table')];
  assert.deepEqual(planFramework(both, 'auto').flatMap((g) => g.indicators.map((i) => i.name)), ['GRDP']);
  assert.deepEqual(planFramework(both, 'table').flatMap((g) => g.indicators.map((i) => i.name)), ['GRDP bảng']);
  assert.deepEqual(planFramework([both[1] ?? extracted(null, null, '')], 'auto').flatMap((g) => g.indicators.map((i) => i.name)), ['GRDP bảng']);
  assert.deepEqual(planFramework([both[1] ?? extracted(null, null, '')], 'target_list'), []);
});

test('a parent is named by its components once each, a table sub-group by its heading', () => {
  assert.equal(parentName([extracted(null, '7', 'Thể nhẹ cân'), extracted(null, '7', 'Thể thấp còi')].map((e) => ({ ...e, subgroup: 'Tỷ lệ suy dinh dưỡng' }))), 'Tỷ lệ suy dinh dưỡng');
  assert.equal(parentName([extracted(null, '9', 'A: x'), extracted(null, '9', 'A: y'), extracted(null, '9', 'B')]), 'A; B');
});
