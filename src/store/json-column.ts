/**
 * JSON columns are text on both engines: the text written is the text read, key order
 * included, and no engine-specific operators creep into repositories.
 */

/** Serialises a value for a JSON text column (null stays SQL NULL). */
export function toJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/**
 * Reads a JSON text column. The store wrote it with `toJson` from a value of type T, so
 * the parse result is trusted to have that type (no validation on the way back in).
 */
export function fromJson<T>(text: string | null): T | null {
  return text === null ? null : JSON.parse(text);
}
