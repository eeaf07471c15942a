import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { matchesFilters, NO_FILTERS, parseFilters, writeFilters } from './indicator-filters.ts';
import type { IndicatorFacts } from './indicator-filters.ts';

const ECONOMY = 'Các chỉ tiêu về kinh tế';
const PARTY = 'Các chỉ tiêu về xây dựng đảng và hệ thống chính trị';

const rows: IndicatorFacts[] = [
  { code: '1', name: 'Tốc độ tăng trưởng GRDP', group: ECONOMY, status: 'at_risk', leadUnitId: 'khdt' },
  { code: '2', name: 'Tỷ lệ che phủ rừng', group: ECONOMY, status: 'exceeded', leadUnitId: 'nn' },
  { code: '11', name: 'Kết nạp đảng viên mới', group: PARTY, status: 'achieved', leadUnitId: 'btc' },
  { code: '11', name: 'Đảng viên hoàn thành tốt nhiệm vụ', group: PARTY, status: null, leadUnitId: 'btc' },
];

const names = (filters: typeof NO_FILTERS): string[] => rows.filter((row) => matchesFilters(row, filters)).map((row) => row.name);

describe('indicator filters', () => {
  test('search ignores diacritics', () => {
    assert.deepEqual(names({ ...NO_FILTERS, q: 'che phu rung' }), ['Tỷ lệ che phủ rừng']);
    assert.deepEqual(names({ ...NO_FILTERS, q: 'dang vien' }), ['Kết nạp đảng viên mới', 'Đảng viên hoàn thành tốt nhiệm vụ']);
  });

  test('filters by group, status, "not evaluated" and lead unit, together with the search', () => {
    assert.deepEqual(names({ ...NO_FILTERS, group: ECONOMY }), ['Tốc độ tăng trưởng GRDP', 'Tỷ lệ che phủ rừng']);
    assert.deepEqual(names({ ...NO_FILTERS, status: 'at_risk' }), ['Tốc độ tăng trưởng GRDP']);
    assert.deepEqual(names({ ...NO_FILTERS, status: 'none' }), ['Đảng viên hoàn thành tốt nhiệm vụ']);
    assert.deepEqual(names({ ...NO_FILTERS, unit: 'btc', q: 'ket nap' }), ['Kết nạp đảng viên mới']);
    assert.deepEqual(names({ ...NO_FILTERS, group: PARTY, status: 'exceeded' }), []);
  });

  test('filters round-trip through the page address; unknown statuses are dropped', () => {
    const filters = { q: 'che phu', group: ECONOMY, status: 'at_risk' as const, unit: null };
    const params = writeFilters(new URLSearchParams('term=t1'), filters);
    assert.equal(params.get('term'), 't1');
    assert.equal(params.has('unit'), false);
    assert.deepEqual(parseFilters(new URLSearchParams(params.toString())), filters);
    assert.deepEqual(parseFilters(new URLSearchParams('status=bogus&group=')), NO_FILTERS);
    assert.equal(writeFilters(params, NO_FILTERS).toString(), 'term=t1');
  });
});
