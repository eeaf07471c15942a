import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ResoluteError } from '../domain/errors.ts';
import { createOrganisation, addMembership, getUser, listAudit, updateUser } from '../store/index.ts';
import type { Executor } from '../store/index.ts';
import { AccessError } from './access-error.ts';
import type { AccessErrorCode } from './access-error.ts';
import {
  authenticateApiToken, authenticateSession, changePassword, createAccount, createApiToken, hashToken, listApiTokens, login,
  logout, logoutEverywhere, revokeApiToken,
} from './account.service.ts';
import type { AccountDeps } from './account.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';

const PASSWORD = 'mật-khẩu-đủ-dài';

/** Deps with a clock the test moves. */
function depsOn(db: Executor): AccountDeps & { advance(minutes: number): void } {
  let now = Date.parse('2024-05-01T08:00:00.000Z');
  return {
    db,
    now: () => new Date(now),
    accounts: { sessionTtlHours: 2, loginMaxFailures: 3, loginLockoutMinutes: 15 },
    advance(minutes: number) {
      now += minutes * 60_000;
    },
  };
}

async function refusal(promise: Promise<unknown>): Promise<AccessErrorCode> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AccessError) return error.code;
    throw error;
  }
  assert.fail('the call succeeded');
}

await onBothEngines('account service', (engine) => {
  test('create a user with a scrypt hash; log in, use the session, log out', () =>
    withDatabase(engine, async ({ db }) => {
      const deps = depsOn(db);
      const user = await createAccount(deps, null, { login: ' Thu.Ky ', displayName: 'Thư ký', password: PASSWORD });
      assert.deepEqual(user, { id: user.id, login: 'thu.ky', displayName: 'Thư ký', email: null });
      assert.match((await getUser(db, user.id))?.passwordHash ?? '', /^scrypt\$32768\$8\$1\$/);
      const session = await login(deps, { login: 'THU.KY', password: PASSWORD });
      assert.equal(session.expiresAt, '2024-05-01T10:00:00.000Z');
      assert.match(session.token, /^[A-Za-z0-9_-]{43}$/);
      // Only the hash is stored.
      const row = await db.selectFrom('sessions').select('token_hash').executeTakeFirstOrThrow();
      assert.equal(row.token_hash, hashToken(session.token));
      const principal = await authenticateSession(deps, session.token);
      assert.deepEqual([principal?.user.login, principal?.via, principal?.credentialId], ['thu.ky', 'session', session.sessionId]);
      await logout(deps, session.token);
      assert.equal(await authenticateSession(deps, session.token), null);
    }));

  test('sessions expire; a disabled user has none; a changed password ends them all', () =>
    withDatabase(engine, async ({ db }) => {
      const deps = depsOn(db);
      const user = await createAccount(deps, null, { login: 'an', displayName: 'An', password: PASSWORD });
      const first = await login(deps, { login: 'an', password: PASSWORD });
      deps.advance(121);
      assert.equal(await authenticateSession(deps, first.token), null);
      const second = await login(deps, { login: 'an', password: PASSWORD });
      await changePassword(deps, user.id, user.id, 'mật-khẩu-mới-123');
      assert.equal(await authenticateSession(deps, second.token), null);
      assert.equal(await refusal(login(deps, { login: 'an', password: PASSWORD })), 'invalid_credentials');
      const third = await login(deps, { login: 'an', password: 'mật-khẩu-mới-123' });
      const stored = await getUser(db, user.id);
      await updateUser(db, { actorId: null, at: deps.now() }, user.id, stored?.version ?? 0, { disabledAt: deps.now().toISOString() });
      assert.equal(await authenticateSession(deps, third.token), null);
      assert.equal(await refusal(login(deps, { login: 'an', password: 'mật-khẩu-mới-123' })), 'invalid_credentials');
    }));

  test('lockout after 3 failures for 15 minutes, even with the right password; unknown logins are counted too', () =>
    withDatabase(engine, async ({ db }) => {
      const deps = depsOn(db);
      await createAccount(deps, null, { login: 'an', displayName: 'An', password: PASSWORD });
      assert.equal(await refusal(login(deps, { login: 'an', password: 'sai-mật-khẩu' })), 'invalid_credentials');
      assert.equal(await refusal(login(deps, { login: 'an', password: 'sai-mật-khẩu' })), 'invalid_credentials');
      assert.equal(await refusal(login(deps, { login: 'an', password: 'sai-mật-khẩu' })), 'login_locked');
      deps.advance(14);
      assert.equal(await refusal(login(deps, { login: 'an', password: PASSWORD })), 'login_locked');
      deps.advance(2);
      assert.equal((await login(deps, { login: 'an', password: PASSWORD })).user.login, 'an');
      // Success cleared the count: two more failures do not lock.
      for (let i = 0; i < 2; i++) assert.equal(await refusal(login(deps, { login: 'an', password: 'x' })), 'invalid_credentials');
      for (let i = 0; i < 2; i++) await refusal(login(deps, { login: 'ghost', password: 'x' }));
      assert.equal(await refusal(login(deps, { login: 'ghost', password: 'x' })), 'login_locked');
    }));

  test('log out everywhere ends every session of the user and no one else\'s', () =>
    withDatabase(engine, async ({ db }) => {
      const deps = depsOn(db);
      const an = await createAccount(deps, null, { login: 'an', displayName: 'An', password: PASSWORD });
      await createAccount(deps, null, { login: 'binh', displayName: 'Bình', password: PASSWORD });
      const a1 = await login(deps, { login: 'an', password: PASSWORD });
      const a2 = await login(deps, { login: 'an', password: PASSWORD });
      const b1 = await login(deps, { login: 'binh', password: PASSWORD });
      assert.equal(await logoutEverywhere(deps, an.id), 2);
      assert.equal(await authenticateSession(deps, a1.token), null);
      assert.equal(await authenticateSession(deps, a2.token), null);
      assert.equal((await authenticateSession(deps, b1.token))?.user.login, 'binh');
    }));

  test('API tokens: shown once, stored hashed, carry memberships, revoked only by their owner', () =>
    withDatabase(engine, async ({ db }) => {
      const deps = depsOn(db);
      const robot = await createAccount(deps, null, { login: 'robot', displayName: 'Máy', password: PASSWORD });
      const other = await createAccount(deps, null, { login: 'other', displayName: 'Khác', password: PASSWORD });
      const unit = await createOrganisation(db, { actorId: null, at: deps.now() }, { parentId: null, kind: 'department', name: 'Sở Y tế' });
      await addMembership(db, { actorId: null, at: deps.now() }, { userId: robot.id, unitId: unit.id, role: 'reporter' });
      const { token, info } = await createApiToken(deps, robot.id, ' Đồng bộ ');
      assert.match(token, /^rsl_[A-Za-z0-9_-]{43}$/);
      assert.deepEqual(info, { id: info.id, name: 'Đồng bộ', createdAt: '2024-05-01T08:00:00.000Z', lastUsedAt: null });
      const principal = await authenticateApiToken(deps, token);
      assert.deepEqual(principal?.actor, { kind: 'user', userId: robot.id, grants: [{ role: 'reporter', unitId: unit.id, unitAncestorIds: [] }] });
      assert.equal(principal?.via, 'token');
      assert.equal((await listApiTokens(deps, robot.id))[0]?.lastUsedAt, '2024-05-01T08:00:00.000Z');
      assert.equal(await authenticateApiToken(deps, 'rsl_wrong'), null);
      assert.equal(await authenticateApiToken(deps, token.slice(4)), null);
      await assert.rejects(revokeApiToken(deps, other.id, info.id), (e) => e instanceof ResoluteError && e.code === 'record_not_found');
      await revokeApiToken(deps, robot.id, info.id);
      assert.equal(await authenticateApiToken(deps, token), null);
      const audit = JSON.stringify(await listAudit(db, { entity: 'api_token' }));
      assert.equal(audit.includes(hashToken(token)), false);
    }));

  test('a short password is refused with invalid_input naming the field', () =>
    withDatabase(engine, async ({ db }) => {
      await assert.rejects(
        createAccount(depsOn(db), null, { login: 'x', displayName: 'X', password: 'short' }),
        (e) => e instanceof ResoluteError && e.code === 'invalid_input' && e.details.detail === 'password: must have 8 to 1024 characters',
      );
    }));
});
