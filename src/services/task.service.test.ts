/**
 * Tasks on both engines: assigning, the lead unit's progress and status steps, supporting
 * units' comments, what another unit cannot do, recurring duties, cancel and reopen,
 * evidence, and the lists across plans (inbox, due, overdue board, evaluation, inspection).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { listAudit } from '../store/index.ts';
import { createPlan, getPlan, publishPlan } from './plan.service.ts';
import {
  attachTaskEvidence, cancelTask, commentTask, createTask, deleteTask, editTask, getTask, getTaskEvidence, reopenTask, reportProgress,
  setTaskStatus,
} from './task.service.ts';
import { evaluatePlan, evaluateUnits, inspectPlan, listDueTasks, listInbox, listOverdueTasks } from './task-views.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld, type World } from './testing/fixtures.ts';

/** A published plan of the province: a heading with two tasks (finance leads one, health the other, supported by the commune). */
async function planWithTasks(w: World) {
  w.clock.set('2026-01-20T03:00:00.000Z');
  const s = w.actors.secretariat;
  const plan = await createPlan(w.deps, s, { organisationId: w.province.id, termId: w.term.id, title: 'Kế hoạch thực hiện Nghị quyết' });
  const area = await createTask(w.deps, s, { planId: plan.id, title: 'Nhiệm vụ trọng tâm', number: '1' });
  const budget = await createTask(w.deps, s, { planId: plan.id, parentId: area.id, title: 'Bố trí kinh phí các đề án', number: '1.1', kind: 'regular' });
  const clinics = await createTask(w.deps, s, { planId: plan.id, parentId: area.id, title: 'Trạm y tế xã đạt chuẩn', number: '1.2', kind: 'project' });
  const assignedBudget = await editTask(w.deps, s, { taskId: budget.id, version: budget.version, leadUnitId: w.finance.id, dueDate: '2026-03-31', productText: 'Quyết định phân bổ', indicatorIds: [w.poverty.id] });
  const assignedClinics = await editTask(w.deps, s, { taskId: clinics.id, version: clinics.version, leadUnitId: w.health.id, supportingUnitIds: [w.commune.id], dueDate: '2026-02-15' });
  const published = await publishPlan(w.deps, s, { planId: plan.id, version: plan.version });
  return { plan: published, area, budget: assignedBudget, clinics: assignedClinics };
}

await onBothEngines('tasks', (engine) => {
  test('the flow: assign two tasks, one unit updates its task, the clock passes the other\'s due date, the board shows it overdue', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const { plan, budget, clinics } = await planWithTasks(w);
      const { task, update } = await reportProgress(w.deps, w.actors.financeReporter, { taskId: budget.id, percent: 40, text: 'Đã trình dự thảo phân bổ' });
      assert.deepEqual([task.status, task.progressPercent, update.unitId], ['in_progress', 40, w.finance.id]);
      // Another unit cannot update it; the supporting commune may comment on its own task only.
      await rejectsWithCode(reportProgress(w.deps, w.actors.healthReporter, { taskId: budget.id, percent: 90, text: 'x' }), 'forbidden');
      await rejectsWithCode(reportProgress(w.deps, w.actors.communeReporter, { taskId: clinics.id, percent: 90, text: 'x' }), 'forbidden');
      const comment = await commentTask(w.deps, w.actors.communeReporter, { taskId: clinics.id, text: 'Xã đã rà soát trạm y tế' });
      assert.equal(comment.unitId, w.commune.id);
      await rejectsWithCode(commentTask(w.deps, w.actors.communeReporter, { taskId: budget.id, text: 'x' }), 'forbidden');
      assert.deepEqual(await listOverdueTasks(w.deps, w.actors.leader, {}), []);
      w.clock.set('2026-02-20T03:00:00.000Z');
      const board = await listOverdueTasks(w.deps, w.actors.leader, {});
      assert.deepEqual(board.map((t) => [t.title, t.effectiveStatus, t.daysLeft, t.planTitle]), [['Trạm y tế xã đạt chuẩn', 'overdue', -5, plan.title]]);
      assert.deepEqual((await listOverdueTasks(w.deps, w.actors.financeReporter, {})).map((t) => t.id), [], 'a unit sees only its own tasks');
      const detail = await getTask(w.deps, w.actors.healthReporter, { taskId: clinics.id });
      assert.equal(detail.task.effectiveStatus, 'overdue');
      assert.deepEqual(detail.transitions, ['in_progress', 'done']);
      assert.deepEqual(detail.can, { update: true, comment: true, manage: false });
      assert.deepEqual(detail.updates.map((u) => u.text), ['Xã đã rà soát trạm y tế']);
    }));

  test('who reads what: a unit its own and supported tasks, the leader and inspector everything, another province nothing', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const { plan, budget, clinics } = await planWithTasks(w);
      await rejectsWithCode(getTask(w.deps, w.actors.healthReporter, { taskId: budget.id }), 'forbidden');
      await rejectsWithCode(getTask(w.deps, w.actors.otherSecretariat, { taskId: budget.id }), 'forbidden');
      await rejectsWithCode(getTask(w.deps, w.actors.publicMember, { taskId: budget.id }), 'forbidden');
      assert.equal((await getTask(w.deps, w.actors.communeReporter, { taskId: clinics.id })).can.update, false);
      assert.equal((await getTask(w.deps, w.actors.leader, { taskId: budget.id })).can.manage, false);
      assert.equal((await getTask(w.deps, w.actors.secretariat, { taskId: budget.id })).can.manage, true);
      const inbox = await listInbox(w.deps, w.actors.communeReporter, {});
      assert.deepEqual(inbox.map((t) => [t.title, t.role]), [['Trạm y tế xã đạt chuẩn', 'supporting']]);
      assert.deepEqual((await listInbox(w.deps, w.actors.financeReporter, {})).map((t) => [t.title, t.role, t.leadUnitName]), [['Bố trí kinh phí các đề án', 'lead', 'Sở Tài chính']]);
      await rejectsWithCode(listInbox(w.deps, w.actors.financeReporter, { unitId: w.health.id }), 'forbidden');
      const tree = await getPlan(w.deps, w.actors.leader, { planId: plan.id });
      assert.deepEqual(tree.tasks.map((t) => [t.number, t.heading]), [['1', true], ['1.1', false], ['1.2', false]]);
      assert.equal(tree.tally.total, 2);
    }));

  test('status steps: the lead unit finishes, only the secretariat reopens or cancels (with a reason); done late is derived', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const { clinics, budget } = await planWithTasks(w);
      w.clock.set('2026-02-20T03:00:00.000Z');
      await rejectsWithCode(setTaskStatus(w.deps, w.actors.healthReporter, { taskId: clinics.id, version: clinics.version, status: 'done', doneAt: '2026-02-21' }), 'invalid_input');
      const done = await setTaskStatus(w.deps, w.actors.healthReporter, { taskId: clinics.id, version: clinics.version, status: 'done', note: 'Hoàn thành 5 trạm' });
      assert.deepEqual([done.status, done.doneAt, done.progressPercent], ['done', '2026-02-20', 100]);
      assert.equal((await getTask(w.deps, w.actors.leader, { taskId: clinics.id })).task.effectiveStatus, 'done_late');
      await rejectsWithCode(setTaskStatus(w.deps, w.actors.healthReporter, { taskId: clinics.id, version: done.version, status: 'in_progress' }), 'forbidden');
      await rejectsWithCode(reportProgress(w.deps, w.actors.healthReporter, { taskId: clinics.id, percent: 50, text: 'x' }), 'invalid_state');
      const reopened = await reopenTask(w.deps, w.actors.secretariat, { taskId: clinics.id, version: done.version });
      assert.deepEqual([reopened.status, reopened.doneAt], ['in_progress', null]);
      await rejectsWithCode(cancelTask(w.deps, w.actors.financeReporter, { taskId: budget.id, version: budget.version, reason: 'x' }), 'forbidden');
      await rejectsWithCode(cancelTask(w.deps, w.actors.secretariat, { taskId: budget.id, version: budget.version, reason: ' ' }), 'invalid_input');
      const cancelled = await cancelTask(w.deps, w.actors.secretariat, { taskId: budget.id, version: budget.version, reason: 'Gộp vào nhiệm vụ 1.2' });
      assert.deepEqual([cancelled.status, cancelled.cancelReason], ['cancelled', 'Gộp vào nhiệm vụ 1.2']);
      await rejectsWithCode(cancelTask(w.deps, w.actors.secretariat, { taskId: budget.id, version: cancelled.version, reason: 'again' }), 'invalid_state');
      await rejectsWithCode(setTaskStatus(w.deps, w.actors.financeReporter, { taskId: budget.id, version: cancelled.version, status: 'done' }), 'invalid_state');
      const history = await listAudit(db, { entity: 'task', entityId: clinics.id });
      assert.deepEqual(history.map((e) => e.action), ['create', 'update', 'transition', 'transition']);
    }));

  test('a recurring duty: done closes the occurrence and moves the due date; the secretariat closes the duty itself', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const { plan } = await planWithTasks(w);
      const created = await createTask(w.deps, w.actors.secretariat, {
        planId: plan.id, title: 'Báo cáo tiến độ hằng quý', kind: 'report_duty', leadUnitId: w.finance.id,
        recurrence: { every: 'quarter', day: 20, text: 'hằng quý' }, dueDate: '2026-03-20',
      });
      const first = await setTaskStatus(w.deps, w.actors.financeReporter, { taskId: created.id, version: created.version, status: 'done' });
      assert.deepEqual([first.status, first.dueDate, first.doneAt], ['in_progress', '2026-06-20', null]);
      w.clock.set('2026-06-18T03:00:00.000Z');
      const second = await setTaskStatus(w.deps, w.actors.financeReporter, { taskId: created.id, version: first.version, status: 'done', note: 'Đã gửi báo cáo quý II' });
      assert.equal(second.dueDate, '2026-09-20');
      w.clock.set('2026-06-19T03:00:00.000Z');
      await rejectsWithCode(setTaskStatus(w.deps, w.actors.financeReporter, { taskId: created.id, version: second.version, status: 'done', final: true }), 'forbidden');
      const closed = await setTaskStatus(w.deps, w.actors.secretariat, { taskId: created.id, version: second.version, status: 'done', final: true });
      assert.equal(closed.status, 'done');
      const updates = (await getTask(w.deps, w.actors.secretariat, { taskId: created.id })).updates.map((u) => u.text);
      assert.deepEqual(updates, ['Hoàn thành kỳ hạn 20/03/2026.', 'Hoàn thành kỳ hạn 20/06/2026: Đã gửi báo cáo quý II', 'Đã hoàn thành.']);
    }));

  test('assignments are checked: units of the organisation, no cycles, real people, the plan\'s term, dates in order', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const { area, budget } = await planWithTasks(w);
      const s = w.actors.secretariat;
      const edit = (patch: object) => editTask(w.deps, s, { taskId: area.id, version: 1, ...patch });
      assert.equal((await rejectsWithCode(edit({ leadUnitId: w.otherDepartment.id }), 'invalid_input')).details.path, 'leadUnitId');
      assert.equal((await rejectsWithCode(edit({ supportingUnitIds: [w.finance.id, w.otherProvince.id] }), 'invalid_input')).details.path, 'supportingUnitIds.1');
      assert.equal((await rejectsWithCode(edit({ parentId: budget.id }), 'invalid_input')).details.path, 'parentId');
      assert.equal((await rejectsWithCode(edit({ parentId: area.id }), 'invalid_input')).details.path, 'parentId');
      assert.equal((await rejectsWithCode(edit({ responsibleUserId: 'nobody' }), 'invalid_input')).details.path, 'responsibleUserId');
      assert.equal((await rejectsWithCode(edit({ startDate: '2026-05-01', dueDate: '2026-04-01' }), 'invalid_input')).details.path, 'dueDate');
      assert.equal((await rejectsWithCode(edit({ dueDate: '2026-02-30' }), 'invalid_input')).details.path, 'dueDate');
      await rejectsWithCode(editTask(w.deps, w.actors.financeReporter, { taskId: budget.id, version: budget.version, title: 'x' }), 'forbidden');
      await rejectsWithCode(editTask(w.deps, s, { taskId: budget.id, version: 1, title: 'x' }), 'conflict');
      await rejectsWithCode(deleteTask(w.deps, s, { taskId: budget.id, version: budget.version }), 'invalid_state');
    }));

  test('a draft plan\'s task is deleted with its sub-tasks; progress waits for publication', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const s = w.actors.secretariat;
      const plan = await createPlan(w.deps, s, { organisationId: w.province.id, title: 'Dự thảo' });
      const parent = await createTask(w.deps, s, { planId: plan.id, title: 'Khu vực' });
      const child = await createTask(w.deps, s, { planId: plan.id, parentId: parent.id, title: 'Việc', leadUnitId: w.finance.id });
      await rejectsWithCode(getTask(w.deps, w.actors.financeReporter, { taskId: child.id }), 'forbidden');
      await rejectsWithCode(reportProgress(w.deps, s, { taskId: child.id, percent: 10, text: 'x' }), 'forbidden');
      await deleteTask(w.deps, s, { taskId: parent.id, version: parent.version });
      assert.deepEqual((await getPlan(w.deps, s, { planId: plan.id })).tasks, []);
    }));

  test('evidence on a task: its lead unit attaches, readers download, others cannot', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const { clinics } = await planWithTasks(w);
      const file = { fileName: 'bien-ban.pdf', mediaType: 'application/pdf', size: 10, sha256: 'b'.repeat(64), storageKey: `files/${'b'.repeat(64)}` };
      const { update } = await reportProgress(w.deps, w.actors.healthReporter, { taskId: clinics.id, percent: 20, text: 'Biên bản kiểm tra' });
      const evidence = await attachTaskEvidence(w.deps, w.actors.healthReporter, { taskId: clinics.id, updateId: update.id, ...file });
      await rejectsWithCode(attachTaskEvidence(w.deps, w.actors.communeReporter, { taskId: clinics.id, ...file }), 'forbidden');
      await rejectsWithCode(attachTaskEvidence(w.deps, w.actors.healthReporter, { taskId: clinics.id, updateId: 'other', ...file }), 'invalid_input');
      assert.equal((await getTaskEvidence(w.deps, w.actors.communeReporter, { evidenceId: evidence.id })).id, evidence.id);
      await rejectsWithCode(getTaskEvidence(w.deps, w.actors.financeReporter, { evidenceId: evidence.id }), 'forbidden');
      assert.deepEqual((await getTask(w.deps, w.actors.inspector, { taskId: clinics.id })).evidence, [evidence]);
    }));

  test('due in N days, the evaluation per plan and per unit, and the inspector\'s view with history', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const { plan, budget, clinics } = await planWithTasks(w);
      w.clock.set('2026-02-10T03:00:00.000Z');
      assert.deepEqual((await listDueTasks(w.deps, w.actors.leader, { days: 7 })).map((t) => [t.title, t.daysLeft]), [['Trạm y tế xã đạt chuẩn', 5]]);
      assert.deepEqual(await listDueTasks(w.deps, w.actors.leader, { days: 4 }), []);
      await setTaskStatus(w.deps, w.actors.financeReporter, { taskId: budget.id, version: budget.version, status: 'done' });
      w.clock.set('2026-04-01T03:00:00.000Z');
      const evaluation = await evaluatePlan(w.deps, w.actors.leader, { planId: plan.id });
      assert.deepEqual(evaluation.tally.counts, { not_started: 0, in_progress: 0, done: 1, done_late: 0, overdue: 1, cancelled: 0 });
      assert.deepEqual(evaluation.tally.shares, { done: 0.5, doneLate: 0, overdue: 0.5, inProgress: 0, notStarted: 0 });
      assert.deepEqual(evaluation.units.map((u) => [u.unitName, u.tally.counts.overdue]), [['Sở Tài chính', 0], ['Sở Y tế', 1]]);
      assert.deepEqual(evaluation.mostOverdue.map((t) => t.id), [clinics.id]);
      const units = await evaluateUnits(w.deps, w.actors.leader, { organisationId: w.province.id });
      assert.equal(units.tally.total, 2);
      await rejectsWithCode(evaluateUnits(w.deps, w.actors.financeReporter, { organisationId: w.province.id }), 'forbidden');
      const inspected = await inspectPlan(w.deps, w.actors.inspector, { planId: plan.id });
      const budgetHistory = inspected.tasks.find((t) => t.task.id === budget.id);
      assert.deepEqual(budgetHistory?.history.map((e) => [e.action, e.actorName]), [['create', 'secretariat'], ['update', 'secretariat'], ['transition', 'finance']]);
      assert.deepEqual(budgetHistory?.updates.map((u) => u.text), ['Đã hoàn thành.']);
      await rejectsWithCode(inspectPlan(w.deps, w.actors.leader, { planId: plan.id }), 'forbidden');
      await rejectsWithCode(inspectPlan(w.deps, w.actors.financeReporter, { planId: plan.id }), 'forbidden');
    }));
});
