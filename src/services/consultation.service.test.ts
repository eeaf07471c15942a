/**
 * Consultations on both engines: opening one in Vietnam time, its address from a Vietnamese
 * title (unique), closing early, linking the next version, and who may do what — another
 * province's secretariat reaches nothing, a commune reporter enters comments but does not
 * moderate, a leader reads the synthesis but does not moderate.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import type { Executor } from '../store/index.ts';
import { actorUserId } from './actor.ts';
import { listQueue, moderate } from './comment-moderation.service.ts';
import { enterOfflineComment } from './comment-submission.service.ts';
import { getSynthesis } from './consultation-synthesis.service.ts';
import {
  closeConsultation, getConsultationDetail, listConsultations, openConsultation, reviseConsultation, slugOf, stateOf,
} from './consultation.service.ts';
import { importDocument } from './document-import.service.ts';
import { errorMessage } from './error-messages.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld } from './testing/fixtures.ts';

const DRAFT = fileURLToPath(new URL('../../examples/nghi-quyet-mau.txt', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'resolute-consultation-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** A second version of the sample: another file, so it is stored as another document. */
const REVISED = join(tmp, 'nghi-quyet-mau-v2.txt');
writeFileSync(REVISED, readFileSync(DRAFT, 'utf8').replace('Năm năm qua', 'Trong năm năm qua'));

/** The world, the sample draft stored under the term, and a consultation open from 20/01/2024 to 29/02/2024 17:00. */
async function opened(db: Executor) {
  const w = await seedWorld(db);
  const document = await importDocument(w.deps, w.actors.secretariat, { termId: w.term.id, path: DRAFT });
  const consultation = await openConsultation(w.deps, w.actors.secretariat, {
    documentId: document.id, title: 'Dự thảo Nghị quyết Đại hội', opensOn: '2024-01-20', closesOn: '2024-02-29', closeTime: '17:00',
  });
  return { w, document, consultation };
}

await onBothEngines('consultation service', (engine) => {
  test('opens on Vietnam calendar days: 20/01/2024 00:00 is 19/01 17:00 UTC; the default closing time is 23:59', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, document, consultation } = await opened(db);
      assert.deepEqual([consultation.opensAt, consultation.closesAt, consultation.closedAt], ['2024-01-19T17:00:00.000Z', '2024-02-29T10:00:00.000Z', null]);
      assert.deepEqual([consultation.organisationId, consultation.verification, consultation.version], [w.province.id, 'none', 1]);
      const later = await openConsultation(w.deps, w.actors.secretariat, { documentId: document.id, title: 'Đợt hai', opensOn: '2024-03-01', openTime: '08:30', closesOn: '2024-03-31' });
      assert.deepEqual([later.opensAt, later.closesAt], ['2024-03-01T01:30:00.000Z', '2024-03-31T16:59:00.000Z']);
      assert.equal(stateOf(later, w.clock.now()).state, 'upcoming');
      const backwards = await rejectsWithCode(
        openConsultation(w.deps, w.actors.secretariat, { documentId: document.id, opensOn: '2024-03-01', closesOn: '2024-03-01', openTime: '10:00', closeTime: '09:00' }),
        'invalid_input',
      );
      assert.equal(backwards.details.path, 'closesOn');
      const backwardsVi = errorMessage('vi', backwards.code, backwards.details);
      assert.equal(backwardsVi, 'Dữ liệu không hợp lệ: closesOn: ngày kết thúc phải sau ngày bắt đầu (opensOn)');
      assert.doesNotMatch(backwardsVi, /must be after opensOn/);
      await rejectsWithCode(openConsultation(w.deps, w.actors.secretariat, { documentId: 'no-such-document', opensOn: '2024-03-01', closesOn: '2024-03-02' }), 'record_not_found');
      const detail = await getConsultationDetail(w.deps, w.actors.secretariat, { consultationId: consultation.id });
      assert.equal(detail.state, 'open');
      assert.deepEqual(detail.sections.slice(0, 3).map((s) => [s.id, s.label, s.path]), [['s15', 'I-', ['I-']], ['s19', 'II-', ['II-']], ['s20', '1.', ['II-', '1.']]]);
      assert.match(detail.sections[0]?.text ?? '', /^Đại hội cơ bản tán thành/);
      assert.equal(detail.indicators.length, 13);
      assert.deepEqual(detail.localities.map((l) => l.name), ['Tỉnh Lai Châu', 'Xã Bản Lang']);
      assert.deepEqual(detail.can, { manage: true, moderate: true, enter: true });
      assert.deepEqual(detail.counts, { new: 0, published: 0, hidden: 0, spam: 0 });
    }));

  test('the address comes from the Vietnamese title, folded; a taken one gets -2, -3', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, document, consultation } = await opened(db);
      assert.equal(consultation.slug, 'du-thao-nghi-quyet-dai-hoi');
      assert.equal(slugOf('Đường tới Điện Biên: “Ý KIẾN” nhân dân'), 'duong-toi-dien-bien-y-kien-nhan-dan');
      assert.equal(slugOf('!!!'), 'gop-y');
      const open = (title: string, slug?: string) =>
        openConsultation(w.deps, w.actors.secretariat, { documentId: document.id, title, opensOn: '2024-01-20', closesOn: '2024-02-29', ...(slug === undefined ? {} : { slug }) });
      assert.equal((await open('DỰ THẢO nghị quyết đại hội')).slug, 'du-thao-nghi-quyet-dai-hoi-2');
      assert.equal((await open('Dự thảo Nghị quyết Đại hội')).slug, 'du-thao-nghi-quyet-dai-hoi-3');
      assert.equal((await open('Khác', 'gop-y-nghi-quyet')).slug, 'gop-y-nghi-quyet');
      assert.equal((await open('Khác nữa', 'gop-y-nghi-quyet')).slug, 'gop-y-nghi-quyet-2');
      await rejectsWithCode(open('Sai', 'Có Dấu'), 'invalid_input');
    }));

  test('closes early at the clock\'s instant: then closed, a second close is refused, a stale version conflicts', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultation } = await opened(db);
      await rejectsWithCode(closeConsultation(w.deps, w.actors.secretariat, { consultationId: consultation.id, version: 9 }), 'conflict');
      w.clock.set('2024-02-10T02:00:00.000Z');
      const closed = await closeConsultation(w.deps, w.actors.secretariat, { consultationId: consultation.id, version: consultation.version });
      assert.deepEqual([closed.closedAt, closed.version], ['2024-02-10T02:00:00.000Z', 2]);
      const state = stateOf(closed, w.clock.now());
      assert.equal(state.state, 'closed');
      assert.match(state.text?.vi ?? '', /kết thúc sớm lúc 09:00 ngày 10\/02\/2024/);
      await rejectsWithCode(closeConsultation(w.deps, w.actors.secretariat, { consultationId: consultation.id, version: closed.version }), 'invalid_state');
      const [summary] = await listConsultations(w.deps, w.actors.leader);
      assert.deepEqual([summary?.consultation.id, summary?.state], [consultation.id, 'closed']);
    }));

  test('links the next version: another document of the organisation, not the draft itself', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, document, consultation } = await opened(db);
      const next = await importDocument(w.deps, w.actors.secretariat, { termId: w.term.id, path: REVISED });
      const self = await rejectsWithCode(reviseConsultation(w.deps, w.actors.secretariat, { consultationId: consultation.id, version: 1, documentId: document.id }), 'invalid_input');
      assert.equal(self.details.path, 'documentId');
      const revised = await reviseConsultation(w.deps, w.actors.secretariat, { consultationId: consultation.id, version: 1, documentId: next.id });
      assert.deepEqual([revised.revisedDocumentId, revised.version], [next.id, 2]);
      await rejectsWithCode(reviseConsultation(w.deps, w.actors.secretariat, { consultationId: consultation.id, version: 1, documentId: next.id }), 'conflict');
      const detail = await getConsultationDetail(w.deps, w.actors.leader, { consultationId: consultation.id });
      assert.equal(detail.revisedDraftTitle, next.title);
      await rejectsWithCode(reviseConsultation(w.deps, w.actors.leader, { consultationId: consultation.id, version: 2, documentId: next.id }), 'forbidden');
    }));

  test('another province\'s secretariat cannot open, close, read or moderate this province\'s consultation', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, document, consultation } = await opened(db);
      const other = w.actors.otherSecretariat;
      const entered = await enterOfflineComment(w.deps, w.actors.secretariat, {
        consultationId: consultation.id, channel: 'meeting', target: { kind: 'draft' }, stance: 'agree', text: 'Nhất trí với dự thảo.', respondentType: 'party_member',
      });
      await rejectsWithCode(openConsultation(w.deps, other, { documentId: document.id, opensOn: '2024-01-20', closesOn: '2024-02-29' }), 'forbidden');
      await rejectsWithCode(closeConsultation(w.deps, other, { consultationId: consultation.id, version: 1 }), 'forbidden');
      await rejectsWithCode(getConsultationDetail(w.deps, other, { consultationId: consultation.id }), 'forbidden');
      await rejectsWithCode(getSynthesis(w.deps, other, { consultationId: consultation.id }), 'forbidden');
      await rejectsWithCode(listQueue(w.deps, other, { consultationId: consultation.id }), 'forbidden');
      await rejectsWithCode(moderate(w.deps, other, { commentId: entered.comment.id, version: entered.comment.version, state: 'spam' }), 'forbidden');
      await rejectsWithCode(
        enterOfflineComment(w.deps, other, { consultationId: consultation.id, channel: 'paper', target: { kind: 'draft' }, stance: 'agree', text: 'x', respondentType: 'citizen' }),
        'forbidden',
      );
      assert.deepEqual(await listConsultations(w.deps, other), []);
      assert.equal((await listConsultations(w.deps, w.actors.secretariat)).length, 1);
    }));

  test('a commune reporter enters comments and reads the consultation but does not moderate; a leader reads the synthesis but does not moderate', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultation } = await opened(db);
      const { communeReporter, leader } = w.actors;
      const entered = await enterOfflineComment(w.deps, communeReporter, {
        consultationId: consultation.id, channel: 'meeting', target: { kind: 'section', sectionId: 's41' }, stance: 'partly',
        text: 'Đề nghị bổ sung giải pháp về chuyển đổi số.', respondentType: 'citizen', localityId: w.commune.id,
      });
      assert.deepEqual([entered.comment.moderation.state, entered.comment.channel, entered.comment.enteredBy], ['published', 'meeting', actorUserId(communeReporter)]);
      const detail = await getConsultationDetail(w.deps, communeReporter, { consultationId: consultation.id });
      assert.deepEqual(detail.can, { manage: false, moderate: false, enter: true });
      await rejectsWithCode(listQueue(w.deps, communeReporter, { consultationId: consultation.id }), 'forbidden');
      await rejectsWithCode(moderate(w.deps, communeReporter, { commentId: entered.comment.id, version: 1, state: 'hidden', reason: 'off_topic' }), 'forbidden');
      await rejectsWithCode(getSynthesis(w.deps, communeReporter, { consultationId: consultation.id }), 'forbidden');
      const synthesis = await getSynthesis(w.deps, leader, { consultationId: consultation.id });
      assert.equal(synthesis.overall.total, 1);
      assert.deepEqual(synthesis.units.map((u) => u.key), ['section:s41']);
      assert.deepEqual((await getConsultationDetail(w.deps, leader, { consultationId: consultation.id })).can, { manage: false, moderate: false, enter: false });
      await rejectsWithCode(listQueue(w.deps, leader, { consultationId: consultation.id }), 'forbidden');
      await rejectsWithCode(moderate(w.deps, leader, { commentId: entered.comment.id, version: 1, state: 'spam' }), 'forbidden');
      await rejectsWithCode(
        enterOfflineComment(w.deps, leader, { consultationId: consultation.id, channel: 'paper', target: { kind: 'draft' }, stance: 'agree', text: 'x', respondentType: 'citizen' }),
        'forbidden',
      );
      await rejectsWithCode(closeConsultation(w.deps, communeReporter, { consultationId: consultation.id, version: 1 }), 'forbidden');
    }));
});
