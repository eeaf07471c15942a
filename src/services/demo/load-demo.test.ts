import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findUserByLogin, getDocument, getIndicator, getOrganisation, listIndicators, listMemberships, listObservations, listPeriods, listTerms } from '../../store/index.ts';
import type { Database } from '../../store/index.ts';
import { verifyPassword } from '../password-hash.ts';
import { onBothEngines, withDatabase } from '../testing/engines.ts';
import { demoLogins, readDemoData, readDemoSet } from './demo-data.ts';
import { DEMO_ROOT_ID, demoId, figureValue, loadDemoIfEmpty } from './load-demo.ts';

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
  assert.deepEqual(data.users.map((u) => u.role), ['admin', 'secretariat', 'reporter', 'reporter', 'leader', 'inspector', 'public']);
});

test('the second province: Điện Biên\'s XIII results to 2020 (73 rows in 18 items) and its XIV targets (65 in 18 items), 36 linked', () => {
  const data = readDemoData('dien-bien.json');
  const components = (term: (typeof data.terms)[number] | undefined) => term?.groups.flatMap((g) => g.indicators.flatMap((i) => ('components' in i ? i.components : []))) ?? [];
  const [xiii, xiv] = data.terms;
  assert.deepEqual([data.province.key, data.province.name, xiii?.congress, xiv?.congress], ['dien-bien', 'Tỉnh Điện Biên', 'XIII', 'XIV']);
  assert.equal(xiii?.groups.flatMap((g) => g.indicators).length, 18);
  assert.equal(components(xiii).length, 73);
  assert.equal(xiv?.groups.flatMap((g) => g.indicators).length, 18);
  assert.equal(components(xiv).length, 65);
  const xiiiKeys = new Set(components(xiii).map((c) => c.key));
  const linked = components(xiv).filter((c) => c.previous !== undefined);
  assert.equal(linked.length, 36);
  assert.ok(linked.every((c) => xiiiKeys.has(c.previous ?? '')), 'every link names an XIII row');
});

test('every demo login, the root reader first', () => {
  assert.deepEqual(demoLogins(readDemoSet()).map((l) => [l.login, l.role]), [
    ['tonghop', 'leader'], ['admin', 'admin'], ['thuky', 'secretariat'], ['nongnghiep', 'reporter'], ['yte', 'reporter'], ['lanhdao', 'leader'],
    ['kiemtra', 'inspector'], ['nguoidan', 'public'], ['thuky-db', 'secretariat'],
  ]);
});

await onBothEngines('demo loader', (engine) => {
  test('loads on an empty database; a second start adds nothing', () =>
    withDatabase(engine, async (database) => {
      const summary = await loadDemoIfEmpty(database, NOW);
      // Lai Châu: 17 units, 114 indicators, 138 figures, 7 users, 39 comments on its sample draft; Điện Biên: 13, 91 + 83, 72 + 37, 1; the root and its reader.
      assert.deepEqual(summary, { organisations: 31, indicators: 288, observations: 247, users: 9, comments: 39 });
      const before = await counts(database);
      // Documents: the XIV report's appendix and the two versions of the sample draft.
      assert.deepEqual(before, [31, 9, 9, 4, 3, 6, 14, 288, 247]);
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

  test('both provinces sit under the root, where the reader of both holds the leader role', () =>
    withDatabase(engine, async (database) => {
      await loadDemoIfEmpty(database, NOW);
      const { db } = database;
      assert.deepEqual([(await getOrganisation(db, DEMO_ROOT_ID))?.parentId, (await getOrganisation(db, DEMO_ROOT_ID))?.kind], [null, 'nation']);
      for (const id of [demoId('province'), demoId('dien-bien/province')]) assert.equal((await getOrganisation(db, id))?.parentId, DEMO_ROOT_ID);
      const reader = await findUserByLogin(db, 'tonghop');
      assert.equal(await verifyPassword('tonghop-demo', reader?.passwordHash ?? ''), true);
      assert.deepEqual((await listMemberships(db, { userId: reader?.id ?? '' })).map((m) => [m.unitId, m.role]), [[DEMO_ROOT_ID, 'leader']]);
      const secretariat = await findUserByLogin(db, 'thuky-db');
      assert.deepEqual((await listMemberships(db, { userId: secretariat?.id ?? '' })).map((m) => [m.unitId, m.role]), [[demoId('dien-bien/province'), 'secretariat']]);
    }));

  test('Điện Biên: XIV forest cover 45,5% links to XIII\'s 42%, with the 2020 result in both', () =>
    withDatabase(engine, async (database) => {
      await loadDemoIfEmpty(database, NOW);
      const { db } = database;
      const terms = await listTerms(db, demoId('dien-bien/province'));
      assert.deepEqual(terms.map((t) => [t.congress, t.startYear, t.endYear]), [['XIII', 2015, 2020], ['XIV', 2020, 2025]]);
      const forest = await getIndicator(db, demoId('dien-bien/XIV/forest-cover'));
      assert.deepEqual([forest?.targetText, forest?.previousIndicatorId], ['đạt 45,5%', demoId('dien-bien/XIII/forest-cover')]);
      assert.equal((await getIndicator(db, forest?.previousIndicatorId ?? ''))?.targetText, '42');
      const figures = await listObservations(db, { indicatorId: demoId('dien-bien/XIII/forest-cover') });
      assert.deepEqual(figures.map((o) => [o.valueText, o.value, o.periodId, o.state]), [['42,50', 42.5, demoId('dien-bien/XIII/period/end'), 'approved']]);
      const baseline = await listObservations(db, { indicatorId: demoId('dien-bien/XIV/forest-cover') });
      assert.deepEqual(baseline.map((o) => [o.valueText, o.periodId]), [['42,50', demoId('dien-bien/XIV/period/2020')]]);
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
