import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STATUS_ORDER } from '../src/domain/vocabulary/index.ts';
import { syntheticAppendix } from './reports.ts';

test('the synthetic appendix has 500 indicators with components, 4 periods and a figure and status in each', () => {
  const data = syntheticAppendix();
  const indicators = data.groups.flatMap((group) => group.indicators);
  assert.equal(indicators.length, 500);
  assert.equal(data.periods.length, 4);
  assert.ok(indicators.every((item) => item.results.length === 4 && item.results.every((r) => r.value !== null && r.status !== null)));
  const ids = new Set(indicators.map((item) => item.id));
  const components = indicators.filter((item) => item.parentId !== null);
  assert.ok(components.length > 100 && components.every((item) => item.parentId !== null && ids.has(item.parentId)));
  assert.deepEqual(new Set(indicators.flatMap((item) => item.results.map((r) => r.status))), new Set(STATUS_ORDER));
});
