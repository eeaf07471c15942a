/**
 * Seeded, deterministic 32-bit hashing and a seeded random generator for the duplicate
 * finder and the synthetic data: the same text gives the same key on every machine and in
 * every run (no Math.random, no crypto module, which the pure domain may not import). These
 * are for grouping, not for security: anyone can make two texts collide on purpose, which
 * costs them only a wrong duplicate group.
 */

/** MurmurHash3's finaliser: a bijection on 32-bit integers that mixes every bit into every other. */
export function fmix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** MurmurHash3 (x86, 32-bit) over the UTF-16 code units of `text`, two units per block. */
export function hashString32(text: string, seed = 0): number {
  return hashRange32(text, 0, text.length, seed);
}

/** `hashString32(text.slice(start, end), seed)` without making the slice. */
export function hashRange32(text: string, start: number, end: number, seed = 0): number {
  let h = seed | 0;
  let i = start;
  for (; i + 1 < end; i += 2) {
    let k = (text.charCodeAt(i) & 0xffff) | ((text.charCodeAt(i + 1) & 0xffff) << 16);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  if (i < end) {
    let k = text.charCodeAt(i) & 0xffff;
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
  }
  return fmix32(h ^ ((end - start) * 2));
}

/** Two independent 32-bit hashes of a text (a 64-bit hash in two halves). */
export function hashPair(text: string, seed = 0): { high: number; low: number } {
  return { high: hashString32(text, seed ^ 0x5bd1e995), low: hashString32(text, seed ^ 0x27d4eb2f) };
}

/** A 64-bit hash in two halves as 16 hex digits. */
export function pairHex(high: number, low: number): string {
  return (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0');
}

/** The halves of 16 hex digits written by `pairHex`, or null when the text is no such key. */
export function parsePairHex(hex: string): { high: number; low: number } | null {
  if (!/^[0-9a-f]{16}$/.test(hex)) return null;
  return { high: Number.parseInt(hex.slice(0, 8), 16) >>> 0, low: Number.parseInt(hex.slice(8), 16) >>> 0 };
}

/** `hashPair` as 16 hex digits: collisions in a million texts are unlikely (about 1 in 37 million). */
export function hashHex64(text: string, seed = 0): string {
  const { high, low } = hashPair(text, seed);
  return pairHex(high, low);
}

/** Combines two 32-bit hashes, order sensitive (for shingles: "phát triển" is not "triển phát"). */
export function combine32(a: number, b: number): number {
  return fmix32(Math.imul(a ^ 0x9e3779b9, 0x01000193) ^ b);
}

/** A small, fast seeded generator (SplitMix32): `next()` returns an unsigned 32-bit integer. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed | 0;
  }

  /** The next unsigned 32-bit integer. */
  nextUint32(): number {
    this.state = (this.state + 0x9e3779b9) | 0;
    return fmix32(this.state);
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** An integer in [0, bound). */
  below(bound: number): number {
    return Math.floor(this.next() * bound);
  }

  /** An element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[this.below(items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }
}
