import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatSize, kindKey } from './document-format.ts';

test('sizes are written the Vietnamese way', () => {
  assert.deepEqual([formatSize(850), formatSize(12_800), formatSize(1_258_291), formatSize(5_000_000)], ['850 B', '12,5 KB', '1,2 MB', '4,8 MB']);
});

test('a kind names its catalog entry; an unknown kind is "other"', () => {
  assert.deepEqual([kindKey('resolution'), kindKey('political_report'), kindKey('memo')], ['documents.kind.resolution', 'documents.kind.political_report', 'documents.kind.other']);
});
