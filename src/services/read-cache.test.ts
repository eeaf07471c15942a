import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ReadCache } from './read-cache.ts';

describe('ReadCache', () => {
  test('computes once per key and version, again when the version moves', async () => {
    const cache = new ReadCache();
    let runs = 0;
    const compute = () => Promise.resolve(++runs);
    assert.equal(await cache.get('a', 1, compute), 1);
    assert.equal(await cache.get('a', 1, compute), 1);
    assert.equal(await cache.get('a', 2, compute), 2);
    assert.equal(await cache.get('b', 2, compute), 3);
  });

  test('concurrent requests share one computation', async () => {
    const cache = new ReadCache();
    let runs = 0;
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++runs), 10));
    const values = await Promise.all([cache.get('k', 7, slow), cache.get('k', 7, slow), cache.get('k', 7, slow)]);
    assert.deepEqual(values, [1, 1, 1]);
  });

  test('a failure is not kept', async () => {
    const cache = new ReadCache();
    await assert.rejects(cache.get('k', 1, () => Promise.reject(new Error('boom'))), /boom/);
    assert.equal(await cache.get('k', 1, () => Promise.resolve('ok')), 'ok');
  });

  test('keeps at most its capacity, dropping the least recently used', async () => {
    const cache = new ReadCache(2);
    await cache.get('a', 1, () => Promise.resolve('a'));
    await cache.get('b', 1, () => Promise.resolve('b'));
    await cache.get('a', 1, () => Promise.resolve('a again'));
    await cache.get('c', 1, () => Promise.resolve('c'));
    assert.equal(cache.size, 2);
    assert.equal(await cache.get('a', 1, () => Promise.resolve('recomputed')), 'a');
    assert.equal(await cache.get('b', 1, () => Promise.resolve('recomputed')), 'recomputed');
  });
});
