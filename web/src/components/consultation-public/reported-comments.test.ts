import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseReported, withReported } from './reported-comments.ts';

describe('comments reported in this browser', () => {
  test('reads what was stored, and nothing from anything else', () => {
    assert.deepEqual(parseReported('["c1","c2"]'), ['c1', 'c2']);
    assert.deepEqual(parseReported('["c1",3,null]'), ['c1']);
    assert.deepEqual(parseReported(null), []);
    assert.deepEqual(parseReported('{"c1":true}'), []);
    assert.deepEqual(parseReported('not json'), []);
  });

  test('adds a comment once, last, and forgets the oldest beyond the limit', () => {
    assert.deepEqual(withReported(['a', 'b'], 'c'), ['a', 'b', 'c']);
    assert.deepEqual(withReported(['a', 'b'], 'a'), ['b', 'a']);
    assert.deepEqual(withReported(['a', 'b', 'c'], 'd', 3), ['b', 'c', 'd']);
  });
});
