import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mostOverdue, tallyByUnit, tallyTasks } from './task-evaluation.ts';
import type { UnitTask } from './task-evaluation.ts';

const TODAY = '2026-07-15';
const t = (id: string, leadUnitId: string | null, status: UnitTask['status'], dueDate: string | null, doneAt: string | null = null) =>
  ({ id, leadUnitId, status, dueDate, doneAt });

const TASKS = [
  t('a', 'nn', 'done', '2026-06-30', '2026-06-20'),
  t('b', 'nn', 'done', '2026-06-30', '2026-07-02'),
  t('c', 'nn', 'in_progress', '2026-07-01'),
  t('d', 'yte', 'not_started', '2026-05-31'),
  t('e', 'yte', 'in_progress', '2026-12-31'),
  t('f', 'yte', 'cancelled', '2026-03-31'),
  t('g', null, 'not_started', null),
];

test('a plan\'s tally: shares of the tasks that count (cancelled ones do not)', () => {
  const tally = tallyTasks(TASKS, TODAY);
  assert.equal(tally.total, 7);
  assert.deepEqual(tally.counts, { not_started: 1, in_progress: 1, done: 1, done_late: 1, overdue: 2, cancelled: 1 });
  assert.deepEqual(tally.shares, { done: 0.167, doneLate: 0.167, overdue: 0.333, inProgress: 0.167, notStarted: 0.167 });
  assert.equal(tallyTasks([t('x', 'nn', 'cancelled', null)], TODAY).shares, null);
});

test('per unit, in order of first appearance, unassigned apart', () => {
  const units = tallyByUnit(TASKS, TODAY);
  assert.deepEqual(units.map((u) => [u.unitId, u.tally.total, u.tally.counts.overdue]), [['nn', 3, 1], ['yte', 3, 1], [null, 1, 0]]);
});

test('the most overdue first, with their days', () => {
  assert.deepEqual(mostOverdue(TASKS, TODAY).map(({ task, days }) => [task.id, days]), [['d', 45], ['c', 14]]);
  assert.deepEqual(mostOverdue(TASKS, TODAY, 1).map(({ task }) => task.id), ['d']);
  assert.deepEqual(mostOverdue(TASKS, '2026-05-31'), []);
});
