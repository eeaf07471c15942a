/** Creating Congress terms on both engines: who may, the years, overlaps, duplicates, the audit trail. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { listAudit, listTerms } from '../store/index.ts';
import { createPeriod } from './period.service.ts';
import { createTerm } from './term.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld } from './testing/fixtures.ts';

await onBothEngines('term service', (engine) => {
  test('the secretariat and admins create a term; it takes periods; other roles cannot', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      // XIV is 2020-2025: the next term starts in the year it ends.
      const xv = await createTerm(w.deps, w.actors.secretariat, { organisationId: w.province.id, congress: 'xv', startYear: 2025, endYear: 2030 });
      assert.deepEqual([xv.congress, xv.startYear, xv.endYear, xv.organisationId], ['XV', 2025, 2030, w.province.id]);
      const xvi = await createTerm(w.deps, w.actors.admin, { organisationId: w.province.id, congress: 'XVI', startYear: 2030, endYear: 2035 });
      assert.deepEqual((await listTerms(db, w.province.id)).map((t) => t.congress), ['XIV', 'XV', 'XVI']);
      const year = await createPeriod(w.deps, w.actors.secretariat, { termId: xvi.id, kind: 'year', startYear: 2031, endYear: 2031 });
      assert.equal(year.termId, xvi.id);
      const input = { organisationId: w.province.id, congress: 'XVII', startYear: 2035, endYear: 2040 };
      for (const actor of [w.actors.financeReporter, w.actors.leader, w.actors.inspector, w.actors.publicMember, w.actors.otherSecretariat]) {
        await rejectsWithCode(createTerm(w.deps, actor, input), 'forbidden');
      }
      await rejectsWithCode(createTerm(w.deps, w.actors.admin, { ...input, organisationId: 'missing' }), 'record_not_found');
      const trail = await listAudit(db, { entity: 'term', entityId: xv.id });
      assert.deepEqual(trail.map((e) => e.action), ['create']);
    }));

  test('the end comes after the start, terms do not overlap, a Congress number is used once', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const make = (congress: string, startYear: number, endYear: number) =>
        createTerm(w.deps, w.actors.secretariat, { organisationId: w.province.id, congress, startYear, endYear });
      const details = [];
      for (const [congress, start, end] of [['XV', 2025, 2025], ['XV', 2030, 2025], ['XV', 2024, 2029], ['XIII', 2015, 2021]] as const) {
        details.push((await rejectsWithCode(make(congress, start, end), 'invalid_input')).details.detail);
      }
      assert.deepEqual(details, [
        'endYear: must be after startYear',
        'endYear: must be after startYear',
        'startYear: the term overlaps term XIV (2020-2025)',
        'startYear: the term overlaps term XIV (2020-2025)',
      ]);
      const again = await rejectsWithCode(make('xiv', 2030, 2035), 'duplicate');
      assert.deepEqual(again.details, { detail: 'congress "XIV"', detail_vi: 'nhiệm kỳ Đại hội "XIV"', field: 'congress' });
      assert.equal((await make('XIII', 2015, 2020)).congress, 'XIII');
      // Another organisation's terms are its own business.
      const other = await createTerm(w.deps, w.actors.otherSecretariat, { organisationId: w.otherProvince.id, congress: 'XIV', startYear: 2020, endYear: 2025 });
      assert.equal(other.organisationId, w.otherProvince.id);
      await rejectsWithCode(make('', 2040, 2045), 'invalid_input');
    }));
});
