import assert from 'node:assert/strict';
import { test } from 'node:test';
import { report } from './measure.ts';

test('a figure is put next to its baseline with the ratio, whichever is faster', () => {
  assert.equal(report('x', 'ops/s', 100, 400, 'plain'), 'x: 100 ops/s  | baseline (plain): 400 ops/s  | ratio 4.0x slower than baseline');
  assert.equal(report('x', 'ops/s', 1500, 500, 'old'), 'x: 1,500 ops/s  | baseline (old): 500 ops/s  | ratio 3.0x faster than baseline');
});
