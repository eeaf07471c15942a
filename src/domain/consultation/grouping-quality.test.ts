import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairQuality } from './grouping-quality.ts';

test('pair precision and recall count the pairs put together against the pairs planted together', () => {
  // Planted: {0,1,2} and {3,4}; found: {0,1}, {2}, {3,4,5}.
  const quality = pairQuality([0, 0, 0, 3, 3, 5], [0, 0, 2, 3, 3, 3]);
  assert.deepEqual(quality, { precision: 2 / 4, recall: 2 / 4, plantedPairs: 4, foundPairs: 4, truePairs: 2 });
  assert.deepEqual(pairQuality([0, 1, 2], [0, 1, 2]), { precision: 1, recall: 1, plantedPairs: 0, foundPairs: 0, truePairs: 0 });
  assert.equal(pairQuality([0, 0], [0, 1]).recall, 0);
  assert.throws(() => pairQuality([0], [0, 1]), RangeError);
  assert.throws(() => pairQuality([0, 7], [0, 1]), RangeError);
});
