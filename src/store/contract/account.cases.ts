/** Contract: users, memberships, sessions and API tokens. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createApiToken, findApiToken, listApiTokens, revokeApiToken, touchApiToken } from '../api-token.repository.ts';
import { listAudit } from '../audit.repository.ts';
import { addMembership, listMemberships, removeMembership } from '../membership.repository.ts';
import { createSession, deleteExpiredSessions, deleteSession, deleteUserSessions, findSession } from '../session.repository.ts';
import { createUser, findUserByLogin, getUser, listUsers, updateUser } from '../user.repository.ts';
import type { TestEngine } from './engines.ts';
import { withStore } from './engines.ts';
import { rejectsWithCode } from './expect-error.ts';
import { at, seedProvince, T0 } from './fixtures.ts';

const HASH = 'scrypt$16384$8$1$c2FsdA$aGFzaA';

/** Registers the account cases for one engine. */
export function accountCases(engine: TestEngine): void {
  describe('accounts', () => {
    test('logins are unique in any case; the audit trail never holds a password hash', () =>
      withStore(engine, async ({ db }) => {
        const user = await createUser(db, T0, { login: ' Nguyen.Van.A ', displayName: 'Nguyễn Văn A', passwordHash: HASH });
        assert.equal(user.login, 'nguyen.van.a');
        assert.equal((await findUserByLogin(db, 'NGUYEN.VAN.A'))?.id, user.id);
        await rejectsWithCode(createUser(db, T0, { login: 'nguyen.van.a', displayName: 'Khác' }), 'duplicate');
        const changed = await updateUser(db, at('2024-06-01T00:00:00.000Z', user.id), user.id, 1, { passwordHash: `${HASH}2`, displayName: 'Nguyễn Văn An' });
        assert.equal(changed.version, 2);
        await rejectsWithCode(updateUser(db, T0, user.id, 1, { displayName: 'x' }), 'conflict');
        assert.deepEqual(await getUser(db, user.id), changed);
        const vietnamese = await createUser(db, T0, { login: 'trần.văn.b'.normalize('NFD'), displayName: 'Trần Văn B' });
        assert.equal(vietnamese.login, 'trần.văn.b');
        assert.equal((await findUserByLogin(db, 'Trần.Văn.B'.normalize('NFD')))?.id, vietnamese.id);
        assert.deepEqual((await listUsers(db)).map((u) => u.login), ['nguyen.van.a', 'trần.văn.b']);
        const audit = await listAudit(db, { entity: 'user', entityId: user.id });
        assert.deepEqual(audit.map((e) => e.action), ['create', 'update']);
        assert.equal(JSON.stringify(audit).includes(HASH), false);
        assert.deepEqual(audit[1]?.after, {
          id: user.id, login: 'nguyen.van.a', displayName: 'Nguyễn Văn An', email: null, disabledAt: null, version: 2,
          createdAt: T0.at.toISOString(), updatedAt: '2024-06-01T00:00:00.000Z', hasPassword: true, passwordChanged: true,
        });
      }));

    test('memberships: a role in a unit, once; removable; listed by user and unit', () =>
      withStore(engine, async ({ db }) => {
        const { finance, health } = await seedProvince(db);
        const user = await createUser(db, T0, { login: 'reporter', displayName: 'Cán bộ' });
        await addMembership(db, T0, { userId: user.id, unitId: finance.id, role: 'reporter' });
        await addMembership(db, T0, { userId: user.id, unitId: health.id, role: 'leader' });
        await rejectsWithCode(addMembership(db, T0, { userId: user.id, unitId: finance.id, role: 'reporter' }), 'duplicate');
        assert.deepEqual((await listMemberships(db, { unitId: finance.id })).map((m) => [m.userId, m.role]), [[user.id, 'reporter']]);
        await removeMembership(db, T0, { userId: user.id, unitId: finance.id, role: 'reporter' });
        assert.deepEqual((await listMemberships(db, { userId: user.id })).map((m) => [m.unitId, m.role]), [[health.id, 'leader']]);
        await rejectsWithCode(removeMembership(db, T0, { userId: user.id, unitId: finance.id, role: 'reporter' }), 'record_not_found');
        assert.deepEqual((await listAudit(db, { entity: 'membership' })).map((e) => e.action), ['create', 'create', 'delete']);
      }));

    test('sessions expire, end one by one or all at once', () =>
      withStore(engine, async ({ db }) => {
        const user = await createUser(db, T0, { login: 'a', displayName: 'A' });
        const now = new Date('2024-01-01T12:00:00.000Z');
        const hour = 3600_000;
        const s1 = await createSession(db, { userId: user.id, tokenHash: 'h1', createdAt: now, expiresAt: new Date(now.getTime() + hour) });
        await createSession(db, { userId: user.id, tokenHash: 'h2', createdAt: now, expiresAt: new Date(now.getTime() + 2 * hour) });
        await rejectsWithCode(createSession(db, { userId: user.id, tokenHash: 'h1', createdAt: now, expiresAt: now }), 'duplicate');
        assert.deepEqual(await findSession(db, 'h1', now), s1);
        assert.equal(await findSession(db, 'h1', new Date(now.getTime() + hour)), null);
        assert.equal(await deleteExpiredSessions(db, new Date(now.getTime() + hour)), 1);
        await deleteSession(db, 'unknown');
        assert.equal(await deleteUserSessions(db, user.id), 1);
        assert.equal(await findSession(db, 'h2', now), null);
      }));

    test('API tokens: found by hash, touched, revoked; audited without the hash', () =>
      withStore(engine, async ({ db }) => {
        const user = await createUser(db, T0, { login: 'robot', displayName: 'Máy' });
        const token = await createApiToken(db, T0, { userId: user.id, name: 'Đồng bộ', tokenHash: 'secret-hash' });
        await touchApiToken(db, token.id, new Date('2024-02-02T02:02:02.000Z'));
        assert.equal((await findApiToken(db, 'secret-hash'))?.lastUsedAt, '2024-02-02T02:02:02.000Z');
        assert.deepEqual((await listApiTokens(db, user.id)).map((t) => t.name), ['Đồng bộ']);
        await revokeApiToken(db, T0, token.id);
        assert.equal(await findApiToken(db, 'secret-hash'), null);
        await rejectsWithCode(revokeApiToken(db, T0, token.id), 'record_not_found');
        const audit = await listAudit(db, { entity: 'api_token' });
        assert.deepEqual(audit.map((e) => e.action), ['create', 'delete']);
        assert.equal(JSON.stringify(audit).includes('secret-hash'), false);
      }));
  });
}
