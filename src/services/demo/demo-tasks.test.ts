import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findUserByLogin } from '../../store/index.ts';
import { loadActor } from '../actor.ts';
import { createDeps } from '../deps.ts';
import { evaluatePlan, listDueTasks, listInbox, listOverdueTasks } from '../task-views.service.ts';
import { runDueCheck } from '../task-scheduler.ts';
import { onBothEngines, withDatabase } from '../testing/engines.ts';
import { readDemoTasks } from './demo-tasks.ts';
import { demoId, loadDemo } from './load-demo.ts';

test('the demo plan file: four areas, every task with a lead unit and a due date or a recurrence', () => {
  const data = readDemoTasks();
  const tasks = data.tasks.flatMap((area) => area.children);
  assert.equal(data.tasks.length, 4);
  assert.equal(tasks.length, 12);
  assert.ok(tasks.every((t) => t.due !== undefined || t.recurrence !== undefined));
  assert.ok(tasks.some((t) => t.lead === 'nn' && t.due !== undefined && t.due > 0 && t.due <= 7), 'Sở Nông nghiệp has a task due within a week');
  assert.ok(tasks.some((t) => t.lead === 'yte' && t.due !== undefined && t.due < 0 && t.done === undefined), 'Sở Y tế has an overdue task');
});

await onBothEngines('demo tasks', (engine) => {
  test('loaded at any date: a task due soon, one overdue, one done late, one cancelled, reminders for the demo units', () =>
    withDatabase(engine, async (database) => {
      const now = new Date('2027-05-10T02:00:00.000Z');
      await loadDemo(database, now);
      const deps = createDeps(database.db, { clock: () => now });
      const actor = async (login: string) => loadActor(database.db, (await findUserByLogin(database.db, login))?.id ?? '');
      const leader = await actor('lanhdao');
      const overdue = await listOverdueTasks(deps, leader, {});
      assert.deepEqual(overdue.map((t) => [t.number, t.leadUnitName, t.daysLeft]), [['1.4', 'Sở Y tế', -12]]);
      const due = await listDueTasks(deps, await actor('nongnghiep'), { days: 7 });
      assert.deepEqual(due.map((t) => [t.number, t.daysLeft]), [['1.3', 5]]);
      const inbox = await listInbox(deps, await actor('yte'), {});
      assert.ok(inbox.some((t) => t.number === '1.4' && t.effectiveStatus === 'overdue'));
      const evaluation = await evaluatePlan(deps, leader, { planId: demoId('tasks/plan') });
      assert.equal(evaluation.plan.status, 'published');
      assert.equal(evaluation.tally.total, 12);
      assert.deepEqual([evaluation.tally.counts.done, evaluation.tally.counts.done_late, evaluation.tally.counts.cancelled, evaluation.tally.counts.overdue], [1, 1, 1, 1]);
      const check = await runDueCheck(deps, { days: 7 });
      const reminded = new Set([...check.dueSoon, ...check.overdue].flatMap((t) => t.userIds));
      assert.ok(reminded.has(demoId('user/nongnghiep')) && reminded.has(demoId('user/yte')));
    }));
});
