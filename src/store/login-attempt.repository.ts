/**
 * Failed-login counters behind the login lockout. The count is raised in one atomic
 * upsert, so concurrent wrong passwords on several server processes are all counted.
 * Failures older than the lockout window no longer count: a forgotten password now and
 * then never adds up to a lock.
 */
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { Executor } from './database.ts';
import type { LoginAttemptsTable } from './tables.ts';
import { transaction } from './transaction.ts';

/** The failures of one login name. */
export interface LoginAttempt {
  login: string;
  failures: number;
  lastFailureAt: string;
  /** Until when logins are refused; null when not locked. */
  lockedUntil: string | null;
}

/** When to lock: after `maxFailures` failures inside `lockoutMs`, for `lockoutMs`. */
export interface LockoutPolicy {
  maxFailures: number;
  lockoutMs: number;
}

function toLoginAttempt(row: Selectable<LoginAttemptsTable>): LoginAttempt {
  return { login: row.login, failures: row.failures, lastFailureAt: row.last_failure_at, lockedUntil: row.locked_until };
}

/** The failure record of a login, or null when it has none. */
export async function getLoginAttempt(db: Executor, login: string): Promise<LoginAttempt | null> {
  const row = await db.selectFrom('login_attempts').selectAll().where('login', '=', login).executeTakeFirst();
  return row === undefined ? null : toLoginAttempt(row);
}

/** Counts one failed login at `at`; locks the login when the count reaches the policy's maximum. */
export async function recordLoginFailure(db: Executor, login: string, at: Date, policy: LockoutPolicy): Promise<LoginAttempt> {
  const now = at.toISOString();
  const windowStart = new Date(at.getTime() - policy.lockoutMs).toISOString();
  const until = new Date(at.getTime() + policy.lockoutMs).toISOString();
  return transaction(db, async (trx) => {
    await trx
      .insertInto('login_attempts')
      .values({ login, failures: 1, last_failure_at: now, locked_until: null })
      .onConflict((oc) =>
        oc.column('login').doUpdateSet({
          failures: sql<number>`case when ${sql.ref('login_attempts.last_failure_at')} <= ${windowStart} then 1 else ${sql.ref('login_attempts.failures')} + 1 end`,
          last_failure_at: now,
        }),
      )
      .execute();
    // A lock that has run out is cleared; a running one is kept as it is (not extended).
    await trx
      .updateTable('login_attempts')
      .set({ locked_until: sql<string | null>`case when failures >= ${policy.maxFailures} then ${until} else null end` })
      .where('login', '=', login)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
      .execute();
    const row = await trx.selectFrom('login_attempts').selectAll().where('login', '=', login).executeTakeFirstOrThrow();
    return toLoginAttempt(row);
  });
}

/** Forgets a login's failures (after a successful login). */
export async function clearLoginFailures(db: Executor, login: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('login', '=', login).execute();
}
