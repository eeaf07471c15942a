import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fmix32, hashHex64, hashPair, hashRange32, hashString32, pairHex, parsePairHex, SeededRandom } from './hash.ts';

test('hashes are the same in every run and depend on the seed', () => {
  // Fixed values: a change here changes every stored duplicate key.
  assert.equal(hashString32('', 0), 0);
  assert.equal(hashString32('dự thảo', 0), hashString32('dự thảo', 0));
  assert.notEqual(hashString32('dự thảo', 1), hashString32('dự thảo', 0));
  assert.notEqual(hashString32('ab', 0), hashString32('ba', 0));
  assert.equal(hashHex64('de nghi', 7), hashHex64('de nghi', 7));
  assert.equal(hashHex64('de nghi', 7).length, 16);
  // Pinned: MurmurHash3's steps over UTF-16 units, two a block. A change here changes every stored duplicate key.
  assert.equal(hashString32('hello', 0), 0xd7c31989);
  assert.equal(fmix32(0), 0);
  assert.ok(fmix32(1) > 0);
});

test('a range hash equals the hash of the slice', () => {
  const text = 'phat trien kinh te';
  assert.equal(hashRange32(text, 5, 11, 9), hashString32('trien ', 9));
  assert.equal(hashRange32(text, 0, text.length, 9), hashString32(text, 9));
});

test('a 64-bit key reads back from its hex form', () => {
  const { high, low } = hashPair('nhat tri', 3);
  assert.deepEqual(parsePairHex(pairHex(high, low)), { high, low });
  assert.equal(parsePairHex('xyz'), null);
  assert.equal(parsePairHex('0123456789ABCDEF'), null);
});

test('the seeded generator repeats itself for a seed and spreads its values', () => {
  const a = new SeededRandom(42);
  const b = new SeededRandom(42);
  const first = Array.from({ length: 5 }, () => a.nextUint32());
  assert.deepEqual(Array.from({ length: 5 }, () => b.nextUint32()), first);
  assert.notDeepEqual(Array.from({ length: 5 }, () => new SeededRandom(43).nextUint32()), first);
  const random = new SeededRandom(1);
  const buckets = [0, 0, 0, 0];
  for (let i = 0; i < 4000; i += 1) {
    const value = random.next();
    assert.ok(value >= 0 && value < 1);
    const bucket = random.below(4);
    buckets[bucket] = (buckets[bucket] ?? 0) + 1;
  }
  assert.ok(buckets.every((count) => count > 800 && count < 1200), `buckets ${buckets.join(', ')}`);
});
