/**
 * How well a grouping finds planted duplicates, counted over pairs of comments: precision is
 * the share of the pairs put together that were planted together, recall the share of the
 * planted pairs that were put together. Used by the duplicate tests and the benchmark.
 */

/**
 * Pair precision and recall of `found` group labels against `planted` ones: one label a
 * comment, in the same order, each label the position of a comment (0 … n − 1), as group
 * roots and planted originals are.
 */
export function pairQuality(planted: ArrayLike<number>, found: ArrayLike<number>): { precision: number; recall: number; plantedPairs: number; foundPairs: number; truePairs: number } {
  const n = planted.length;
  if (found.length !== n) throw new RangeError('planted and found labels differ in length');
  const plantedSizes = new Int32Array(n);
  const foundSizes = new Int32Array(n);
  const both = new Map<number, number>();
  for (let i = 0; i < n; i += 1) {
    const p = planted[i] as number;
    const f = found[i] as number;
    if (!(Number.isInteger(p) && Number.isInteger(f) && p >= 0 && f >= 0 && p < n && f < n)) throw new RangeError(`label out of range at ${i}`);
    plantedSizes[p] = (plantedSizes[p] as number) + 1;
    foundSizes[f] = (foundSizes[f] as number) + 1;
    // The label pair as one number (n² stays far below 2^53 for any count of comments that fits in memory).
    const cell = p * n + f;
    both.set(cell, (both.get(cell) ?? 0) + 1);
  }
  const pairs = (counts: Iterable<number>) => {
    let total = 0;
    for (const c of counts) total += (c * (c - 1)) / 2;
    return total;
  };
  const plantedPairs = pairs(plantedSizes);
  const foundPairs = pairs(foundSizes);
  const truePairs = pairs(both.values());
  return {
    precision: foundPairs === 0 ? 1 : truePairs / foundPairs,
    recall: plantedPairs === 0 ? 1 : truePairs / plantedPairs,
    plantedPairs,
    foundPairs,
    truePairs,
  };
}
