import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SeededRandom } from './hash.ts';
import { candidateProbability, chooseBanding, estimateSimilarity, MinHasher } from './minhash.ts';

/** Two texts of distinct syllables sharing `shared` of their unigram shingles. */
function pair(shared: number, own: number): [string, string] {
  const common = Array.from({ length: shared }, (_, i) => `s${i}`);
  const a = [...common, ...Array.from({ length: own }, (_, i) => `a${i}`)];
  const b = [...common, ...Array.from({ length: own }, (_, i) => `b${i}`)];
  return [a.join(' '), b.join(' ')];
}

function signatureBytes(hasher: MinHasher, normal: string): Uint8Array {
  const mins = new Uint32Array(hasher.numHashes);
  hasher.signature(normal, mins);
  return Uint8Array.from(mins, (value) => value & 0xff);
}

test('the estimate follows the Jaccard similarity of the shingle sets', () => {
  const hasher = new MinHasher(256, 1, 7);
  for (const [shared, own, jaccard] of [[80, 10, 0.8], [50, 25, 0.5], [20, 40, 0.2]] as const) {
    const [a, b] = pair(shared, own);
    const estimate = estimateSimilarity(signatureBytes(hasher, a), 0, 0, 256, signatureBytes(hasher, b));
    assert.ok(Math.abs(estimate - jaccard) < 0.1, `J=${jaccard}: estimated ${estimate.toFixed(3)}`);
  }
  const [a] = pair(30, 5);
  assert.equal(estimateSimilarity(signatureBytes(hasher, a), 0, 0, 256, signatureBytes(hasher, a)), 1);
});

test('shingles are runs of syllables in order: the same words in another order differ', () => {
  const hasher = new MinHasher(64, 2, 1);
  const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
  const shuffled = [...words];
  const random = new SeededRandom(3);
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = random.below(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
  }
  const similarity = estimateSimilarity(signatureBytes(hasher, words.join(' ')), 0, 0, 64, signatureBytes(hasher, shuffled.join(' ')));
  assert.ok(similarity < 0.2, `reordered text similarity ${similarity}`);
  const mins = new Uint32Array(64);
  assert.equal(hasher.signature('mot', mins), 1, 'a text shorter than a shingle is one shingle');
  assert.equal(hasher.signature('', mins), 0);
});

test('the same seed gives the same signature; another seed another one', () => {
  const text = 'de nghi bo sung chi tieu ve rung phong ho';
  assert.deepEqual(signatureBytes(new MinHasher(32, 2, 5), text), signatureBytes(new MinHasher(32, 2, 5), text));
  assert.notDeepEqual(signatureBytes(new MinHasher(32, 2, 6), text), signatureBytes(new MinHasher(32, 2, 5), text));
});

test('banding puts pairs at the threshold in a shared bucket with probability ≥ 0,98', () => {
  assert.deepEqual(chooseBanding(0.8, 64, 8), { bands: 8, rows: 4 });
  assert.deepEqual(chooseBanding(0.5, 64, 16), { bands: 16, rows: 2 });
  for (const threshold of [0.5, 0.6, 0.7, 0.8, 0.9]) {
    const { bands, rows } = chooseBanding(threshold, 64, 8);
    assert.ok(candidateProbability(threshold, bands, rows) >= 0.98 || rows === 1);
    assert.ok(bands * rows <= 64);
  }
  assert.ok(candidateProbability(0.2, 8, 4) < 0.02, 'unrelated comments are rarely candidates');
});
