/** Contract: reporting periods — order, uniqueness, opening and closing. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { listAudit } from '../audit.repository.ts';
import { createPeriod, getPeriod, listPeriods, updatePeriod } from '../period.repository.ts';
import type { TestEngine } from './engines.ts';
import { withStore } from './engines.ts';
import { rejectsWithCode } from './expect-error.ts';
import { at, seedFramework, T0 } from './fixtures.ts';

/** Registers the period cases for one engine. */
export function periodCases(engine: TestEngine): void {
  describe('periods', () => {
    test('listed in time order: years, then the spans that end with them', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        const y2023 = await createPeriod(db, T0, { termId: f.term.id, kind: 'year', startYear: 2023, endYear: 2023, label: 'Năm 2023' });
        const end = await createPeriod(db, T0, { termId: f.term.id, kind: 'term_end', startYear: 2021, endYear: 2025, label: '2021-2025', dueDate: '2025-06-30' });
        const y2022 = await createPeriod(db, T0, { termId: f.term.id, kind: 'year', startYear: 2022, endYear: 2022, label: 'Năm 2022' });
        const ids = (await listPeriods(db, f.term.id)).map((p) => p.id);
        assert.deepEqual(ids, [f.year2021.id, y2022.id, y2023.id, f.midTerm.id, end.id]);
        assert.equal((await getPeriod(db, end.id))?.dueDate, '2025-06-30');
        await rejectsWithCode(createPeriod(db, T0, { termId: f.term.id, kind: 'year', startYear: 2022, endYear: 2022, label: 'Lần hai' }), 'duplicate');
        await rejectsWithCode(createPeriod(db, T0, { termId: f.term.id, kind: 'year', startYear: 2024, endYear: 2023, label: 'Ngược' }), 'invalid_input');
      }));

    test('closing a period is persisted and audited as a transition', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        assert.equal(f.year2021.state, 'open');
        const closed = await updatePeriod(db, at('2024-04-01T00:00:00.000Z', 'u-sec'), f.year2021.id, { state: 'closed' });
        assert.deepEqual(await getPeriod(db, f.year2021.id), closed);
        assert.equal(closed.state, 'closed');
        await updatePeriod(db, T0, f.year2021.id, { dueDate: '2022-03-31' });
        const audit = await listAudit(db, { entity: 'period', entityId: f.year2021.id });
        assert.deepEqual(audit.map((e) => [e.action, e.actorId]), [['create', null], ['transition', 'u-sec'], ['update', null]]);
        await rejectsWithCode(updatePeriod(db, T0, 'missing', { state: 'closed' }), 'record_not_found');
      }));
  });
}
