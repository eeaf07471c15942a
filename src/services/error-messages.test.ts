import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorDetail, errorMessage, fillMessage } from './error-messages.ts';

test('a message quotes its values; a placeholder without a value stays visible', () => {
  assert.equal(fillMessage('{a} và {b}', { a: 1 }), '1 và {b}');
  assert.equal(errorMessage('en', 'record_not_found', { entity: 'term', id: 'x' }), 'Record not found (term x).');
});

test('a free-text detail is quoted in Vietnamese when the thrower gave one, else as written', () => {
  const details = { detail: 'no next version is linked yet', detail_vi: 'chưa liên kết phiên bản tiếp theo' };
  assert.equal(errorMessage('vi', 'invalid_state', details), 'Không thực hiện được thao tác ở trạng thái hiện tại: chưa liên kết phiên bản tiếp theo');
  assert.equal(errorMessage('en', 'invalid_state', details), 'Not possible in the current state: no next version is linked yet');
  assert.equal(errorMessage('vi', 'invalid_state', { detail: 'x' }), 'Không thực hiện được thao tác ở trạng thái hiện tại: x');
  assert.deepEqual([errorDetail('vi', details), errorDetail('en', details), errorDetail('vi', { path: 'a' })], [details.detail_vi, details.detail, undefined]);
});
