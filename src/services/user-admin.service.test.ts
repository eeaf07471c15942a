/** User administration on both engines: who sees and changes which accounts, roles, disabling, passwords, self-lockout, the audit trail. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { addMembership, listAudit, type Executor } from '../store/index.ts';
import { AccessError } from './access-error.ts';
import { authenticateSession, login, type AccountDeps } from './account.service.ts';
import type { Actor } from './actor.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld, userWith, type World } from './testing/fixtures.ts';
import { createUser, grantRole, listUsers, resetPassword, revokeRole, updateUser } from './user-admin.service.ts';

const PASSWORD = 'mat-khau-ban-dau';

function accountDeps(db: Executor, w: World): AccountDeps {
  return { db, now: w.clock.now, accounts: { sessionTtlHours: 12, loginMaxFailures: 5, loginLockoutMinutes: 15 } };
}

function idOf(actor: Actor): string {
  assert.equal(actor.kind, 'user');
  return actor.kind === 'user' ? actor.userId : '';
}

async function loginFails(deps: AccountDeps, name: string, password: string): Promise<string> {
  try {
    await login(deps, { login: name, password });
  } catch (error) {
    if (error instanceof AccessError) return error.code;
    throw error;
  }
  assert.fail(`${name} signed in`);
}

await onBothEngines('user administration service', (engine) => {
  test('an admin lists the users with roles in their subtree, with those roles only, and never a password hash', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      await createUser(w.deps, w.actors.admin, { login: 'nva', displayName: 'Nguyễn Văn A', password: PASSWORD, unitId: w.commune.id, role: 'reporter' });
      const users = await listUsers(w.deps, w.actors.admin);
      assert.deepEqual(users.map((u) => u.login), ['admin', 'commune', 'finance', 'health', 'inspector', 'leader', 'nva', 'secretariat', 'citizen'].sort((a, b) => a.localeCompare(b, 'vi')));
      const nva = users.find((u) => u.login === 'nva');
      assert.deepEqual(nva?.roles.map((r) => [r.role, r.unitName]), [['reporter', 'Xã Bản Lang']]);
      assert.equal(nva?.manageable, true);
      for (const user of users) assert.ok(!('passwordHash' in user), user.login);
      assert.doesNotMatch(JSON.stringify(users), /scrypt|passwordHash/);
      // A department's admin sees the department's people, and only their roles there.
      const healthAdmin = await userWith(db, 'admin-yte', [['admin', w.health]]);
      await addMembership(db, { actorId: null, at: new Date() }, { userId: idOf(w.actors.secretariat), unitId: w.health.id, role: 'leader' });
      const seen = await listUsers(w.deps, healthAdmin);
      assert.deepEqual(seen.map((u) => [u.login, u.roles.map((r) => r.role), u.otherRoles, u.manageable]), [
        ['admin-yte', ['admin'], 0, true], ['health', ['reporter'], 0, true], ['secretariat', ['leader'], 1, false],
      ]);
      for (const actor of [w.actors.secretariat, w.actors.leader, w.actors.inspector, w.actors.financeReporter, w.actors.publicMember]) {
        await rejectsWithCode(listUsers(w.deps, actor), 'forbidden');
      }
    }));

  test('an admin creates an account with its first role; it signs in; logins are unique; the audit keeps no hash', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const created = await createUser(w.deps, w.actors.admin, {
        login: 'Nguyen.Van.A', displayName: 'Nguyễn Văn A', email: 'nva@laichau.gov.vn', password: PASSWORD, unitId: w.commune.id, role: 'reporter',
      });
      assert.deepEqual([created.login, created.email, created.disabledAt, created.roles.map((r) => `${r.role}@${r.unitName}`)], ['nguyen.van.a', 'nva@laichau.gov.vn', null, ['reporter@Xã Bản Lang']]);
      const session = await login(accountDeps(db, w), { login: 'nguyen.van.a', password: PASSWORD });
      const principal = await authenticateSession(accountDeps(db, w), session.token);
      assert.deepEqual(principal?.actor.kind === 'user' ? principal.actor.grants.map((g) => [g.role, g.unitId]) : null, [['reporter', w.commune.id]]);
      const taken = await rejectsWithCode(createUser(w.deps, w.actors.admin, { login: 'NGUYEN.VAN.A', displayName: 'B', password: PASSWORD, unitId: w.commune.id, role: 'leader' }), 'duplicate');
      assert.deepEqual(taken.details, { detail: 'login "nguyen.van.a"', detail_vi: 'tên đăng nhập "nguyen.van.a"', field: 'login' });
      const input = { login: 'tran.b', displayName: 'Trần B', password: PASSWORD, unitId: w.finance.id, role: 'reporter' as const };
      assert.match(String((await rejectsWithCode(createUser(w.deps, w.actors.admin, { ...input, password: 'ngan' }), 'invalid_input')).details.detail), /^password/);
      assert.equal((await rejectsWithCode(createUser(w.deps, w.actors.admin, { ...input, login: 'trần b' }), 'invalid_input')).details.path, 'login');
      assert.equal((await rejectsWithCode(createUser(w.deps, w.actors.admin, { ...input, email: 'not-an-email' }), 'invalid_input')).details.path, 'email');
      await rejectsWithCode(createUser(w.deps, w.actors.admin, { ...input, unitId: w.otherDepartment.id }), 'forbidden');
      await rejectsWithCode(createUser(w.deps, w.actors.admin, { ...input, unitId: 'missing' }), 'record_not_found');
      for (const actor of [w.actors.secretariat, w.actors.inspector, w.actors.financeReporter]) await rejectsWithCode(createUser(w.deps, actor, input), 'forbidden');
      const userTrail = await listAudit(db, { entity: 'user', entityId: created.id });
      assert.deepEqual(userTrail.map((e) => [e.action, e.actorId]), [['create', idOf(w.actors.admin)]]);
      assert.doesNotMatch(JSON.stringify(userTrail), /scrypt|passwordHash/);
      const roleTrail = await listAudit(db, { entity: 'membership', entityId: `${created.id}/${w.commune.id}/reporter` });
      assert.deepEqual(roleTrail.map((e) => e.action), ['create']);
    }));

  test('roles are granted and revoked in managed units; an account keeps one role, an admin their last admin role', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const user = await createUser(w.deps, w.actors.admin, { login: 'nvb', displayName: 'Nguyễn Văn B', password: PASSWORD, unitId: w.finance.id, role: 'reporter' });
      const granted = await grantRole(w.deps, w.actors.admin, { userId: user.id, unitId: w.province.id, role: 'secretariat' });
      assert.deepEqual(granted.roles.map((r) => [r.role, r.unitName]).sort(), [['reporter', 'Sở Tài chính'], ['secretariat', 'Tỉnh Lai Châu']]);
      assert.equal((await rejectsWithCode(grantRole(w.deps, w.actors.admin, { userId: user.id, unitId: w.province.id, role: 'secretariat' }), 'duplicate')).details.field, 'role');
      await rejectsWithCode(grantRole(w.deps, w.actors.admin, { userId: user.id, unitId: w.otherProvince.id, role: 'leader' }), 'forbidden');
      await rejectsWithCode(grantRole(w.deps, w.actors.secretariat, { userId: user.id, unitId: w.province.id, role: 'leader' }), 'forbidden');
      await rejectsWithCode(grantRole(w.deps, w.actors.admin, { userId: 'missing', unitId: w.province.id, role: 'leader' }), 'record_not_found');
      assert.equal((await rejectsWithCode(grantRole(w.deps, w.actors.admin, { userId: user.id, unitId: w.province.id, role: 'owner' as never }), 'invalid_input')).details.path, 'role');
      const revoked = await revokeRole(w.deps, w.actors.admin, { userId: user.id, unitId: w.finance.id, role: 'reporter' });
      assert.deepEqual(revoked.roles.map((r) => r.role), ['secretariat']);
      await rejectsWithCode(revokeRole(w.deps, w.actors.admin, { userId: user.id, unitId: w.finance.id, role: 'reporter' }), 'record_not_found');
      const last = await rejectsWithCode(revokeRole(w.deps, w.actors.admin, { userId: user.id, unitId: w.province.id, role: 'secretariat' }), 'invalid_state');
      assert.match(String(last.details.detail), /at least one role/);
      // The admin's own last admin role stays; with a second one, either may go.
      const adminId = idOf(w.actors.admin);
      await rejectsWithCode(revokeRole(w.deps, w.actors.admin, { userId: adminId, unitId: w.province.id, role: 'admin' }), 'self_lockout');
      await grantRole(w.deps, w.actors.admin, { userId: adminId, unitId: w.province.id, role: 'inspector' });
      await rejectsWithCode(revokeRole(w.deps, w.actors.admin, { userId: adminId, unitId: w.province.id, role: 'admin' }), 'self_lockout');
      await grantRole(w.deps, w.actors.admin, { userId: adminId, unitId: w.health.id, role: 'admin' });
      const self = await revokeRole(w.deps, w.actors.admin, { userId: adminId, unitId: w.health.id, role: 'admin' });
      assert.deepEqual(self.roles.map((r) => r.role).sort(), ['admin', 'inspector']);
      const trail = await listAudit(db, { entity: 'membership', entityId: `${user.id}/${w.finance.id}/reporter` });
      assert.deepEqual(trail.map((e) => e.action), ['create', 'delete']);
    }));

  test('a disabled account cannot sign in and its sessions end; enabled again, it can; an admin cannot disable themself', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const deps = accountDeps(db, w);
      const user = await createUser(w.deps, w.actors.admin, { login: 'nvc', displayName: 'Nguyễn Văn C', password: PASSWORD, unitId: w.health.id, role: 'reporter' });
      const session = await login(deps, { login: 'nvc', password: PASSWORD });
      const disabled = await updateUser(w.deps, w.actors.admin, { userId: user.id, version: user.version, disabled: true, displayName: 'Nguyễn Văn Cường' });
      assert.deepEqual([disabled.disabledAt, disabled.displayName, disabled.version], [w.clock.now().toISOString(), 'Nguyễn Văn Cường', user.version + 1]);
      assert.equal(await authenticateSession(deps, session.token), null);
      assert.equal(await loginFails(deps, 'nvc', PASSWORD), 'invalid_credentials');
      await rejectsWithCode(updateUser(w.deps, w.actors.admin, { userId: user.id, version: user.version, disabled: false }), 'conflict');
      const enabled = await updateUser(w.deps, w.actors.admin, { userId: user.id, version: disabled.version, disabled: false, email: 'nvc@laichau.gov.vn' });
      assert.deepEqual([enabled.disabledAt, enabled.email], [null, 'nvc@laichau.gov.vn']);
      assert.equal((await login(deps, { login: 'nvc', password: PASSWORD })).user.login, 'nvc');
      // Nothing changed: no new version.
      assert.equal((await updateUser(w.deps, w.actors.admin, { userId: user.id, version: enabled.version, disabled: false })).version, enabled.version);
      const me = (await listUsers(w.deps, w.actors.admin)).find((u) => u.login === 'admin');
      assert.ok(me);
      await rejectsWithCode(updateUser(w.deps, w.actors.admin, { userId: me.id, version: me.version, disabled: true }), 'self_lockout');
      assert.equal((await updateUser(w.deps, w.actors.admin, { userId: me.id, version: me.version, displayName: 'Quản trị' })).displayName, 'Quản trị');
      // A department's admin does not disable someone who also holds a role above the department.
      const healthAdmin = await userWith(db, 'admin-yte', [['admin', w.health]]);
      await addMembership(db, { actorId: null, at: new Date() }, { userId: idOf(w.actors.secretariat), unitId: w.health.id, role: 'leader' });
      await rejectsWithCode(updateUser(w.deps, healthAdmin, { userId: idOf(w.actors.secretariat), version: 1, disabled: true }), 'forbidden');
      await rejectsWithCode(updateUser(w.deps, w.actors.secretariat, { userId: user.id, version: enabled.version, disabled: true }), 'forbidden');
      await rejectsWithCode(updateUser(w.deps, w.actors.admin, { userId: 'missing', version: 1, disabled: true }), 'record_not_found');
      const trail = await listAudit(db, { entity: 'user', entityId: user.id });
      const disabledOf = (s: object | null) => (s !== null && 'disabledAt' in s ? s.disabledAt : 'none');
      assert.deepEqual(trail.map((e) => [e.action, disabledOf(e.after)]), [['create', null], ['update', w.clock.now().toISOString()], ['update', null]]);
    }));

  test('an admin resets a password: the old one stops working and the sessions end', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const deps = accountDeps(db, w);
      const user = await createUser(w.deps, w.actors.admin, { login: 'nvd', displayName: 'Nguyễn Văn D', password: PASSWORD, unitId: w.finance.id, role: 'reporter' });
      const session = await login(deps, { login: 'nvd', password: PASSWORD });
      await resetPassword(w.deps, w.actors.admin, { userId: user.id, password: 'mat-khau-moi-dat-lai' });
      assert.equal(await authenticateSession(deps, session.token), null);
      assert.equal(await loginFails(deps, 'nvd', PASSWORD), 'invalid_credentials');
      assert.equal((await login(deps, { login: 'nvd', password: 'mat-khau-moi-dat-lai' })).user.id, user.id);
      await rejectsWithCode(resetPassword(w.deps, w.actors.admin, { userId: user.id, password: 'short' }), 'invalid_input');
      await rejectsWithCode(resetPassword(w.deps, w.actors.leader, { userId: user.id, password: 'mat-khau-khac-nua' }), 'forbidden');
      await rejectsWithCode(resetPassword(w.deps, w.actors.otherSecretariat, { userId: user.id, password: 'mat-khau-khac-nua' }), 'forbidden');
      const changed = (await listAudit(db, { entity: 'user', entityId: user.id })).at(-1)?.after;
      assert.deepEqual(changed !== null && changed !== undefined && 'passwordChanged' in changed ? changed.passwordChanged : null, true);
    }));
});
