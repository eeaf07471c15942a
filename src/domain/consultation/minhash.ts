/**
 * MinHash over syllable shingles, for near-duplicate comments. The shingles of a text are its
 * runs of `shingleSize` consecutive syllables ("de nghi", "nghi bo", "bo sung" for k = 2);
 * the chance that two texts share their smallest hash under a random permutation is the
 * Jaccard similarity of their shingle sets, so `numHashes` seeded permutations estimate it.
 * Signatures are kept as their lowest 8 bits ("b-bit MinHash": 1 byte a hash, corrected for
 * chance agreement), and LSH bands are hashed from the full 32-bit values.
 */
import { combine32, fmix32, hashRange32, SeededRandom } from './hash.ts';

/** Seed of the syllable hash; part of every signature. */
const SYLLABLE_SEED = 0x51_1ab1e;
/** Chance that two 8-bit values agree by accident. */
const CHANCE = 1 / 256;

/** Computes MinHash signatures with `numHashes` seeded permutations. */
export class MinHasher {
  readonly numHashes: number;
  readonly shingleSize: number;
  private readonly salts: Uint32Array;
  private readonly shingles: number[] = [];
  private readonly syllables: number[] = [];

  constructor(numHashes: number, shingleSize: number, seed: number) {
    this.numHashes = numHashes;
    this.shingleSize = shingleSize;
    const random = new SeededRandom(seed);
    this.salts = Uint32Array.from({ length: numHashes }, () => random.nextUint32());
  }

  /**
   * Writes the 32-bit minimum of each permutation into `out` (length ≥ numHashes) for a text in
   * normal form (normalise.ts: syllables separated by single spaces) and returns the number of
   * shingles. A text shorter than one shingle is one shingle; an empty one has none (and `out`
   * is left at its maximum values).
   */
  signature(normal: string, out: Uint32Array): number {
    const shingles = this.shingleHashes(normal);
    const count = shingles.length;
    const n = this.numHashes;
    const salts = this.salts;
    for (let i = 0; i < n; i += 1) {
      const salt = salts[i] as number;
      let min = 0xffffffff;
      for (let s = 0; s < count; s += 1) {
        // fmix32 inlined: this loop is where the time of the duplicate finder goes.
        let h = (shingles[s] as number) ^ salt;
        h ^= h >>> 16;
        h = Math.imul(h, 0x85ebca6b);
        h ^= h >>> 13;
        h = Math.imul(h, 0xc2b2ae35);
        h ^= h >>> 16;
        h >>>= 0;
        if (h < min) min = h;
      }
      out[i] = min;
    }
    return count;
  }

  /** The hashes of the text's shingles (reused buffers: read them before the next call). */
  private shingleHashes(normal: string): readonly number[] {
    const syllableHashes = this.syllables;
    syllableHashes.length = 0;
    let start = 0;
    while (start < normal.length) {
      let end = normal.indexOf(' ', start);
      if (end < 0) end = normal.length;
      syllableHashes.push(hashRange32(normal, start, end, SYLLABLE_SEED));
      start = end + 1;
    }
    const k = this.shingleSize;
    const hashes = this.shingles;
    hashes.length = 0;
    const count = syllableHashes.length;
    if (count === 0) return hashes;
    const last = Math.max(0, count - k);
    for (let first = 0; first <= last; first += 1) {
      let h = syllableHashes[first] as number;
      for (let j = 1; j < k && first + j < count; j += 1) h = combine32(h, syllableHashes[first + j] as number);
      hashes.push(h);
    }
    return hashes;
  }
}

/** The estimated Jaccard similarity of two 8-bit signatures of `length` values, at offsets `a` and `b`. */
export function estimateSimilarity(signatures: Uint8Array, a: number, b: number, length: number, other: Uint8Array = signatures): number {
  let agree = 0;
  for (let i = 0; i < length; i += 1) if (signatures[a + i] === other[b + i]) agree += 1;
  return Math.max(0, (agree / length - CHANCE) / (1 - CHANCE));
}

/** The hash of band `band` (rows `band*rows` … `band*rows + rows - 1`) of a full signature. */
export function bandHash(mins: Uint32Array, band: number, rows: number): number {
  let h = fmix32(band + 1);
  const start = band * rows;
  for (let r = 0; r < rows; r += 1) h = combine32(h, mins[start + r] as number);
  return h;
}

/**
 * The chance that two texts of Jaccard similarity `similarity` share at least one of `bands`
 * bands of `rows` values, i.e. become candidates: 1 − (1 − s^rows)^bands.
 */
export function candidateProbability(similarity: number, bands: number, rows: number): number {
  return 1 - (1 - similarity ** rows) ** bands;
}

/**
 * LSH banding for a threshold: at most `maxBands` bands (each costs memory per comment), and
 * the most rows a band (fewer chance candidates to verify) that still make a pair at the
 * threshold a candidate with probability ≥ 0.98.
 * @example chooseBanding(0.8, 64, 8) → { bands: 8, rows: 4 }
 */
export function chooseBanding(threshold: number, numHashes: number, maxBands: number): { bands: number; rows: number } {
  const bands = Math.max(1, Math.min(maxBands, numHashes));
  let rows = 1;
  for (let r = Math.floor(numHashes / bands); r >= 1; r -= 1) {
    if (candidateProbability(threshold, bands, r) >= 0.98) {
      rows = r;
      break;
    }
  }
  return { bands, rows };
}
