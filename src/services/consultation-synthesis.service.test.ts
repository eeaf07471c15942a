/**
 * The synthesis, dispositions and version diff on both engines: duplicate grouping of 2,000
 * synthetic comments with planted campaigns entered through the service (pair precision and
 * recall), campaigns and groups counted once; bottom-up counts by locality where an area
 * tally replaces what was recorded below it in its channel; the disposition rules; and the
 * next version's changes per section linked to the comments and the dispositions.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { pairQuality } from '../domain/consultation/grouping-quality.ts';
import { normaliseForDuplicates } from '../domain/consultation/normalise.ts';
import { syntheticComments } from '../domain/consultation/synthetic-comments.ts';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { scanComments, type Executor } from '../store/index.ts';
import { moderate, moderateGroup } from './comment-moderation.service.ts';
import { enterOfflineComment, submitPublicComment } from './comment-submission.service.ts';
import { getDispositionBoard, getVersionDiff, recordDisposition } from './consultation-disposition.service.ts';
import { getSynthesis } from './consultation-synthesis.service.ts';
import { errorMessage } from './error-messages.ts';
import { addTally } from './consultation-tally.service.ts';
import { issueFormToken, openConsultation, reviseConsultation } from './consultation.service.ts';
import { importDocument } from './document-import.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld } from './testing/fixtures.ts';

const DRAFT = fileURLToPath(new URL('../../examples/nghi-quyet-mau.txt', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'resolute-synthesis-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * The next version: III.1's text changed ("cây ăn quả" → "mắc ca") and a section "5. Chuyển
 * đổi số" added after III.4 (at line 49; IV- moves from line 50 to 52).
 */
const REVISED = join(tmp, 'nghi-quyet-mau-v2.txt');
{
  const lines = readFileSync(DRAFT, 'utf8').replace('mở rộng vùng chè, cây ăn quả và dược liệu', 'mở rộng vùng chè, mắc ca và dược liệu').split('\n');
  lines.splice(48, 0, '5. Chuyển đổi số', 'Xây dựng chính quyền số, kinh tế số và xã hội số; phổ cập dịch vụ công trực tuyến toàn trình.');
  writeFileSync(REVISED, lines.join('\n'));
}

async function setup(db: Executor) {
  const w = await seedWorld(db);
  const document = await importDocument(w.deps, w.actors.secretariat, { termId: w.term.id, path: DRAFT });
  const consultation = await openConsultation(w.deps, w.actors.secretariat, { documentId: document.id, title: 'Dự thảo Nghị quyết', opensOn: '2024-01-20', closesOn: '2024-02-29' });
  type Offline = Partial<Parameters<typeof enterOfflineComment>[2]>;
  const enter = async (fields: Offline = {}) =>
    (await enterOfflineComment(w.deps, w.actors.secretariat, {
      consultationId: consultation.id, channel: 'meeting', target: { kind: 'draft' }, stance: 'agree', text: 'Nhất trí.', respondentType: 'citizen', ...fields,
    })).comment;
  return { w, consultation, enter };
}

await onBothEngines('consultation synthesis', (engine) => {
  test('2,000 comments with planted campaigns: grouped with pair precision ≥ 0,95 and recall ≥ 0,9; groups counted once; campaigns counted', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultation } = await setup(db);
      const { formToken } = await issueFormToken(w.deps, { slug: consultation.slug });
      w.clock.set('2024-02-01T03:05:00.000Z');
      const planted = [...syntheticComments(2000, { duplicateShare: 0.2 })];
      // The public path: the cheapest per comment, and grouping happens at intake whatever the state. In waves of 250 at
      // once: Kysely's SQLite connection lock wakes every waiter at each release, so thousands at once cost quadratic time.
      for (let start = 0; start < planted.length; start += 250) {
        await Promise.all(planted.slice(start, start + 250).map((s) => submitPublicComment(w.deps, {
          slug: consultation.slug, target: { kind: 'draft' }, text: s.text, stance: s.stance, respondentType: s.respondentType, formToken,
          ...(s.stance === 'disagree' ? { reason: 'Chưa phù hợp thực tế.' } : {}),
        })));
      }
      // Stored texts are cleaned (NFC, trimmed): a planted group's texts map to its label.
      const plantedOf = new Map<string, number>();
      for (const s of planted) {
        const text = s.text.normalize('NFC').trim();
        assert.equal(plantedOf.get(text) ?? s.planted, s.planted, `two groups share "${text}"`);
        plantedOf.set(text, s.planted);
      }
      const stored = [];
      for await (const comment of scanComments(db, consultation.id)) stored.push(comment);
      assert.deepEqual(stored.map((c) => c.position), planted.map((s) => s.index));
      const positionOf = new Map(stored.map((c) => [c.id, c.position]));
      const quality = pairQuality(stored.map((c) => plantedOf.get(c.text) ?? -1), stored.map((c) => positionOf.get(c.duplicateGroupId ?? c.id) ?? -1));
      assert.ok(quality.plantedPairs > 1000, `planted pairs ${quality.plantedPairs}`);
      assert.ok(quality.precision >= 0.95, `precision ${quality.precision}`);
      assert.ok(quality.recall >= 0.9, `recall ${quality.recall}`);

      // The moderators publish every duplicate group at once; the single comments wait.
      const groups = new Map<string, number>();
      for (const c of stored) groups.set(c.duplicateGroupId ?? c.id, (groups.get(c.duplicateGroupId ?? c.id) ?? 0) + 1);
      const multi = [...groups].filter(([, n]) => n > 1);
      const published = multi.reduce((sum, [, n]) => sum + n, 0);
      for (const [duplicateGroupId, size] of multi) {
        assert.deepEqual(await moderateGroup(w.deps, w.actors.secretariat, { consultationId: consultation.id, duplicateGroupId, state: 'published' }), { changed: size });
      }
      const synthesis = await getSynthesis(w.deps, w.actors.leader, { consultationId: consultation.id });
      assert.deepEqual([synthesis.overall.comments, synthesis.overall.total], [published, multi.length]);
      assert.deepEqual(synthesis.duplicateGroups, { groups: multi.length, comments: published });
      assert.equal(Object.values(synthesis.overall.byStance).reduce((a, b) => a + b, 0), multi.length);
      assert.deepEqual(synthesis.overall.byChannel, { online: multi.length, meeting: 0, paper: 0, import: 0 });
      assert.deepEqual(synthesis.units.map((u) => [u.key, u.counts.comments, u.counts.total]), [['draft', published, multi.length]]);
      // A campaign: three or more comments with the original's normal form (exact duplicates are always grouped, so all are published).
      const exact = new Map<number, number>();
      const normalOf = new Map(planted.filter((s) => s.kind === 'original').map((s) => [s.index, normaliseForDuplicates(s.text)]));
      for (const s of planted) if (normaliseForDuplicates(s.text) === normalOf.get(s.planted)) exact.set(s.planted, (exact.get(s.planted) ?? 0) + 1);
      const campaigns = [...exact.values()].filter((n) => n >= 3);
      assert.ok(campaigns.length >= 10);
      assert.deepEqual(synthesis.campaigns, { groups: campaigns.length, comments: campaigns.reduce((a, b) => a + b, 0) });
    }));

  test('bottom-up counts: commune comments, its own meeting tally and the province\'s area tally of meetings are not counted twice', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultation, enter } = await setup(db);
      const { formToken } = await issueFormToken(w.deps, { slug: consultation.slug });
      w.clock.set('2024-02-01T03:05:00.000Z');
      const online = await submitPublicComment(w.deps, {
        slug: consultation.slug, target: { kind: 'draft' }, stance: 'agree', text: 'Tán thành.', respondentType: 'citizen', localityId: w.commune.id, formToken,
      });
      await moderate(w.deps, w.actors.secretariat, { commentId: online.id, version: 1, state: 'published' });
      await enter({ channel: 'paper', localityId: w.commune.id, text: 'Phiếu góp ý thứ nhất.' });
      await enter({ channel: 'paper', localityId: w.commune.id, text: 'Phiếu góp ý thứ hai, đồng ý.' });
      await enter({ channel: 'meeting', localityId: w.commune.id, stance: 'disagree', text: 'Chưa hợp lý.', reason: 'Thiếu nguồn lực.' });
      await enter({ channel: 'meeting', localityId: null, stance: 'partly', text: 'Cần làm rõ lộ trình.' });
      const tally = (localityId: string, scope: 'own' | 'area', counts: { agree?: number; disagree?: number; partly?: number }) =>
        addTally(w.deps, w.actors.communeReporter, { consultationId: consultation.id, localityId, channel: 'meeting', scope, ...counts });
      await tally(w.commune.id, 'own', { agree: 10, partly: 5 });
      await tally(w.province.id, 'area', { agree: 40, disagree: 10 });
      await rejectsWithCode(tally(w.otherProvince.id, 'own', { agree: 1 }), 'invalid_input');
      const synthesis = await getSynthesis(w.deps, w.actors.inspector, { consultationId: consultation.id });
      const row = (id: string) => synthesis.localities.find((l) => l.localityId === id);
      // The commune: online 1 + paper 2 agree, meeting 1 disagree, own meeting tally 10 agree + 5 partly.
      assert.deepEqual(row(w.commune.id)?.total, { agree: 13, disagree: 1, partly: 5, unspecified: 0 });
      assert.deepEqual(row(w.commune.id)?.own, { agree: 13, disagree: 1, partly: 5, unspecified: 0 });
      // The province: online 1 + paper 2 from below, and for meetings only its area tally (40 + 10), not the commune's 16 again.
      assert.deepEqual(row(w.province.id)?.total, { agree: 43, disagree: 10, partly: 0, unspecified: 0 });
      assert.deepEqual(synthesis.unplaced, { agree: 0, disagree: 0, partly: 1, unspecified: 0 });
      assert.deepEqual(synthesis.discrepancies, []);
      assert.deepEqual(synthesis.overall.byChannel, { online: 1, meeting: 2, paper: 2, import: 0 });
      // An area tally of paper forms below what the commune recorded is kept, and flagged.
      await addTally(w.deps, w.actors.secretariat, { consultationId: consultation.id, localityId: w.province.id, channel: 'paper', scope: 'area', agree: 1 });
      const flagged = await getSynthesis(w.deps, w.actors.secretariat, { consultationId: consultation.id });
      assert.deepEqual(flagged.localities.find((l) => l.localityId === w.province.id)?.total, { agree: 42, disagree: 10, partly: 0, unspecified: 0 });
      assert.deepEqual(flagged.discrepancies.map((d) => [d.kind, d.localityId]), [['area_tally_below_records', w.province.id]]);
      assert.match(flagged.discrepancies[0]?.text ?? '', /\b1\b.*\b2\b/);
    }));

  test('a synthesis is counted again only when the data moved: a public comment, a moderation; the state follows the clock', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultation, enter } = await setup(db);
      await enter({ text: 'Nhất trí với dự thảo.' });
      const read = () => getSynthesis(w.deps, w.actors.leader, { consultationId: consultation.id });
      const first = await read();
      const again = await read();
      assert.equal(again.units, first.units, 'nothing changed: the kept synthesis');
      assert.equal(again.overall.comments, 1);

      const { formToken } = await issueFormToken(w.deps, { slug: consultation.slug });
      w.clock.set('2024-02-01T03:05:00.000Z');
      const online = await submitPublicComment(w.deps, {
        slug: consultation.slug, target: { kind: 'draft' }, stance: 'agree', text: 'Tán thành, không có ý kiến khác.', respondentType: 'citizen', formToken,
      });
      const afterComment = await read();
      assert.notEqual(afterComment.units, first.units, 'a public comment (not audited) makes it count again');
      assert.equal(afterComment.overall.comments, 1, 'the new comment waits for moderation');
      await moderate(w.deps, w.actors.secretariat, { commentId: online.id, version: 1, state: 'published' });
      const afterModeration = await read();
      assert.equal(afterModeration.overall.comments, 2, 'a moderation is seen');
      assert.equal(afterModeration.state, 'open');

      w.clock.set('2024-03-01T00:00:00.000Z');
      const closed = await read();
      assert.equal(closed.units, afterModeration.units, 'the clock alone changes no count');
      assert.equal(closed.state, 'closed');
    }));

  test('dispositions: a note for Giải trình and Không tiếp thu, a changed section only with Tiếp thu and only of the linked next version, versions', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultation, enter } = await setup(db);
      const comment = await enter({ target: { kind: 'section', sectionId: 's41' }, stance: 'partly', text: 'Đề nghị thay cây ăn quả bằng mắc ca.' });
      const manager = w.actors.secretariat;
      const base = { consultationId: consultation.id, subject: { kind: 'comment' as const, commentId: comment.id }, version: null };
      const noNote = await rejectsWithCode(recordDisposition(w.deps, manager, { ...base, kind: 'explained', note: '' }), 'invalid_input');
      assert.equal(noNote.details.path, 'note');
      assert.match(errorMessage('vi', noNote.code, noNote.details), /^Dữ liệu không hợp lệ: note: Cần ghi nội dung giải trình/);
      assert.match(errorMessage('en', noNote.code, noNote.details), /^Invalid input: note: A note is required/);
      await rejectsWithCode(recordDisposition(w.deps, manager, { ...base, kind: 'not_accepted', note: '   ' }), 'invalid_input');
      const explainedSection = await rejectsWithCode(recordDisposition(w.deps, manager, { ...base, kind: 'explained', note: 'Đã có.', changedSectionId: 's41' }), 'invalid_input');
      assert.equal(explainedSection.details.path, 'changedSectionId');
      const unlinked = await rejectsWithCode(recordDisposition(w.deps, manager, { ...base, kind: 'accepted', note: '', changedSectionId: 's41' }), 'invalid_input');
      assert.match(String(unlinked.details.detail), /link the next version/);
      await rejectsWithCode(getVersionDiff(w.deps, w.actors.leader, { consultationId: consultation.id }), 'invalid_state');
      const next = await importDocument(w.deps, manager, { termId: w.term.id, path: REVISED });
      await reviseConsultation(w.deps, manager, { consultationId: consultation.id, version: consultation.version, documentId: next.id });
      const oldOnly = await rejectsWithCode(recordDisposition(w.deps, manager, { ...base, kind: 'accepted', note: '', changedSectionId: 's50' }), 'invalid_input');
      assert.match(String(oldOnly.details.detail), /not a section of the next version/);
      await rejectsWithCode(recordDisposition(w.deps, manager, { ...base, subject: { kind: 'comment', commentId: 'no-such-comment' }, kind: 'accepted', note: '' }), 'invalid_input');
      await rejectsWithCode(recordDisposition(w.deps, w.actors.leader, { ...base, kind: 'accepted', note: '' }), 'forbidden');
      const accepted = await recordDisposition(w.deps, manager, { ...base, kind: 'accepted', note: '', changedSectionId: 's52' });
      assert.deepEqual([accepted.kind, accepted.changedSectionId, accepted.version], ['accepted', 's52', 1]);
      await rejectsWithCode(recordDisposition(w.deps, manager, { ...base, kind: 'explained', note: 'Giữ nguyên.' }), 'conflict');
      const explained = await recordDisposition(w.deps, manager, { ...base, kind: 'explained', note: 'Giữ nguyên vì đã có trong đề án.', version: 1 });
      assert.deepEqual([explained.changedSectionId, explained.version], [null, 2]);
      await rejectsWithCode(recordDisposition(w.deps, manager, { ...base, kind: 'accepted', note: '', version: 1 }), 'conflict');
      const board = await getDispositionBoard(w.deps, w.actors.leader, { consultationId: consultation.id });
      assert.deepEqual(board.subjects.map((s) => [s.subject, s.disposition?.kind, s.disposition?.note]), [[{ kind: 'comment', id: comment.id }, 'explained', 'Giữ nguyên vì đã có trong đề án.']]);
      assert.equal(board.pending, 0);
      assert.deepEqual(board.revisedSections?.filter((s) => s.id === 's49'), [{ id: 's49', label: '5.', title: 'Chuyển đổi số' }]);
    }));

  test('the version diff per section: counts, word pieces, comments on the old section, dispositions naming the new one', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultation, enter } = await setup(db);
      const fruit = await enter({ target: { kind: 'section', sectionId: 's41' }, stance: 'partly', text: 'Đề nghị thay cây ăn quả bằng mắc ca.' });
      await enter({ target: { kind: 'section', sectionId: 's41' }, stance: 'agree', text: 'Tán thành thu hút doanh nghiệp chế biến nông sản.' });
      const digital = await enter({ stance: 'partly', text: 'Cần bổ sung một mục riêng về chuyển đổi số.' });
      const next = await importDocument(w.deps, w.actors.secretariat, { termId: w.term.id, path: REVISED });
      await reviseConsultation(w.deps, w.actors.secretariat, { consultationId: consultation.id, version: consultation.version, documentId: next.id });
      const answer = (commentId: string, changedSectionId: string, note: string) =>
        recordDisposition(w.deps, w.actors.secretariat, { consultationId: consultation.id, subject: { kind: 'comment', commentId }, kind: 'accepted', note, changedSectionId, version: null });
      await answer(fruit.id, 's41', 'Đã sửa theo góp ý.');
      await answer(digital.id, 's49', 'Đã bổ sung mục 5.');
      const diff = await getVersionDiff(w.deps, w.actors.inspector, { consultationId: consultation.id });
      assert.deepEqual([diff.before.documentId, diff.after.documentId], [consultation.documentId, next.id]);
      assert.deepEqual(diff.counts, { added: 1, removed: 0, changed: 1, unchanged: 25 });
      const changed = diff.changes.find((c) => c.change === 'changed');
      assert.deepEqual([changed?.before?.id, changed?.after?.id, changed?.retitled, changed?.comments], ['s41', 's41', false, 2]);
      const pieces = changed?.pieces ?? [];
      assert.ok(pieces.some((p) => p.op === 'delete' && p.text.includes('ăn quả')), JSON.stringify(pieces));
      assert.ok(pieces.some((p) => p.op === 'insert' && p.text.includes('mắc')));
      assert.match(pieces.filter((p) => p.op !== 'insert').map((p) => p.text).join(''), /mở rộng vùng chè, cây ăn quả và dược liệu/);
      assert.match(pieces.filter((p) => p.op !== 'delete').map((p) => p.text).join(''), /mở rộng vùng chè, mắc ca và dược liệu/);
      assert.deepEqual(changed?.dispositions, [{ subject: { kind: 'comment', id: fruit.id }, text: 'Đề nghị thay cây ăn quả bằng mắc ca.', note: 'Đã sửa theo góp ý.' }]);
      const added = diff.changes.find((c) => c.change === 'added');
      assert.deepEqual([added?.before, added?.after, added?.comments], [null, { id: 's49', label: '5.', title: 'Chuyển đổi số' }, 0]);
      assert.deepEqual(added?.dispositions, [{ subject: { kind: 'comment', id: digital.id }, text: 'Cần bổ sung một mục riêng về chuyển đổi số.', note: 'Đã bổ sung mục 5.' }]);
      const moved = diff.changes.find((c) => c.before?.id === 's50');
      assert.deepEqual([moved?.change, moved?.after?.id], ['unchanged', 's52']);
    }));
});
