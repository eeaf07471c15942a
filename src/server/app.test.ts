import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { errorMessage } from '../services/error-messages.ts';
import { onBothEngines } from '../services/testing/engines.ts';
import { as, errorCode, signIn, withServer } from './testing/test-server.ts';

await onBothEngines('HTTP server', (engine) => {
  test('sign in sets an HttpOnly SameSite=Lax cookie; sign out ends the session', () =>
    withServer(engine, async ({ app }) => {
      const response = await app.inject({ method: 'POST', url: '/api/session', payload: { login: 'ThuKy', password: 'thuky-demo' } });
      assert.equal(response.statusCode, 200);
      const cookie = response.cookies.find((c) => c.name === 'resolute_session');
      assert.deepEqual([cookie?.httpOnly, cookie?.sameSite, cookie?.secure, cookie?.path], [true, 'Lax', undefined, '/']);
      assert.equal(response.json().user.login, 'thuky');
      assert.equal(response.json().expiresAt, '2025-03-01T20:00:00.000Z');
      const browser = { cookie: `resolute_session=${cookie?.value ?? ''}`, csrf: response.json<{ csrfToken: string }>().csrfToken };
      const me = await app.inject({ url: '/api/session', headers: as(browser) });
      assert.deepEqual([me.statusCode, me.json().user.login, me.json().grants[0].role, me.json().csrfToken], [200, 'thuky', 'secretariat', browser.csrf]);
      const out = await app.inject({ method: 'DELETE', url: '/api/session', headers: as(browser) });
      assert.equal(out.statusCode, 204);
      assert.equal(out.cookies.find((c) => c.name === 'resolute_session')?.value, '');
      const after = await app.inject({ url: '/api/session', headers: as(browser) });
      assert.deepEqual([after.statusCode, errorCode(after)], [401, 'unauthenticated']);
    }));

  test('COOKIE_SECURE=true marks the cookie Secure', () =>
    withServer(engine, async ({ app }) => {
      const response = await app.inject({ method: 'POST', url: '/api/session', payload: { login: 'thuky', password: 'thuky-demo' } });
      assert.equal(response.cookies.find((c) => c.name === 'resolute_session')?.secure, true);
    }, { env: { COOKIE_SECURE: 'true' } }));

  test('log out everywhere ends the sessions on every device', () =>
    withServer(engine, async ({ app }) => {
      const phone = await signIn(app, 'lanhdao');
      const laptop = await signIn(app, 'lanhdao');
      const out = await app.inject({ method: 'POST', url: '/api/session/logout-everywhere', headers: as(laptop) });
      assert.deepEqual(out.json(), { ended: 2 });
      assert.equal((await app.inject({ url: '/api/session', headers: as(phone) })).statusCode, 401);
    }));

  test('wrong passwords lock the login for LOGIN_LOCKOUT_MINUTES, with a Vietnamese message naming the time', () =>
    withServer(engine, async ({ app, advance }) => {
      const attempt = (password: string) => app.inject({ method: 'POST', url: '/api/session', payload: { login: 'yte', password } });
      const first = await attempt('sai-mat-khau');
      assert.deepEqual([first.statusCode, errorCode(first)], [401, 'invalid_credentials']);
      assert.equal(first.json().error.message, 'Tên đăng nhập hoặc mật khẩu không đúng.');
      await attempt('sai-mat-khau');
      const third = await attempt('sai-mat-khau');
      assert.deepEqual([third.statusCode, errorCode(third)], [429, 'login_locked']);
      assert.equal(third.json().error.message, 'Đăng nhập sai quá nhiều lần; tài khoản tạm khóa đến 2025-03-01T08:10:00.000Z.');
      assert.equal((await attempt('yte-demo')).statusCode, 429);
      advance(11);
      assert.equal((await attempt('yte-demo')).statusCode, 200);
    }, { env: { LOGIN_MAX_FAILURES: '3', LOGIN_LOCKOUT_MINUTES: '10' } }));

  test('login requests per client are rate limited, answered in the error format', () =>
    withServer(engine, async ({ app }) => {
      const attempt = () => app.inject({ method: 'POST', url: '/api/session', payload: { login: 'ai-do', password: 'x' } });
      for (let i = 0; i < 2; i++) assert.equal((await attempt()).statusCode, 401);
      const limited = await attempt();
      assert.deepEqual([limited.statusCode, errorCode(limited)], [429, 'rate_limited']);
      assert.equal(limited.headers['retry-after'], '60');
    }, { env: { LOGIN_RATE_PER_MINUTE: '2' } }));

  test('a change made with the session cookie needs the CSRF token; an API token does not', () =>
    withServer(engine, async ({ app }) => {
      const browser = await signIn(app, 'thuky');
      const forged = await app.inject({ method: 'POST', url: '/api/tokens', headers: { cookie: browser.cookie }, payload: { name: 'x' } });
      assert.deepEqual([forged.statusCode, errorCode(forged)], [403, 'csrf_rejected']);
      const wrong = await app.inject({ method: 'POST', url: '/api/tokens', headers: { cookie: browser.cookie, 'x-csrf-token': `${browser.csrf}x` }, payload: { name: 'x' } });
      assert.equal(wrong.statusCode, 403);
      const created = await app.inject({ method: 'POST', url: '/api/tokens', headers: as(browser), payload: { name: 'Đồng bộ' } });
      assert.equal(created.statusCode, 201);
      const token = created.json<{ token: string }>().token;
      const viaToken = await app.inject({ method: 'POST', url: '/api/tokens', headers: { authorization: `Bearer ${token}` }, payload: { name: 'khác' } });
      assert.equal(viaToken.statusCode, 201);
      // A form post cannot send JSON: text/plain bodies are not accepted at all.
      const form = await app.inject({ method: 'POST', url: '/api/session', headers: { 'content-type': 'text/plain' }, payload: 'login=thuky' });
      assert.deepEqual([form.statusCode, errorCode(form)], [415, 'unsupported_media_type']);
    }));

  test('API tokens: Bearer works, the secret is shown once, a revoked or wrong token is 401', () =>
    withServer(engine, async ({ app }) => {
      const browser = await signIn(app, 'kiemtra');
      const created = await app.inject({ method: 'POST', url: '/api/tokens', headers: as(browser), payload: { name: 'Báo cáo tự động' } });
      const { token, id } = created.json<{ token: string; id: string }>();
      assert.match(token, /^rsl_/);
      const me = await app.inject({ url: '/api/session', headers: { authorization: `Bearer ${token}` } });
      assert.deepEqual([me.json().user.login, me.json().via, me.json().csrfToken], ['kiemtra', 'token', null]);
      const listed = await app.inject({ url: '/api/tokens', headers: as(browser) });
      assert.deepEqual(listed.json().map((t: { name: string }) => t.name), ['Báo cáo tự động']);
      assert.equal(JSON.stringify(listed.json()).includes(token), false);
      assert.equal((await app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers: as(browser) })).statusCode, 204);
      const revoked = await app.inject({ url: '/api/session', headers: { authorization: `Bearer ${token}` } });
      assert.deepEqual([revoked.statusCode, errorCode(revoked)], [401, 'unauthenticated']);
      const wrong = await app.inject({ url: '/healthz', headers: { authorization: 'Bearer rsl_nope' } });
      assert.equal(wrong.statusCode, 401);
    }));

  test('errors: one JSON shape, Vietnamese by default, English on request, no stack traces', () =>
    withServer(engine, async ({ app }) => {
      const vi = await app.inject({ url: '/api/terms/khong-co/framework', headers: { authorization: 'Bearer x' } });
      assert.equal(vi.statusCode, 401);
      const browser = await signIn(app, 'thuky');
      const missing = await app.inject({ url: '/api/terms/khong-co/framework', headers: as(browser) });
      assert.deepEqual(missing.json(), {
        error: { code: 'record_not_found', message: 'Không tìm thấy bản ghi (term khong-co).', details: { entity: 'term', id: 'khong-co' } },
      });
      const en = await app.inject({ url: '/api/terms/khong-co/framework', headers: { ...as(browser), 'accept-language': 'en-GB,en;q=0.9,vi;q=0.5' } });
      assert.equal(en.json().error.message, 'Record not found (term khong-co).');
      const invalid = await app.inject({ method: 'POST', url: '/api/session', headers: { 'accept-language': 'en' }, payload: { login: 'x' } });
      assert.deepEqual([invalid.statusCode, errorCode(invalid), invalid.json().error.details.path], [400, 'invalid_input', 'body.password']);
      const invalidVi = errorMessage('vi', 'invalid_input', invalid.json().error.details);
      assert.match(invalidVi, /^Dữ liệu không hợp lệ: trường body\.password: /);
      assert.doesNotMatch(invalidVi, /: body\.password: /);
      const broken = await app.inject({ method: 'POST', url: '/api/session', headers: { 'content-type': 'application/json' }, payload: '{"login":' });
      assert.deepEqual([broken.statusCode, errorCode(broken)], [400, 'malformed_request']);
    }));

  test('an unknown route is a JSON 404, for the public too', () =>
    withServer(engine, async ({ app }) => {
      const response = await app.inject({ method: 'GET', url: '/api/khong-co?x=1', headers: { 'accept-language': 'en' } });
      assert.equal(response.statusCode, 404);
      assert.deepEqual(response.json(), {
        error: { code: 'route_not_found', message: 'There is no GET /api/khong-co.', details: { method: 'GET', url: '/api/khong-co' } },
      });
    }));

  test('a body over BODY_LIMIT_KB is refused with 413 before anything is read into the store', () =>
    withServer(engine, async ({ app }) => {
      const browser = await signIn(app, 'thuky');
      const response = await app.inject({ method: 'POST', url: '/api/tokens', headers: as(browser), payload: { name: 'x'.repeat(3000) } });
      assert.deepEqual([response.statusCode, errorCode(response)], [413, 'body_too_large']);
      assert.equal(response.json().error.message, 'Nội dung gửi lên quá lớn (tối đa 2048 byte).');
    }, { env: { BODY_LIMIT_KB: '2' } }));

  test('an unexpected error is logged with its stack and answered with a plain 500 naming the request id', () =>
    withServer(engine, async ({ app, logs }) => {
      app.get('/boom', { config: { auth: 'public' } }, () => {
        throw new Error('secret internal detail');
      });
      const response = await app.inject({ url: '/boom', headers: { 'x-request-id': 'req-42' } });
      assert.equal(response.statusCode, 500);
      assert.equal(response.headers['x-request-id'], 'req-42');
      assert.deepEqual(response.json(), {
        error: { code: 'internal', message: 'Lỗi nội bộ không mong muốn. Hãy báo lại cho quản trị hệ thống, kèm mã yêu cầu req-42.', details: { requestId: 'req-42' } },
      });
      assert.equal(response.body.includes('secret'), false);
      const logged = logs().find((line) => line.msg === 'unexpected error');
      assert.equal(logged?.requestId, 'req-42');
      assert.match(JSON.stringify(logged?.err), /secret internal detail/);
    }));

  test('security headers on every answer; request ids are generated, or kept when plain', () =>
    withServer(engine, async ({ app, logs }) => {
      const response = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad id\nwith newline' } });
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.equal(response.headers['x-frame-options'], 'SAMEORIGIN');
      assert.match(String(response.headers['content-security-policy']), /default-src 'self'/);
      assert.match(String(response.headers['x-request-id']), /^[0-9a-f-]{36}$/);
      await app.inject({ url: '/api/session', headers: { 'x-request-id': 'trace-1' } });
      assert.equal(logs().some((line) => line.requestId === 'trace-1' && line.msg === 'request refused'), true);
      // Health probes stay out of the request log.
      assert.equal(logs().some((line) => JSON.stringify(line).includes('/healthz')), false);
    }));

  test('/healthz answers without the database; /readyz checks it', () =>
    withServer(engine, async ({ app, database }) => {
      assert.deepEqual((await app.inject({ url: '/healthz' })).json(), { status: 'ok' });
      assert.deepEqual((await app.inject({ url: '/readyz' })).json(), { status: 'ready', reason: null });
      await sql`delete from kysely_migration where name = ${'0007-login-attempts'}`.execute(database.db);
      const behind = await app.inject({ url: '/readyz' });
      assert.deepEqual([behind.statusCode, behind.json()], [503, { status: 'not_ready', reason: 'migrations not applied: 0007-login-attempts' }]);
    }));
});
