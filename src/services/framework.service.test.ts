/** The framework on both engines: import from a document, review, edit, link across terms, publish. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { createIndicator, createTerm, listAudit, listIndicators } from '../store/index.ts';
import { actorUserId } from './actor.ts';
import { editIndicator, getFramework, importFramework, linkPreviousIndicator, publishFramework } from './framework.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld, type World } from './testing/fixtures.ts';

const RESOLUTION = fileURLToPath(new URL('../../examples/nghi-quyet-mau.txt', import.meta.url));
const SEED = { actorId: null, at: new Date('2024-01-01T00:00:00.000Z') };

async function xviTerm(w: World) {
  return createTerm(w.deps.db, SEED, { organisationId: w.province.id, congress: 'XVI', startYear: 2025, endYear: 2030 });
}

await onBothEngines('framework service', (engine) => {
  test('importing the sample resolution creates its groups, indicators and components as a draft', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const term = await xviTerm(w);
      const imported = await importFramework(w.deps, w.actors.secretariat, { termId: term.id, path: RESOLUTION });
      assert.deepEqual([imported.document.originalName, imported.document.number, imported.document.termId], ['nghi-quyet-mau.txt', '05-NQ/TU', term.id]);
      assert.match(imported.document.sha256, /^[0-9a-f]{64}$/);
      assert.deepEqual(imported.groups.map((g) => g.name), ['Kinh tế', 'Văn hóa - xã hội', 'Môi trường', 'Xây dựng Đảng và hệ thống chính trị']);
      const rows = imported.indicators.map((i) => [i.code, i.name, i.target?.kind ?? null, i.parentId === null ? 'top' : 'component', i.sourceLine]);
      assert.equal(rows.length, 14);
      assert.deepEqual(rows.slice(0, 2), [
        ['(1)', 'Tốc độ tăng trưởng GRDP', 'range', 'top', 24],
        ['(2)', 'GRDP bình quân đầu người', 'at_least', 'top', 25],
      ]);
      assert.deepEqual(rows.slice(6, 9), [
        ['(7)', 'Số bác sỹ/1 vạn dân; Tỷ lệ dân số tham gia bảo hiểm y tế', null, 'top', 31],
        ['7.1', 'Số bác sỹ/1 vạn dân', 'point', 'component', 31],
        ['7.2', 'Tỷ lệ dân số tham gia bảo hiểm y tế', 'at_least', 'component', 31],
      ]);
      const forest = imported.indicators.find((i) => i.name === 'Tỷ lệ che phủ rừng');
      assert.deepEqual([forest?.targetText, forest?.target?.kind, forest?.unit, forest?.status], ['duy trì ổn định ở mức 56%', 'maintain', '%', 'draft']);
      const parent = imported.indicators[6];
      assert.deepEqual(imported.indicators.filter((i) => i.parentId === parent?.id).map((i) => i.position), [8, 9]);
      assert.ok(imported.indicators.every((i) => i.sourceDocumentId === imported.document.id && i.status === 'draft'));
      const creates = await listAudit(db, { entity: 'indicator', actorId: actorUserId(w.actors.secretariat) ?? '' });
      assert.equal(creates.length, 14);
      // The same file twice is a duplicate, and nothing of the second import remains.
      await rejectsWithCode(importFramework(w.deps, w.actors.secretariat, { termId: term.id, path: RESOLUTION }), 'duplicate_file');
      assert.equal((await listIndicators(db, { termId: term.id })).length, 14);
    }));

  test('only the secretariat of the organisation imports; a missing file is a named error', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const term = await xviTerm(w);
      for (const actor of [w.actors.admin, w.actors.financeReporter, w.actors.leader, w.actors.inspector, w.actors.otherSecretariat, w.actors.publicMember]) {
        await rejectsWithCode(importFramework(w.deps, actor, { termId: term.id, path: RESOLUTION }), 'forbidden');
      }
      await rejectsWithCode(importFramework(w.deps, w.actors.secretariat, { termId: term.id, path: '/nonexistent/file.txt' }), 'not_found');
      await rejectsWithCode(importFramework(w.deps, w.actors.secretariat, { termId: term.id, path: RESOLUTION, source: 'xlsx' } as never), 'invalid_input');
      assert.equal((await listIndicators(db, { termId: term.id })).length, 0);
    }));

  test('editing re-parses the target, assigns units, and keeps versions', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const term = await xviTerm(w);
      const { indicators } = await importFramework(w.deps, w.actors.secretariat, { termId: term.id, path: RESOLUTION });
      const forest = indicators.find((i) => i.name === 'Tỷ lệ che phủ rừng');
      assert.ok(forest);
      const edited = await editIndicator(w.deps, w.actors.secretariat, {
        indicatorId: forest.id, version: forest.version, targetText: 'trên 55%', leadUnitId: w.health.id, supportingUnitIds: [w.commune.id],
      });
      assert.deepEqual([edited.target?.kind, edited.target?.min, edited.direction, edited.targetText, edited.version], ['at_least', 55, 'increase', 'trên 55%', 2]);
      assert.deepEqual([edited.leadUnitId, edited.supportingUnitIds], [w.health.id, [w.commune.id]]);
      const renamed = await editIndicator(w.deps, w.actors.secretariat, { indicatorId: forest.id, version: 2, name: 'Tỷ lệ che phủ rừng (%)', direction: 'band' });
      assert.deepEqual([renamed.name, renamed.direction, renamed.target?.kind], ['Tỷ lệ che phủ rừng (%)', 'band', 'at_least']);
      await rejectsWithCode(editIndicator(w.deps, w.actors.secretariat, { indicatorId: forest.id, version: 2, name: 'x' }), 'conflict');
      const outside = await rejectsWithCode(editIndicator(w.deps, w.actors.secretariat, { indicatorId: forest.id, version: 3, leadUnitId: w.otherDepartment.id }), 'invalid_input');
      assert.equal(outside.details.detail, `unit ${w.otherDepartment.id} is not in this organisation`);
      await rejectsWithCode(editIndicator(w.deps, w.actors.healthReporter, { indicatorId: forest.id, version: 3, name: 'x' }), 'forbidden');
      await rejectsWithCode(editIndicator(w.deps, w.actors.secretariat, { indicatorId: forest.id, version: 3, colour: 'red' } as never), 'invalid_input');
      const audit = await listAudit(db, { entity: 'indicator', entityId: forest.id });
      assert.deepEqual(audit.map((e) => e.action), ['create', 'update', 'update']);
    }));

  test('publishing makes the framework visible to reporters and closes it to imports', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const term = await xviTerm(w);
      await importFramework(w.deps, w.actors.secretariat, { termId: term.id, path: RESOLUTION });
      assert.equal((await getFramework(w.deps, w.actors.communeReporter, { termId: term.id })).indicators.length, 0);
      assert.equal((await getFramework(w.deps, w.actors.secretariat, { termId: term.id })).indicators.length, 14);
      await rejectsWithCode(publishFramework(w.deps, w.actors.leader, { termId: term.id }), 'forbidden');
      const { published } = await publishFramework(w.deps, w.actors.secretariat, { termId: term.id });
      assert.equal(published, 14);
      const seen = await getFramework(w.deps, w.actors.communeReporter, { termId: term.id });
      assert.deepEqual([seen.indicators.length, seen.groups.length, seen.indicators.every((i) => i.status === 'published')], [14, 4, true]);
      await rejectsWithCode(publishFramework(w.deps, w.actors.secretariat, { termId: term.id }), 'invalid_state');
      await rejectsWithCode(importFramework(w.deps, w.actors.secretariat, { termId: term.id, path: RESOLUTION }), 'invalid_state');
      await rejectsWithCode(getFramework(w.deps, w.actors.otherSecretariat, { termId: term.id }), 'forbidden');
      await rejectsWithCode(getFramework(w.deps, w.actors.publicMember, { termId: term.id }), 'forbidden');
    }));

  test('an indicator links to the same indicator of an earlier term of its organisation', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const xv = await createTerm(db, SEED, { organisationId: w.province.id, congress: 'XV', startYear: 2025, endYear: 2030 });
      const next = await createIndicator(db, SEED, { termId: xv.id, name: 'Tỷ lệ che phủ rừng', targetText: '55%' });
      const linked = await linkPreviousIndicator(w.deps, w.actors.secretariat, { indicatorId: next.id, version: next.version, previousIndicatorId: w.forest.id });
      assert.equal(linked.previousIndicatorId, w.forest.id);
      await rejectsWithCode(linkPreviousIndicator(w.deps, w.actors.secretariat, { indicatorId: w.forest.id, version: w.forest.version, previousIndicatorId: next.id }), 'invalid_input');
      await rejectsWithCode(linkPreviousIndicator(w.deps, w.actors.secretariat, { indicatorId: w.poverty.id, version: w.poverty.version, previousIndicatorId: w.forest.id }), 'invalid_input');
      const elsewhere = await createTerm(db, SEED, { organisationId: w.otherProvince.id, congress: 'XIII', startYear: 2015, endYear: 2020 });
      const foreign = await createIndicator(db, SEED, { termId: elsewhere.id, name: 'Tỷ lệ che phủ rừng' });
      await rejectsWithCode(linkPreviousIndicator(w.deps, w.actors.secretariat, { indicatorId: next.id, version: linked.version, previousIndicatorId: foreign.id }), 'invalid_input');
      await rejectsWithCode(linkPreviousIndicator(w.deps, w.actors.financeReporter, { indicatorId: next.id, version: linked.version, previousIndicatorId: null }), 'forbidden');
      const unlinked = await linkPreviousIndicator(w.deps, w.actors.secretariat, { indicatorId: next.id, version: linked.version, previousIndicatorId: null });
      assert.equal(unlinked.previousIndicatorId, null);
    }));
});
