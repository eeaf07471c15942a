/** The entry checks and unit scaling, without a database. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Indicator } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import { parseTarget } from '../domain/target-parse.ts';
import { checkJump, checkPlausible, isShare } from './observation-checks.ts';
import { toIndicatorUnit } from './unit-scale.ts';

function indicator(name: string, targetText: string, unit: string | null): Indicator {
  const target = parseTarget(targetText, { name, unit });
  return {
    id: 'i', termId: 't', groupId: null, parentId: null, code: null, name, unit, targetText, target, direction: target.direction,
    baseline: null, leadUnitId: null, supportingUnitIds: [], sourceDocumentId: null, sourceLine: null, previousIndicatorId: null,
    status: 'published', position: 0, version: 1, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof ResoluteError ? error.code : 'other';
  }
}

describe('plausibility', () => {
  const forest = indicator('Tỷ lệ che phủ rừng', '53%', '%');
  const growth = indicator('Tốc độ tăng trưởng GRDP', '9-10%/năm', '%');
  const poverty = indicator('Tỷ lệ hộ nghèo', 'giảm bình quân 2%/năm', '%');
  const revenue = indicator('Thu ngân sách', 'đạt 3.000 tỷ đồng', 'tỷ đồng');
  const birth = indicator('Tỷ suất sinh', '18‰', '‰');

  test('shares are capped at the whole; rates and changes are not shares', () => {
    assert.deepEqual([forest, growth, poverty, revenue, birth].map(isShare), [true, false, false, false, true]);
    const cases: [Indicator, number][] = [[forest, 100], [forest, 100.01], [growth, 120], [birth, 1000], [birth, 1001]];
    assert.deepEqual(cases.map(([i, v]) => codeOf(() => checkPlausible(i, v))), [null, 'implausible_value', null, null, 'implausible_value']);
  });

  test('counts and shares cannot be negative; growth and changes can', () => {
    assert.deepEqual([forest, growth, poverty, revenue].map((i) => codeOf(() => checkPlausible(i, -0.5))), ['implausible_value', null, null, 'implausible_value']);
  });
});

describe('jumps', () => {
  test('more than the factor either way needs a note; zero and a first figure do not', () => {
    const cases: [number, number | null, string | null][] = [[31, 10, null], [30, 10, null], [3.3, 10, null], [3.4, 10, null], [31, 10, 'Có giải trình'], [5, 0, null], [0, 5, null], [99, null, null]];
    assert.deepEqual(cases.map(([value, previous, note]) => codeOf(() => checkJump(value, previous, 3, note))), ['note_required', null, 'note_required', null, null, null, null, null]);
  });

  test('asks for a note exactly when the ratio leaves the factor (property)', () => {
    const previous = fc.double({ min: 0.01, max: 1e9, noNaN: true });
    const within = fc.double({ min: 0.34, max: 2.99, noNaN: true });
    const beyond = fc.oneof(fc.double({ min: 3.01, max: 1e6, noNaN: true }), fc.double({ min: 1e-6, max: 0.33, noNaN: true }));
    fc.assert(fc.property(previous, within, (p, ratio) => codeOf(() => checkJump(p * ratio, p, 3, null)) === null));
    fc.assert(fc.property(previous, beyond, fc.boolean(), (p, ratio, negative) => codeOf(() => checkJump((negative ? -p : p) * ratio, p, 3, null)) === 'note_required'));
  });
});

describe('units', () => {
  test('scales of the same unit convert exactly; other units are refused', () => {
    assert.equal(toIndicatorUnit(1500, 'triệu đồng', 'tỷ đồng'), 1.5);
    assert.equal(toIndicatorUnit(2.5, 'tỷ đồng', 'triệu đồng'), 2500);
    assert.equal(toIndicatorUnit(48, 'vạn người', 'người'), 480000);
    assert.equal(toIndicatorUnit(12, 'Tỷ đồng', 'tỷ đồng'), 12);
    assert.equal(toIndicatorUnit(12, '%', null), 12);
    assert.equal(codeOf(() => toIndicatorUnit(12, 'ha', '%')), 'invalid_input');
    assert.equal(codeOf(() => toIndicatorUnit(12, 'tỷ đồng', 'tấn')), 'invalid_input');
  });
});
