/**
 * Results of expensive reads (the dashboard's evaluation of a term), kept while the data they
 * were computed from is unchanged. Every audited change bumps the store's data version
 * (src/store/migrations/0008-data-version.ts) in its own transaction, so an entry computed at
 * version V is valid exactly while the version is still V.
 *
 * The version is read before the data: an entry may hold data newer than its version (a change
 * committed in between), never older, so a stale result is never served. Concurrent requests
 * for the same key share one computation. Cached values are shared: callers treat them as
 * read-only.
 */

interface Entry {
  version: number;
  value: Promise<unknown>;
}

export class ReadCache {
  readonly #entries = new Map<string, Entry>();
  readonly #capacity: number;

  constructor(capacity = 64) {
    this.#capacity = capacity;
  }

  /** The value for `key` at `version`, computed once per version. */
  get<V>(key: string, version: number, compute: () => Promise<V>): Promise<V> {
    const found = this.#entries.get(key);
    if (found !== undefined && found.version === version) {
      // Most recently used last: the Map's order is the eviction order.
      this.#entries.delete(key);
      this.#entries.set(key, found);
      return found.value as Promise<V>;
    }
    const value = compute();
    const entry: Entry = { version, value };
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    // A failed computation is not kept: the next request tries again.
    value.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return value;
  }

  get size(): number {
    return this.#entries.size;
  }
}
