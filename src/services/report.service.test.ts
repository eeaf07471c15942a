/**
 * The report services on the demo (both provinces), on SQLite and PostgreSQL: the appendix
 * data against the stored figures and the evaluation, the comparisons, who may read them,
 * the friendly keys of the command line, the written files' names, and the layouts (the
 * documents the files are written from).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ResoluteError } from '../domain/errors.ts';
import { listObservations } from '../store/index.ts';
import type { Database } from '../store/index.ts';
import { loadActor, SYSTEM_ACTOR, type Actor } from './actor.ts';
import { demoId, loadDemo } from './demo/load-demo.ts';
import { createDeps, type ServiceDeps } from './deps.ts';
import { evaluateTerm } from './evaluation.service.ts';
import { resolvePeriodKey, resolveTermKey } from './report-keys.ts';
import { appendixDocument, organisationComparisonDocument, summaryDocument, termComparisonDocument } from '../reports/index.ts';
import { appendixData, organisationComparisonData, renderReport, reportLayout, summaryData, termComparisonData } from './report.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';

// 20:00 UTC on 30 June is already 1 July in Vietnam: the header's date.
const NOW = new Date('2025-06-30T20:00:00.000Z');
const XIV = demoId('term/XIV');
const MID = demoId('XIV/period/mid');
const END = demoId('XIV/period/end');
const DB_XIV = demoId('dien-bien/term/XIV');

async function withDemo(engine: Parameters<typeof withDatabase>[0], fn: (deps: ServiceDeps, database: Database) => Promise<void>): Promise<void> {
  await withDatabase(engine, async (database) => {
    await loadDemo(database, NOW);
    await fn(createDeps(database.db, { clock: () => NOW }), database);
  });
}

function user(deps: ServiceDeps, login: string, prefix = ''): Promise<Actor> {
  return loadActor(deps.db, demoId(`${prefix}user/${login}`));
}

async function rejects(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => error instanceof ResoluteError && error.code === code);
}

await onBothEngines('report service', (engine) => {
  test('the XIV appendix: groups, items and components in framework order, figures as stored, statuses as evaluated', () =>
    withDemo(engine, async (deps) => {
      // Periods given in reverse come out in time order.
      const data = await appendixData(deps, SYSTEM_ACTOR, { termId: XIV, asOfPeriodIds: [END, MID] });
      assert.deepEqual(data.header, { layout: 'party', parentIssuer: 'ĐẢNG BỘ TỈNH LAI CHÂU', issuer: 'TỈNH ỦY', number: null, place: 'Lai Châu', date: '2025-07-01' });
      assert.deepEqual([data.organisationName, data.congress, data.termStartYear, data.termEndYear], ['Tỉnh Lai Châu', 'XIV', 2020, 2025]);
      assert.deepEqual(data.periods.map((p) => p.id), [MID, END]);
      assert.deepEqual(data.groups.map((g) => [g.numeral, g.indicators.filter((i) => i.parentId === null).map((i) => i.number).join(',')]), [
        ['I', '1,2,3,4,5'], ['II', '6,7,8,9'], ['III', '10'], ['IV', '11'],
      ]);
      const rows = data.groups.flatMap((g) => g.indicators);
      assert.equal(rows.length, 65);
      // Each component follows its parent and is not numbered again (the document numbers the item only).
      for (const [index, row] of rows.entries()) {
        if (row.parentId === null) continue;
        const parent = rows.slice(0, index).reverse().find((r) => r.parentId === null);
        assert.equal(row.parentId, parent?.id, row.name);
        assert.equal(row.number, '');
      }
      const stored = new Map((await listObservations(deps.db, { termId: XIV })).map((o) => [`${o.indicatorId}/${o.periodId}`, o]));
      const evaluations = await Promise.all([MID, END].map((asOfPeriodId) => evaluateTerm(deps, SYSTEM_ACTOR, { termId: XIV, asOfPeriodId })));
      for (const row of rows) {
        for (const [p, result] of row.results.entries()) {
          const figure = stored.get(`${row.id}/${result.periodId}`);
          assert.equal(result.value, figure?.value ?? null, `${row.name} value`);
          const evaluated = evaluations[p]?.indicators.find((r) => r.indicator.id === row.id);
          assert.equal(result.status, evaluated?.status ?? null, `${row.name} status`);
          assert.equal(result.percentOfTarget, evaluated?.evaluation?.percentOfTarget ?? null, `${row.name} percent`);
        }
      }
      const named = (name: string) => rows.find((r) => r.name === name);
      assert.deepEqual(named('GRDP bình quân đầu người')?.results.map((r) => [r.value, r.decimals, r.percentOfTarget, r.statusWord]), [[47.5, 1, 73.1, 'Chưa đạt'], [58.7, 1, 90.3, 'Khó đạt']]);
      // Figures keep the decimals they were written with; a qualified figure keeps its text.
      assert.deepEqual(named('Tỷ lệ che phủ rừng')?.results.map((r) => [r.value, r.decimals]), [[52.3, 1], [54, 1]]);
      assert.deepEqual(named('Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân')?.results.map((r) => [r.value, r.decimals]), [[16.7, 2], [14.96, 2]]);
      assert.deepEqual(named('Đảng bộ trực thuộc tỉnh hoàn thành tốt nhiệm vụ trở lên')?.results.map((r) => [r.value, r.valueText]), [[80, '>80'], [80, '>80']]);
      assert.deepEqual([data.showNextTarget, data.showNote, named('Tỷ lệ che phủ rừng')?.nextTargetText, named('Tỷ lệ che phủ rừng')?.note], [false, false, null, null]);
    }));

  test('the narrative counts: 4 groups, 11 indicators, 54 components, statuses summing to the components; at-risk list; notes where the report disagrees', () =>
    withDemo(engine, async (deps) => {
      const data = await summaryData(deps, SYSTEM_ACTOR, { termId: XIV, asOfPeriodIds: [MID, END], showNextTarget: true, showNote: true });
      const [mid, end] = data.summaries;
      assert.deepEqual([mid?.groups, mid?.indicators, mid?.components], [4, 11, 54]);
      assert.deepEqual(mid?.counts.map((c) => [c.word, c.count]), [['Vượt', 14], ['Đạt', 9], ['Chưa đạt', 31]]);
      assert.deepEqual(end?.counts.map((c) => [c.word, c.count]), [['Vượt', 18], ['Đạt', 28], ['Khó đạt', 8]]);
      assert.equal(end?.sentence, 'có 18 chỉ tiêu vượt, 28 chỉ tiêu đạt, 08 chỉ tiêu khó đạt');
      // The counts are the status cells of the table's components.
      const rows = data.groups.flatMap((g) => g.indicators);
      for (const [p, summary] of data.summaries.entries()) {
        for (const count of summary.counts) assert.equal(rows.filter((r) => r.parentId !== null && r.results[p]?.statusWord === count.word).length, count.count, count.word);
      }
      assert.deepEqual(end?.atRisk.map((r) => [r.name, r.figure, r.targetText, r.statusWord]).slice(0, 2), [
        ['Tốc độ tăng trưởng GRDP', '6,14%', '9-10', 'Khó đạt'], ['GRDP bình quân đầu người', '58,7 triệu đồng', '65', 'Khó đạt'],
      ]);
      assert.equal(end?.atRisk.length, 8);
      // The figure as entered, with the unit: "6,0%", not "6%".
      assert.equal(end?.atRisk.find((r) => r.name.startsWith('Cơ cấu kinh tế: Thuế'))?.figure, '6,0%');
      // The next term's target and the figure's note, when asked for.
      const forest = rows.find((r) => r.name === 'Tỷ lệ che phủ rừng');
      assert.deepEqual([forest?.nextTargetText, forest?.note], ['đạt 55%', 'Đạt']);
      // Only where the filed report's word differs from ours (what the table shows), each once.
      assert.equal(data.disagreements.length, 4);
      assert.equal(data.disagreements[0], 'Cơ cấu kinh tế: Dịch vụ (Ước thực hiện giai đoạn 2021-2023): Báo cáo số 443-BC/TU ngày 03/11/2023 (dòng 8) ghi "Chưa đạt" với kết quả 40,14; theo số liệu và quy tắc đánh giá là "Vượt". Đối chiếu chính kết quả của báo cáo với mục tiêu cũng cho "Vượt".');
      assert.ok(data.disagreements.some((note) => note.startsWith('Kết nạp đảng viên mới (Ước thực hiện giai đoạn 2020-2025)') && note.endsWith('cũng cho "Đạt".')));
    }));

  test('who may read a report: evaluation.read on every term in it; bad periods are refused', () =>
    withDemo(engine, async (deps) => {
      const reader = await user(deps, 'tonghop');
      const dbAppendix = await appendixData(deps, reader, { termId: DB_XIV, asOfPeriodIds: [demoId('dien-bien/XIV/period/2020')] });
      assert.deepEqual([dbAppendix.header.parentIssuer, dbAppendix.header.place, dbAppendix.groups.length], ['ĐẢNG BỘ TỈNH ĐIỆN BIÊN', 'Điện Biên', 4]);
      const laiChauLeader = await user(deps, 'lanhdao');
      await appendixData(deps, laiChauLeader, { termId: XIV, asOfPeriodIds: [MID] });
      await rejects(appendixData(deps, laiChauLeader, { termId: DB_XIV, asOfPeriodIds: [demoId('dien-bien/XIV/period/2020')] }), 'forbidden');
      await rejects(appendixData(deps, await user(deps, 'nongnghiep'), { termId: XIV, asOfPeriodIds: [MID] }), 'forbidden');
      await rejects(appendixData(deps, await user(deps, 'thuky-db', 'dien-bien/'), { termId: XIV, asOfPeriodIds: [MID] }), 'forbidden');
      await rejects(organisationComparisonData(deps, laiChauLeader, { termIds: [XIV, DB_XIV] }), 'forbidden');
      await rejects(appendixData(deps, SYSTEM_ACTOR, { termId: demoId('term/none'), asOfPeriodIds: [MID] }), 'record_not_found');
      await rejects(appendixData(deps, SYSTEM_ACTOR, { termId: XIV, asOfPeriodIds: [demoId('XV/period/2026')] }), 'invalid_input');
      await rejects(appendixData(deps, SYSTEM_ACTOR, { termId: XIV, asOfPeriodIds: [MID, MID] }), 'invalid_input');
      await rejects(appendixData(deps, SYSTEM_ACTOR, { termId: XIV, asOfPeriodIds: [MID, END, demoId('XIV/period/2020')] }), 'invalid_input');
      await rejects(organisationComparisonData(deps, reader, { termIds: [XIV, DB_XIV], asOfPeriodIds: [MID] }), 'invalid_input');
    }));

  test('term comparison: XIV target → result → evaluation → XV target (Lai Châu), XIII → XIV (Điện Biên)', () =>
    withDemo(engine, async (deps) => {
      const laiChau = await termComparisonData(deps, SYSTEM_ACTOR, { termId: demoId('term/XV') });
      assert.deepEqual([laiChau.previousTerm.congress, laiChau.currentTerm.congress, laiChau.previousPeriodLabel, laiChau.rows.length], ['XIV', 'XV', 'Ước thực hiện giai đoạn 2020-2025', 35]);
      assert.deepEqual(laiChau.rows.find((r) => r.name === 'Tỷ lệ che phủ rừng'), {
        groupName: 'Môi trường', name: 'Tỷ lệ che phủ rừng', unit: '%', previousTargetText: '54,0', previousResult: { value: 54, valueText: null, decimals: 1 },
        previousStatus: 'achieved', previousStatusWord: 'Đạt', currentTargetText: 'đạt 55%', nextTargetText: null, changed: true,
      });
      const dienBien = await termComparisonData(deps, await user(deps, 'tonghop'), { termId: DB_XIV });
      assert.deepEqual([dienBien.previousTerm.congress, dienBien.previousPeriodLabel, dienBien.rows.length, dienBien.header.place], ['XIII', 'Thực hiện đến năm 2020', 36, 'Điện Biên']);
      const forest = dienBien.rows.find((r) => r.name === 'Tỷ lệ che phủ rừng');
      assert.deepEqual([forest?.previousTargetText, forest?.previousResult?.value, forest?.previousStatusWord, forest?.currentTargetText], ['42', 42.5, 'Vượt', 'đạt 45,5%']);
      // A term's comparison names the next term's target where a later term links to it.
      const xiv = await termComparisonData(deps, SYSTEM_ACTOR, { termId: DB_XIV });
      assert.equal(xiv.rows.every((r) => r.nextTargetText === null), true);
      // Lai Châu's XIV is the first term the demo has: nothing to compare it with.
      await rejects(termComparisonData(deps, SYSTEM_ACTOR, { termId: XIV }), 'invalid_state');
    }));

  test('organisation comparison: Lai Châu and Điện Biên side by side, by default each as of its latest closed period', () =>
    withDemo(engine, async (deps) => {
      const reader = await user(deps, 'tonghop');
      const data = await organisationComparisonData(deps, reader, { termIds: [XIV, DB_XIV] });
      assert.deepEqual(data.organisations.map((o) => [o.name, o.termLabel, o.periodLabel]), [
        ['Tỉnh Lai Châu', '2020-2025', 'Ước thực hiện giai đoạn 2020-2025'], ['Tỉnh Điện Biên', '2020-2025', 'Năm 2020 (cuối nhiệm kỳ 2015-2020)'],
      ]);
      assert.equal(data.rows.length, 19);
      const forest = data.rows.find((r) => r.name === 'Tỷ lệ che phủ rừng');
      assert.deepEqual(forest?.entries.map((e) => [e.indicatorName, e.targetText, e.value, e.decimals]), [
        ['Tỷ lệ che phủ rừng', '54,0', 54, 1], ['Tỷ lệ che phủ rừng', 'đạt 45,5%', 42.5, 2],
      ]);
      // The same year in both: the results to 2020 each province reported.
      const same = await organisationComparisonData(deps, reader, { termIds: [XIV, DB_XIV], asOfPeriodIds: [demoId('XIV/period/2020'), demoId('dien-bien/XIV/period/2020')] });
      assert.deepEqual(same.rows.find((r) => r.name === 'Tỷ lệ che phủ rừng')?.entries.map((e) => e.value), [50.16, 42.5]);
    }));

  test('written reports: file names from the data, JSON equal to the data; friendly keys for the command line', () =>
    withDemo(engine, async (deps) => {
      const json = await renderReport(deps, SYSTEM_ACTOR, { kind: 'appendix', format: 'json', termId: XIV, asOfPeriodIds: [MID] });
      assert.deepEqual([json.fileName, json.contentType], ['phu-luc-ket-qua-chi-tieu-2023.json', 'application/json; charset=utf-8']);
      assert.deepEqual(JSON.parse(json.body.toString('utf8')), await appendixData(deps, SYSTEM_ACTOR, { termId: XIV, asOfPeriodIds: [MID] }));
      const stages: string[] = [];
      const csv = await renderReport(deps, SYSTEM_ACTOR, { kind: 'compare-orgs', format: 'csv', termIds: [XIV, DB_XIV] }, (stage) => stages.push(stage));
      assert.deepEqual([csv.body.subarray(0, 3), stages], [Buffer.from([0xef, 0xbb, 0xbf]), ['load', 'evaluate', 'write']]);
      assert.match(csv.fileName, /^[a-z0-9-]+\.csv$/u);
      await rejects(renderReport(deps, SYSTEM_ACTOR, { kind: 'appendix', format: 'odt' as 'pdf', termId: XIV, asOfPeriodIds: [MID] }), 'invalid_input');
      assert.equal((await resolveTermKey(deps, SYSTEM_ACTOR, 'LCH:XIV')).id, XIV);
      assert.equal((await resolveTermKey(deps, SYSTEM_ACTOR, 'dbn:xiii')).id, demoId('dien-bien/term/XIII'));
      assert.equal((await resolveTermKey(deps, SYSTEM_ACTOR, XIV)).id, XIV);
      const term = await resolveTermKey(deps, SYSTEM_ACTOR, 'LCH:XIV');
      const period = (key: string) => resolvePeriodKey(deps, SYSTEM_ACTOR, term, key).then((p) => p.id);
      assert.deepEqual(await Promise.all(['mid_term', '2023', 'term_end', '2025', '2020', MID].map(period)), [MID, MID, END, END, demoId('XIV/period/2020'), MID]);
      await rejects(period('2022'), 'record_not_found');
      await rejects(period(demoId('XV/period/2026')), 'record_not_found');
      await rejects(resolveTermKey(deps, SYSTEM_ACTOR, 'LCH:XIII'), 'record_not_found');
      await rejects(resolveTermKey(deps, await user(deps, 'thuky-db', 'dien-bien/'), 'LCH:XIV'), 'forbidden');
    }));

  test('layouts: each kind\'s document from the same builders as its files, as JSON with format=layout, refused to a reader of another province', () =>
    withDemo(engine, async (deps) => {
      const appendix = { termId: XIV, asOfPeriodIds: [MID, END], showNote: true };
      const data = await appendixData(deps, SYSTEM_ACTOR, appendix);
      assert.deepEqual(await reportLayout(deps, SYSTEM_ACTOR, { kind: 'appendix', ...appendix }), appendixDocument(data));
      assert.deepEqual(await reportLayout(deps, SYSTEM_ACTOR, { kind: 'summary', ...appendix }), summaryDocument(data));
      const XV = demoId('term/XV');
      assert.deepEqual(await reportLayout(deps, SYSTEM_ACTOR, { kind: 'compare-terms', termId: XV }), termComparisonDocument(await termComparisonData(deps, SYSTEM_ACTOR, { termId: XV })));
      const stages: string[] = [];
      const orgs = await reportLayout(deps, SYSTEM_ACTOR, { kind: 'compare-orgs', termIds: [XIV, DB_XIV] }, (stage) => stages.push(stage));
      assert.deepEqual(orgs, organisationComparisonDocument(await organisationComparisonData(deps, SYSTEM_ACTOR, { termIds: [XIV, DB_XIV] })));
      assert.deepEqual(stages, ['load', 'evaluate', 'write']);
      const file = await renderReport(deps, SYSTEM_ACTOR, { kind: 'appendix', format: 'layout', ...appendix });
      assert.deepEqual([file.fileName, file.contentType], ['phu-luc-ket-qua-chi-tieu-2023.layout.json', 'application/json; charset=utf-8']);
      assert.deepEqual(JSON.parse(file.body.toString('utf8')), appendixDocument(data));
      await rejects(reportLayout(deps, await user(deps, 'thuky-db', 'dien-bien/'), { kind: 'appendix', termId: XIV, asOfPeriodIds: [MID] }), 'forbidden');
      await rejects(reportLayout(deps, SYSTEM_ACTOR, { kind: 'appendix', termId: XIV, asOfPeriodIds: [] }), 'invalid_input');
    }));
});
