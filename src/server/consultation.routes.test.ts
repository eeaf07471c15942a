/**
 * The consultation API on the demo, on both engines: the public flow without an account
 * (read, form token, comment, refusals in Vietnamese and English, closed), the public list
 * without contact data, the rate limit and the body limit of the public comment route, the
 * secretariat moderating with its CSRF token while a leader and another province's
 * secretariat are refused, and the report downloads.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { loadActor } from '../services/actor.ts';
import { demoId } from '../services/demo/load-demo.ts';
import { importDocument } from '../services/document-import.service.ts';
import type { Database } from '../services/maintenance.service.ts';
import { onBothEngines } from '../services/testing/engines.ts';
import { as, errorCode, signIn, withServer } from './testing/test-server.ts';

const DRAFT = fileURLToPath(new URL('../../examples/nghi-quyet-mau.txt', import.meta.url));
const SLUG = 'gop-y-nghi-quyet-mau';
const PUBLIC = `/api/public/consultations/${SLUG}`;
const CONTACT = { name: 'Nguyễn Văn An', email: 'an@example.vn' };

const Opened = z.object({ id: z.string(), slug: z.string(), opensAt: z.string(), closesAt: z.string(), version: z.number() });
const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).optional() }) });

/**
 * The sample resolution filed under Lai Châu's XV term and opened over the API by the
 * secretariat, from 20/02/2025 to 10/03/2025 17:00 (the server's clock starts on 01/03/2025 15:00).
 */
async function openSample(app: FastifyInstance, database: Database): Promise<{ id: string; version: number }> {
  const secretariat = await loadActor(database.db, demoId('user/thuky'));
  const document = await importDocument(app.resolute.services, secretariat, { termId: demoId('term/XV'), path: DRAFT });
  const thuky = as(await signIn(app, 'thuky'));
  const response = await app.inject({
    method: 'POST', url: '/api/consultations', headers: thuky,
    payload: { documentId: document.id, title: 'Góp ý dự thảo nghị quyết mẫu', slug: SLUG, opensOn: '2025-02-20', closesOn: '2025-03-10', closeTime: '17:00' },
  });
  assert.equal(response.statusCode, 201, response.body);
  const opened = Opened.parse(response.json());
  assert.deepEqual([opened.slug, opened.opensAt, opened.closesAt], [SLUG, '2025-02-19T17:00:00.000Z', '2025-03-10T10:00:00.000Z']);
  return opened;
}

/** A public comment body with a form token; `fields` override. */
function comment(formToken: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { target: { kind: 'draft' }, stance: 'agree', text: 'Tán thành với dự thảo.', respondentType: 'citizen', formToken, ...fields };
}

async function formToken(app: FastifyInstance): Promise<string> {
  const response = await app.inject({ url: `${PUBLIC}/form` });
  assert.equal(response.statusCode, 200, response.body);
  return z.object({ formToken: z.string(), issuedAt: z.string() }).parse(response.json()).formToken;
}

await onBothEngines('consultations over HTTP', (engine) => {
  test('the public flow without a cookie: read, form, comment 201, refusals in Vietnamese and English, 413, list without contact, 409 when closed', () =>
    withServer(engine, async ({ app, database, advance }) => {
      await openSample(app, database);
      const page = await app.inject({ url: PUBLIC });
      assert.equal(page.statusCode, 200, page.body);
      const consultation = z.object({ state: z.string(), title: z.string(), sections: z.array(z.object({ id: z.string() })), limits: z.object({ minFillSeconds: z.number() }) }).parse(page.json());
      assert.deepEqual([consultation.state, consultation.title, consultation.sections.length, consultation.limits.minFillSeconds], ['open', 'Góp ý dự thảo nghị quyết mẫu', 26, 3]);
      const token = await formToken(app);
      advance(1);
      const sent = await app.inject({ method: 'POST', url: `${PUBLIC}/comments`, payload: comment(token, { ...CONTACT, target: { kind: 'section', sectionId: 's41' }, stance: 'partly', text: 'Đề nghị bổ sung cây mắc ca.' }) });
      assert.equal(sent.statusCode, 201, sent.body);
      assert.deepEqual(Object.keys(sent.json()).sort(), ['id', 'receivedAt', 'repeated', 'verified']);
      const refused = await app.inject({ method: 'POST', url: `${PUBLIC}/comments`, payload: comment(token, { stance: 'disagree', text: 'Chưa phù hợp.' }) });
      const vi = ErrorBody.parse(refused.json()).error;
      assert.deepEqual([refused.statusCode, vi.code, vi.message, vi.details?.fields], [422, 'comment_refused', 'Ý kiến chưa được gửi: Khi không tán thành, xin cho biết lý do.', 'reason']);
      const english = await app.inject({ method: 'POST', url: `${PUBLIC}/comments`, headers: { 'accept-language': 'en' }, payload: comment(token, { stance: 'disagree', text: 'Chưa phù hợp.' }) });
      assert.deepEqual([english.statusCode, ErrorBody.parse(english.json()).error.message], [422, 'The comment was not sent: Please give a reason when you disagree.']);
      const huge = await app.inject({ method: 'POST', url: `${PUBLIC}/comments`, payload: comment(token, { text: 'ý kiến '.repeat(10_000) }) });
      assert.deepEqual([huge.statusCode, errorCode(huge)], [413, 'body_too_large']);
      const listed = await app.inject({ url: `${PUBLIC}/comments` });
      assert.deepEqual(z.object({ items: z.array(z.unknown()) }).parse(listed.json()).items, []);
      // The secretariat publishes it; the public list then shows it, without the commenter's contact.
      const thuky = as(await signIn(app, 'thuky'));
      await publishAll(app, thuky);
      const published = await app.inject({ url: `${PUBLIC}/comments?target=section:s41` });
      assert.equal(published.statusCode, 200, published.body);
      const items = z.object({ items: z.array(z.object({ text: z.string(), groupSize: z.number() })) }).parse(published.json()).items;
      assert.deepEqual(items.map((i) => [i.text, i.groupSize]), [['Đề nghị bổ sung cây mắc ca.', 1]]);
      for (const secret of ['"contact"', '"email"', '"name"', CONTACT.email, CONTACT.name]) assert.equal(published.body.includes(secret), false, secret);
      assert.equal(z.object({ publishedByTarget: z.record(z.string(), z.number()) }).parse((await app.inject({ url: PUBLIC })).json()).publishedByTarget['section:s41'], 1);
      // 10/03/2025 17:00 in Vietnam: closed, to the second.
      advance(9 * 24 * 60 + 2 * 60 - 1);
      const closed = await app.inject({ method: 'POST', url: `${PUBLIC}/comments`, payload: comment(token) });
      const body = ErrorBody.parse(closed.json()).error;
      assert.deepEqual([closed.statusCode, body.code, body.message], [409, 'consultation_closed', 'Đợt lấy ý kiến đã kết thúc lúc 17:00 ngày 10/03/2025 (giờ Việt Nam); không nhận thêm góp ý.']);
      assert.equal(z.object({ state: z.string() }).parse((await app.inject({ url: PUBLIC })).json()).state, 'closed');
    }));

  test('the public comment route is rate limited per client address (COMMENT_RATE_PER_MINUTE)', () =>
    withServer(engine, async ({ app, database, advance }) => {
      await openSample(app, database);
      const token = await formToken(app);
      advance(1);
      const post = () => app.inject({ method: 'POST', url: `${PUBLIC}/comments`, payload: comment(token, { text: `Ý kiến lúc ${Date.now()}.` }) });
      for (let i = 0; i < 3; i++) assert.equal((await post()).statusCode, 201);
      const limited = await post();
      assert.deepEqual([limited.statusCode, errorCode(limited)], [429, 'rate_limited']);
      assert.match(ErrorBody.parse(limited.json()).error.message, /^Quá nhiều yêu cầu/);
      // Reads are not limited.
      assert.equal((await app.inject({ url: PUBLIC })).statusCode, 200);
    }, { env: { COMMENT_RATE_PER_MINUTE: '3' } }));

  test('staff over HTTP: the secretariat moderates with its CSRF token, a leader and another province\'s secretariat get 403; report downloads', () =>
    withServer(engine, async ({ app, database, advance }) => {
      const { id } = await openSample(app, database);
      const token = await formToken(app);
      advance(1);
      const sent = await app.inject({ method: 'POST', url: `${PUBLIC}/comments`, payload: comment(token, CONTACT) });
      const commentId = z.object({ id: z.string() }).parse(sent.json()).id;
      const thuky = await signIn(app, 'thuky');
      const queue = await app.inject({ url: `/api/consultations/${id}/comments?state=new`, headers: as(thuky) });
      assert.equal(queue.statusCode, 200, queue.body);
      const items = z.object({ items: z.array(z.object({ id: z.string(), version: z.number(), contact: z.object({ email: z.string().nullable() }) })) }).parse(queue.json()).items;
      assert.deepEqual(items.map((i) => [i.id, i.contact.email]), [[commentId, CONTACT.email]]);
      const url = `/api/comments/${commentId}/moderation`;
      const payload = { version: 1, state: 'hidden', reason: 'personal_data' };
      const forged = await app.inject({ method: 'POST', url, headers: { cookie: thuky.cookie }, payload });
      assert.deepEqual([forged.statusCode, errorCode(forged)], [403, 'csrf_rejected']);
      const anonymous = await app.inject({ method: 'POST', url, payload });
      assert.equal(anonymous.statusCode, 401);
      const lanhdao = as(await signIn(app, 'lanhdao'));
      const leader = await app.inject({ method: 'POST', url, headers: lanhdao, payload });
      assert.deepEqual([leader.statusCode, errorCode(leader)], [403, 'forbidden']);
      assert.equal((await app.inject({ url: `/api/consultations/${id}/comments`, headers: lanhdao })).statusCode, 403);
      assert.equal((await app.inject({ url: `/api/consultations/${id}/synthesis`, headers: lanhdao })).statusCode, 200);
      const other = as(await signIn(app, 'thuky-db'));
      for (const response of [
        await app.inject({ method: 'POST', url, headers: other, payload }),
        await app.inject({ url: `/api/consultations/${id}`, headers: other }),
        await app.inject({ url: `/api/consultations/${id}/comments`, headers: other }),
        await app.inject({ method: 'POST', url: `/api/consultations/${id}/close`, headers: other, payload: { version: 1 } }),
      ]) assert.deepEqual([response.statusCode, errorCode(response)], [403, 'forbidden']);
      const hidden = await app.inject({ method: 'POST', url, headers: as(thuky), payload: { ...payload, note: 'Có số nhà riêng' } });
      assert.equal(hidden.statusCode, 200, hidden.body);
      assert.deepEqual(z.object({ moderation: z.unknown(), version: z.number() }).parse(hidden.json()), { moderation: { state: 'hidden', reason: 'personal_data', note: 'Có số nhà riêng' }, version: 2 });
      const stale = await app.inject({ method: 'POST', url, headers: as(thuky), payload: { version: 1, state: 'published' } });
      assert.deepEqual([stale.statusCode, errorCode(stale)], [409, 'conflict']);
      // The reports, for a reader of the province.
      const types = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pdf: 'application/pdf', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
      for (const [format, type] of Object.entries(types)) {
        const response = await app.inject({ url: `/api/consultations/${id}/reports/synthesis?format=${format}`, headers: lanhdao });
        assert.deepEqual([response.statusCode, response.headers['content-type']], [200, type], response.body.slice(0, 200));
        assert.match(String(response.headers['content-disposition']), new RegExp(`^attachment; filename="[a-z0-9-]+\\.${format}"`));
        assert.ok(response.rawPayload.length > 1000);
      }
      assert.equal((await app.inject({ url: `/api/consultations/${id}/reports/disposition?format=docx`, headers: lanhdao })).statusCode, 200);
      const layout = await app.inject({ url: `/api/consultations/${id}/reports/synthesis?format=layout`, headers: lanhdao });
      assert.equal(layout.headers['content-type'], 'application/json; charset=utf-8');
      const document = z.object({ kindLine: z.string().nullable(), title: z.array(z.string()) }).parse(layout.json());
      assert.deepEqual([document.kindLine, document.title[0]], ['BÁO CÁO', 'TỔNG HỢP Ý KIẾN GÓP Ý']);
      assert.match(document.title[1] ?? '', /^VÀO ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH HÒA SƠN/);
      assert.equal((await app.inject({ url: `/api/consultations/${id}/reports/synthesis?format=docx`, headers: other })).statusCode, 403);
    }));

});

/** Publishes every new comment in the secretariat's queue over the API. */
async function publishAll(app: FastifyInstance, headers: Record<string, string>): Promise<void> {
  const list = await app.inject({ url: '/api/consultations', headers });
  const mine = z.array(z.object({ consultation: z.object({ id: z.string(), slug: z.string() }) })).parse(list.json()).find((c) => c.consultation.slug === SLUG);
  assert.ok(mine !== undefined);
  const queue = await app.inject({ url: `/api/consultations/${mine.consultation.id}/comments?state=new`, headers });
  for (const item of z.object({ items: z.array(z.object({ id: z.string(), version: z.number() })) }).parse(queue.json()).items) {
    const done = await app.inject({ method: 'POST', url: `/api/comments/${item.id}/moderation`, headers, payload: { version: item.version, state: 'published' } });
    assert.equal(done.statusCode, 200, done.body);
  }
}
