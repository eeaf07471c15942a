/** Contract: indicators, components, parsed targets, supporting units, lineage, versions. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Target } from '../../domain/target.ts';
import { listAudit } from '../audit.repository.ts';
import { createIndicatorGroup, listIndicatorGroups, updateIndicatorGroup } from '../indicator-group.repository.ts';
import { createIndicator, getIndicator, listIndicators, updateIndicator } from '../indicator.repository.ts';
import { createTerm } from '../term.repository.ts';
import type { TestEngine } from './engines.ts';
import { withStore } from './engines.ts';
import { rejectsWithCode } from './expect-error.ts';
import { at, GRDP_TARGET, seedFramework, T0 } from './fixtures.ts';

const MALNUTRITION_TARGET = {
  kind: 'at_most',
  text: 'xuống dưới 15%',
  unit: '%',
  basis: 'trẻ em dưới 5 tuổi',
  per: 'term_end',
  year: 2025,
  direction: 'decrease',
  min: null,
  max: 15,
  minInclusive: false,
  maxInclusive: false,
} satisfies Target;

/** Registers the indicator framework cases for one engine. */
export function indicatorCases(engine: TestEngine): void {
  describe('indicator framework', () => {
    test('an indicator with components and a parsed target round-trips exactly', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        const group = await createIndicatorGroup(db, T0, { termId: f.term.id, code: 'II', name: 'Các chỉ tiêu về văn hóa - xã hội', position: 2 });
        const parent = await createIndicator(db, T0, {
          termId: f.term.id, groupId: group.id, code: '7', name: 'Chỉ tiêu y tế', position: 7, leadUnitId: f.health.id,
          supportingUnitIds: [f.commune.id, f.finance.id, f.commune.id],
          baseline: { value: 30.67, year: 2020, text: 'từ 30,67% năm 2020' }, sourceLine: 412,
        });
        const second = await createIndicator(db, T0, { termId: f.term.id, groupId: group.id, parentId: parent.id, code: '7.2', name: 'Số bác sỹ/1 vạn dân', position: 2 });
        const first = await createIndicator(db, T0, {
          termId: f.term.id, groupId: group.id, parentId: parent.id, code: '7.1', position: 1,
          name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân', unit: '%', target: MALNUTRITION_TARGET,
        });
        const read = await getIndicator(db, first.id);
        assert.deepEqual(read?.target, MALNUTRITION_TARGET);
        assert.equal(read?.targetText, 'xuống dưới 15%');
        assert.equal(read?.direction, 'decrease');
        assert.deepEqual(read, first);
        const readParent = await getIndicator(db, parent.id);
        assert.deepEqual(readParent?.supportingUnitIds, [f.commune.id, f.finance.id].sort());
        assert.deepEqual(readParent?.baseline, { value: 30.67, year: 2020, text: 'từ 30,67% năm 2020' });
        assert.equal(readParent?.sourceLine, 412);
        assert.deepEqual((await listIndicators(db, { parentId: parent.id })).map((i) => i.code), ['7.1', '7.2']);
        assert.deepEqual((await listIndicators(db, { termId: f.term.id, parentId: null })).map((i) => i.id), [f.grdp.id, f.forest.id, parent.id]);
        assert.deepEqual((await listIndicators(db, { groupId: group.id })).map((i) => i.id), [first.id, second.id, parent.id]);
        assert.deepEqual((await getIndicator(db, f.grdp.id))?.target, GRDP_TARGET);
      }));

    test('a unit sees the indicators it leads or supports', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        const shared = await createIndicator(db, T0, { termId: f.term.id, name: 'Thu ngân sách', leadUnitId: f.health.id, supportingUnitIds: [f.finance.id], position: 3 });
        assert.deepEqual((await listIndicators(db, { termId: f.term.id, unitId: f.finance.id })).map((i) => i.id), [f.grdp.id, shared.id]);
        assert.deepEqual((await listIndicators(db, { termId: f.term.id, unitId: f.commune.id })).map((i) => i.id), []);
      }));

    test('a stale version is a conflict; a current one publishes and is audited', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        const published = await updateIndicator(db, at('2024-03-01T00:00:00.000Z', 'u-sec'), f.grdp.id, 1, {
          status: 'published', supportingUnitIds: [f.commune.id],
        });
        assert.equal(published.version, 2);
        assert.equal(published.status, 'published');
        const error = await rejectsWithCode(updateIndicator(db, T0, f.grdp.id, 1, { name: 'Sửa lại' }), 'conflict');
        assert.equal(error.details.actual, 2);
        const read = await getIndicator(db, f.grdp.id);
        assert.deepEqual(read, published);
        assert.deepEqual(read?.supportingUnitIds, [f.commune.id]);
        const audit = await listAudit(db, { entity: 'indicator', entityId: f.grdp.id });
        assert.deepEqual(audit.map((e) => e.action), ['create', 'update']);
        assert.deepEqual(audit[1]?.after, { ...published });
        await rejectsWithCode(updateIndicator(db, T0, 'missing', 1, { name: 'x' }), 'record_not_found');
      }));

    test('an indicator links to its predecessor in the previous term', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        const xv = await createTerm(db, T0, { organisationId: f.province.id, congress: 'XV', startYear: 2025, endYear: 2030 });
        const next = await createIndicator(db, T0, { termId: xv.id, name: 'Tỷ lệ che phủ rừng', targetText: '54%', previousIndicatorId: f.forest.id });
        assert.equal((await getIndicator(db, next.id))?.previousIndicatorId, f.forest.id);
        await rejectsWithCode(createIndicator(db, T0, { termId: xv.id, name: 'x', previousIndicatorId: 'missing' }), 'invalid_input');
      }));

    test('groups list in position order and can be renamed', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        const b = await createIndicatorGroup(db, T0, { termId: f.term.id, name: 'Xã hội', position: 2 });
        const a = await createIndicatorGroup(db, T0, { termId: f.term.id, name: 'Kinh tế', position: 1 });
        await updateIndicatorGroup(db, T0, b.id, { name: 'Văn hóa - xã hội', code: undefined });
        const groups = await listIndicatorGroups(db, f.term.id);
        assert.deepEqual(groups.map((g) => [g.id, g.name, g.code]), [[a.id, 'Kinh tế', null], [b.id, 'Văn hóa - xã hội', null]]);
      }));
  });
}
