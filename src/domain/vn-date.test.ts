import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatVnDate } from './vn-date.ts';

test('formats ISO dates as dd/mm/yyyy', () => {
  assert.equal(formatVnDate('2023-11-03'), '03/11/2023');
  assert.equal(formatVnDate('2025-01-31T10:00:00Z'), '31/01/2025');
});

test('leaves text that is not an ISO date alone', () => {
  assert.equal(formatVnDate('03/11/2023'), '03/11/2023');
  assert.equal(formatVnDate(''), '');
});
