/**
 * Public comments through the service on both engines: the stance rules with their bilingual
 * refusals, the window to the second (Vietnam time in the message), markup and script refused
 * while plain "<" and "&" stay text, bot signals filed as spam behind an ordinary receipt,
 * unknown targets and localities, retries stored once (also when racing), 200 comments at
 * once all stored in order, and the e-mail verification with its limits.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { getComment, listComments, type Executor } from '../store/index.ts';
import { AccessError } from './access-error.ts';
import { submitPublicComment } from './comment-submission.service.ts';
import { confirmCode, requestCode, type CodeSender } from './consultation-verification.service.ts';
import { closeConsultation, issueFormToken, openConsultation } from './consultation.service.ts';
import { importDocument } from './document-import.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld, type World } from './testing/fixtures.ts';

const DRAFT = fileURLToPath(new URL('../../examples/nghi-quyet-mau.txt', import.meta.url));
const SLUG = 'du-thao-nghi-quyet';
/** 29/02/2024 17:00 in Vietnam. */
const CLOSES_AT = '2024-02-29T10:00:00.000Z';

type Fields = Partial<Parameters<typeof submitPublicComment>[1]>;

/**
 * The world with a consultation open until 29/02/2024 17:00 (Vietnam), and `send`: a comment
 * with a form token issued a minute before the clock (a person's pace) unless told otherwise.
 */
async function setup(db: Executor, verification: 'none' | 'email' = 'none') {
  const w = await seedWorld(db);
  const document = await importDocument(w.deps, w.actors.secretariat, { termId: w.term.id, path: DRAFT });
  const consultation = await openConsultation(w.deps, w.actors.secretariat, {
    documentId: document.id, title: 'Dự thảo Nghị quyết', opensOn: '2024-01-20', closesOn: '2024-02-29', closeTime: '17:00', verification,
  });
  const issued = await issueFormToken(w.deps, { slug: SLUG });
  w.clock.set('2024-02-01T03:01:00.000Z');
  const send = (fields: Fields = {}) =>
    submitPublicComment(w.deps, {
      slug: SLUG, target: { kind: 'draft' }, stance: 'agree', text: 'Tán thành với dự thảo.', respondentType: 'citizen', formToken: issued.formToken, ...fields,
    });
  return { w, consultation, send };
}

/** Sets the clock `seconds` after `iso`. */
function at(w: World, iso: string, seconds = 0): void {
  w.clock.set(new Date(Date.parse(iso) + seconds * 1000).toISOString());
}

/** A code sender that keeps the messages instead of mailing them. */
function capturingSender(): CodeSender & { codes: string[] } {
  const codes: string[] = [];
  return {
    codes,
    send: async (message) => {
      const code = /\b(\d{6})\b/.exec(message.text)?.[1];
      assert.ok(code !== undefined && message.subject.includes(code), `no code in ${message.text}`);
      codes.push(code);
    },
  };
}

await onBothEngines('public comment submission', (engine) => {
  test('stance rules: Không tán thành needs a reason, Đồng ý một phần needs the text; refusals in both languages name the fields', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultation, send } = await setup(db);
      const noReason = await rejectsWithCode(send({ stance: 'disagree', text: 'Chưa phù hợp.' }), 'comment_refused');
      assert.deepEqual(noReason.details, { problems_vi: 'Khi không tán thành, xin cho biết lý do.', problems_en: 'Please give a reason when you disagree.', fields: 'reason' });
      const noText = await rejectsWithCode(send({ stance: 'partly', text: '   ' }), 'comment_refused');
      assert.equal(noText.details.problems_vi, 'Khi đồng ý một phần, xin ghi rõ ý kiến góp ý.');
      assert.equal(noText.details.fields, 'text');
      const both = await rejectsWithCode(send({ stance: 'agree', text: 'Được.', reason: 'Vì sao?' }), 'comment_refused');
      assert.equal(both.details.problems_en, 'A reason is given only when you disagree.');
      assert.deepEqual(await listComments(w.deps.db, { consultationId: consultation.id }), []);
      const disagree = await send({ stance: 'disagree', text: 'Chưa phù hợp.', reason: 'Nguồn lực không đủ.' });
      const agreeEmpty = await send({ stance: 'agree', text: '' });
      assert.deepEqual([disagree.repeated, disagree.verified, agreeEmpty.repeated], [false, false, false]);
      assert.equal((await getComment(w.deps.db, disagree.id))?.reason, 'Nguồn lực không đủ.');
    }));

  test('the window to the second: closesAt − 1 s is taken, closesAt is refused with the Vietnamese time; closed early; not yet open', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultation, send } = await setup(db);
      at(w, CLOSES_AT, -1);
      const last = await send();
      assert.equal(last.receivedAt, '2024-02-29T09:59:59.000Z');
      at(w, CLOSES_AT);
      const late = await rejectsWithCode(send(), 'consultation_closed');
      assert.equal(late.details.when_vi, 'Đợt lấy ý kiến đã kết thúc lúc 17:00 ngày 29/02/2024 (giờ Việt Nam); không nhận thêm góp ý.');
      assert.match(String(late.details.when_en), /closed at 17:00 on 29\/02\/2024/);
      at(w, '2024-02-10T02:00:00.000Z');
      await closeConsultation(w.deps, w.actors.secretariat, { consultationId: consultation.id, version: consultation.version });
      at(w, '2024-02-10T02:00:00.000Z', 1);
      const early = await rejectsWithCode(send(), 'consultation_closed');
      assert.equal(early.details.reason, 'closed_early');
      assert.match(String(early.details.when_vi), /kết thúc sớm lúc 09:00 ngày 10\/02\/2024/);
      await openConsultation(w.deps, w.actors.secretariat, { documentId: consultation.documentId, title: 'Đợt sau', slug: 'dot-sau', opensOn: '2024-03-01', closesOn: '2024-03-31' });
      const upcoming = await rejectsWithCode(send({ slug: 'dot-sau' }), 'consultation_closed');
      assert.equal(upcoming.details.reason, 'not_yet_open');
      assert.match(String(upcoming.details.when_vi), /chưa bắt đầu; bắt đầu nhận góp ý từ 00:00 ngày 01\/03\/2024/);
    }));

  test('script and markup are refused with what was found; plain "a < b & c" is stored as sent', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, send } = await setup(db);
      for (const text of ['<script>alert(1)</script>', 'Xem ảnh <img src=x onerror=alert(1)>', 'Bấm javascript:alert(document.cookie)', '<b>Đậm</b>']) {
        const refused = await rejectsWithCode(send({ text }), 'comment_refused');
        assert.match(String(refused.details.problems_vi), /^Nội dung góp ý chứa (mã lệnh|thẻ HTML)/, text);
        assert.equal(refused.details.fields, 'text');
      }
      const inName = await rejectsWithCode(send({ name: '<img src=x onerror="alert(1)">' }), 'comment_refused');
      assert.equal(inName.details.fields, 'name');
      const plain = await send({ text: 'Nếu a < b & c > d thì tỷ lệ <5% là hợp lý; "Nông & Lâm".' });
      assert.equal((await getComment(w.deps.db, plain.id))?.text, 'Nếu a < b & c > d thì tỷ lệ <5% là hợp lý; "Nông & Lâm".');
    }));

  test('bots: a filled honeypot, a form sent within 3 s, a forged or absent form token are stored as spam behind an ordinary receipt', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultation, send } = await setup(db);
      const person = await send({ text: 'Ý kiến của một người.' });
      const honeypot = await send({ text: 'Quảng cáo.', website: 'http://spam.example' });
      assert.deepEqual(Object.keys(honeypot).sort(), Object.keys(person).sort());
      assert.deepEqual([honeypot.verified, honeypot.repeated], [person.verified, person.repeated]);
      const fresh = await issueFormToken(w.deps, { slug: SLUG });
      at(w, fresh.issuedAt, 2);
      const quick = await send({ text: 'Gửi quá nhanh.', formToken: fresh.formToken });
      at(w, fresh.issuedAt, 3);
      const paced = await send({ text: 'Gửi sau ba giây.', formToken: fresh.formToken });
      const [prefix] = fresh.formToken.split('.');
      const forged = await send({ text: 'Mã giả.', formToken: `${prefix ?? ''}.${'A'.repeat(43)}` });
      const absent = await send({ text: 'Không có mã.', formToken: '' });
      const other = await openConsultation(w.deps, w.actors.secretariat, { documentId: consultation.documentId, title: 'Khác', slug: 'khac', opensOn: '2024-01-20', closesOn: '2024-02-29' });
      const elsewhere = await issueFormToken(w.deps, { slug: other.slug });
      at(w, elsewhere.issuedAt, 60);
      const borrowed = await send({ text: 'Mã của đợt khác.', formToken: elsewhere.formToken });
      const stored = async (id: string) => {
        const comment = await getComment(w.deps.db, id);
        return [comment?.moderation.state, comment?.spamSignal];
      };
      assert.deepEqual(await stored(person.id), ['new', null]);
      assert.deepEqual(await stored(honeypot.id), ['spam', 'honeypot']);
      assert.deepEqual(await stored(quick.id), ['spam', 'too_fast']);
      assert.deepEqual(await stored(paced.id), ['new', null]);
      assert.deepEqual(await stored(forged.id), ['spam', 'no_form_time']);
      assert.deepEqual(await stored(absent.id), ['spam', 'no_form_time']);
      assert.deepEqual(await stored(borrowed.id), ['spam', 'no_form_time']);
    }));

  test('an unknown section, target or locality is invalid_input naming the field', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, send } = await setup(db);
      const section = await rejectsWithCode(send({ target: { kind: 'section', sectionId: 's16' } }), 'invalid_input');
      assert.equal(section.details.path, 'target.sectionId');
      const indicator = await rejectsWithCode(send({ target: { kind: 'indicator', indicatorId: 't999' } }), 'invalid_input');
      assert.equal(indicator.details.path, 'target.indicatorId');
      const locality = await rejectsWithCode(send({ localityId: w.otherProvince.id }), 'invalid_input');
      assert.equal(locality.details.path, 'localityId');
      await rejectsWithCode(send({ localityId: w.finance.id }), 'invalid_input');
      const placed = await send({ target: { kind: 'section', sectionId: 's20' }, localityId: w.commune.id });
      const comment = await getComment(w.deps.db, placed.id);
      assert.deepEqual([comment?.target, comment?.localityId], [{ kind: 'section', sectionId: 's20', path: ['II-', '1.'] }, w.commune.id]);
    }));

  test('a retry with the same clientRef is stored once, also when both race', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultation, send } = await setup(db);
      const first = await send({ clientRef: 'retry-key-0001' });
      const again = await send({ clientRef: 'retry-key-0001' });
      assert.deepEqual([again.id, again.repeated, first.repeated], [first.id, true, false]);
      const raced = await Promise.all([send({ clientRef: 'race-key-0002', text: 'Cùng lúc.' }), send({ clientRef: 'race-key-0002', text: 'Cùng lúc.' })]);
      assert.equal(raced[0].id, raced[1].id);
      assert.deepEqual(raced.map((r) => r.repeated).sort(), [false, true]);
      const stored = await listComments(w.deps.db, { consultationId: consultation.id });
      assert.deepEqual(stored.map((c) => c.clientRef), ['retry-key-0001', 'race-key-0002']);
    }));

  test('one e-mail address sends at most COMMENT_RATE_PER_ADDRESS_PER_HOUR comments an hour to a consultation; a retry is not another', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultation, send } = await setup(db);
      w.deps.config.commentsPerAddressPerHour = 2;
      await send({ email: 'Nguoi.Dan@example.vn', text: 'Ý kiến thứ nhất.', clientRef: 'address-key-0001' });
      await send({ email: 'nguoi.dan@example.vn', text: 'Ý kiến thứ hai.' });
      const again = await send({ email: 'nguoi.dan@example.vn', text: 'Ý kiến thứ nhất.', clientRef: 'address-key-0001' });
      assert.equal(again.repeated, true);
      at(w, '2024-02-01T03:31:00.000Z');
      await assert.rejects(send({ email: 'NGUOI.DAN@example.vn', text: 'Ý kiến thứ ba.' }), (error: unknown) => {
        assert.ok(error instanceof AccessError);
        assert.equal(error.code, 'rate_limited');
        // The first slot frees an hour after 03:01, 30 minutes from now.
        assert.equal(error.details.retryAfterSeconds, 30 * 60);
        return true;
      });
      await send({ email: 'nguoi.khac@example.vn', text: 'Ý kiến của người khác.' });
      await send({ text: 'Không để lại địa chỉ.' });
      at(w, '2024-02-01T04:01:01.000Z');
      await send({ email: 'nguoi.dan@example.vn', text: 'Ý kiến thứ ba, một giờ sau.' });
      const stored = await listComments(w.deps.db, { consultationId: consultation.id });
      assert.equal(stored.filter((c) => c.contact.email?.toLowerCase() === 'nguoi.dan@example.vn').length, 3);
    }));

  test('200 comments at once are all stored, at distinct positions 0..199', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultation, send } = await setup(db);
      const receipts = await Promise.all(Array.from({ length: 200 }, (_, i) => send({ text: `Ý kiến số ${i}: đề nghị xem xét nội dung thứ ${i * 7919} của dự thảo.`, clientRef: `bulk-${String(i).padStart(4, '0')}` })));
      assert.equal(new Set(receipts.map((r) => r.id)).size, 200);
      assert.ok(receipts.every((r) => !r.repeated));
      const stored = await listComments(w.deps.db, { consultationId: consultation.id, limit: 1000 });
      assert.deepEqual(stored.map((c) => c.position), Array.from({ length: 200 }, (_, i) => i));
      assert.deepEqual(new Set(stored.map((c) => c.id)), new Set(receipts.map((r) => r.id)));
      const byRef = new Map(stored.map((c) => [c.clientRef, c.text]));
      assert.equal(byRef.get('bulk-0123'), `Ý kiến số 123: đề nghị xem xét nội dung thứ ${123 * 7919} của dự thảo.`);
    }));

  test('verification by e-mail: refused without a token; the code from the mail gives one; the comment is then verified', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, send } = await setup(db, 'email');
      const without = await rejectsWithCode(send(), 'comment_refused');
      assert.equal(without.details.fields, 'email');
      assert.match(String(without.details.problems_vi), /xác thực địa chỉ thư điện tử/);
      await rejectsWithCode(send({ verificationToken: 'not-a-token' }), 'comment_refused');
      await rejectsWithCode(requestCode(w.deps, null, { slug: SLUG, email: 'an@example.vn' }), 'comment_refused');
      const sender = capturingSender();
      const sent = await requestCode(w.deps, sender, { slug: SLUG, email: ' An@Example.VN ' });
      assert.deepEqual([sent.sentTo, sent.expiresAt], ['an@example.vn', '2024-02-01T03:16:00.000Z']);
      const { verificationToken, email } = await confirmCode(w.deps, { slug: SLUG, email: 'an@example.vn', code: sender.codes[0] ?? '' });
      assert.equal(email, 'an@example.vn');
      const receipt = await send({ verificationToken, email: 'someone-else@example.vn' });
      assert.equal(receipt.verified, true);
      const stored = await getComment(w.deps.db, receipt.id);
      assert.deepEqual([stored?.emailVerified, stored?.contact.email], [true, 'an@example.vn']);
      // A code is good once.
      await rejectsWithCode(confirmCode(w.deps, { slug: SLUG, email: 'an@example.vn', code: sender.codes[0] ?? '' }), 'comment_refused');
    }));

  test('verification limits: five wrong tries spend a code; a sixth code an hour is refused', () =>
    withDatabase(engine, async ({ db }) => {
      const { w } = await setup(db, 'email');
      const sender = capturingSender();
      await requestCode(w.deps, sender, { slug: SLUG, email: 'binh@example.vn' });
      const code = sender.codes[0] ?? '';
      const wrong = code === '000000' ? '000001' : '000000';
      for (let i = 0; i < 5; i++) {
        const refused = await rejectsWithCode(confirmCode(w.deps, { slug: SLUG, email: 'binh@example.vn', code: wrong }), 'comment_refused');
        assert.equal(refused.details.problems_vi, 'Mã xác thực không đúng hoặc đã hết hạn; xin yêu cầu mã mới.');
      }
      await rejectsWithCode(confirmCode(w.deps, { slug: SLUG, email: 'binh@example.vn', code }), 'comment_refused');
      for (let i = 0; i < 4; i++) await requestCode(w.deps, sender, { slug: SLUG, email: 'binh@example.vn' });
      const sixth = await rejectsWithCode(requestCode(w.deps, sender, { slug: SLUG, email: 'BINH@example.vn' }), 'comment_refused');
      assert.match(String(sixth.details.problems_vi), /quá nhiều mã/);
      assert.equal(sender.codes.length, 5);
      await requestCode(w.deps, sender, { slug: SLUG, email: 'khac@example.vn' });
      at(w, '2024-02-01T04:01:01.000Z');
      await requestCode(w.deps, sender, { slug: SLUG, email: 'binh@example.vn' });
      const latest = sender.codes.at(-1) ?? '';
      const { verificationToken } = await confirmCode(w.deps, { slug: SLUG, email: 'binh@example.vn', code: latest });
      assert.ok(verificationToken.length >= 32);
    }));
});
