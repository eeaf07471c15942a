/**
 * The demo consultation as a visitor and the secretariat find it right after `npm start`:
 * open now, its sample draft's sections and targets on the public page, comments waiting in
 * the queue, a campaign of 6 and main points in the synthesis, version 2's changes with the
 * Tiếp thu that caused one of them. Loaded at an arbitrary day, as the demo runs on the real clock.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { vietnamInstant } from '../../domain/consultation/consultation-window.ts';
import { findUserByLogin } from '../../store/index.ts';
import { loadActor } from '../actor.ts';
import { listPublicComments, listQueue, publishedByTarget } from '../comment-moderation.service.ts';
import { getDispositionBoard, getVersionDiff } from '../consultation-disposition.service.ts';
import { getSynthesis } from '../consultation-synthesis.service.ts';
import { listTallies } from '../consultation-tally.service.ts';
import { loadBySlug, readPublicConsultation, stateOf } from '../consultation.service.ts';
import { createDeps } from '../deps.ts';
import { onBothEngines, withDatabase } from '../testing/engines.ts';
import { readDemoConsultation } from './demo-consultation.ts';
import { demoId, loadDemo } from './load-demo.ts';

const SLUG = 'du-thao-bao-cao-chinh-tri-demo';
/** 10:00 in Vietnam on 10/04/2026. */
const NOW = new Date('2026-04-10T03:00:00.000Z');

test('the comment file: a campaign of 6, two honeypot spam, 8 left new, one disposition of each kind', () => {
  const data = readDemoConsultation();
  const copies = data.public.map((c) => 1 + (c.copies?.length ?? 0));
  assert.deepEqual(copies.filter((n) => n > 1), [6]);
  assert.deepEqual(data.public.filter((c) => c.honeypot !== undefined).map((c) => c.moderation), ['spam', 'spam']);
  assert.equal(data.public.filter((c) => c.moderation === 'new').length, 8);
  assert.deepEqual(data.dispositions.map((d) => d.kind).sort(), ['accepted', 'explained', 'not_accepted']);
  assert.ok(data.public.every((c) => c.day >= -data.consultation.opensDaysBefore), 'every comment is sent after the consultation opens');
});

await onBothEngines('demo consultation', (engine) => {
  test('open now on the sample draft, with comments in the queue, a campaign, main points and version 2\'s changes', () =>
    withDatabase(engine, async (database) => {
      const summary = await loadDemo(database, NOW);
      assert.equal(summary.comments, 39);
      const deps = createDeps(database.db, { clock: () => NOW });
      const actor = async (login: string) => loadActor(database.db, (await findUserByLogin(database.db, login))?.id ?? '');
      const [secretariat, leader] = [await actor('thuky'), await actor('lanhdao')];

      // Open from 00:00 five days before the load day until 17:00 fourteen days after it (Vietnam time).
      const consultation = await loadBySlug(database.db, SLUG);
      assert.deepEqual([consultation.opensAt, consultation.closesAt], [vietnamInstant('2026-04-05', '00:00'), vietnamInstant('2026-04-24', '17:00')]);
      assert.equal(stateOf(consultation, NOW).state, 'open');
      assert.equal(stateOf(consultation, new Date(vietnamInstant('2026-04-24', '17:00'))).state, 'closed');
      assert.equal(consultation.documentId, demoId('XV/draft-report-v1'));
      assert.equal(consultation.revisedDocumentId, demoId('XV/draft-report-v2'));

      // The public page: the draft's outline and its 12 targets, the province and its communes, published counts per target.
      const page = await readPublicConsultation(deps, { slug: SLUG }, await publishedByTarget(deps, SLUG));
      assert.equal(page.state, 'open');
      assert.match(page.draftTitle, /BÁO CÁO CHÍNH TRỊ.*\(DỮ LIỆU MẪU\)/);
      const roads = page.sections.find((s) => s.path.join(' > ') === 'Phần thứ hai > III- > 2.');
      assert.equal(roads?.title, 'Phát triển kết cấu hạ tầng');
      assert.equal(page.indicators.length, 12);
      assert.equal(page.indicators.find((i) => i.name === 'Tỷ lệ che phủ rừng')?.targetText, 'đạt 54%');
      assert.deepEqual(page.localities.map((l) => l.name).sort(), ['Phường Tân Phong', 'Tỉnh Lai Châu', 'Xã Bình Lư', 'Xã Bản Lang', 'Xã Mường So'].sort());
      assert.equal(page.publishedByTarget[`section:${roads?.id ?? ''}`], 6);

      // The public list shows the campaign once, with its size, and no contact.
      const listed = await listPublicComments(deps, { slug: SLUG, target: `section:${roads?.id ?? ''}` });
      assert.deepEqual(listed.items.map((c) => c.groupSize), [6]);
      assert.ok(!('contact' in (listed.items[0] ?? {})));

      // The queue: 8 new, the honeypot ones in spam, one hidden.
      const queue = await listQueue(deps, secretariat, { consultationId: consultation.id, state: 'new' });
      assert.equal(queue.items.length, 8);
      assert.deepEqual(queue.counts, { new: 8, published: 28, hidden: 1, spam: 2 });
      const spam = await listQueue(deps, secretariat, { consultationId: consultation.id, state: 'spam' });
      assert.deepEqual(spam.items.map((c) => c.spamSignal), ['honeypot', 'honeypot']);

      // The synthesis: one campaign of 6 identical comments, main points, meeting comments and tallies.
      const synthesis = await getSynthesis(deps, leader, { consultationId: consultation.id });
      assert.deepEqual(synthesis.campaigns, { groups: 1, comments: 6 });
      assert.equal(synthesis.overall.comments, 28);
      assert.equal(synthesis.overall.byChannel.meeting, 5);
      assert.deepEqual(synthesis.units.find((u) => u.key === `section:${roads?.id ?? ''}`)?.mainPoints.map((p) => p.size), [6]);
      const tea = page.sections.find((s) => s.path.join(' > ') === 'Phần thứ hai > III- > 1.');
      assert.ok((synthesis.units.find((u) => u.key === `section:${tea?.id ?? ''}`)?.mainPoints[0]?.size ?? 0) >= 3, 'the near duplicates on tea make a main point');
      const tallies = await listTallies(deps, leader, { consultationId: consultation.id });
      assert.deepEqual(tallies.map((t) => [t.scope, t.channel, t.localityId]).sort(), [
        ['area', 'paper', demoId('unit/binh-lu')], ['own', 'meeting', demoId('unit/ban-lang')],
      ]);

      // Version 2: the roads section reworded (with the Tiếp thu that asked for it), the forest target changed, a section added.
      const diff = await getVersionDiff(deps, leader, { consultationId: consultation.id });
      assert.deepEqual(diff.counts, { added: 1, removed: 0, changed: 2, unchanged: 38 });
      const changed = diff.changes.filter((c) => c.change === 'changed').map((c) => c.after?.title);
      assert.deepEqual(changed, ['Tỷ lệ che phủ rừng đạt 55%', 'Phát triển kết cấu hạ tầng']);
      assert.equal(diff.changes.find((c) => c.change === 'added')?.after?.title, 'Chuyển đổi số và cải cách thủ tục hành chính');
      const roadChange = diff.changes.find((c) => c.after?.title === 'Phát triển kết cấu hạ tầng');
      assert.equal(roadChange?.comments, 6);
      assert.deepEqual(roadChange?.dispositions.map((d) => d.subject.kind), ['cluster']);
      const board = await getDispositionBoard(deps, leader, { consultationId: consultation.id });
      assert.deepEqual(board.subjects.flatMap((s) => (s.disposition === null ? [] : [s.disposition.kind])).sort(), ['accepted', 'explained', 'not_accepted']);
    }));
});
