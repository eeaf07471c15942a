import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { effectiveStatusOf } from './task-step-model.ts';

describe('the status after a step', () => {
  test('done after the due date is done late; an open task past it is overdue; without a date, as set', () => {
    const view = { dueDate: '2026-02-15', daysLeft: -12 };
    assert.equal(effectiveStatusOf({ status: 'done', dueDate: '2026-02-15', doneAt: '2026-02-27' }, view), 'done_late');
    assert.equal(effectiveStatusOf({ status: 'in_progress', dueDate: '2026-02-15', doneAt: null }, view), 'overdue');
    assert.equal(effectiveStatusOf({ status: 'done', dueDate: '2026-02-15', doneAt: '2026-02-10' }, view), 'done');
    assert.equal(effectiveStatusOf({ status: 'cancelled', dueDate: null, doneAt: null }, { dueDate: null, daysLeft: null }), 'cancelled');
  });
});
