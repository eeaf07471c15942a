/** Contract: failed-login counters and the lockout they drive. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clearLoginFailures, getLoginAttempt, recordLoginFailure } from '../login-attempt.repository.ts';
import type { TestEngine } from './engines.ts';
import { withStore } from './engines.ts';

const MINUTE = 60_000;
const POLICY = { maxFailures: 3, lockoutMs: 15 * MINUTE };
const T = (minutes: number): Date => new Date(Date.UTC(2024, 0, 1, 8, 0) + minutes * MINUTE);

/** Registers the login-attempt cases for one engine. */
export function loginAttemptCases(engine: TestEngine): void {
  describe('login attempts', () => {
    test('the third failure inside the window locks for the lockout time; success clears', () =>
      withStore(engine, async ({ db }) => {
        assert.equal(await getLoginAttempt(db, 'an'), null);
        assert.equal((await recordLoginFailure(db, 'an', T(0), POLICY)).lockedUntil, null);
        assert.equal((await recordLoginFailure(db, 'an', T(1), POLICY)).failures, 2);
        assert.deepEqual(await recordLoginFailure(db, 'an', T(2), POLICY), {
          login: 'an', failures: 3, lastFailureAt: T(2).toISOString(), lockedUntil: T(17).toISOString(),
        });
        // A failure during the lock does not extend it.
        assert.equal((await recordLoginFailure(db, 'an', T(5), POLICY)).lockedUntil, T(17).toISOString());
        assert.equal((await getLoginAttempt(db, 'bình')), null);
        await clearLoginFailures(db, 'an');
        assert.equal(await getLoginAttempt(db, 'an'), null);
      }));

    test('failures older than the window start the count again; an expired lock is lifted', () =>
      withStore(engine, async ({ db }) => {
        await recordLoginFailure(db, 'an', T(0), POLICY);
        await recordLoginFailure(db, 'an', T(1), POLICY);
        assert.deepEqual(await recordLoginFailure(db, 'an', T(40), POLICY), {
          login: 'an', failures: 1, lastFailureAt: T(40).toISOString(), lockedUntil: null,
        });
        for (const minute of [41, 42]) await recordLoginFailure(db, 'an', T(minute), POLICY);
        assert.equal((await getLoginAttempt(db, 'an'))?.lockedUntil, T(57).toISOString());
        const after = await recordLoginFailure(db, 'an', T(80), POLICY);
        assert.deepEqual([after.failures, after.lockedUntil], [1, null]);
      }));

    test('concurrent failures are all counted', () =>
      withStore(engine, async ({ db }) => {
        const policy = { maxFailures: 100, lockoutMs: 15 * MINUTE };
        await Promise.all(Array.from({ length: 10 }, (_, i) => recordLoginFailure(db, 'robot', T(i / 10), policy)));
        assert.equal((await getLoginAttempt(db, 'robot'))?.failures, 10);
      }));
  });
}
