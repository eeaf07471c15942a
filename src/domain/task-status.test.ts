import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowedTransitions, checkTransition, daysOverdue, effectiveStatus } from './task-status.ts';
import type { TaskTiming } from './task-status.ts';

const task = (status: TaskTiming['status'], dueDate: string | null, doneAt: string | null = null): TaskTiming => ({ status, dueDate, doneAt });

test('an open task becomes overdue the day after its due date, not on it', () => {
  assert.equal(effectiveStatus(task('in_progress', '2026-06-30'), '2026-06-30'), 'in_progress');
  assert.equal(effectiveStatus(task('in_progress', '2026-06-30'), '2026-07-01'), 'overdue');
  assert.equal(effectiveStatus(task('not_started', '2026-06-30'), '2027-01-01'), 'overdue');
  assert.equal(effectiveStatus(task('not_started', null), '2099-01-01'), 'not_started');
  assert.equal(daysOverdue(task('not_started', '2026-06-30'), '2026-07-10'), 10);
  assert.equal(daysOverdue(task('done', '2026-06-30', '2026-07-10'), '2026-07-20'), 0);
});

test('done after the due date is done late; done on the day is done; cancelled stays cancelled', () => {
  assert.equal(effectiveStatus(task('done', '2026-06-30', '2026-07-01'), '2026-08-01'), 'done_late');
  assert.equal(effectiveStatus(task('done', '2026-06-30', '2026-06-30'), '2026-08-01'), 'done');
  assert.equal(effectiveStatus(task('done', null, '2026-06-30'), '2026-08-01'), 'done');
  assert.equal(effectiveStatus(task('cancelled', '2026-06-30'), '2026-08-01'), 'cancelled');
});

test('the lead unit starts and finishes; cancelling and reopening are the manager\'s', () => {
  assert.deepEqual(checkTransition('not_started', 'in_progress', 'lead'), { ok: true });
  assert.deepEqual(checkTransition('in_progress', 'done', 'lead'), { ok: true });
  assert.deepEqual(checkTransition('not_started', 'done', 'lead'), { ok: true });
  assert.deepEqual(checkTransition('in_progress', 'cancelled', 'lead'), { ok: false, refusal: 'manager_only' });
  assert.deepEqual(checkTransition('done', 'in_progress', 'lead'), { ok: false, refusal: 'manager_only' });
  assert.deepEqual(checkTransition('done', 'in_progress', 'manager'), { ok: true });
  assert.deepEqual(checkTransition('cancelled', 'in_progress', 'manager'), { ok: true });
  assert.deepEqual(checkTransition('cancelled', 'done', 'manager'), { ok: false, refusal: 'not_allowed' });
  assert.deepEqual(checkTransition('done', 'cancelled', 'manager'), { ok: true });
  assert.deepEqual(checkTransition('in_progress', 'not_started', 'manager'), { ok: false, refusal: 'not_allowed' });
  assert.deepEqual(checkTransition('done', 'done', 'manager'), { ok: false, refusal: 'same_status' });
});

test('the buttons a screen shows', () => {
  assert.deepEqual(allowedTransitions('not_started', 'lead'), ['in_progress', 'done']);
  assert.deepEqual(allowedTransitions('not_started', 'manager'), ['in_progress', 'done', 'cancelled']);
  assert.deepEqual(allowedTransitions('done', 'lead'), []);
  assert.deepEqual(allowedTransitions('cancelled', 'manager'), ['in_progress']);
});
