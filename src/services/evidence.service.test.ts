/** Evidence on both engines: the figure's own unit attaches and removes it while the figure can change. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { actorUserId } from './actor.ts';
import { attachEvidence, detachEvidence, getEvidence } from './evidence.service.ts';
import { approveObservation, enterObservation, getObservation, submitObservation } from './observation.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld } from './testing/fixtures.ts';

const FILE = { fileName: 'Báo cáo Hạt kiểm lâm.pdf', mediaType: 'application/pdf', size: 20480, sha256: 'ab'.repeat(32), storageKey: 'evidence/1' };

await onBothEngines('evidence service', (engine) => {
  test('only its own unit attaches evidence, and not once the figure is approved', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const reporter = w.actors.healthReporter;
      const o = await enterObservation(w.deps, reporter, { indicatorId: w.forest.id, periodId: w.year2021.id, value: 50.2 });
      const evidence = await attachEvidence(w.deps, reporter, { observationId: o.id, ...FILE });
      assert.deepEqual([evidence.fileName, evidence.size, evidence.createdBy], [FILE.fileName, 20480, actorUserId(reporter)]);
      await rejectsWithCode(attachEvidence(w.deps, w.actors.financeReporter, { observationId: o.id, ...FILE, storageKey: 'x' }), 'forbidden');
      await rejectsWithCode(attachEvidence(w.deps, reporter, { observationId: o.id, ...FILE, sha256: 'xyz' }), 'invalid_input');
      const second = await attachEvidence(w.deps, reporter, { observationId: o.id, ...FILE, storageKey: 'evidence/2' });
      await detachEvidence(w.deps, reporter, { evidenceId: second.id });
      assert.deepEqual((await getObservation(w.deps, w.actors.secretariat, { observationId: o.id })).evidence.map((e) => e.id), [evidence.id]);
      const s = await submitObservation(w.deps, reporter, { observationId: o.id, version: o.version });
      await rejectsWithCode(attachEvidence(w.deps, reporter, { observationId: o.id, ...FILE }), 'invalid_state');
      await approveObservation(w.deps, w.actors.secretariat, { observationId: o.id, version: s.version });
      await rejectsWithCode(attachEvidence(w.deps, reporter, { observationId: o.id, ...FILE }), 'locked');
      await rejectsWithCode(detachEvidence(w.deps, reporter, { evidenceId: evidence.id }), 'locked');
    }));

  test('whoever reads the figure reads its evidence record; another unit cannot', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const { healthReporter: reporter, secretariat, inspector, financeReporter, otherSecretariat } = w.actors;
      const o = await enterObservation(w.deps, reporter, { indicatorId: w.forest.id, periodId: w.year2021.id, value: 50.2 });
      const evidence = await attachEvidence(w.deps, reporter, { observationId: o.id, ...FILE });
      for (const actor of [reporter, secretariat, inspector]) {
        assert.deepEqual(await getEvidence(w.deps, actor, { evidenceId: evidence.id }), evidence);
      }
      await rejectsWithCode(getEvidence(w.deps, financeReporter, { evidenceId: evidence.id }), 'forbidden');
      await rejectsWithCode(getEvidence(w.deps, otherSecretariat, { evidenceId: evidence.id }), 'forbidden');
      await rejectsWithCode(getEvidence(w.deps, reporter, { evidenceId: 'missing' }), 'record_not_found');
    }));
});
