import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EVIDENCE_ACCEPT, evidenceEditable, formatFileSize } from './evidence-model.ts';

describe('evidence on the entry form', () => {
  test('sizes read the Vietnamese way, in binary units', () => {
    assert.equal(formatFileSize(0), '0 B');
    assert.equal(formatFileSize(512), '512 B');
    assert.equal(formatFileSize(1536), '1,5 KB');
    assert.equal(formatFileSize(2_621_440), '2,5 MB');
    assert.equal(formatFileSize(1024 * 1024 * 1024 * 3), '3 GB');
  });

  test('the file picker offers exactly the server\'s evidence types', () => {
    assert.deepEqual(EVIDENCE_ACCEPT.split(','), ['.pdf', '.docx', '.xlsx', '.txt', '.png', '.jpg', '.jpeg']);
  });

  test('evidence changes only on a draft or returned figure of an open period', () => {
    assert.equal(evidenceEditable('draft', true), true);
    assert.equal(evidenceEditable('returned', true), true);
    assert.equal(evidenceEditable('submitted', true), false);
    assert.equal(evidenceEditable('approved', true), false);
    assert.equal(evidenceEditable('draft', false), false);
    assert.equal(evidenceEditable(null, true), false);
  });
});
