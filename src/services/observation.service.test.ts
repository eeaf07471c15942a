/**
 * The collection workflow on both engines: entering, submitting, approving, returning and
 * locking figures, the checks on entry, and what another unit cannot do.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { createIndicator, getObservation } from '../store/index.ts';
import { SYSTEM_ACTOR } from './actor.ts';
import {
  approveObservation, bulkApprove, enterObservation, getObservation as readObservation, getObservationForEdit, listObservations,
  returnObservation, submitObservation, updateObservation,
} from './observation.service.ts';
import { readAudit } from './audit.service.ts';
import { closePeriod } from './period.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld } from './testing/fixtures.ts';

await onBothEngines('observation service', (engine) => {
  test('enter, submit, approve: the approved figure is locked for everyone', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const { healthReporter: reporter, secretariat } = w.actors;
      const draft = await enterObservation(w.deps, reporter, { indicatorId: w.forest.id, periodId: w.year2021.id, value: 50.2 });
      assert.deepEqual([draft.unitId, draft.state, draft.value, draft.kind], [w.health.id, 'draft', 50.2, 'official']);
      const submitted = await submitObservation(w.deps, reporter, { observationId: draft.id, version: draft.version });
      const approved = await approveObservation(w.deps, secretariat, { observationId: draft.id, version: submitted.version });
      assert.equal(approved.state, 'approved');
      const step = { observationId: draft.id, version: approved.version };
      await rejectsWithCode(updateObservation(w.deps, reporter, { ...step, value: 51 }), 'locked');
      await rejectsWithCode(submitObservation(w.deps, reporter, step), 'locked');
      await rejectsWithCode(approveObservation(w.deps, secretariat, step), 'locked');
      await rejectsWithCode(returnObservation(w.deps, secretariat, { ...step, reason: 'Sai số liệu' }), 'locked');
      await rejectsWithCode(updateObservation(w.deps, SYSTEM_ACTOR, { ...step, value: 51 }), 'locked');
      await rejectsWithCode(updateObservation(w.deps, secretariat, { ...step, value: 51 }), 'forbidden');
      assert.equal((await getObservation(db, draft.id))?.value, 50.2);
      const detail = await getObservationForEdit(w.deps, reporter, { observationId: draft.id });
      assert.equal(detail.editable, false);
    }));

  test('another unit cannot enter, submit, read for edit or list a figure of an indicator not assigned to it', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const { healthReporter: health, financeReporter: finance, communeReporter: commune } = w.actors;
      const forPoverty = { indicatorId: w.poverty.id, periodId: w.year2021.id, value: 14 };
      await rejectsWithCode(enterObservation(w.deps, health, forPoverty), 'forbidden');
      await rejectsWithCode(enterObservation(w.deps, health, { ...forPoverty, unitId: w.health.id }), 'forbidden');
      await rejectsWithCode(enterObservation(w.deps, health, { ...forPoverty, unitId: w.finance.id }), 'forbidden');
      const mine = await enterObservation(w.deps, finance, forPoverty);
      assert.equal(mine.unitId, w.finance.id);
      // The commune supports the poverty indicator, so it reports its own figure for it.
      const supporting = await enterObservation(w.deps, commune, { ...forPoverty, value: 16 });
      assert.equal(supporting.unitId, w.commune.id);
      const step = { observationId: mine.id, version: mine.version };
      await rejectsWithCode(submitObservation(w.deps, health, step), 'forbidden');
      await rejectsWithCode(submitObservation(w.deps, commune, step), 'forbidden');
      await rejectsWithCode(updateObservation(w.deps, commune, { ...step, value: 1 }), 'forbidden');
      await rejectsWithCode(getObservationForEdit(w.deps, health, { observationId: mine.id }), 'forbidden');
      await rejectsWithCode(getObservationForEdit(w.deps, w.actors.secretariat, { observationId: mine.id }), 'forbidden');
      await rejectsWithCode(readObservation(w.deps, health, { observationId: mine.id }), 'forbidden');
      await rejectsWithCode(listObservations(w.deps, health, { termId: w.term.id, unitId: w.finance.id }), 'forbidden');
      await rejectsWithCode(listObservations(w.deps, health, { termId: w.term.id }), 'forbidden');
      await rejectsWithCode(enterObservation(w.deps, w.actors.otherSecretariat, { ...forPoverty, unitId: w.finance.id }), 'forbidden');
      const own = await listObservations(w.deps, finance, { termId: w.term.id, unitId: w.finance.id });
      assert.deepEqual(own.map((o) => o.id), [mine.id]);
      const all = await listObservations(w.deps, w.actors.leader, { termId: w.term.id });
      assert.deepEqual(all.map((o) => [o.unitId, o.value]), [[w.commune.id, 16], [w.finance.id, 14]].sort(([a], [b]) => String(a).localeCompare(String(b))));
      assert.equal((await getObservationForEdit(w.deps, finance, { observationId: mine.id })).editable, true);
    }));

  test('a reporter cannot approve or return; the secretariat of another province cannot either', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const reporter = w.actors.financeReporter;
      const o = await enterObservation(w.deps, reporter, { indicatorId: w.poverty.id, periodId: w.year2021.id, value: 14 });
      const s = await submitObservation(w.deps, reporter, { observationId: o.id, version: o.version });
      const step = { observationId: o.id, version: s.version };
      await rejectsWithCode(approveObservation(w.deps, reporter, step), 'forbidden');
      await rejectsWithCode(returnObservation(w.deps, reporter, { ...step, reason: 'Tự trả lại' }), 'forbidden');
      await rejectsWithCode(approveObservation(w.deps, w.actors.otherSecretariat, step), 'forbidden');
      await rejectsWithCode(approveObservation(w.deps, w.actors.leader, step), 'forbidden');
      await rejectsWithCode(approveObservation(w.deps, w.actors.inspector, step), 'forbidden');
      assert.equal((await getObservation(db, o.id))?.state, 'submitted');
    }));

  test('a closed period refuses entries, edits and submissions', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const reporter = w.actors.healthReporter;
      const o = await enterObservation(w.deps, reporter, { indicatorId: w.forest.id, periodId: w.year2021.id, value: 50.2 });
      await closePeriod(w.deps, w.actors.secretariat, { periodId: w.year2021.id });
      const error = await rejectsWithCode(enterObservation(w.deps, reporter, { indicatorId: w.forest.id, periodId: w.year2021.id, kind: 'estimate', value: 50 }), 'period_closed');
      assert.deepEqual(error.details, { period: '2021', periodId: w.year2021.id });
      await rejectsWithCode(updateObservation(w.deps, reporter, { observationId: o.id, version: o.version, value: 50.3 }), 'period_closed');
      await rejectsWithCode(submitObservation(w.deps, reporter, { observationId: o.id, version: o.version }), 'period_closed');
      assert.equal((await getObservationForEdit(w.deps, reporter, { observationId: o.id })).editable, false);
    }));

  test('a returned figure carries its reason back, is corrected and resubmitted; the audit shows every step', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const { healthReporter: reporter, secretariat, inspector } = w.actors;
      w.clock.set('2024-02-01T03:00:00.000Z');
      const o = await enterObservation(w.deps, reporter, { indicatorId: w.forest.id, periodId: w.year2021.id, value: 52.0 });
      w.clock.set('2024-02-02T03:00:00.000Z');
      const s1 = await submitObservation(w.deps, reporter, { observationId: o.id, version: o.version });
      w.clock.set('2024-02-03T03:00:00.000Z');
      const r = await returnObservation(w.deps, secretariat, { observationId: o.id, version: s1.version, reason: 'Số liệu chưa khớp Cục Thống kê' });
      const back = await getObservationForEdit(w.deps, reporter, { observationId: o.id });
      assert.deepEqual([back.observation.state, back.observation.returnReason, back.editable], ['returned', 'Số liệu chưa khớp Cục Thống kê', true]);
      w.clock.set('2024-02-04T03:00:00.000Z');
      const fixed = await updateObservation(w.deps, reporter, { observationId: o.id, version: r.version, value: 50.2, note: 'Theo số liệu Cục Thống kê' });
      assert.deepEqual([fixed.state, fixed.returnReason, fixed.value], ['returned', 'Số liệu chưa khớp Cục Thống kê', 50.2]);
      w.clock.set('2024-02-05T03:00:00.000Z');
      const s2 = await submitObservation(w.deps, reporter, { observationId: o.id, version: fixed.version });
      assert.deepEqual([s2.state, s2.returnReason], ['submitted', null]);
      w.clock.set('2024-02-06T03:00:00.000Z');
      await approveObservation(w.deps, secretariat, { observationId: o.id, version: s2.version });
      const trail = await readAudit(w.deps, inspector, { entity: 'observation', entityId: o.id });
      const who = (actor: typeof reporter) => (actor.kind === 'user' ? actor.userId : null);
      const state = (snapshot: object | null) => (snapshot !== null && 'state' in snapshot ? snapshot.state : null);
      const value = (snapshot: object | null) => (snapshot !== null && 'value' in snapshot ? snapshot.value : null);
      assert.deepEqual(
        trail.entries.map((e) => [e.action, e.actorId, e.at, state(e.before), state(e.after), value(e.before), value(e.after)]),
        [
          ['create', who(reporter), '2024-02-01T03:00:00.000Z', null, 'draft', null, 52],
          ['transition', who(reporter), '2024-02-02T03:00:00.000Z', 'draft', 'submitted', 52, 52],
          ['transition', who(secretariat), '2024-02-03T03:00:00.000Z', 'submitted', 'returned', 52, 52],
          ['update', who(reporter), '2024-02-04T03:00:00.000Z', 'returned', 'returned', 52, 50.2],
          ['transition', who(reporter), '2024-02-05T03:00:00.000Z', 'returned', 'submitted', 50.2, 50.2],
          ['transition', who(secretariat), '2024-02-06T03:00:00.000Z', 'submitted', 'approved', 50.2, 50.2],
        ],
      );
    }));

  test('bulk approval approves what it can and reports the rest', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const { healthReporter: reporter, secretariat } = w.actors;
      const submit = async (periodId: string, value: number) => {
        const o = await enterObservation(w.deps, reporter, { indicatorId: w.forest.id, periodId, value });
        return submitObservation(w.deps, reporter, { observationId: o.id, version: o.version });
      };
      const a = await submit(w.year2021.id, 50.2);
      const b = await submit(w.year2022.id, 51.0);
      const draft = await enterObservation(w.deps, reporter, { indicatorId: w.forest.id, periodId: w.year2023.id, value: 51.8 });
      const result = await bulkApprove(w.deps, secretariat, {
        items: [
          { observationId: a.id, version: a.version },
          { observationId: b.id, version: b.version - 1 },
          { observationId: draft.id, version: draft.version },
          { observationId: 'missing', version: 1 },
        ],
      });
      assert.deepEqual(result.approved.map((o) => [o.id, o.state]), [[a.id, 'approved']]);
      assert.deepEqual(result.failed.map((f) => [f.observationId, f.code]), [[b.id, 'conflict'], [draft.id, 'invalid_state'], ['missing', 'record_not_found']]);
      const denied = await bulkApprove(w.deps, reporter, { items: [{ observationId: b.id, version: b.version }] });
      assert.deepEqual(denied.failed.map((f) => f.code), ['forbidden']);
    }));

  test('entries are checked: unit, plausible range, stale versions, draft or parent indicators', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const reporter = w.actors.healthReporter;
      const forest = { indicatorId: w.forest.id, periodId: w.year2021.id };
      const over = await rejectsWithCode(enterObservation(w.deps, reporter, { ...forest, value: 101 }), 'implausible_value');
      assert.equal(over.details.detail, '101% > 100%');
      await rejectsWithCode(enterObservation(w.deps, reporter, { ...forest, value: -1 }), 'implausible_value');
      const unit = await rejectsWithCode(enterObservation(w.deps, reporter, { ...forest, value: 50, unit: 'ha' }), 'invalid_input');
      assert.equal(unit.details.detail, 'unit ha ≠ %');
      await rejectsWithCode(enterObservation(w.deps, reporter, { ...forest, value: 50, extra: 1 } as never), 'invalid_input');
      const o = await enterObservation(w.deps, reporter, { ...forest, value: 50.2, unit: '%' });
      await updateObservation(w.deps, reporter, { observationId: o.id, version: o.version, value: 50.4 });
      const stale = await rejectsWithCode(updateObservation(w.deps, reporter, { observationId: o.id, version: o.version, value: 50.6 }), 'conflict');
      assert.deepEqual([stale.details.expected, stale.details.actual], [1, 2]);
      await rejectsWithCode(enterObservation(w.deps, reporter, forest as never), 'invalid_input');
      await rejectsWithCode(enterObservation(w.deps, reporter, { ...forest, value: 50.2 }), 'duplicate');
      const seed = { actorId: null, at: new Date('2024-01-01T00:00:00.000Z') };
      const draft = await createIndicator(db, seed, { termId: w.term.id, name: 'Nháp', unit: '%', leadUnitId: w.health.id });
      await rejectsWithCode(enterObservation(w.deps, reporter, { indicatorId: draft.id, periodId: w.year2021.id, value: 1 }), 'invalid_state');
      const parent = await createIndicator(db, seed, { termId: w.term.id, name: 'Cha', leadUnitId: w.health.id, status: 'published' });
      await createIndicator(db, seed, { termId: w.term.id, parentId: parent.id, name: 'Con', leadUnitId: w.health.id, status: 'published' });
      const error = await rejectsWithCode(enterObservation(w.deps, reporter, { indicatorId: parent.id, periodId: w.year2021.id, value: 1 }), 'invalid_state');
      assert.equal(error.details.detail, 'enter the figures of its components');
    }));

  test('a value in another scale of the unit is converted', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const seed = { actorId: null, at: new Date('2024-01-01T00:00:00.000Z') };
      const revenue = await createIndicator(db, seed, { termId: w.term.id, name: 'Thu ngân sách', unit: 'tỷ đồng', leadUnitId: w.finance.id, status: 'published' });
      const o = await enterObservation(w.deps, w.actors.financeReporter, { indicatorId: revenue.id, periodId: w.year2021.id, value: 2_350_500, unit: 'triệu đồng' });
      assert.equal(o.value, 2350.5);
      await rejectsWithCode(enterObservation(w.deps, w.actors.financeReporter, { indicatorId: revenue.id, periodId: w.year2022.id, value: 1, unit: 'tấn' }), 'invalid_input');
    }));

  test('a jump of more than the configured factor needs a note', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const reporter = w.actors.financeReporter;
      await enterObservation(w.deps, reporter, { indicatorId: w.poverty.id, periodId: w.year2021.id, value: 14 });
      const next = { indicatorId: w.poverty.id, periodId: w.year2022.id, value: 3 };
      const error = await rejectsWithCode(enterObservation(w.deps, reporter, next), 'note_required');
      assert.deepEqual([error.details.reason, error.details.detail], ['jump', '3 vs 14 (×0.21, limit ×3)']);
      const lenient = { ...w.deps, config: { ...w.deps.config, jumpFactor: 5 } };
      const o = await enterObservation(lenient, reporter, next);
      assert.equal(o.value, 3);
      const noted = await enterObservation(w.deps, reporter, { ...next, kind: 'estimate', note: 'Áp dụng chuẩn nghèo mới' });
      assert.equal(noted.note, 'Áp dụng chuẩn nghèo mới');
    }));

  test('a value that makes the indicator Khó đạt needs a note', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const reporter = w.actors.financeReporter;
      await enterObservation(w.deps, reporter, { indicatorId: w.poverty.id, periodId: w.year2021.id, value: 14 });
      const error = await rejectsWithCode(enterObservation(w.deps, reporter, { indicatorId: w.poverty.id, periodId: w.year2022.id, value: 13.5 }), 'note_required');
      assert.equal(error.details.reason, 'at_risk');
      assert.match(String(error.details.detail), /^Khó đạt: .*dự báo năm 2025 đạt 12%/);
      const o = await enterObservation(w.deps, reporter, { indicatorId: w.poverty.id, periodId: w.year2022.id, value: 13.5, note: 'Do thiên tai' });
      await rejectsWithCode(updateObservation(w.deps, reporter, { observationId: o.id, version: o.version, note: null }), 'note_required');
      const on = await enterObservation(w.deps, reporter, { indicatorId: w.poverty.id, periodId: w.year2023.id, value: 11 });
      assert.equal(on.note, null);
    }));

  test('a draft changes between estimate and official; not into a kind already reported, nor once submitted', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const { healthReporter: reporter, inspector } = w.actors;
      const forest = { indicatorId: w.forest.id, periodId: w.year2021.id };
      const draft = await enterObservation(w.deps, reporter, { ...forest, kind: 'estimate', value: 50.2 });
      const official = await updateObservation(w.deps, reporter, { observationId: draft.id, version: draft.version, kind: 'official' });
      assert.deepEqual([official.kind, official.value, official.version], ['official', 50.2, draft.version + 1]);
      assert.equal((await getObservation(db, draft.id))?.kind, 'official');
      // Another figure of the other kind now exists: turning the first one into it would make two.
      const estimate = await enterObservation(w.deps, reporter, { ...forest, kind: 'estimate', value: 50 });
      await rejectsWithCode(updateObservation(w.deps, reporter, { observationId: estimate.id, version: estimate.version, kind: 'official' }), 'duplicate');
      assert.equal((await getObservation(db, estimate.id))?.kind, 'estimate');
      await rejectsWithCode(updateObservation(w.deps, reporter, { observationId: draft.id, version: official.version, kind: 'forecast' } as never), 'invalid_input');
      const submitted = await submitObservation(w.deps, reporter, { observationId: draft.id, version: official.version });
      await rejectsWithCode(updateObservation(w.deps, reporter, { observationId: draft.id, version: submitted.version, kind: 'estimate' }), 'invalid_state');
      const trail = await readAudit(w.deps, inspector, { entity: 'observation', entityId: draft.id });
      const kind = (snapshot: object | null) => (snapshot !== null && 'kind' in snapshot ? snapshot.kind : null);
      assert.deepEqual(trail.entries.filter((e) => e.action === 'update').map((e) => [kind(e.before), kind(e.after)]), [['estimate', 'official']]);
    }));
});
