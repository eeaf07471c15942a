import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { diffWords, editScript, tokenise } from './word-diff.ts';

test('a changed figure shows as the old number removed and the new one added', () => {
  const diff = diffWords('Tốc độ tăng trưởng GRDP đạt 9%/năm.', 'Tốc độ tăng trưởng GRDP đạt 10%/năm trở lên.');
  assert.deepEqual(diff.pieces, [
    { op: 'equal', text: 'Tốc độ tăng trưởng GRDP đạt ' },
    { op: 'delete', text: '9' },
    { op: 'insert', text: '10' },
    { op: 'equal', text: '%/năm' },
    { op: 'insert', text: ' trở lên' },
    { op: 'equal', text: '.' },
  ]);
  assert.equal(diff.deleted, 1);
  assert.equal(diff.inserted, 3);
  assert.equal(diff.coarse, false);
});

test('units are syllables, punctuation marks and whitespace', () => {
  assert.deepEqual(tokenise(' Đảng bộ, tỉnh.').map((t) => t.text), [' ', 'Đảng', ' ', 'bộ', ',', ' ', 'tỉnh', '.']);
  assert.deepEqual(diffWords('', '').pieces, []);
  assert.deepEqual(diffWords('giữ nguyên', 'giữ nguyên').pieces, [{ op: 'equal', text: 'giữ nguyên' }]);
});

test('past maxEdits the middle is shown removed and added whole', () => {
  const diff = diffWords('a b c d e f', 'u v w x y z', 3);
  assert.equal(diff.coarse, true);
  assert.deepEqual(diff.pieces.map((p) => p.op), ['delete', 'insert']);
  assert.equal(diff.deleted, 6);
});

/** Length of a longest common subsequence, by dynamic programming. */
function lcs(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] as number;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

test('the edit script is a shortest one and rebuilds both sequences', () => {
  const tokens = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 25 });
  fc.assert(fc.property(tokens, tokens, (a, b) => {
    const script = editScript(a, b, a.length + b.length);
    assert.ok(script !== null);
    const equal = script.filter(([i, j]) => i >= 0 && j >= 0);
    assert.equal(equal.length, lcs(a, b));
    assert.deepEqual(script.filter(([i]) => i >= 0).map(([i]) => a[i]), a);
    assert.deepEqual(script.filter(([, j]) => j >= 0).map(([, j]) => b[j]), b);
    for (const [i, j] of equal) assert.equal(a[i], b[j]);
  }), { numRuns: 500 });
});

test('equal and inserted pieces join into the new text; equal and deleted ones hold the old words', () => {
  const words = fc.array(fc.constantFrom('phát', 'triển', 'kinh', 'tế', ',', '.', ' ', '  ', '9%', 'năm'), { maxLength: 30 }).map((parts) => parts.join(' '));
  fc.assert(fc.property(words, words, (before, after) => {
    const { pieces } = diffWords(before, after);
    assert.equal(pieces.filter((p) => p.op !== 'delete').map((p) => p.text).join(''), after.normalize('NFC'));
    const oldWords = pieces.filter((p) => p.op !== 'insert').map((p) => p.text).join('').split(/\s+/).filter(Boolean).join(' ');
    assert.equal(oldWords, before.split(/\s+/).filter(Boolean).join(' '));
  }), { numRuns: 300 });
});
