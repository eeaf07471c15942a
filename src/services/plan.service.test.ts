/**
 * Plans on both engines: importing the sample plan (examples/ke-hoach-mau.txt) into a draft
 * tree with units matched by name, who may see a draft, publishing, and creating plans.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { listAudit, listDocuments } from '../store/index.ts';
import { createPlan, getPlan, importPlan, listPlans, publishPlan } from './plan.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld } from './testing/fixtures.ts';

const SAMPLE = fileURLToPath(new URL('../../examples/ke-hoach-mau.txt', import.meta.url));

await onBothEngines('plans', (engine) => {
  test('the sample plan imports as a draft tree: headings, tasks, units matched by name, recurrences dated', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      w.clock.set('2026-01-20T03:00:00.000Z');
      const result = await importPlan(w.deps, w.actors.secretariat, { termId: w.term.id, path: SAMPLE, originalName: 'ke-hoach-mau.txt' });
      assert.equal(result.plan.status, 'draft');
      assert.equal(result.plan.number, '27-KH/UBND');
      assert.equal(result.plan.date, '2026-01-15');
      assert.match(result.plan.title, /^Kế hoạch triển khai Nghị quyết/);
      assert.ok(result.tasks >= 8, `tasks: ${result.tasks}`);
      assert.ok(result.headings >= 3, `headings: ${result.headings}`);
      // The test province has Sở Tài chính, Sở Y tế and Xã Bản Lang; the other units the sample names are left for the review.
      assert.ok(result.unmatchedUnits.some((text) => text.includes('Sở Nông nghiệp và Phát triển nông thôn')));
      const tree = await getPlan(w.deps, w.actors.secretariat, { planId: result.plan.id });
      assert.equal(tree.canManage, true);
      const health = tree.tasks.find((t) => t.title.startsWith('Nâng tỷ lệ trạm y tế'));
      assert.equal(health?.leadUnitId, w.health.id);
      assert.deepEqual(health?.supportingUnitIds, [w.finance.id]);
      assert.equal(health?.dueDate, '2027-12-31');
      const poverty = tree.tasks.find((t) => t.title.startsWith('Chương trình giảm nghèo'));
      assert.deepEqual(poverty?.supportingUnitIds, [w.commune.id]);
      assert.equal(poverty?.kind, 'key_programme');
      const quarterly = tree.tasks.find((t) => t.recurrence?.every === 'quarter');
      assert.equal(quarterly?.dueDate, '2026-03-31', 'a quarterly duty falls due at the end of the current quarter');
      // Headings come before their tasks, and tasks sit under them.
      const heading = tree.tasks.find((t) => t.title === 'Nhiệm vụ trọng tâm');
      assert.equal(heading?.heading, true);
      const first = tree.tasks.find((t) => t.number === '1.1');
      assert.equal(first?.parentId, heading?.id);
      assert.ok(tree.tasks.findIndex((t) => t.id === heading?.id) < tree.tasks.findIndex((t) => t.id === first?.id));
      assert.equal(tree.tally.total, result.tasks, 'headings are not counted');
      // The file is filed under the term, once: importing it again reuses the document.
      const again = await importPlan(w.deps, w.actors.secretariat, { termId: w.term.id, path: SAMPLE });
      assert.equal(again.plan.sourceDocumentId, result.plan.sourceDocumentId);
      assert.equal((await listDocuments(db, { termId: w.term.id })).length, 1);
      assert.equal((await listAudit(db, { entity: 'task' })).length, 2 * (result.tasks + result.headings));
    }));

  test('only the secretariat of the organisation imports; a draft is hidden from units until published', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      w.clock.set('2026-01-20T03:00:00.000Z');
      await rejectsWithCode(importPlan(w.deps, w.actors.otherSecretariat, { termId: w.term.id, path: SAMPLE }), 'forbidden');
      await rejectsWithCode(importPlan(w.deps, w.actors.healthReporter, { termId: w.term.id, path: SAMPLE }), 'forbidden');
      const { plan } = await importPlan(w.deps, w.actors.secretariat, { termId: w.term.id, path: SAMPLE });
      await rejectsWithCode(getPlan(w.deps, w.actors.healthReporter, { planId: plan.id }), 'forbidden');
      assert.deepEqual(await listPlans(w.deps, w.actors.healthReporter, {}), []);
      assert.equal((await getPlan(w.deps, w.actors.inspector, { planId: plan.id })).canManage, false);
      await rejectsWithCode(publishPlan(w.deps, w.actors.leader, { planId: plan.id, version: plan.version }), 'forbidden');
      await rejectsWithCode(publishPlan(w.deps, w.actors.secretariat, { planId: plan.id, version: plan.version + 1 }), 'conflict');
      const published = await publishPlan(w.deps, w.actors.secretariat, { planId: plan.id, version: plan.version });
      assert.equal(published.status, 'published');
      await rejectsWithCode(publishPlan(w.deps, w.actors.secretariat, { planId: plan.id, version: published.version }), 'invalid_state');
      // Published: Sở Y tế reads the plan, with only the tasks it leads or supports.
      const seen = await getPlan(w.deps, w.actors.healthReporter, { planId: plan.id });
      assert.ok(seen.tasks.length > 0);
      assert.ok(seen.tasks.every((t) => t.leadUnitId === w.health.id || t.supportingUnitIds.includes(w.health.id)));
      const listed = await listPlans(w.deps, w.actors.healthReporter, {});
      assert.deepEqual(listed.map((p) => p.id), [plan.id]);
      assert.equal(listed[0]?.tally.total, seen.tasks.filter((t) => !t.heading).length);
      await rejectsWithCode(getPlan(w.deps, w.actors.otherSecretariat, { planId: plan.id }), 'forbidden');
    }));

  test('a plan made by hand: the term must be the organisation\'s, an empty plan is not published', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      await rejectsWithCode(createPlan(w.deps, w.actors.secretariat, { organisationId: w.otherProvince.id, title: 'Kế hoạch' }), 'forbidden');
      const error = await rejectsWithCode(createPlan(w.deps, w.actors.otherSecretariat, { organisationId: w.otherProvince.id, termId: w.term.id, title: 'Kế hoạch' }), 'invalid_input');
      assert.equal(error.details.path, 'termId');
      await rejectsWithCode(createPlan(w.deps, w.actors.secretariat, { organisationId: w.province.id, title: 'Kế hoạch', extra: 1 } as never), 'invalid_input');
      const plan = await createPlan(w.deps, w.actors.secretariat, { organisationId: w.province.id, termId: w.term.id, title: 'Kế hoạch kiểm tra', number: '05-KH/TU', date: '2026-02-01' });
      await rejectsWithCode(publishPlan(w.deps, w.actors.secretariat, { planId: plan.id, version: plan.version }), 'invalid_state');
      await rejectsWithCode(getPlan(w.deps, w.actors.secretariat, { planId: 'nope' }), 'record_not_found');
    }));
});
