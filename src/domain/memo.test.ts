import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoByObject } from './memo.ts';

test('computes once per object, separately for equal-looking objects', () => {
  let calls = 0;
  const length = memoByObject((key: { text: string }) => {
    calls += 1;
    return key.text.length;
  });
  const a = { text: 'trên 95%' };
  assert.equal(length(a), 8);
  assert.equal(length(a), 8);
  assert.equal(calls, 1);
  assert.equal(length({ text: 'trên 95%' }), 8);
  assert.equal(calls, 2);
});
