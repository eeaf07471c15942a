import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { daysLeftMessage, inboxSection, inboxSections } from './inbox-model.ts';
import type { InboxLike } from './inbox-model.ts';

const item = (id: string, effectiveStatus: InboxLike['effectiveStatus'], daysLeft: number | null) => ({ id, effectiveStatus, daysLeft });

describe('the unit\'s inbox', () => {
  test('sections: overdue, due within 7 days, in progress, the rest, closed', () => {
    assert.equal(inboxSection(item('a', 'overdue', -12)), 'overdue');
    assert.equal(inboxSection(item('b', 'not_started', 5)), 'due_soon');
    assert.equal(inboxSection(item('c', 'in_progress', 0)), 'due_soon');
    assert.equal(inboxSection(item('d', 'in_progress', 30)), 'in_progress');
    assert.equal(inboxSection(item('e', 'not_started', 8)), 'later');
    assert.equal(inboxSection(item('f', 'not_started', null)), 'later');
    assert.equal(inboxSection(item('g', 'done_late', -3)), 'closed');
    assert.equal(inboxSection(item('h', 'not_started', 10), 14), 'due_soon', 'the window can be widened');
  });

  test('non-empty sections in order, soonest first, undated last', () => {
    const sections = inboxSections([
      item('later-undated', 'not_started', null), item('later', 'not_started', 40), item('soon-2', 'in_progress', 6), item('late', 'overdue', -2),
      item('soon-1', 'not_started', 1), item('later-near', 'not_started', 9),
    ]);
    assert.deepEqual(sections.map((s) => [s.key, s.tasks.map((t) => t.id)]), [
      ['overdue', ['late']], ['due_soon', ['soon-1', 'soon-2']], ['later', ['later-near', 'later', 'later-undated']],
    ]);
  });

  test('days said as left, today or late; nothing for closed or undated tasks', () => {
    assert.deepEqual(daysLeftMessage(item('a', 'overdue', -12)), { key: 'tasks.days.late', days: 12 });
    assert.deepEqual(daysLeftMessage(item('a', 'not_started', 0)), { key: 'tasks.days.today', days: 0 });
    assert.deepEqual(daysLeftMessage(item('a', 'in_progress', 5)), { key: 'tasks.days.left', days: 5 });
    assert.equal(daysLeftMessage(item('a', 'done', -3)), null);
    assert.equal(daysLeftMessage(item('a', 'not_started', null)), null);
  });
});
