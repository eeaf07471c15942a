import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Task } from '../../api/tasks.ts';
import { draftGaps, isEdited, taskPatch, taskProblems, taskValues } from './task-draft.ts';

function task(extra: Partial<Task> = {}): Task {
  return {
    id: 't1', planId: 'p1', parentId: null, position: 1, number: '1.1', title: 'Xây dựng đề án vùng chè', kind: 'project', leadUnitId: 'nn',
    supportingUnitIds: ['tc'], responsibleUserId: null, startDate: null, dueDate: '2026-06-30', recurrence: null, productText: 'Đề án',
    indicatorIds: [], status: 'not_started', doneAt: null, cancelReason: null, progressPercent: 0, sourceLine: 25, version: 3,
    createdAt: '2026-01-20T00:00:00.000Z', updatedAt: '2026-01-20T00:00:00.000Z', ...extra,
  };
}

describe('reviewing a draft task', () => {
  test('no edits, no patch; an edit back to the saved value is no change either', () => {
    assert.equal(taskPatch(task(), undefined), null);
    assert.equal(taskPatch(task(), { title: 'Xây dựng đề án vùng chè ', supportingUnitIds: ['tc'], productText: 'Đề án' }), null);
    assert.equal(isEdited(task(), { dueDate: '2026-06-30' }), false);
  });

  test('the patch carries the version read and only what changed, trimmed', () => {
    assert.deepEqual(
      taskPatch(task(), { title: '  Đề án phát triển vùng chè ', leadUnitId: 'yte', supportingUnitIds: ['tc', 'ct'], dueDate: '2026-09-30', productText: ' ' }),
      { version: 3, title: 'Đề án phát triển vùng chè', leadUnitId: 'yte', supportingUnitIds: ['tc', 'ct'], dueDate: '2026-09-30', productText: null },
    );
    assert.deepEqual(taskPatch(task(), { leadUnitId: null, kind: 'regular' }), { version: 3, kind: 'regular', leadUnitId: null });
  });

  test('a recurrence is saved with its words and the period\'s last day; clearing it sends null', () => {
    assert.deepEqual(taskPatch(task(), { recurrence: 'quarter' }), { version: 3, recurrence: { every: 'quarter', day: null, text: 'hằng quý' } });
    const duty = task({ recurrence: { every: 'year', day: 15, text: 'định kỳ hằng năm' } });
    assert.equal(taskValues(duty, undefined).recurrence, 'year');
    assert.equal(taskPatch(duty, { recurrence: 'year' }), null, 'the same period keeps its day and words');
    assert.deepEqual(taskPatch(duty, { recurrence: null }), { version: 3, recurrence: null });
  });

  test('problems: an empty title, a due date before the start, the lead unit also supporting', () => {
    assert.deepEqual(taskProblems(taskValues(task(), { title: ' ' })), ['titleRequired']);
    assert.deepEqual(taskProblems(taskValues(task(), { startDate: '2026-07-01' })), ['dueBeforeStart']);
    assert.deepEqual(taskProblems(taskValues(task(), { supportingUnitIds: ['nn'] })), ['leadAmongSupporting']);
    assert.deepEqual(taskProblems(taskValues(task(), {})), []);
  });

  test('what a draft still lacks: lead units and dates of its tasks (headings and cancelled ones aside)', () => {
    const tasks = [
      { ...task({ id: 'h' }), heading: true, leadUnitId: null, dueDate: null },
      { ...task({ id: 'a' }), heading: false },
      { ...task({ id: 'b', leadUnitId: null, dueDate: null }), heading: false },
      { ...task({ id: 'c', dueDate: null, recurrence: { every: 'quarter', day: null, text: 'hằng quý' } }), heading: false },
      { ...task({ id: 'd', leadUnitId: null, status: 'cancelled' }), heading: false },
    ];
    assert.deepEqual(draftGaps(tasks), { unassigned: 1, undated: 1 });
  });
});
