/**
 * Memoises a function of a target (or any object treated as immutable) by identity.
 * Evaluating millions of figures against a few hundred targets would otherwise re-derive
 * the same description and tolerance for every figure. The cache holds no target alive.
 */
export function memoByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
