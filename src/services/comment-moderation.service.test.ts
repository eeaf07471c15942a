/**
 * Moderation on both engines: the queue's filters and pages, one comment moderated with its
 * version (hiding needs a reason; the audit names the moderator and never the commenter's
 * contact), a duplicate group moderated at once, readers' reports, and the public list — a
 * duplicate group once with its size, no contact field anywhere.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { getComment, listAudit, type Executor } from '../store/index.ts';
import { actorUserId } from './actor.ts';
import { listPublicComments, listQueue, moderate, moderateGroup, publishedByTarget, reportComment } from './comment-moderation.service.ts';
import { enterOfflineComment, submitPublicComment } from './comment-submission.service.ts';
import { issueFormToken, openConsultation } from './consultation.service.ts';
import { importDocument } from './document-import.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld } from './testing/fixtures.ts';

const DRAFT = fileURLToPath(new URL('../../examples/nghi-quyet-mau.txt', import.meta.url));
const SLUG = 'du-thao-nghi-quyet';
const CAMPAIGN = 'Đề nghị bổ sung chỉ tiêu về tỷ lệ che phủ rừng đạt 58% vào cuối nhiệm kỳ, gắn với chi trả dịch vụ môi trường rừng cho người dân.';
const CONTACT = { name: 'Nguyễn Văn An', email: 'an@example.vn' };

type PublicFields = Partial<Parameters<typeof submitPublicComment>[1]>;
type OfflineFields = Partial<Parameters<typeof enterOfflineComment>[2]>;

/** The world, an open consultation, and senders for public (new) and offline (published) comments. */
async function setup(db: Executor) {
  const w = await seedWorld(db);
  const document = await importDocument(w.deps, w.actors.secretariat, { termId: w.term.id, path: DRAFT });
  const consultation = await openConsultation(w.deps, w.actors.secretariat, { documentId: document.id, title: 'Dự thảo Nghị quyết', opensOn: '2024-01-20', closesOn: '2024-02-29' });
  const { formToken } = await issueFormToken(w.deps, { slug: SLUG });
  w.clock.set('2024-02-01T03:05:00.000Z');
  const send = async (fields: PublicFields = {}) => {
    const receipt = await submitPublicComment(w.deps, { slug: SLUG, target: { kind: 'draft' }, stance: 'agree', text: 'Tán thành.', respondentType: 'citizen', formToken, ...fields });
    const stored = await getComment(db, receipt.id);
    assert.ok(stored !== null);
    return stored;
  };
  const enter = async (fields: OfflineFields = {}) =>
    (await enterOfflineComment(w.deps, w.actors.secretariat, {
      consultationId: consultation.id, channel: 'meeting', target: { kind: 'draft' }, stance: 'agree', text: 'Nhất trí.', respondentType: 'party_member', ...fields,
    })).comment;
  return { w, consultation, send, enter };
}

/** Asserts that `value` serialised names no contact field and none of the commenter's data. */
function assertNoContact(value: unknown, secrets: readonly string[]): void {
  const json = JSON.stringify(value);
  for (const word of ['"contact"', '"email"', '"phone"', '"name"', ...secrets]) assert.equal(json.includes(word), false, `${word} in ${json.slice(0, 300)}`);
}

await onBothEngines('comment moderation', (engine) => {
  test('the queue: newest first with contact for moderators, filtered by state, channel, target, group; paged by position', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultation, send, enter } = await setup(db);
      const a = await send({ ...CONTACT, localityId: w.commune.id });
      const b = await send({ target: { kind: 'section', sectionId: 's20' }, stance: 'partly', text: 'Cần nêu rõ hơn mục tiêu về năng lượng tái tạo.' });
      const c = await send({ text: 'Mua hàng giá rẻ.', website: 'http://ban-hang.example' });
      const d = await enter({ target: { kind: 'section', sectionId: 's20' }, text: 'Nhất trí mục tiêu tổng quát.', phone: '0912 345 678' });
      const e = await enter({ channel: 'paper', text: 'Đồng ý toàn bộ dự thảo.' });
      const ids = async (input: Omit<Parameters<typeof listQueue>[2], 'consultationId'> = {}) =>
        (await listQueue(w.deps, w.actors.secretariat, { consultationId: consultation.id, ...input })).items.map((i) => i.id);
      const all = await listQueue(w.deps, w.actors.secretariat, { consultationId: consultation.id });
      assert.deepEqual(all.items.map((i) => i.id), [e.id, d.id, c.id, b.id, a.id]);
      assert.deepEqual(all.counts, { new: 2, published: 2, hidden: 0, spam: 1 });
      assert.equal(all.nextBefore, null);
      const first = all.items.at(-1);
      assert.deepEqual([first?.contact, first?.localityName, first?.targetLabel, first?.groupSize], [{ ...CONTACT, phone: null }, 'Xã Bản Lang', 'Toàn văn dự thảo', 1]);
      assert.deepEqual(all.items[3]?.targetLabel, 'Mục 1. Mục tiêu tổng quát');
      assert.deepEqual(all.items[1]?.moderation, { state: 'published', reason: null, note: null });
      assert.deepEqual(await ids({ state: 'new' }), [b.id, a.id]);
      assert.deepEqual(await ids({ state: 'spam' }), [c.id]);
      assert.deepEqual(await ids({ channel: 'meeting' }), [d.id]);
      assert.deepEqual(await ids({ target: 'section:s20' }), [d.id, b.id]);
      assert.deepEqual(await ids({ target: 'draft' }), [e.id, c.id, a.id]);
      assert.deepEqual(await ids({ duplicateGroupId: a.id }), [a.id]);
      await rejectsWithCode(listQueue(w.deps, w.actors.secretariat, { consultationId: consultation.id, target: 'muc-2' }), 'invalid_input');
      const page = await listQueue(w.deps, w.actors.secretariat, { consultationId: consultation.id, limit: 2 });
      assert.deepEqual([page.items.map((i) => i.id), page.nextBefore], [[e.id, d.id], d.position]);
      const rest = await listQueue(w.deps, w.actors.secretariat, { consultationId: consultation.id, limit: 3, before: page.nextBefore ?? 0 });
      assert.deepEqual(rest.items.map((i) => i.id), [c.id, b.id, a.id]);
    }));

  test('moderating one comment: a stale version conflicts, hiding needs a reason; the audit has the moderator\'s step without contact data', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, send, enter } = await setup(db);
      const a = await send({ ...CONTACT, text: 'Tôi ở xóm 3, số nhà 12, đề nghị làm đường.' });
      const moderator = w.actors.secretariat;
      await rejectsWithCode(moderate(w.deps, moderator, { commentId: a.id, version: 2, state: 'published' }), 'conflict');
      const noReason = await rejectsWithCode(moderate(w.deps, moderator, { commentId: a.id, version: 1, state: 'hidden' }), 'invalid_input');
      assert.equal(noReason.details.path, 'reason');
      await rejectsWithCode(moderate(w.deps, moderator, { commentId: a.id, version: 1, state: 'new' as 'spam' }), 'invalid_input');
      await rejectsWithCode(moderate(w.deps, moderator, { commentId: 'no-such-comment', version: 1, state: 'spam' }), 'record_not_found');
      w.clock.set('2024-02-02T01:00:00.000Z');
      const hidden = await moderate(w.deps, moderator, { commentId: a.id, version: 1, state: 'hidden', reason: 'personal_data', note: 'Có địa chỉ nhà riêng' });
      assert.deepEqual([hidden.moderation, hidden.version], [{ state: 'hidden', reason: 'personal_data', note: 'Có địa chỉ nhà riêng' }, 2]);
      await rejectsWithCode(moderate(w.deps, moderator, { commentId: a.id, version: 2, state: 'hidden', reason: 'personal_data', note: 'Có địa chỉ nhà riêng' }), 'invalid_state');
      const republished = await moderate(w.deps, moderator, { commentId: a.id, version: 2, state: 'published' });
      assert.equal(republished.version, 3);
      const trail = await listAudit(db, { entity: 'consultation_comment', entityId: a.id });
      assert.deepEqual(trail.map((t) => [t.action, t.actorId, t.at]), [
        ['transition', actorUserId(moderator), '2024-02-02T01:00:00.000Z'],
        ['transition', actorUserId(moderator), '2024-02-02T01:00:00.000Z'],
      ]);
      assert.deepEqual([trail[0]?.before, trail[0]?.after], [{ state: 'new', reason: null, note: null }, { state: 'hidden', reason: 'personal_data', note: 'Có địa chỉ nhà riêng' }]);
      assertNoContact(trail, [CONTACT.email, CONTACT.name]);
      const entered = await enter({ name: 'Lò Văn Páo', email: 'pao@example.vn', phone: '0912 345 678' });
      const created = await listAudit(db, { entity: 'consultation_comment', entityId: entered.id });
      assert.deepEqual(created.map((t) => t.action), ['create']);
      assertNoContact(created, ['pao@example.vn', 'Lò Văn Páo', '0912 345 678']);
    }));

  test('a duplicate group is moderated at once; only comments not yet in that state change', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultation, send } = await setup(db);
      const first = await send({ text: CAMPAIGN });
      const shout = await send({ text: CAMPAIGN.toLocaleUpperCase('vi') });
      const spaced = await send({ text: CAMPAIGN.replace(/ /g, '  ') });
      const other = await send({ text: 'Cần ưu tiên vốn cho đường giao thông nông thôn và cầu treo dân sinh.' });
      assert.deepEqual([shout.duplicateGroupId, spaced.duplicateGroupId, other.duplicateGroupId], [first.id, first.id, other.id]);
      const group = await listQueue(w.deps, w.actors.secretariat, { consultationId: consultation.id, duplicateGroupId: first.id });
      assert.deepEqual(group.items.map((i) => [i.id, i.groupSize]), [[spaced.id, 3], [shout.id, 3], [first.id, 3]]);
      await moderate(w.deps, w.actors.secretariat, { commentId: shout.id, version: 1, state: 'published' });
      const input = { consultationId: consultation.id, duplicateGroupId: first.id, state: 'published' as const };
      assert.deepEqual(await moderateGroup(w.deps, w.actors.secretariat, input), { changed: 2 });
      assert.deepEqual(await moderateGroup(w.deps, w.actors.secretariat, input), { changed: 0 });
      const counts = (await listQueue(w.deps, w.actors.secretariat, { consultationId: consultation.id })).counts;
      assert.deepEqual(counts, { new: 1, published: 3, hidden: 0, spam: 0 });
      assert.deepEqual(await moderateGroup(w.deps, w.actors.secretariat, { ...input, state: 'spam' }), { changed: 3 });
      assert.equal((await getComment(db, shout.id))?.version, 3);
      assert.equal((await listAudit(db, { entity: 'consultation_comment', entityId: first.id })).length, 2);
      await rejectsWithCode(moderateGroup(w.deps, w.actors.otherSecretariat, input), 'forbidden');
      await rejectsWithCode(moderateGroup(w.deps, w.actors.leader, input), 'forbidden');
    }));

  test('a reader reports a published comment (the count grows); an unpublished or unknown one is not found', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultation, send, enter } = await setup(db);
      const published = await enter({ text: 'Ý kiến đã đăng.' });
      const waiting = await send({ text: 'Ý kiến chờ duyệt.' });
      await reportComment(w.deps, { commentId: published.id });
      await reportComment(w.deps, { commentId: published.id });
      assert.equal((await getComment(db, published.id))?.reportCount, 2);
      await rejectsWithCode(reportComment(w.deps, { commentId: waiting.id }), 'record_not_found');
      await rejectsWithCode(reportComment(w.deps, { commentId: 'no-such-comment' }), 'record_not_found');
      const hidden = await moderate(w.deps, w.actors.secretariat, { commentId: published.id, version: 1, state: 'hidden', reason: 'offensive' });
      await rejectsWithCode(reportComment(w.deps, { commentId: hidden.id }), 'record_not_found');
      assert.equal((await getComment(db, waiting.id))?.reportCount, 0);
      const reported = await listQueue(w.deps, w.actors.secretariat, { consultationId: consultation.id, reportedOnly: true });
      assert.deepEqual(reported.items.map((i) => [i.id, i.reportCount]), [[published.id, 2]]);
    }));

  test('the public list: published only, a duplicate group once with its published size, never a contact', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultation, send, enter } = await setup(db);
      const first = await send({ ...CONTACT, text: CAMPAIGN, localityId: w.commune.id });
      await send({ text: CAMPAIGN.toLocaleUpperCase('vi'), name: 'Trần Thị Bình', email: 'binh@example.vn' });
      await send({ text: CAMPAIGN.replace(/,/g, ' ;') });
      const waiting = await send({ text: CAMPAIGN, email: 'cho@example.vn' });
      assert.deepEqual(await moderateGroup(w.deps, w.actors.secretariat, { consultationId: consultation.id, duplicateGroupId: first.id, state: 'published' }), { changed: 4 });
      await moderate(w.deps, w.actors.secretariat, { commentId: waiting.id, version: 2, state: 'hidden', reason: 'other' });
      const single = await enter({ target: { kind: 'section', sectionId: 's41' }, text: 'Nhất trí giải pháp phát triển kinh tế.', name: 'Lò Văn Páo', phone: '0912 345 678' });
      await send({ text: 'Ý kiến chưa duyệt.', email: 'moi@example.vn' });
      const page = await listPublicComments(w.deps, { slug: SLUG });
      assert.deepEqual(page.items.map((i) => [i.id, i.groupSize]), [[single.id, 1], [first.id, 3]]);
      assert.deepEqual(Object.keys(page.items[1] ?? {}).sort(), [
        'channel', 'groupSize', 'id', 'localityName', 'organisation', 'reason', 'respondentType', 'stance', 'submittedAt', 'target', 'text',
      ]);
      assert.equal(page.items[1]?.localityName, 'Xã Bản Lang');
      assertNoContact(page, [CONTACT.email, CONTACT.name, 'binh@example.vn', 'Trần Thị Bình', 'cho@example.vn', 'Lò Văn Páo', '0912 345 678', 'moi@example.vn']);
      const bySection = await listPublicComments(w.deps, { slug: SLUG, target: 'section:s41' });
      assert.deepEqual(bySection.items.map((i) => i.id), [single.id]);
      const paged = await listPublicComments(w.deps, { slug: SLUG, limit: 1 });
      assert.deepEqual([paged.items.map((i) => i.id), paged.nextBefore], [[single.id], single.position]);
      const next = await listPublicComments(w.deps, { slug: SLUG, limit: 1, before: paged.nextBefore ?? 0 });
      assert.deepEqual(next.items.map((i) => i.id), [first.id]);
      assert.deepEqual(await publishedByTarget(w.deps, SLUG), { draft: 3, 'section:s41': 1 });
      await rejectsWithCode(listPublicComments(w.deps, { slug: 'khong-co' }), 'record_not_found');
    }));
});
