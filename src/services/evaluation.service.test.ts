/**
 * The dashboard read on both engines, with statuses computed by hand: forest cover against
 * 53% and the poverty rate against "xuống dưới 10%", figures 2021-2023, as of the mid-term.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Indicator, Period } from '../domain/entities.ts';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { createTerm } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { importDocument } from './document-import.service.ts';
import { evaluateTerm } from './evaluation.service.ts';
import { editIndicator, importFramework, publishFramework } from './framework.service.ts';
import { approveObservation, enterObservation, submitObservation } from './observation.service.ts';
import { createPeriod } from './period.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld, type World } from './testing/fixtures.ts';

const EXAMPLES = new URL('../../examples/', import.meta.url);
const NOTE = 'Giải trình kèm theo';

/** Enters a figure as its unit's reporter and, unless told otherwise, has the secretariat approve it. */
async function report(w: World, reporter: Actor, indicator: Indicator, period: Period, value: number, options: { approve?: boolean; kind?: 'official' | 'estimate' } = {}) {
  const o = await enterObservation(w.deps, reporter, { indicatorId: indicator.id, periodId: period.id, value, note: NOTE, kind: options.kind ?? 'official' });
  const s = await submitObservation(w.deps, reporter, { observationId: o.id, version: o.version });
  if (options.approve === false) return s;
  return approveObservation(w.deps, w.actors.secretariat, { observationId: o.id, version: s.version });
}

/** Forest cover 50,2 / 51,0 / 51,8 and the poverty rate 14 / 13,5 / 13 for 2021-2023, approved. */
async function reportThreeYears(w: World): Promise<void> {
  const years = [w.year2021, w.year2022, w.year2023];
  for (const [i, value] of [50.2, 51.0, 51.8].entries()) await report(w, w.actors.healthReporter, w.forest, years[i] ?? w.year2021, value);
  for (const [i, value] of [14, 13.5, 13].entries()) await report(w, w.actors.financeReporter, w.poverty, years[i] ?? w.year2021, value);
}

const round = (x: number | null | undefined, places = 3) => (x === null || x === undefined ? null : Math.round(x * 10 ** places) / 10 ** places);

await onBothEngines('evaluation service', (engine) => {
  test('as of the mid-term: Chưa đạt turned by a linear forecast into Theo lộ trình and Khó đạt', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      await reportThreeYears(w);
      const e = await evaluateTerm(w.deps, w.actors.leader, { termId: w.term.id, asOfPeriodId: w.midTerm.id });
      const [forest, poverty] = e.indicators;
      assert.deepEqual([e.values, e.forecastMethod, e.asOf.id], ['approved', 'linear', w.midTerm.id]);
      assert.deepEqual(forest?.series.map((s) => [s.label, s.value, s.state]), [['2021', 50.2, 'approved'], ['2022', 51, 'approved'], ['2023', 51.8, 'approved'], ['2021-2023', null, null]]);
      // 51,8 in 2023 is below 53%: Chưa đạt at mid-term. The line through 50,2 / 51,0 / 51,8 rises 0,8 a year: 53,4 in 2025.
      assert.deepEqual([forest?.value, forest?.valueSource, forest?.stage, forest?.evaluation?.status], [51.8, 'latest_year', 'interim', 'not_yet']);
      assert.deepEqual([round(forest?.forecast?.projectedValue), forest?.forecast?.status, forest?.status, forest?.statusWord], [53.4, 'on_track', 'on_track', 'Theo lộ trình']);
      assert.equal(forest?.explanation, 'Kết quả 51,8% thấp hơn mục tiêu 53% (bằng 97,7% mục tiêu); đánh giá giữa kỳ: Chưa đạt. Theo xu hướng tuyến tính (2021-2023), dự báo năm 2025 đạt 53,4%, cao hơn mục tiêu 53%: Theo lộ trình.');
      // 13 is above 10: Chưa đạt. The line falls 0,5 a year: 12 in 2025, still above 10: Khó đạt.
      assert.deepEqual([poverty?.value, poverty?.evaluation?.status, round(poverty?.forecast?.projectedValue), poverty?.status], [13, 'not_yet', 12, 'at_risk']);
      assert.deepEqual([e.rollup.total, e.rollup.counts.on_track, e.rollup.counts.at_risk, e.rollup.sentence], [2, 1, 1, 'có 01 chỉ tiêu theo lộ trình, 01 chỉ tiêu khó đạt']);
      assert.deepEqual(e.rollup.groups.map((g) => [g.group, g.total]), [['Môi trường', 2]]);
      assert.deepEqual(e.atRisk.map((r) => r.indicator.id), [w.poverty.id]);
      assert.equal(e.rollup.atRiskText, 'Tỷ lệ hộ nghèo đạt 13% (mục tiêu giảm xuống dưới 10%)');
      assert.deepEqual(e.disagreements, []);
    }));

  test('the CAGR method projects 51,8² / 50,2 for forest cover and keeps poverty at risk', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      await reportThreeYears(w);
      const e = await evaluateTerm(w.deps, w.actors.inspector, { termId: w.term.id, asOfPeriodId: w.midTerm.id, forecastMethod: 'cagr' });
      const [forest, poverty] = e.indicators;
      assert.deepEqual([forest?.forecast?.method, round(forest?.forecast?.projectedValue, 4), forest?.status], ['cagr', 53.451, 'on_track']);
      assert.deepEqual([round(poverty?.forecast?.projectedValue, 4), round(poverty?.forecast?.ratio, 3), poverty?.status], [12.0714, 0.482, 'at_risk']);
    }));

  test('the evaluation is computed once per data version: a new approved figure shows at once', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      await report(w, w.actors.healthReporter, w.forest, w.year2021, 50.2);
      const asOf = { termId: w.term.id, asOfPeriodId: w.midTerm.id };
      const first = await evaluateTerm(w.deps, w.actors.leader, asOf);
      // Unchanged data: the same computed result, for any reader allowed to see it.
      assert.equal(await evaluateTerm(w.deps, w.actors.inspector, asOf), first);
      // A reader who may not see it is still refused, cache or not.
      await rejectsWithCode(evaluateTerm(w.deps, w.actors.healthReporter, asOf), 'forbidden');
      await report(w, w.actors.healthReporter, w.forest, w.year2022, 51.4);
      const second = await evaluateTerm(w.deps, w.actors.leader, asOf);
      assert.notEqual(second, first);
      assert.deepEqual([first.indicators[0]?.value, second.indicators[0]?.value], [50.2, 51.4]);
    }));

  test('approved figures only, or the latest of any state', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      await report(w, w.actors.healthReporter, w.forest, w.year2021, 50.2);
      await report(w, w.actors.healthReporter, w.forest, w.year2022, 50.4);
      await report(w, w.actors.healthReporter, w.forest, w.year2023, 52.0, { approve: false });
      const asOf = { termId: w.term.id, asOfPeriodId: w.midTerm.id };
      const approved = (await evaluateTerm(w.deps, w.actors.secretariat, asOf)).indicators[0];
      // Approved: 50,2 and 50,4 only; the line rises 0,2 a year to 51 in 2025, short of 53%.
      assert.deepEqual([approved?.value, round(approved?.forecast?.projectedValue), approved?.status], [50.4, 51, 'at_risk']);
      const latest = (await evaluateTerm(w.deps, w.actors.secretariat, { ...asOf, values: 'latest' })).indicators[0];
      // With 52,0 (submitted) for 2023, the weighted line (weights 1, 2, 3) has slope 3,4667 / 3,3333 = 1,04: 53,94 in 2025.
      assert.deepEqual([latest?.value, latest?.series[2]?.state, round(latest?.forecast?.projectedValue), latest?.status], [52, 'submitted', 53.94, 'on_track']);
    }));

  test("a period's own figure is judged first; at the term end there is no forecast", () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      await reportThreeYears(w);
      await report(w, w.actors.healthReporter, w.forest, w.midTerm, 52.1);
      const mid = (await evaluateTerm(w.deps, w.actors.leader, { termId: w.term.id, asOfPeriodId: w.midTerm.id })).indicators[0];
      assert.deepEqual([mid?.value, mid?.valueSource, mid?.evaluation?.status], [52.1, 'period', 'not_yet']);
      const end = await createPeriod(w.deps, w.actors.secretariat, { termId: w.term.id, kind: 'term_end', startYear: 2021, endYear: 2025, open: true });
      await report(w, w.actors.healthReporter, w.forest, end, 53.2);
      await report(w, w.actors.financeReporter, w.poverty, end, 11.5, { kind: 'estimate' });
      const e = await evaluateTerm(w.deps, w.actors.leader, { termId: w.term.id, asOfPeriodId: end.id });
      const [forest, poverty] = e.indicators;
      assert.deepEqual([forest?.stage, forest?.status, forest?.forecast], ['final', 'exceeded', null]);
      assert.deepEqual([poverty?.stage, poverty?.status, poverty?.forecast], ['estimate', 'at_risk', null]);
      assert.equal(e.rollup.sentence, 'có 01 chỉ tiêu vượt, 01 chỉ tiêu khó đạt');
    }));

  test('only the secretariat, leaders and inspectors of the organisation read the dashboard', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const asOf = { termId: w.term.id, asOfPeriodId: w.midTerm.id };
      for (const actor of [w.actors.financeReporter, w.actors.admin, w.actors.publicMember, w.actors.otherSecretariat]) {
        await rejectsWithCode(evaluateTerm(w.deps, actor, asOf), 'forbidden');
      }
      const empty = await evaluateTerm(w.deps, w.actors.inspector, asOf);
      assert.deepEqual([empty.rollup.total, empty.rollup.unevaluated, empty.rollup.sentence], [2, 2, 'có 02 chỉ tiêu chưa đánh giá được']);
      const other = await createTerm(db, { actorId: null, at: new Date('2024-01-01T00:00:00.000Z') }, { organisationId: w.province.id, congress: 'XV', startYear: 2025, endYear: 2030 });
      await rejectsWithCode(evaluateTerm(w.deps, w.actors.leader, { ...asOf, termId: other.id }), 'invalid_input');
      await rejectsWithCode(evaluateTerm(w.deps, w.actors.leader, { ...asOf, asOfPeriodId: 'missing' }), 'record_not_found');
    }));

  test("a stored report's status words are flagged where they contradict its own figures or our data", () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const s = w.actors.secretariat;
      const term = await createTerm(db, { actorId: null, at: new Date('2024-01-01T00:00:00.000Z') }, { organisationId: w.province.id, congress: 'XVI', startYear: 2025, endYear: 2030 });
      const { indicators } = await importFramework(w.deps, s, { termId: term.id, path: fileURLToPath(new URL('nghi-quyet-mau.txt', EXAMPLES)) });
      for (const i of indicators) await editIndicator(w.deps, s, { indicatorId: i.id, version: i.version, leadUnitId: w.finance.id });
      await publishFramework(w.deps, s, { termId: term.id });
      await importDocument(w.deps, s, { termId: term.id, path: fileURLToPath(new URL('bao-cao-so-ket-mau.txt', EXAMPLES)) });
      const mid = await createPeriod(w.deps, s, { termId: term.id, kind: 'mid_term', startYear: 2026, endYear: 2027, open: true });
      const byName = (name: string) => indicators.find((i) => i.name === name) ?? assert.fail(name);
      await report(w, w.actors.financeReporter, byName('Tỷ lệ che phủ rừng'), mid, 56.2);
      await report(w, w.actors.financeReporter, byName('GRDP bình quân đầu người'), mid, 96);
      const e = await evaluateTerm(w.deps, w.actors.leader, { termId: term.id, asOfPeriodId: mid.id });
      // The parent of item (7) is not counted; its two components are.
      assert.deepEqual([e.indicators.length, e.rollup.total, e.rollup.sentence], [14, 13, 'có 01 chỉ tiêu vượt, 01 chỉ tiêu đạt, 11 chỉ tiêu chưa đánh giá được']);
      assert.deepEqual(
        e.disagreements.map((d) => [d.indicatorName, d.line, d.documentFigure, d.documentWord, d.computedFromDocument, d.computedFromData, d.contradictsOwnFigure, d.contradictsData]),
        [
          ['GRDP bình quân đầu người', 40, '78', 'Theo lộ trình', 'Chưa đạt', 'Vượt', false, true],
          ['Tỷ lệ che phủ rừng', 47, '56,2', 'Đạt', 'Vượt', 'Đạt', true, false],
          ['Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên hằng năm', 50, '87', 'Đạt', 'Vượt', null, true, false],
        ],
      );
    }));
});
