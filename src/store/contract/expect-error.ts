/** Asserting that a store call fails with a named error. */
import assert from 'node:assert/strict';
import { ResoluteError } from '../../domain/errors.ts';
import type { ErrorCode } from '../../domain/errors.ts';

/** Awaits `promise` and asserts it rejects with a ResoluteError of `code`. */
export async function rejectsWithCode(promise: Promise<unknown>, code: ErrorCode): Promise<ResoluteError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ResoluteError && error.code === code) return error;
    assert.fail(`expected a ResoluteError '${code}', got: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
  assert.fail(`expected a ResoluteError '${code}', but the call succeeded`);
}
