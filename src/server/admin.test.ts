/**
 * The administration routes over HTTP on the demo province: an admin builds a unit and an
 * account, the account signs in, is disabled (its session ends) and cannot be the admin's own;
 * errors come back named and translated.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoId } from '../services/demo/load-demo.ts';
import { onBothEngines } from '../services/testing/engines.ts';
import { as, errorCode, signIn, withServer } from './testing/test-server.ts';

const LAI_CHAU = demoId('province');

interface Unit {
  id: string;
  name: string;
  kind: string;
  code: string | null;
  depth: number;
}

interface AdminUser {
  id: string;
  login: string;
  version: number;
  disabledAt: string | null;
  roles: { unitId: string; unitName: string; role: string }[];
}

await onBothEngines('administration routes', (engine) => {
  test('an admin adds a commune and a reporter in it; the reporter signs in; disabled, their session ends', () =>
    withServer(engine, async ({ app }) => {
      const admin = as(await signIn(app, 'admin'));
      const created = await app.inject({ method: 'POST', url: '/api/organisations', headers: admin, payload: { parentId: LAI_CHAU, kind: 'commune', name: 'Xã Nậm Tăm', code: 'lch-namtam' } });
      assert.equal(created.statusCode, 201);
      const commune = created.json<Unit>();
      assert.equal(commune.code, 'LCH-NAMTAM');
      const tree = (await app.inject({ url: `/api/organisations/${LAI_CHAU}/tree`, headers: admin })).json<Unit[]>();
      assert.deepEqual([tree[0]?.id, tree[0]?.depth], [LAI_CHAU, 0]);
      assert.deepEqual(tree.filter((unit) => unit.id === commune.id).map((unit) => [unit.name, unit.kind, unit.depth]), [['Xã Nậm Tăm', 'commune', 1]]);

      const payload = { login: 'namtam', displayName: 'Cán bộ xã Nậm Tăm', password: 'mat-khau-ban-dau', unitId: commune.id, role: 'reporter' };
      const made = await app.inject({ method: 'POST', url: '/api/users', headers: admin, payload });
      assert.equal(made.statusCode, 201);
      const user = made.json<AdminUser>();
      assert.deepEqual(user.roles.map((role) => [role.role, role.unitName]), [['reporter', 'Xã Nậm Tăm']]);
      const list = await app.inject({ url: '/api/users', headers: admin });
      assert.ok(list.json<AdminUser[]>().some((u) => u.login === 'namtam'));
      assert.doesNotMatch(list.body, /passwordHash|password_hash|scrypt/);

      const reporter = as(await signIn(app, 'namtam', 'mat-khau-ban-dau'));
      const session = await app.inject({ url: '/api/session', headers: reporter });
      assert.deepEqual(session.json<{ grants: unknown[] }>().grants, [{ role: 'reporter', unitId: commune.id }]);

      const disabled = await app.inject({ method: 'PATCH', url: `/api/users/${user.id}`, headers: admin, payload: { version: user.version, disabled: true } });
      assert.equal(disabled.statusCode, 200);
      assert.notEqual(disabled.json<AdminUser>().disabledAt, null);
      assert.equal((await app.inject({ url: '/api/session', headers: reporter })).statusCode, 401);
      const again = await app.inject({ method: 'POST', url: '/api/session', payload: { login: 'namtam', password: 'mat-khau-ban-dau' } });
      assert.equal(again.statusCode, 401);

      const revoke = await app.inject({ method: 'DELETE', url: `/api/users/${user.id}/roles?unitId=${commune.id}&role=reporter`, headers: admin });
      assert.deepEqual([revoke.statusCode, errorCode(revoke)], [409, 'invalid_state']);
    }));

  test('duplicates and self-lockout are named errors, in Vietnamese or English', () =>
    withServer(engine, async ({ app }) => {
      const admin = as(await signIn(app, 'admin'));
      const me = (await app.inject({ url: '/api/users', headers: admin })).json<AdminUser[]>().find((u) => u.login === 'admin');
      assert.ok(me);
      const self = await app.inject({ method: 'PATCH', url: `/api/users/${me.id}`, headers: admin, payload: { version: me.version, disabled: true } });
      assert.deepEqual([self.statusCode, errorCode(self)], [409, 'self_lockout']);
      assert.match(self.json<{ error: { message: string } }>().error.message, /Bạn không thể tự khóa tài khoản/);
      const selfEn = await app.inject({ method: 'DELETE', url: `/api/users/${me.id}/roles?unitId=${LAI_CHAU}&role=admin`, headers: { ...admin, 'accept-language': 'en' } });
      assert.deepEqual([selfEn.statusCode, errorCode(selfEn)], [409, 'self_lockout']);
      assert.match(selfEn.json<{ error: { message: string } }>().error.message, /cannot disable your own account or remove your own last admin role/);

      const taken = await app.inject({ method: 'POST', url: '/api/users', headers: admin, payload: { login: 'THUKY', displayName: 'X', password: 'mat-khau-ban-dau', unitId: LAI_CHAU, role: 'leader' } });
      assert.deepEqual([taken.statusCode, taken.json<{ error: { details: unknown } }>().error.details], [409, { detail: 'login "thuky"', detail_vi: 'tên đăng nhập "thuky"', field: 'login' }]);
      const code = await app.inject({ method: 'POST', url: '/api/organisations', headers: admin, payload: { parentId: LAI_CHAU, kind: 'department', name: 'Sở X', code: 'LCH-YT' } });
      assert.deepEqual([code.statusCode, code.json<{ error: { details: unknown } }>().error.details], [409, { detail: 'code "LCH-YT"', detail_vi: 'mã "LCH-YT"', field: 'code' }]);
      const term = await app.inject({ method: 'POST', url: `/api/organisations/${LAI_CHAU}/terms`, headers: admin, payload: { congress: 'XVI', startYear: 2028, endYear: 2033 } });
      assert.deepEqual([term.statusCode, errorCode(term)], [400, 'invalid_input']);
      const unknown = await app.inject({ method: 'POST', url: '/api/users', headers: admin, payload: { login: 'x1', displayName: 'X', password: 'mat-khau-ban-dau', unitId: LAI_CHAU, role: 'reporter', isAdmin: true } });
      assert.deepEqual([unknown.statusCode, errorCode(unknown)], [400, 'invalid_input']);
    }));
});
