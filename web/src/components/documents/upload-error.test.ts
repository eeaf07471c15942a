import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError } from '../../api/client.ts';
import { uploadErrorOf } from './upload-error.ts';

test('the refusals an upload meets get our own sentence; the limit travels along', () => {
  assert.deepEqual(uploadErrorOf(new ApiError(409, 'duplicate', 'UNIQUE constraint failed: …')), { key: 'documents.error.duplicate', limit: null });
  assert.deepEqual(uploadErrorOf(new ApiError(422, 'no_indicators', '…')), { key: 'documents.error.noIndicators', limit: null });
  assert.deepEqual(uploadErrorOf(new ApiError(413, 'body_too_large', '…', { limit: 26_214_400 })), { key: 'documents.error.tooLarge', limit: 26_214_400 });
  assert.deepEqual(uploadErrorOf(new ApiError(413, 'body_too_large', '…', { limit: '1024' })), { key: 'documents.error.tooLarge', limit: 1024 });
});

test('other errors keep the server\'s message', () => {
  assert.equal(uploadErrorOf(new ApiError(403, 'forbidden', 'Bạn không có quyền')), null);
  assert.equal(uploadErrorOf(new Error('x')), null);
  // The server names the earlier upload of the same file itself.
  assert.equal(uploadErrorOf(new ApiError(409, 'duplicate_file', 'Tệp a.txt đã được tải lên trước đây (văn bản "A", ngày 01/02/2026)')), null);
});
