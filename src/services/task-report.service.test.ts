/**
 * The task status report on both engines: a published plan with an area, a task done late,
 * one overdue with a progress report, one cancelled; the data as the secretariat, a unit and
 * another province see it, and the files written from it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { createPlan, publishPlan } from './plan.service.ts';
import { cancelTask, createTask, reportProgress, setTaskStatus } from './task.service.ts';
import { renderTaskReport, taskReportData } from './task-report.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld, type World } from './testing/fixtures.ts';

async function reportedPlan(w: World) {
  w.clock.set('2026-01-20T03:00:00.000Z');
  const s = w.actors.secretariat;
  const plan = await createPlan(w.deps, s, { organisationId: w.province.id, termId: w.term.id, title: 'Kế hoạch thực hiện Nghị quyết', number: '27-KH/UBND', date: '2026-01-15' });
  const area = await createTask(w.deps, s, { planId: plan.id, title: 'Nhiệm vụ trọng tâm', number: '1' });
  const budget = await createTask(w.deps, s, { planId: plan.id, parentId: area.id, title: 'Bố trí kinh phí các đề án', number: '1.1', leadUnitId: w.finance.id, dueDate: '2026-01-31', productText: 'Quyết định phân bổ' });
  const clinics = await createTask(w.deps, s, { planId: plan.id, parentId: area.id, title: 'Trạm y tế xã đạt chuẩn', number: '1.2', kind: 'project', leadUnitId: w.health.id, supportingUnitIds: [w.commune.id], dueDate: '2026-02-15' });
  const fair = await createTask(w.deps, s, { planId: plan.id, title: 'Hội chợ nông sản', leadUnitId: w.finance.id, dueDate: '2026-05-01' });
  await publishPlan(w.deps, s, { planId: plan.id, version: plan.version });
  await reportProgress(w.deps, w.actors.healthReporter, { taskId: clinics.id, percent: 30, text: 'Đã khảo sát 10 trạm' });
  w.clock.set('2026-01-25T03:00:00.000Z');
  await reportProgress(w.deps, w.actors.healthReporter, { taskId: clinics.id, percent: 45, text: 'Đã nâng cấp 4 trạm' });
  w.clock.set('2026-02-05T03:00:00.000Z');
  const budgetNow = await reportProgress(w.deps, w.actors.financeReporter, { taskId: budget.id, percent: 90, text: 'Đã trình phân bổ' });
  await setTaskStatus(w.deps, w.actors.financeReporter, { taskId: budget.id, version: budgetNow.task.version, status: 'done', doneAt: '2026-02-03' });
  await cancelTask(w.deps, s, { taskId: fair.id, version: fair.version, reason: 'Gộp vào hội chợ của tỉnh' });
  w.clock.set('2026-02-27T03:00:00.000Z');
  return { plan, area, budget, clinics, fair };
}

await onBothEngines('task status report', (engine) => {
  test('the rows in plan order with units, dates, the latest progress report and the status at the clock\'s day', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const { plan, area, clinics } = await reportedPlan(w);
      const data = await taskReportData(w.deps, w.actors.secretariat, { planId: plan.id });
      assert.equal(data.asOf, '2026-02-27');
      assert.equal(data.organisationName, 'Tỉnh Lai Châu');
      assert.deepEqual(data.plan, { id: plan.id, title: 'Kế hoạch thực hiện Nghị quyết', number: '27-KH/UBND', date: '2026-01-15', status: 'published' });
      assert.equal(data.header.layout, 'party');
      assert.equal(data.header.date, '2026-02-27');
      assert.deepEqual(data.rows.map((r) => [r.number, r.title, r.level, r.heading, r.status, r.daysLate]), [
        ['1', 'Nhiệm vụ trọng tâm', 0, true, null, null],
        ['1.1', 'Bố trí kinh phí các đề án', 1, false, 'done_late', 3],
        ['1.2', 'Trạm y tế xã đạt chuẩn', 1, false, 'overdue', 12],
        [null, 'Hội chợ nông sản', 0, false, 'cancelled', null],
      ]);
      const clinicsRow = data.rows[2];
      assert.deepEqual(
        [clinicsRow?.id, clinicsRow?.parentId, clinicsRow?.leadUnit, clinicsRow?.supportingUnits, clinicsRow?.progressPercent, clinicsRow?.progressText, clinicsRow?.kind],
        [clinics.id, area.id, 'Sở Y tế', ['Xã Bản Lang'], 45, 'Đã nâng cấp 4 trạm', 'project'],
      );
      assert.deepEqual([data.rows[1]?.doneAt, data.rows[1]?.product], ['2026-02-03', 'Quyết định phân bổ']);
      assert.equal(data.rows[3]?.cancelReason, 'Gộp vào hội chợ của tỉnh');
    }));

  test('a unit gets only the tasks it may read; another province and the public are refused', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const { plan } = await reportedPlan(w);
      const health = await taskReportData(w.deps, w.actors.healthReporter, { planId: plan.id });
      assert.deepEqual(health.rows.map((r) => [r.title, r.level]), [['Trạm y tế xã đạt chuẩn', 0]]);
      await rejectsWithCode(taskReportData(w.deps, w.actors.otherSecretariat, { planId: plan.id }), 'forbidden');
      await rejectsWithCode(taskReportData(w.deps, w.actors.publicMember, { planId: plan.id }), 'forbidden');
      await rejectsWithCode(taskReportData(w.deps, w.actors.secretariat, { planId: 'no-such-plan' }), 'record_not_found');
    }));

  test('the files: XLSX by default, CSV with a row per task, a bad format refused', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const { plan } = await reportedPlan(w);
      const xlsx = await renderTaskReport(w.deps, w.actors.inspector, { planId: plan.id });
      assert.equal(xlsx.fileName, 'tinh-hinh-thuc-hien-nhiem-vu-2026-02-27.xlsx');
      assert.equal(xlsx.body.subarray(0, 2).toString('latin1'), 'PK');
      const csv = (await renderTaskReport(w.deps, w.actors.leader, { planId: plan.id, format: 'csv' })).body.toString('utf8');
      assert.equal(csv.trimEnd().split('\r\n').length, 1 + 4);
      assert.match(csv, /Trạm y tế xã đạt chuẩn,project,Sở Y tế,Xã Bản Lang,2026-02-15,,,45,Đạt 45%\. Đã nâng cấp 4 trạm,,overdue,Quá hạn,12/u);
      await rejectsWithCode(renderTaskReport(w.deps, w.actors.leader, { planId: plan.id, format: 'odt' as 'csv' }), 'invalid_input');
    }));
});
