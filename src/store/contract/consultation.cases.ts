/** Contract: consultations and their comments — create/update, bulk insert, reads, paging, scans, regrouping, moderation, reports. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { listAudit } from '../audit.repository.ts';
import {
  countCommentsByState, findCommentByClientRef, getComment, insertComments, listComments, maxCommentPosition, moderateComment,
  regroupComments, reportComment, scanComments, scanDuplicateRecords,
} from '../consultation-comment.repository.ts';
import { storedOf } from '../consultation-comment-row.ts';
import { createConsultation, getConsultation, getConsultationBySlug, listConsultations, updateConsultation } from '../consultation.repository.ts';
import { readDataVersion } from '../data-version.repository.ts';
import type { Database } from '../database.ts';
import type { TestEngine } from './engines.ts';
import { withStore } from './engines.ts';
import { rejectsWithCode } from './expect-error.ts';
import { at, T0 } from './fixtures.ts';
import { sampleComment, seedConsultation } from './consultation-fixtures.ts';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** A consultation with `count` comments inserted unaudited (positions 0..count-1). */
async function seedComments(database: Database, count: number) {
  const seed = await seedConsultation(database.db);
  const given = Array.from({ length: count }, (_, i) => sampleComment(seed.consultation.id, i));
  const stored = await insertComments(database.db, T0, given, { audit: false });
  return { ...seed, given, stored };
}

/** Registers the consultation and comment cases for one engine. */
export function consultationCases(engine: TestEngine): void {
  describe('consultations and comments', () => {
    test('a consultation is created, found by id and slug, listed latest first, and updated with its version', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedConsultation(db);
        const { consultation, revised, draft } = f;
        assert.equal(consultation.opensAt, '2026-03-01T00:00:00.000Z', 'stored as UTC with milliseconds');
        assert.deepEqual([consultation.version, consultation.revisedDocumentId, consultation.closedAt], [1, null, null]);
        assert.deepEqual(await getConsultation(db, consultation.id), consultation);
        assert.deepEqual(await getConsultationBySlug(db, 'du-thao-bao-cao-chinh-tri'), consultation);
        assert.equal(await getConsultationBySlug(db, 'khac'), null);
        const later = await createConsultation(db, T0, {
          organisationId: f.commune.id, documentId: draft.id, slug: 'xa-ban-lang', title: 'Xã Bản Lang',
          opensAt: '2026-05-01T00:00:00.000Z', closesAt: '2026-06-01T00:00:00.000Z', verification: 'none', duplicateThreshold: 0.8,
        });
        assert.deepEqual((await listConsultations(db)).map((c) => c.id), [later.id, consultation.id]);
        assert.deepEqual((await listConsultations(db, { organisationIds: [f.province.id] })).map((c) => c.id), [consultation.id]);
        assert.deepEqual(await listConsultations(db, { organisationIds: [] }), []);
        await rejectsWithCode(createConsultation(db, T0, { ...later, id: 'other', opensAt: later.opensAt }), 'duplicate');
        await rejectsWithCode(createConsultation(db, T0, { ...later, id: 'x', slug: 'x', opensAt: '1/3/2026' }), 'invalid_input');
        const patch = { revisedDocumentId: revised.id, closedAt: '2026-03-20T00:00:00.000Z', duplicateThreshold: 0.65, title: 'Đã đóng sớm' };
        const updated = await updateConsultation(db, at('2026-03-20T00:00:00.000Z', 'u-sec'), consultation.id, 1, patch);
        assert.deepEqual(await getConsultation(db, consultation.id), updated);
        assert.deepEqual([updated.version, updated.duplicateThreshold, updated.closedAt], [2, 0.65, '2026-03-20T00:00:00.000Z']);
        const stale = await rejectsWithCode(updateConsultation(db, T0, consultation.id, 1, { title: 'x' }), 'conflict');
        assert.deepEqual(stale.details, { entity: 'consultation', id: consultation.id, expected: 1, actual: 2 });
        await rejectsWithCode(updateConsultation(db, T0, 'missing', 1, { title: 'x' }), 'record_not_found');
        const reopened = await updateConsultation(db, T0, consultation.id, 2, { closedAt: null });
        assert.equal(reopened.closedAt, null);
        const history = await listAudit(db, { entity: 'consultation', entityId: consultation.id });
        assert.deepEqual(history.map((e) => [e.action, e.actorId]), [['create', null], ['update', 'u-sec'], ['update', null]]);
      }));

    test('one audited comment and 450 unaudited ones (three statements) read back field by field', () =>
      withStore(engine, async (database) => {
        const { db } = database;
        const { consultation } = await seedConsultation(db);
        const one = sampleComment(consultation.id, 0, { text: 'Tán thành Dự thảo'.normalize('NFD'), id: 'first', position: 0 });
        const [first] = await insertComments(db, at('2026-03-02T00:00:00.000Z', 'u-sec'), [one], { audit: true });
        assert.equal(first?.text, 'Tán thành Dự thảo'.normalize('NFC'));
        assert.deepEqual(await getComment(db, 'first'), first);
        const entries = await listAudit(db, { entity: 'consultation_comment' });
        assert.deepEqual(entries.map((e) => [e.entityId, e.action, e.actorId]), [['first', 'create', 'u-sec']]);
        const after = entries[0]?.after ?? null;
        assert.equal(after !== null && 'contact' in after, false, 'no contact in the audit log');
        assert.doesNotMatch(JSON.stringify(entries[0]?.after), /an0@example\.vn|0912345678|Nguyễn Văn An/);
        const version = await readDataVersion(db);
        const given = Array.from({ length: 450 }, (_, i) => sampleComment(consultation.id, i + 1));
        const stored = await insertComments(db, T0, given, { audit: false });
        assert.equal(await readDataVersion(db), version, 'public submissions do not move the data version');
        assert.equal((await listAudit(db, { entity: 'consultation_comment' })).length, 1);
        assert.deepEqual(stored, given.map(storedOf));
        const read = await listComments(db, { consultationId: consultation.id, afterPosition: 0, limit: 1000 });
        assert.equal(read.length, 450);
        for (const [i, comment] of read.entries()) assert.deepEqual(comment, stored[i], `comment at position ${i + 1}`);
        const section = read.find((c) => c.target.kind === 'section');
        assert.deepEqual(section?.target, { kind: 'section', sectionId: 's12', path: ['Phần thứ nhất', 'I', '2'] });
        assert.deepEqual(read.find((c) => c.target.kind === 'indicator')?.target, { kind: 'indicator', indicatorId: 'ind-grdp' });
        const withContact = read.find((c) => c.position === 8);
        assert.deepEqual(withContact?.contact, { name: 'Nguyễn Văn An', email: 'an8@example.vn', phone: '0912345678' });
        assert.deepEqual([withContact?.emailVerified, read.find((c) => c.position === 4)?.emailVerified], [true, false]);
        assert.deepEqual(read.find((c) => c.position === 14)?.moderation, { state: 'hidden', reason: 'off_topic', note: 'Không liên quan' });
        assert.equal(read.find((c) => c.position === 9)?.text, '');
        assert.equal(await maxCommentPosition(db, consultation.id), 450);
        assert.equal(await maxCommentPosition(db, 'none'), -1);
        const records = await collect(scanDuplicateRecords(db, consultation.id, 64));
        assert.deepEqual(records.map((r) => r.position), Array.from({ length: 451 }, (_, i) => i));
        for (const r of records.slice(1)) {
          const record = given[r.position - 1]?.duplicateRecord;
          assert.deepEqual(r.record, record, `record at ${r.position}`);
          assert.equal(Object.getPrototypeOf(r.record.fingerprint ?? new Uint8Array()), Uint8Array.prototype);
        }
        assert.deepEqual(records[4]?.record.fingerprint, Uint8Array.from({ length: 40 }, (_, k) => (4 * 7 + k * 31) % 256));
      }));

    test('a client_ref is stored once per consultation: a retried batch is refused whole', () =>
      withStore(engine, async (database) => {
        const { db } = database;
        const { consultation } = await seedComments(database, 4);
        assert.equal((await findCommentByClientRef(db, consultation.id, 'ref-2'))?.position, 2);
        assert.equal(await findCommentByClientRef(db, consultation.id, 'ref-1'), null);
        const retry = [sampleComment(consultation.id, 4), sampleComment(consultation.id, 5, { clientRef: 'ref-2' })];
        await rejectsWithCode(insertComments(db, T0, retry, { audit: true }), 'duplicate');
        assert.equal(await maxCommentPosition(db, consultation.id), 3, 'nothing of the batch stored');
        assert.equal((await listAudit(db, { entity: 'consultation_comment' })).length, 0);
        await rejectsWithCode(insertComments(db, T0, [sampleComment(consultation.id, 1, { id: 'again' })], { audit: false }), 'duplicate');
        assert.deepEqual(await insertComments(db, T0, [], { audit: true }), []);
      }));

    test('filters, keyset pages, counts by state and scans in position order', () =>
      withStore(engine, async (database) => {
        const { db } = database;
        const { consultation, stored } = await seedComments(database, 40);
        const id = consultation.id;
        const positions = (comments: { position: number }[]) => comments.map((c) => c.position);
        const expect = (keep: (c: (typeof stored)[number]) => boolean) => positions(stored.filter(keep));
        assert.deepEqual(positions(await listComments(db, { consultationId: id, states: ['hidden', 'spam'] })), expect((c) => c.moderation.state === 'hidden' || c.moderation.state === 'spam'));
        assert.deepEqual(await listComments(db, { consultationId: id, states: [] }), []);
        assert.deepEqual(positions(await listComments(db, { consultationId: id, target: { kind: 'draft', id: null } })), expect((c) => c.target.kind === 'draft'));
        assert.deepEqual(positions(await listComments(db, { consultationId: id, target: { kind: 'section', id: 's12' } })), expect((c) => c.target.kind === 'section'));
        assert.deepEqual(await listComments(db, { consultationId: id, target: { kind: 'section', id: 's13' } }), []);
        assert.deepEqual(positions(await listComments(db, { consultationId: id, duplicateGroupId: 'g3', channel: 'meeting' })), expect((c) => c.duplicateGroupId === 'g3' && c.channel === 'meeting'));
        const page1 = await listComments(db, { consultationId: id, limit: 15 });
        const page2 = await listComments(db, { consultationId: id, limit: 15, afterPosition: page1.at(-1)?.position ?? 0 });
        assert.deepEqual([...positions(page1), ...positions(page2)], Array.from({ length: 30 }, (_, i) => i));
        const back = await listComments(db, { consultationId: id, order: 'desc', beforePosition: 30, limit: 3 });
        assert.deepEqual(positions(back), [29, 28, 27]);
        assert.equal((await listComments(db, { consultationId: id })).length, 40);
        await rejectsWithCode(listComments(db, { consultationId: id, limit: 0 }), 'invalid_input');
        const counts = await countCommentsByState(db, id);
        assert.deepEqual(counts, {
          new: 0, published: stored.filter((c) => c.moderation.state === 'published').length,
          hidden: stored.filter((c) => c.moderation.state === 'hidden').length, spam: stored.filter((c) => c.moderation.state === 'spam').length,
        });
        assert.deepEqual(await countCommentsByState(db, 'none'), { new: 0, published: 0, hidden: 0, spam: 0 });
        assert.deepEqual(positions(await collect(scanComments(db, id, { pageSize: 7 }))), Array.from({ length: 40 }, (_, i) => i));
        assert.deepEqual(positions(await collect(scanComments(db, id, { states: ['published'], pageSize: 5 }))), expect((c) => c.moderation.state === 'published'));
        assert.equal(await regroupComments(db, id, ['g1', 'g2', 'g0'], 'g0'), 16);
        assert.equal((await listComments(db, { consultationId: id, duplicateGroupId: 'g0' })).length, 24);
        assert.equal((await listComments(db, { consultationId: id, duplicateGroupId: 'g1' })).length, 0);
        assert.equal(await regroupComments(db, id, [], 'g0'), 0);
        assert.equal(await regroupComments(db, 'other', ['g0'], 'g9'), 0, 'only the given consultation');
        assert.equal((await getComment(db, stored[1]?.id ?? ''))?.version, 1, 'regrouping is no edit');
      }));

    test('moderation is optimistic and audited without contact; reports count up unaudited', () =>
      withStore(engine, async (database) => {
        const { db } = database;
        const { consultation, stored } = await seedComments(database, 9);
        const target = stored[8];
        assert.ok(target !== undefined && target.contact.email !== null);
        const hidden = await moderateComment(db, at('2026-03-03T00:00:00.000Z', 'u-mod'), target.id, 1, { state: 'hidden', reason: 'personal_data', note: 'Có số điện thoại' });
        assert.deepEqual(await getComment(db, target.id), hidden);
        assert.deepEqual([hidden.version, hidden.moderation.state], [2, 'hidden']);
        await rejectsWithCode(moderateComment(db, T0, target.id, 1, { state: 'published' }), 'conflict');
        await rejectsWithCode(moderateComment(db, T0, 'missing', 1, { state: 'published' }), 'record_not_found');
        const published = await moderateComment(db, T0, target.id, 2, { state: 'published' });
        assert.deepEqual((await getComment(db, target.id))?.moderation, published.moderation);
        const entries = await listAudit(db, { entity: 'consultation_comment', entityId: target.id });
        assert.deepEqual(entries.map((e) => [e.action, e.before, e.after]), [
          ['transition', { state: 'published', reason: null, note: null }, { state: 'hidden', reason: 'personal_data', note: 'Có số điện thoại' }],
          ['transition', { state: 'hidden', reason: 'personal_data', note: 'Có số điện thoại' }, { state: 'published', reason: null, note: null }],
        ]);
        assert.doesNotMatch(JSON.stringify(entries), /example\.vn|0912345678/);
        const version = await readDataVersion(db);
        assert.equal(await reportComment(db, target.id), true);
        assert.equal(await reportComment(db, target.id), true);
        assert.equal(await reportComment(db, 'missing'), false);
        assert.equal((await getComment(db, target.id))?.reportCount, 2);
        assert.equal(await readDataVersion(db), version);
        assert.deepEqual((await listComments(db, { consultationId: consultation.id, reportedOnly: true })).map((c) => c.id), [target.id]);
      }));
  });
}
