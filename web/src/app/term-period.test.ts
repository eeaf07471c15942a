import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultPeriod, defaultTerm, pickId, sortPeriods } from './term-period.ts';

const xiv = { id: 'xiv', startYear: 2020, endYear: 2025 };
const xv = { id: 'xv', startYear: 2025, endYear: 2030 };
const p2020 = { id: '2020', kind: 'year', startYear: 2020, endYear: 2020, state: 'closed' } as const;
const mid = { id: 'mid', kind: 'mid_term', startYear: 2021, endYear: 2023, state: 'closed' } as const;
const end = { id: 'end', kind: 'term_end', startYear: 2021, endYear: 2025, state: 'closed' } as const;
const y2025 = { id: '2025', kind: 'year', startYear: 2025, endYear: 2025, state: 'closed' } as const;
const y2026 = { id: '2026', kind: 'year', startYear: 2026, endYear: 2026, state: 'open' } as const;

describe('default term and period', () => {
  test('periods sort latest first, the term-end round before the year that ends with it', () => {
    assert.deepEqual(sortPeriods([p2020, y2025, mid, end]).map((p) => p.id), ['end', '2025', 'mid', '2020']);
  });

  test('the latest closed period is shown; an open one only when nothing is closed', () => {
    assert.equal(defaultPeriod([p2020, mid, end])?.id, 'end');
    assert.equal(defaultPeriod([y2026])?.id, '2026');
    assert.equal(defaultPeriod([]), null);
  });

  test('a new term without a closed period gives way to the previous term', () => {
    const periods: Record<string, readonly (typeof y2026 | typeof end)[]> = { xv: [y2026], xiv: [end] };
    assert.equal(defaultTerm([xiv, xv], (id) => periods[id])?.id, 'xiv');
    assert.equal(defaultTerm([xiv, xv], (id) => (id === 'xv' ? [{ ...y2026, state: 'closed' as const }] : [end]))?.id, 'xv');
    assert.equal(defaultTerm([xiv, xv], (id) => (id === 'xv' ? [] : undefined)), undefined);
    assert.equal(defaultTerm([xiv, xv], () => []), xv);
    assert.equal(defaultTerm([], () => []), null);
  });

  test('data entry prefers the term and period open for figures', () => {
    const periods: Record<string, readonly (typeof y2026 | typeof end)[]> = { xv: [y2026], xiv: [end] };
    assert.equal(defaultTerm([xiv, xv], (id) => periods[id], 'open')?.id, 'xv');
    assert.equal(defaultPeriod([p2020, y2026, end], 'open')?.id, '2026');
  });

  test('an id from the address is kept only when it exists', () => {
    assert.equal(pickId([xiv, xv], 'xiv', xv), 'xiv');
    assert.equal(pickId([xiv, xv], 'gone', xv), 'xv');
    assert.equal(pickId([], null, null), null);
  });
});
