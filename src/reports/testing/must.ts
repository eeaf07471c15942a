/** Test helper: the value, or a failed assertion naming what was missing (instead of a non-null assertion). */
import assert from 'node:assert/strict';

export function must<T>(value: T | null | undefined, what = 'value'): T {
  assert.ok(value !== null && value !== undefined, `${what} is missing`);
  return value;
}
