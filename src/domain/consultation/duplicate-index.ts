/**
 * The incremental duplicate finder of a consultation: `add(id, text)` puts a comment in a
 * duplicate group as it arrives, in time that does not grow with the number of comments
 * already in (one exact-key lookup, a MinHash signature, `bands × candidatesPerBand` checks
 * at most, union-find), so a million comments are feasible. Groups:
 *
 * - exact duplicates share the normal form (normalise.ts): the same exact key;
 * - near duplicates have an estimated shingle Jaccard similarity ≥ `threshold`; a comment
 *   that is near two groups joins them (union-find), as a chain of small edits should.
 *
 * A group's id is the id of its earliest comment, so ids only change when a group is merged
 * into an older one (`mergedGroupIds` says which). Memory is about 250 bytes a comment in
 * typed arrays (no text is kept); `recordAt` gives what a service stores beside each comment,
 * and `addRecord` rebuilds the same groups from stored records without the texts.
 */
import { ResoluteError } from '../errors.ts';
import { parsePairHex, pairHex } from './hash.ts';
import { bandHash, estimateSimilarity, MinHasher } from './minhash.ts';
import { exactKeyParts, normaliseForDuplicates, syllableCount } from './normalise.ts';
import { duplicateOptions, sameOptions } from './duplicate-options.ts';
import type { DuplicateOptions } from './duplicate-options.ts';

/** What a service stores with a comment to rebuild the index without texts. */
export interface DuplicateRecord {
  /** The exact-duplicate key (16 hex digits), null for an empty text. */
  exactKey: string | null;
  syllables: number;
  /** The 8-bit signature, then the band hashes (4 bytes each, little-endian); null below `minSyllables`. */
  fingerprint: Uint8Array | null;
}

/** Where a new comment went. */
export interface DuplicateMatch {
  /** Its position in the index (insertion order). */
  index: number;
  /** Its group: the id of the group's earliest comment (its own id when it starts one). */
  groupId: string;
  match: 'none' | 'exact' | 'near';
  /** The comment it matched best (for exact: the first comment with the same normal form). */
  matchedId: string | null;
  /** 1 for exact, the estimated Jaccard similarity for near, 0 for none. */
  similarity: number;
  /** Older group ids merged into `groupId` by this comment: they are group ids no more. */
  mergedGroupIds: string[];
}

/** The whole index as data, to keep it beside a consultation and restore it. */
export interface DuplicateSnapshot {
  version: 1;
  options: DuplicateOptions;
  ids: string[];
  records: DuplicateRecord[];
}

const HAS_KEY = 1;
const HAS_FINGERPRINT = 2;
const EMPTY = 0;

export class DuplicateIndex {
  readonly options: DuplicateOptions;
  private readonly hasher: MinHasher;
  private readonly mins: Uint32Array;
  private count = 0;
  private capacity = 0;
  private readonly ids: string[] = [];
  private parent: Int32Array = new Int32Array(0);
  private groupSize: Int32Array = new Int32Array(0);
  private flags: Uint8Array = new Uint8Array(0);
  private syllableCount: Int32Array = new Int32Array(0);
  private keyHigh: Int32Array = new Int32Array(0);
  private keyLow: Int32Array = new Int32Array(0);
  /** For each comment, the first comment with its exact key (itself for the first). */
  private exactOwner: Int32Array = new Int32Array(0);
  /** At a first comment: how many comments have its exact key. */
  private exactCount: Int32Array = new Int32Array(0);
  private signatures: Uint8Array = new Uint8Array(0);
  private bandKeys: Int32Array = new Int32Array(0);
  /** The previous comment in the same band bucket (−1 at the end of the chain). */
  private bandNext: Int32Array = new Int32Array(0);
  /** Open addressing: index + 1 of a first comment, found by its exact key. */
  private exactSlots: Int32Array = new Int32Array(1024);
  private exactUsed = 0;
  /** Per band, open addressing: index + 1 of the latest comment in each bucket. */
  private readonly bandSlots: Int32Array[];
  private readonly bandUsed: number[];

  constructor(options: Partial<DuplicateOptions> = {}, initialCapacity = 1024) {
    this.options = duplicateOptions(options);
    this.hasher = new MinHasher(this.options.numHashes, this.options.shingleSize, this.options.seed);
    this.mins = new Uint32Array(this.options.numHashes);
    this.bandSlots = Array.from({ length: this.options.bands }, () => new Int32Array(1024));
    this.bandUsed = Array.from({ length: this.options.bands }, () => 0);
    this.grow(Math.max(16, initialCapacity));
  }

  /** Comments added so far. */
  get size(): number {
    return this.count;
  }

  /**
   * Adds a comment (ids are the caller's and must be unique) and says which group it joined.
   * Store `recordAt(result.index)` beside it to rebuild the index later without texts.
   */
  add(id: string, text: string): DuplicateMatch {
    const normal = normaliseForDuplicates(text);
    return this.place(id, normal === '' ? null : exactKeyParts(normal), syllableCount(normal), normal);
  }

  /** Adds a comment from its stored record: in the same order, the same groups as `add` gave. */
  addRecord(id: string, record: DuplicateRecord): DuplicateMatch {
    let key: { high: number; low: number } | null = null;
    if (record.exactKey !== null) {
      key = parsePairHex(record.exactKey);
      if (key === null) throw new ResoluteError('invalid_input', `Not a duplicate key: ${record.exactKey}`, { detail: 'exactKey' });
    }
    const width = this.fingerprintWidth();
    if (record.fingerprint !== null && record.fingerprint.length !== width) {
      throw new ResoluteError('invalid_input', `A fingerprint of ${record.fingerprint.length} bytes, expected ${width}`, { detail: 'fingerprint' });
    }
    return this.place(id, key, record.syllables, record.fingerprint);
  }

  /** What to store beside the comment at `index`. */
  recordAt(index: number): DuplicateRecord {
    this.checkIndex(index);
    const flags = this.flags[index] as number;
    const exactKey = flags & HAS_KEY ? pairHex(this.keyHigh[index] as number, this.keyLow[index] as number) : null;
    let fingerprint: Uint8Array | null = null;
    if (flags & HAS_FINGERPRINT) {
      const { numHashes, bands } = this.options;
      fingerprint = new Uint8Array(this.fingerprintWidth());
      fingerprint.set(this.signatures.subarray(index * numHashes, (index + 1) * numHashes));
      const view = new DataView(fingerprint.buffer);
      for (let j = 0; j < bands; j += 1) view.setInt32(numHashes + 4 * j, this.bandKeys[index * bands + j] as number, true);
    }
    return { exactKey, syllables: this.syllableCount[index] as number, fingerprint };
  }

  /** The id of the comment at `index`. */
  idAt(index: number): string {
    this.checkIndex(index);
    return this.ids[index] as string;
  }

  /** The group id of the comment at `index` now (merges may change it later). */
  groupIdAt(index: number): string {
    this.checkIndex(index);
    return this.ids[this.find(index)] as string;
  }

  /** The size of the group of the comment at `index`. */
  groupSizeAt(index: number): number {
    this.checkIndex(index);
    return this.groupSize[this.find(index)] as number;
  }

  /** How many comments share the exact normal form of the comment at `index` (0 for an empty text). */
  exactCountAt(index: number): number {
    this.checkIndex(index);
    const owner = this.exactOwner[index] as number;
    return owner < 0 ? 0 : (this.exactCount[owner] as number);
  }

  /** The first comment with the same normal form as the comment at `index` (itself if first; −1 for an empty text). */
  exactOwnerAt(index: number): number {
    this.checkIndex(index);
    return this.exactOwner[index] as number;
  }

  /** The estimated similarity of two comments: 1 for the same normal form, 0 when either has no signature. */
  similarityAt(a: number, b: number): number {
    this.checkIndex(a);
    this.checkIndex(b);
    const ownerA = this.exactOwner[a] as number;
    if (ownerA >= 0 && ownerA === this.exactOwner[b]) return 1;
    if (!((this.flags[a] as number) & (this.flags[b] as number) & HAS_FINGERPRINT)) return 0;
    const n = this.options.numHashes;
    return estimateSimilarity(this.signatures, a * n, b * n, n);
  }

  /** The group root (index of the earliest comment) of every comment, in insertion order. */
  roots(): Int32Array {
    const roots = new Int32Array(this.count);
    for (let i = 0; i < this.count; i += 1) roots[i] = this.find(i);
    return roots;
  }

  /** Groups of at least `minSize` comments, largest first (then earliest), with their members' indices. */
  groups(minSize = 2): { groupId: string; root: number; size: number; members: number[] }[] {
    const members = new Map<number, number[]>();
    for (let i = 0; i < this.count; i += 1) {
      const root = this.find(i);
      if ((this.groupSize[root] as number) < minSize) continue;
      const list = members.get(root);
      if (list === undefined) members.set(root, [i]);
      else list.push(i);
    }
    return [...members.entries()]
      .map(([root, list]) => ({ groupId: this.ids[root] as string, root, size: list.length, members: list }))
      .sort((a, b) => b.size - a.size || a.root - b.root);
  }

  /**
   * Campaigns: exact-duplicate groups of at least `minSize` comments whose text has at least
   * `minSyllables` syllables (a short "Nhất trí" repeated is agreement, not a campaign).
   */
  campaigns(minSize: number, minSyllables = this.options.minSyllables): { groups: number; comments: number } {
    let groups = 0;
    let comments = 0;
    for (let i = 0; i < this.count; i += 1) {
      if (this.exactOwner[i] !== i) continue;
      const size = this.exactCount[i] as number;
      if (size >= minSize && (this.syllableCount[i] as number) >= minSyllables) {
        groups += 1;
        comments += size;
      }
    }
    return { groups, comments };
  }

  /** The index as data: options, ids and records (restore with `DuplicateIndex.fromSnapshot`). */
  snapshot(): DuplicateSnapshot {
    return { version: 1, options: { ...this.options }, ids: [...this.ids], records: this.ids.map((_, i) => this.recordAt(i)) };
  }

  /** Rebuilds an index from `snapshot()`: the same groups, no texts needed. */
  static fromSnapshot(snapshot: DuplicateSnapshot): DuplicateIndex {
    if (snapshot.version !== 1 || snapshot.ids.length !== snapshot.records.length) {
      throw new ResoluteError('invalid_input', 'Not a duplicate index snapshot', { detail: 'snapshot' });
    }
    const index = new DuplicateIndex(snapshot.options, snapshot.ids.length);
    if (!sameOptions(index.options, snapshot.options)) throw new ResoluteError('invalid_input', 'Inconsistent duplicate settings in snapshot', { detail: 'options' });
    snapshot.ids.forEach((id, i) => index.addRecord(id, snapshot.records[i] as DuplicateRecord));
    return index;
  }

  /** Bytes held by the index's arrays (ids not counted). */
  memoryBytes(): number {
    const arrays = [this.parent, this.groupSize, this.flags, this.syllableCount, this.keyHigh, this.keyLow, this.exactOwner, this.exactCount,
      this.signatures, this.bandKeys, this.bandNext, this.exactSlots, ...this.bandSlots];
    return arrays.reduce((sum, array) => sum + array.byteLength, 0);
  }

  /**
   * Places comment `id`: `source` is its normal form (a signature is computed when needed) or
   * its stored fingerprint.
   */
  private place(id: string, key: { high: number; low: number } | null, syllables: number, source: string | Uint8Array | null): DuplicateMatch {
    const i = this.count;
    if (i === this.capacity) this.grow(this.capacity * 2);
    this.ids.push(id);
    this.parent[i] = i;
    this.groupSize[i] = 1;
    this.flags[i] = 0;
    this.syllableCount[i] = syllables;
    this.exactOwner[i] = -1;
    this.exactCount[i] = 0;
    this.count = i + 1;
    const none: DuplicateMatch = { index: i, groupId: id, match: 'none', matchedId: null, similarity: 0, mergedGroupIds: [] };
    if (key === null) return none;
    this.keyHigh[i] = key.high;
    this.keyLow[i] = key.low;
    this.flags[i] = HAS_KEY;
    const slot = this.exactSlot(key.high | 0, key.low | 0);
    const owner = (this.exactSlots[slot] as number) - 1;
    if (owner >= 0) return this.joinExact(i, owner);
    this.exactSlots[slot] = i + 1;
    this.exactOwner[i] = i;
    this.exactCount[i] = 1;
    this.exactUsed += 1;
    if (this.exactUsed * 10 > this.exactSlots.length * 6) this.exactSlots = this.rehash(this.exactSlots, (table, e) => this.exactSlotIn(table, this.keyHigh[e] as number, this.keyLow[e] as number));
    if (syllables < this.options.minSyllables || source === null) return none;
    this.storeFingerprint(i, source);
    return this.joinNear(i, none);
  }

  /** An exact duplicate joins its first comment's group and shares its fingerprint. */
  private joinExact(i: number, owner: number): DuplicateMatch {
    this.exactOwner[i] = owner;
    this.exactCount[owner] = (this.exactCount[owner] as number) + 1;
    if ((this.flags[owner] as number) & HAS_FINGERPRINT) {
      const { numHashes, bands } = this.options;
      this.signatures.copyWithin(i * numHashes, owner * numHashes, (owner + 1) * numHashes);
      this.bandKeys.copyWithin(i * bands, owner * bands, (owner + 1) * bands);
      this.flags[i] = (this.flags[i] as number) | HAS_FINGERPRINT;
    }
    const root = this.find(owner);
    this.parent[i] = root;
    this.groupSize[root] = (this.groupSize[root] as number) + 1;
    return { index: i, groupId: this.ids[root] as string, match: 'exact', matchedId: this.ids[owner] as string, similarity: 1, mergedGroupIds: [] };
  }

  /** Looks for near duplicates through the band buckets, then enters the comment in them and joins the groups found. */
  private joinNear(i: number, none: DuplicateMatch): DuplicateMatch {
    const { bands, numHashes, threshold, candidatesPerBand } = this.options;
    const roots: number[] = [];
    const checked: number[] = [];
    let best = -1;
    let bestSimilarity = 0;
    for (let j = 0; j < bands; j += 1) {
      const key = this.bandKeys[i * bands + j] as number;
      let slots = this.bandSlots[j] as Int32Array;
      const slot = this.bandSlot(slots, j, key);
      const head = (slots[slot] as number) - 1;
      for (let candidate = head, steps = 0; candidate >= 0 && steps < candidatesPerBand; steps += 1) {
        if (!checked.includes(candidate)) {
          checked.push(candidate);
          const root = this.find(candidate);
          if (!roots.includes(root)) {
            const similarity = estimateSimilarity(this.signatures, i * numHashes, candidate * numHashes, numHashes);
            if (similarity >= threshold - 1e-9) {
              roots.push(root);
              if (similarity > bestSimilarity) [best, bestSimilarity] = [candidate, similarity];
            }
          }
        }
        candidate = this.bandNext[candidate * bands + j] as number;
      }
      this.bandNext[i * bands + j] = head;
      slots[slot] = i + 1;
      if (head < 0) {
        this.bandUsed[j] = (this.bandUsed[j] as number) + 1;
        if ((this.bandUsed[j] as number) * 10 > slots.length * 6) {
          slots = this.rehash(slots, (table, e) => this.bandSlot(table, j, this.bandKeys[e * bands + j] as number));
          this.bandSlots[j] = slots;
        }
      }
    }
    if (roots.length === 0) return none;
    const root = Math.min(...roots);
    this.parent[i] = root;
    this.groupSize[root] = (this.groupSize[root] as number) + 1;
    const merged: string[] = [];
    for (const other of roots) {
      if (other === root) continue;
      this.parent[other] = root;
      this.groupSize[root] = (this.groupSize[root] as number) + (this.groupSize[other] as number);
      merged.push(this.ids[other] as string);
    }
    return { index: i, groupId: this.ids[root] as string, match: 'near', matchedId: this.ids[best] as string, similarity: bestSimilarity, mergedGroupIds: merged };
  }

  /** Writes the signature and band keys of comment `i`, computed from the normal form or copied from a stored fingerprint. */
  private storeFingerprint(i: number, source: string | Uint8Array): void {
    const { numHashes, bands, rows } = this.options;
    if (source instanceof Uint8Array) {
      this.signatures.set(source.subarray(0, numHashes), i * numHashes);
      const view = new DataView(source.buffer, source.byteOffset, source.byteLength);
      for (let j = 0; j < bands; j += 1) this.bandKeys[i * bands + j] = view.getInt32(numHashes + 4 * j, true);
    } else {
      this.hasher.signature(source, this.mins);
      for (let h = 0; h < numHashes; h += 1) this.signatures[i * numHashes + h] = (this.mins[h] as number) & 0xff;
      for (let j = 0; j < bands; j += 1) this.bandKeys[i * bands + j] = bandHash(this.mins, j, rows) | 0;
    }
    this.flags[i] = (this.flags[i] as number) | HAS_FINGERPRINT;
  }

  private fingerprintWidth(): number {
    return this.options.numHashes + 4 * this.options.bands;
  }

  /** The slot of an exact key in the live table: empty, or holding the first comment with that key. */
  private exactSlot(high: number, low: number): number {
    return this.exactSlotIn(this.exactSlots, high, low);
  }

  private exactSlotIn(slots: Int32Array, high: number, low: number): number {
    const mask = slots.length - 1;
    let slot = (high ^ Math.imul(low, 0x9e3779b1)) & mask;
    for (;;) {
      const entry = (slots[slot] as number) - 1;
      if (entry < 0 || (this.keyHigh[entry] === high && this.keyLow[entry] === low)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** The slot of a band key in band `band`'s table: empty, or holding the latest comment with that key. */
  private bandSlot(slots: Int32Array, band: number, key: number): number {
    const mask = slots.length - 1;
    const bands = this.options.bands;
    let slot = key & mask;
    for (;;) {
      const entry = (slots[slot] as number) - 1;
      if (entry < 0 || this.bandKeys[entry * bands + band] === key) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** A table twice the size with the same entries; `slotOf(table, entry)` finds an entry's place in the new table. */
  private rehash(old: Int32Array, slotOf: (table: Int32Array, entry: number) => number): Int32Array {
    const fresh = new Int32Array(old.length * 2);
    for (const value of old) {
      if (value !== EMPTY) fresh[slotOf(fresh, value - 1)] = value;
    }
    return fresh;
  }

  /** The group root of comment `x`, halving the path on the way. */
  private find(x: number): number {
    const parent = this.parent;
    let node = x;
    while (parent[node] !== node) {
      const grand = parent[parent[node] as number] as number;
      parent[node] = grand;
      node = grand;
    }
    return node;
  }

  private grow(capacity: number): void {
    const { numHashes, bands } = this.options;
    const resize = <T extends Int32Array | Uint8Array>(old: T, make: (length: number) => T, width = 1): T => {
      const fresh = make(capacity * width);
      fresh.set(old);
      return fresh;
    };
    const int32 = (length: number) => new Int32Array(length);
    this.parent = resize(this.parent, int32);
    this.groupSize = resize(this.groupSize, int32);
    this.flags = resize(this.flags, (length) => new Uint8Array(length));
    this.syllableCount = resize(this.syllableCount, int32);
    this.keyHigh = resize(this.keyHigh, int32);
    this.keyLow = resize(this.keyLow, int32);
    this.exactOwner = resize(this.exactOwner, int32);
    this.exactCount = resize(this.exactCount, int32);
    this.signatures = resize(this.signatures, (length) => new Uint8Array(length), numHashes);
    this.bandKeys = resize(this.bandKeys, int32, bands);
    this.bandNext = resize(this.bandNext, int32, bands);
    this.capacity = capacity;
  }

  private checkIndex(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) throw new RangeError(`No comment at index ${index}`);
  }
}
