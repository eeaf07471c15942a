/** Periods on both engines: who creates, opens and closes them, their spans, due dates as seen in Vietnam. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { listAudit } from '../store/index.ts';
import { errorMessage } from './error-messages.ts';
import { closePeriod, createPeriod, listPeriods, openPeriod, setDueDate } from './period.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld } from './testing/fixtures.ts';

await onBothEngines('period service', (engine) => {
  test('the secretariat and admins create periods, closed by default; other roles cannot', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const year = await createPeriod(w.deps, w.actors.secretariat, { termId: w.term.id, kind: 'year', startYear: 2024, endYear: 2024 });
      assert.deepEqual([year.label, year.state, year.dueDate], ['2024', 'closed', null]);
      const end = await createPeriod(w.deps, w.actors.admin, { termId: w.term.id, kind: 'term_end', startYear: 2021, endYear: 2025, dueDate: '2025-10-31', open: true });
      assert.deepEqual([end.label, end.state, end.dueDate], ['2021-2025', 'open', '2025-10-31']);
      const input = { termId: w.term.id, kind: 'year' as const, startYear: 2025, endYear: 2025 };
      for (const actor of [w.actors.financeReporter, w.actors.leader, w.actors.inspector, w.actors.publicMember, w.actors.otherSecretariat]) {
        await rejectsWithCode(createPeriod(w.deps, actor, input), 'forbidden');
      }
      await rejectsWithCode(createPeriod(w.deps, w.actors.secretariat, { ...input, startYear: 2024, endYear: 2024 }), 'duplicate');
    }));

  test('a period must fit its kind and the term', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const make = (kind: 'year' | 'mid_term', startYear: number, endYear: number) =>
        createPeriod(w.deps, w.actors.secretariat, { termId: w.term.id, kind, startYear, endYear });
      const details = [];
      for (const [kind, start, end] of [['year', 2021, 2022], ['mid_term', 2023, 2023], ['mid_term', 2023, 2021], ['year', 2026, 2026], ['mid_term', 2019, 2022]] as const) {
        details.push((await rejectsWithCode(make(kind, start, end), 'invalid_input')).details.detail);
      }
      assert.deepEqual(details, [
        'a year period starts and ends in the same year',
        'a mid-term or term-end period spans several years',
        'startYear is after endYear',
        'the period must lie within the term 2020-2025',
        'the period must lie within the term 2020-2025',
      ]);
      const outside = await rejectsWithCode(make('mid_term', 2019, 2022), 'invalid_input');
      const vi = errorMessage('vi', outside.code, outside.details);
      assert.equal(vi, 'Dữ liệu không hợp lệ: kỳ báo cáo phải nằm trong nhiệm kỳ 2020-2025');
      assert.ok(!vi.includes('the period must lie within'), vi);
      const baseline = await make('year', 2020, 2020);
      assert.equal(baseline.label, '2020');
      await rejectsWithCode(createPeriod(w.deps, w.actors.secretariat, { termId: w.term.id, kind: 'year', startYear: 2024, endYear: 2024, dueDate: '2024-02-30' }), 'invalid_input');
      await rejectsWithCode(createPeriod(w.deps, w.actors.secretariat, { termId: 'missing', kind: 'year', startYear: 2024, endYear: 2024 }), 'record_not_found');
    }));

  test('opening and closing are audited transitions; repeating one changes nothing', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const p = await createPeriod(w.deps, w.actors.secretariat, { termId: w.term.id, kind: 'year', startYear: 2024, endYear: 2024 });
      assert.equal((await openPeriod(w.deps, w.actors.secretariat, { periodId: p.id })).state, 'open');
      assert.equal((await openPeriod(w.deps, w.actors.secretariat, { periodId: p.id })).state, 'open');
      assert.equal((await closePeriod(w.deps, w.actors.admin, { periodId: p.id })).state, 'closed');
      await rejectsWithCode(openPeriod(w.deps, w.actors.financeReporter, { periodId: p.id }), 'forbidden');
      await rejectsWithCode(closePeriod(w.deps, w.actors.otherSecretariat, { periodId: p.id }), 'forbidden');
      const trail = await listAudit(db, { entity: 'period', entityId: p.id });
      const stateOf = (s: object | null) => (s !== null && 'state' in s ? s.state : null);
      assert.deepEqual(trail.map((e) => [e.action, stateOf(e.before), stateOf(e.after)]), [['create', null, 'closed'], ['transition', 'closed', 'open'], ['transition', 'open', 'closed']]);
    }));

  test('due dates count days in Vietnam time and flag open overdue periods', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      await setDueDate(w.deps, w.actors.secretariat, { periodId: w.year2023.id, dueDate: '2024-01-31' });
      await setDueDate(w.deps, w.actors.secretariat, { periodId: w.year2022.id, dueDate: '2024-01-31' });
      await closePeriod(w.deps, w.actors.secretariat, { periodId: w.year2022.id });
      const seen = async (iso: string) => {
        w.clock.set(iso);
        const periods = await listPeriods(w.deps, w.actors.financeReporter, { termId: w.term.id });
        return periods.filter((p) => p.dueDate !== null).map((p) => [p.label, p.daysUntilDue, p.overdue]);
      };
      assert.deepEqual(await seen('2024-01-29T10:00:00.000Z'), [['2022', 2, false], ['2023', 2, false]]);
      // 23:59 on the 31st in Vietnam: due today.
      assert.deepEqual(await seen('2024-01-31T16:59:00.000Z'), [['2022', 0, false], ['2023', 0, false]]);
      // 00:30 on 1 February in Vietnam, still the 31st in UTC: one day late; the closed period is not overdue.
      assert.deepEqual(await seen('2024-01-31T17:30:00.000Z'), [['2022', -1, false], ['2023', -1, true]]);
      await setDueDate(w.deps, w.actors.secretariat, { periodId: w.year2023.id, dueDate: null });
      assert.deepEqual(await seen('2024-01-31T17:30:00.000Z'), [['2022', -1, false]]);
      await rejectsWithCode(listPeriods(w.deps, w.actors.publicMember, { termId: w.term.id }), 'forbidden');
      await rejectsWithCode(setDueDate(w.deps, w.actors.leader, { periodId: w.year2023.id, dueDate: '2024-03-01' }), 'forbidden');
    }));
});
