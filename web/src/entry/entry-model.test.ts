import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assignedIndicators, isEditable, readFigure, reportingUnit } from './entry-model.ts';

const base = { parentId: null, supportingUnitIds: [] as string[], status: 'published' as const, target: { kind: 'point' } };
const indicators = [
  { ...base, id: 'forest', leadUnitId: 'nn' },
  { ...base, id: 'poverty', leadUnitId: 'ldtbxh', supportingUnitIds: ['nn'] },
  { ...base, id: 'doctors', leadUnitId: 'yte' },
  { ...base, id: 'draft', leadUnitId: 'nn', status: 'draft' as const },
  { ...base, id: 'structure', leadUnitId: 'nn' },
  { ...base, id: 'structure-farming', leadUnitId: 'nn', parentId: 'structure' },
];

describe('data entry rules', () => {
  test('a reporter fills in the published indicators assigned to their unit, not the groups of components', () => {
    assert.deepEqual(assignedIndicators(indicators, ['nn']).map((i) => i.id), ['forest', 'poverty', 'structure-farming']);
    assert.deepEqual(assignedIndicators(indicators, ['yte']).map((i) => i.id), ['doctors']);
    assert.deepEqual(assignedIndicators(indicators, []), []);
  });

  test('the lead unit reports before a supporting unit', () => {
    assert.equal(reportingUnit({ leadUnitId: 'nn', supportingUnitIds: ['tnmt'] }, ['tnmt', 'nn']), 'nn');
    assert.equal(reportingUnit({ leadUnitId: 'ldtbxh', supportingUnitIds: ['nn'] }, ['nn']), 'nn');
    assert.equal(reportingUnit({ leadUnitId: 'yte', supportingUnitIds: [] }, ['nn']), null);
  });

  test('figures are read the Vietnamese way; words only where the target has no figure', () => {
    assert.deepEqual(readFigure(' 12,8 ', { kind: 'range' }), { ok: true, value: 12.8, valueText: '12,8' });
    assert.deepEqual(readFigure('1.000', { kind: 'at_least' }), { ok: true, value: 1000, valueText: '1.000' });
    assert.deepEqual(readFigure('12.355,5', null), { ok: true, value: 12355.5, valueText: '12.355,5' });
    assert.deepEqual(readFigure('khoảng mười', { kind: 'point' }), { ok: false, problem: 'not_a_number' });
    assert.deepEqual(readFigure('Hoàn thành', { kind: 'qualitative' }), { ok: true, value: null, valueText: 'Hoàn thành' });
    assert.deepEqual(readFigure('   ', { kind: 'point' }), { ok: false, problem: 'required' });
  });

  test('submitted and approved figures are read-only', () => {
    const states = [null, 'draft', 'returned', 'submitted', 'approved'] as const;
    assert.deepEqual(states.map(isEditable), [true, true, true, false, false]);
  });
});
