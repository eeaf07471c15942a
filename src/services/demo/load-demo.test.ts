import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findUserByLogin, getDocument, getIndicator, listIndicators, listMemberships, listObservations, listPeriods, listTerms } from '../../store/index.ts';
import type { Database } from '../../store/index.ts';
import { verifyPassword } from '../password-hash.ts';
import { onBothEngines, withDatabase } from '../testing/engines.ts';
import { demoLogins, readDemoData } from './demo-data.ts';
import { demoId, figureValue, loadDemoIfEmpty } from './load-demo.ts';

const NOW = new Date('2025-01-01T00:00:00.000Z');

async function counts(database: Database): Promise<number[]> {
  const tables = ['organisations', 'users', 'memberships', 'terms', 'documents', 'periods', 'indicator_groups', 'indicators', 'observations'] as const;
  const result: number[] = [];
  for (const table of tables) {
    const row = await database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    result.push(Number(row.n));
  }
  return result;
}

test('figures as written become numbers; ids are stable UUIDs', () => {
  assert.deepEqual(['3,91', '>5', '2.134,6', '-7,8', '>1.000', '0'].map(figureValue), [3.91, 5, 2134.6, -7.8, 1000, 0]);
  assert.equal(demoId('term/XIV'), demoId('term/XIV'));
  assert.match(demoId('term/XIV'), /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('the data file: 54 XIV components in 11 indicators and 4 groups, 49 XV targets, one user per role', () => {
  const data = readDemoData();
  const [xiv, xv] = data.terms;
  const components = xiv?.groups.flatMap((g) => g.indicators.flatMap((i) => ('components' in i ? i.components : [])));
  assert.equal(xiv?.groups.length, 4);
  assert.equal(xiv?.groups.flatMap((g) => g.indicators).length, 11);
  assert.equal(components?.length, 54);
  assert.equal(xv?.groups.flatMap((g) => g.indicators).length, 49);
  assert.deepEqual(demoLogins(data).map((l) => l.role), ['admin', 'secretariat', 'reporter', 'reporter', 'leader', 'inspector', 'public']);
});

await onBothEngines('demo loader', (engine) => {
  test('loads on an empty database; a second start adds nothing', () =>
    withDatabase(engine, async (database) => {
      const summary = await loadDemoIfEmpty(database, NOW);
      assert.deepEqual(summary, { organisations: 17, indicators: 114, observations: 138, users: 7 });
      const before = await counts(database);
      assert.deepEqual(before, [17, 7, 7, 2, 1, 4, 8, 114, 138]);
      assert.equal(await loadDemoIfEmpty(database, NOW), null);
      assert.deepEqual(await counts(database), before);
    }));

  test('the XIV figures of the mid-term report, approved, with the report\'s status words', () =>
    withDatabase(engine, async (database) => {
      await loadDemoIfEmpty(database, NOW);
      const { db } = database;
      const terms = await listTerms(db, demoId('province'));
      assert.deepEqual(terms.map((t) => [t.congress, t.startYear, t.endYear]), [['XIV', 2020, 2025], ['XV', 2025, 2030]]);
      const periods = await listPeriods(db, demoId('term/XIV'));
      assert.deepEqual(periods.map((p) => [p.kind, p.startYear, p.endYear, p.state]).sort(), [
        ['mid_term', 2021, 2023, 'closed'], ['term_end', 2021, 2025, 'closed'], ['year', 2020, 2020, 'closed'],
      ]);
      const grdp = await getIndicator(db, demoId('XIV/grdp-growth'));
      assert.deepEqual([grdp?.name, grdp?.unit, grdp?.targetText, grdp?.target?.kind, grdp?.target?.min, grdp?.target?.max], [
        'Tốc độ tăng trưởng GRDP', '%', '9-10', 'range', 9, 10,
      ]);
      const figures = await listObservations(db, { indicatorId: demoId('XIV/grdp-growth') });
      assert.deepEqual(figures.map((o) => [o.value, o.valueText, o.note, o.state, o.kind]).sort(), [
        [12.8, '12,8', null, 'approved', 'official'],
        [3.91, '3,91', 'Chưa đạt', 'approved', 'estimate'],
        [6.14, '6,14', 'Khó đạt', 'approved', 'estimate'],
      ]);
      const tea = await listObservations(db, { indicatorId: demoId('XIV/tea-area'), periodId: demoId('XIV/period/end') });
      assert.deepEqual(tea.map((o) => [o.value, o.unitId]), [[10443, demoId('unit/nn')]]);
      const components = await listIndicators(db, { termId: demoId('term/XIV'), parentId: demoId('XIV/indicator-1') });
      assert.equal(components.length, 6);
    }));

  test('the report\'s appendix is filed under XIV as a document rebuilt from the facts', () =>
    withDatabase(engine, async (database) => {
      await loadDemoIfEmpty(database, NOW);
      const document = await getDocument(database.db, demoId('XIV/report'));
      assert.deepEqual([document?.number, document?.date, document?.kind, document?.termId], ['443-BC/TU', '2023-11-03', 'report', demoId('term/XIV')]);
      assert.equal(document?.lines.length, 57);
      assert.equal(document?.lines[3]?.text, '1\tTốc độ tăng trưởng GRDP\t%\t9-10\t3,91\tChưa đạt\t6,14\tKhó đạt');
    }));

  test('XV targets link to their XIV predecessors (forest cover 54% → 55%)', () =>
    withDatabase(engine, async (database) => {
      await loadDemoIfEmpty(database, NOW);
      const xv = await listIndicators(database.db, { termId: demoId('term/XV') });
      const forest = xv.find((i) => i.name === 'Tỷ lệ che phủ rừng');
      assert.equal(forest?.targetText, 'đạt 55%');
      assert.equal(forest?.previousIndicatorId, demoId('XIV/forest-cover'));
      assert.equal((await getIndicator(database.db, forest?.previousIndicatorId ?? ''))?.targetText, '54,0');
      assert.equal(xv.filter((i) => i.previousIndicatorId !== null).length, 35);
    }));

  test('demo users log in with their documented passwords and hold their role in their unit', () =>
    withDatabase(engine, async (database) => {
      await loadDemoIfEmpty(database, NOW);
      const reporter = await findUserByLogin(database.db, 'nongnghiep');
      assert.equal(await verifyPassword('nongnghiep-demo', reporter?.passwordHash ?? ''), true);
      const memberships = await listMemberships(database.db, { userId: reporter?.id ?? '' });
      assert.deepEqual(memberships.map((m) => [m.unitId, m.role]), [[demoId('unit/nn'), 'reporter']]);
    }));
});
