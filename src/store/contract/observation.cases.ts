/** Contract: observations — versions, states, uniqueness, precision, listing, evidence. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { listAudit } from '../audit.repository.ts';
import { addEvidence, listEvidence } from '../evidence.repository.ts';
import { createIndicator } from '../indicator.repository.ts';
import {
  createObservation,
  deleteObservation,
  getObservation,
  listObservations,
  setObservationState,
  updateObservation,
} from '../observation.repository.ts';
import type { ObservationTransition } from '../observation.repository.ts';
import { createPeriod } from '../period.repository.ts';
import { createTerm } from '../term.repository.ts';
import type { TestEngine } from './engines.ts';
import { withStore } from './engines.ts';
import { rejectsWithCode } from './expect-error.ts';
import { at, seedFramework, T0 } from './fixtures.ts';

function stateOf(snapshot: object | null): unknown {
  return snapshot !== null && 'state' in snapshot ? snapshot.state : undefined;
}

/** Registers the observation cases for one engine. */
export function observationCases(engine: TestEngine): void {
  describe('observations', () => {
    test('an update with a stale version fails with a conflict and changes nothing', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        const o = await createObservation(db, T0, { indicatorId: f.grdp.id, periodId: f.year2021.id, unitId: f.finance.id, kind: 'estimate', value: 6.1 });
        const first = await updateObservation(db, at('2024-01-16T00:00:00.000Z', 'u-a'), o.id, 1, { value: 6.3, note: 'Số liệu Cục Thống kê' });
        const error = await rejectsWithCode(updateObservation(db, T0, o.id, 1, { value: 9.9 }), 'conflict');
        assert.deepEqual(error.details, { entity: 'observation', id: o.id, expected: 1, actual: 2 });
        const read = await getObservation(db, o.id);
        assert.deepEqual(read, first);
        assert.equal(read?.value, 6.3);
        assert.equal(read?.updatedBy, 'u-a');
        await rejectsWithCode(updateObservation(db, T0, 'missing', 1, { value: 1 }), 'record_not_found');
      }));

    test('state transitions are persisted with versions and audit entries', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        const o = await createObservation(db, T0, { indicatorId: f.grdp.id, periodId: f.midTerm.id, unitId: f.finance.id, kind: 'official', value: 7.2 });
        const steps: ObservationTransition[] = [
          { state: 'submitted' },
          { state: 'returned', returnReason: 'Thiếu nguồn số liệu' },
          { state: 'submitted' },
          { state: 'approved' },
        ];
        let version = o.version;
        const seen: [string, string | null][] = [];
        for (const step of steps) {
          const next = await setObservationState(db, T0, o.id, version, step);
          const read = await getObservation(db, o.id);
          seen.push([read?.state ?? '?', read?.returnReason ?? null]);
          version = next.version;
        }
        assert.deepEqual(seen, [['submitted', null], ['returned', 'Thiếu nguồn số liệu'], ['submitted', null], ['approved', null]]);
        assert.equal(version, 5);
        const audit = await listAudit(db, { entity: 'observation', entityId: o.id });
        assert.deepEqual(audit.map((e) => e.action), ['create', 'transition', 'transition', 'transition', 'transition']);
        assert.deepEqual(audit.map((e) => stateOf(e.after)), ['draft', 'submitted', 'returned', 'submitted', 'approved']);
      }));

    test('one observation per indicator, period, unit and kind', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        const key = { indicatorId: f.grdp.id, periodId: f.year2021.id, unitId: f.finance.id };
        await createObservation(db, T0, { ...key, kind: 'estimate', value: 6 });
        await createObservation(db, T0, { ...key, kind: 'official', value: 6.2 });
        await rejectsWithCode(createObservation(db, T0, { ...key, kind: 'estimate', value: 7 }), 'duplicate');
        assert.deepEqual((await listObservations(db, { indicatorId: f.grdp.id })).map((o) => [o.kind, o.value]), [['estimate', 6], ['official', 6.2]]);
        assert.equal((await listAudit(db, { entity: 'observation' })).length, 2);
      }));

    test('numbers keep full precision; non-finite numbers are refused', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        const values = [12355.5, 0.065, 0.1 + 0.2, 1 / 3, 1e-7, 123456789.123456, -2.5, 0, 480000, 2 ** 53 - 1];
        for (const [i, value] of values.entries()) {
          const indicator = await createIndicator(db, T0, { termId: f.term.id, name: `Chỉ tiêu ${i}`, position: 10 + i });
          await createObservation(db, T0, { indicatorId: indicator.id, periodId: f.year2021.id, unitId: f.finance.id, kind: 'official', value });
        }
        const read = await listObservations(db, { periodId: f.year2021.id });
        assert.deepEqual(read.map((o) => o.value), values);
        for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) {
          await rejectsWithCode(createObservation(db, T0, { indicatorId: f.forest.id, periodId: f.year2021.id, unitId: f.finance.id, kind: 'official', value: bad }), 'invalid_input');
        }
      }));

    test('any finite double reads back as the same double (property)', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        let current = await createObservation(db, T0, { indicatorId: f.grdp.id, periodId: f.year2021.id, unitId: f.finance.id, kind: 'official' });
        // -0 is excluded: both engines store it as 0, which is the same figure.
        const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0));
        await fc.assert(
          fc.asyncProperty(finite, async (value) => {
            current = await updateObservation(db, T0, current.id, current.version, { value });
            assert.equal((await getObservation(db, current.id))?.value, value);
          }),
          { numRuns: 60, examples: [[5e-324], [Number.MAX_VALUE], [-123456.789e-20]] },
        );
      }));

    test('lists the observations of a term and period for a unit', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        const make = (indicatorId: string, periodId: string, unitId: string, value: number) =>
          createObservation(db, T0, { indicatorId, periodId, unitId, kind: 'official', value });
        const a = await make(f.forest.id, f.year2021.id, f.finance.id, 1);
        const b = await make(f.grdp.id, f.year2021.id, f.finance.id, 2);
        await make(f.grdp.id, f.year2021.id, f.health.id, 3);
        await make(f.grdp.id, f.midTerm.id, f.finance.id, 4);
        const xv = await createTerm(db, T0, { organisationId: f.province.id, congress: 'XV', startYear: 2025, endYear: 2030 });
        const xvIndicator = await createIndicator(db, T0, { termId: xv.id, name: 'GRDP' });
        const xvYear = await createPeriod(db, T0, { termId: xv.id, kind: 'year', startYear: 2026, endYear: 2026, label: 'Năm 2026' });
        await make(xvIndicator.id, xvYear.id, f.finance.id, 5);
        const listed = await listObservations(db, { termId: f.term.id, periodId: f.year2021.id, unitId: f.finance.id });
        assert.deepEqual(listed.map((o) => o.id), [b.id, a.id]);
        assert.deepEqual((await listObservations(db, { termId: f.term.id, unitId: f.finance.id })).map((o) => o.value), [2, 1, 4]);
        assert.deepEqual((await listObservations(db, { termId: xv.id })).map((o) => o.value), [5]);
      }));

    test('deleting a draft removes its evidence, each removal audited', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        const o = await createObservation(db, T0, { indicatorId: f.grdp.id, periodId: f.year2021.id, unitId: f.finance.id, kind: 'estimate', valueText: 'Hoàn thành' });
        const ev = await addEvidence(db, T0, { observationId: o.id, fileName: 'Báo cáo số liệu.pdf', mediaType: 'application/pdf', size: 1024, sha256: 'ab'.repeat(32), storageKey: 'ev/1' });
        assert.deepEqual(await listEvidence(db, o.id), [ev]);
        await rejectsWithCode(deleteObservation(db, T0, o.id, 2), 'conflict');
        await deleteObservation(db, T0, o.id, 1);
        assert.equal(await getObservation(db, o.id), null);
        assert.deepEqual(await listEvidence(db, o.id), []);
        const actions = (await listAudit(db, { afterSeq: 0 })).filter((e) => e.entity === 'evidence' || e.entity === 'observation');
        assert.deepEqual(actions.map((e) => `${e.entity}:${e.action}`), ['observation:create', 'evidence:create', 'evidence:delete', 'observation:delete']);
      }));
  });
}
