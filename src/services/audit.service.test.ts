/** Reading the audit trail on both engines: who may read which entries, filters and paging. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { actorUserId } from './actor.ts';
import { readAudit } from './audit.service.ts';
import { enterObservation } from './observation.service.ts';
import { openPeriod, closePeriod } from './period.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld, userWith } from './testing/fixtures.ts';

await onBothEngines('audit service', (engine) => {
  test('each role reads only its part of the whole trail', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const kinds = async (actor: typeof w.actors.inspector) => [...new Set((await readAudit(w.deps, actor, { limit: 1000 })).entries.map((e) => e.entity))].sort();
      // Users belong to no unit: only a role at every root (both provinces) reads their history.
      assert.deepEqual(await kinds(w.actors.inspector), ['indicator', 'indicator_group', 'membership', 'organisation', 'period', 'term']);
      const national = await userWith(db, 'national-inspector', [['inspector', w.province], ['inspector', w.otherProvince]]);
      assert.deepEqual(await kinds(national), ['indicator', 'indicator_group', 'membership', 'organisation', 'period', 'term', 'user']);
      const organisations = (await readAudit(w.deps, w.actors.inspector, { entity: 'organisation' })).entries.map((e) => e.entityId);
      assert.deepEqual(organisations.sort(), [w.province.id, w.finance.id, w.health.id, w.commune.id].sort());
      assert.deepEqual(await kinds(w.actors.secretariat), ['indicator', 'indicator_group', 'period', 'term']);
      assert.deepEqual(await kinds(w.actors.admin), ['membership', 'organisation']);
      await rejectsWithCode(readAudit(w.deps, w.actors.secretariat, { entity: 'user' }), 'forbidden');
      for (const actor of [w.actors.leader, w.actors.financeReporter, w.actors.publicMember]) {
        await rejectsWithCode(readAudit(w.deps, actor, {}), 'forbidden');
      }
      // The other province's secretariat sees none of this province's periods.
      assert.deepEqual((await readAudit(w.deps, w.actors.otherSecretariat, { entity: 'period' })).entries, []);
    }));

  test("one record's history is read by roles over its unit only", () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const o = await enterObservation(w.deps, w.actors.healthReporter, { indicatorId: w.forest.id, periodId: w.year2021.id, value: 50.2 });
      const record = { entity: 'observation', entityId: o.id } as const;
      for (const actor of [w.actors.inspector, w.actors.secretariat]) {
        const page = await readAudit(w.deps, actor, record);
        assert.deepEqual(page.entries.map((e) => [e.action, e.actorId, e.actorName]), [['create', actorUserId(w.actors.healthReporter), 'health']]);
      }
      for (const actor of [w.actors.otherSecretariat, w.actors.admin, w.actors.healthReporter, w.actors.leader]) {
        await rejectsWithCode(readAudit(w.deps, actor, record), 'forbidden');
      }
      const membership = await readAudit(w.deps, w.actors.admin, { entity: 'membership', entityId: `${actorUserId(w.actors.financeReporter)}/${w.finance.id}/reporter` });
      assert.equal(membership.entries.length, 1);
      await rejectsWithCode(readAudit(w.deps, w.actors.admin, { entityId: o.id }), 'invalid_input');
    }));

  test('filters by actor and time, and pages with afterSeq', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      w.clock.set('2024-03-01T00:00:00.000Z');
      await closePeriod(w.deps, w.actors.secretariat, { periodId: w.year2021.id });
      w.clock.set('2024-03-02T00:00:00.000Z');
      await openPeriod(w.deps, w.actors.admin, { periodId: w.year2021.id });
      w.clock.set('2024-03-03T00:00:00.000Z');
      await closePeriod(w.deps, w.actors.secretariat, { periodId: w.year2021.id });
      const inspector = w.actors.inspector;
      const bySecretariat = await readAudit(w.deps, inspector, { actorId: actorUserId(w.actors.secretariat) ?? '' });
      assert.deepEqual(bySecretariat.entries.map((e) => e.at), ['2024-03-01T00:00:00.000Z', '2024-03-03T00:00:00.000Z']);
      const window = await readAudit(w.deps, inspector, { entity: 'period', from: '2024-03-02T00:00:00.000Z', to: '2024-03-03T00:00:00.000Z' });
      assert.deepEqual(window.entries.map((e) => [e.actorId, e.action]), [[actorUserId(w.actors.admin), 'transition']]);
      const first = await readAudit(w.deps, inspector, { entity: 'period', entityId: w.year2021.id, limit: 2 });
      assert.equal(first.entries.length, 2);
      assert.equal(first.nextAfterSeq, first.entries[1]?.seq);
      assert.deepEqual(first.entries.map((e) => e.action), ['create', 'transition']);
      const rest = await readAudit(w.deps, inspector, { entity: 'period', entityId: w.year2021.id, limit: 2, afterSeq: first.nextAfterSeq ?? 0 });
      assert.deepEqual(rest.entries.map((e) => e.at), ['2024-03-02T00:00:00.000Z', '2024-03-03T00:00:00.000Z']);
      const end = await readAudit(w.deps, inspector, { entity: 'period', entityId: w.year2021.id, limit: 2, afterSeq: rest.nextAfterSeq ?? 0 });
      assert.deepEqual([end.entries, end.nextAfterSeq], [[], null]);
      await rejectsWithCode(readAudit(w.deps, inspector, { limit: 5000 }), 'invalid_input');
    }));
});
