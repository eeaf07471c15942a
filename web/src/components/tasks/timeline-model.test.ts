import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildTimeline, serverToday } from './timeline-model.ts';
import type { TimelineTask } from './timeline-model.ts';

function task(id: string, extra: Partial<TimelineTask>): TimelineTask {
  return { id, parentId: null, title: id, number: null, heading: false, startDate: null, dueDate: null, effectiveStatus: 'not_started', daysLeft: null, leadUnitName: null, ...extra };
}

const TASKS: TimelineTask[] = [
  task('area', { heading: true }),
  task('tea', { parentId: 'area', startDate: '2026-02-01', dueDate: '2026-06-30', effectiveStatus: 'in_progress' }),
  task('clinics', { parentId: 'area', dueDate: '2026-02-15', effectiveStatus: 'overdue' }),
  task('someday', { parentId: 'area' }),
  task('roads', { dueDate: '2026-12-31' }),
];

describe('the plan timeline', () => {
  test('spans whole months from the earliest start (the plan\'s date when a task has none) to the latest due date', () => {
    const timeline = buildTimeline(TASKS, '2026-03-01', '2026-01-15');
    assert.equal(timeline.from, '2026-01-01');
    assert.equal(timeline.to, '2027-01-01');
    assert.deepEqual(timeline.ticks.map((tick) => tick.label), ['01/2026', '02/2026', '03/2026', '04/2026', '05/2026', '06/2026', '07/2026', '08/2026', '09/2026', '10/2026', '11/2026', '12/2026']);
    assert.equal(timeline.ticks[0]?.left, 0);
    assert.ok(Math.abs((timeline.today ?? 0) - (59 / 365) * 100) < 1e-9, 'today on 1 March is 59 days into 2026');
  });

  test('bars: from start to the end of the due day; a guessed start is marked; no due date, no bar; overdue ones are red', () => {
    const timeline = buildTimeline(TASKS, '2026-03-01', '2026-01-15');
    const row = (id: string) => timeline.rows.find((r) => r.task.id === id);
    const tea = row('tea')?.bar;
    assert.deepEqual([tea?.start, tea?.end, tea?.startGuessed], ['2026-02-01', '2026-06-30', false]);
    assert.ok(Math.abs((tea?.left ?? 0) - (31 / 365) * 100) < 1e-9);
    assert.ok(Math.abs((tea?.width ?? 0) - (150 / 365) * 100) < 1e-9, '1 February to 30 June inclusive is 150 days');
    assert.deepEqual([row('clinics')?.bar?.start, row('clinics')?.bar?.startGuessed, row('clinics')?.overdue], ['2026-01-15', true, true]);
    assert.equal(row('someday')?.bar, null);
    assert.equal(row('tea')?.overdue, false);
    assert.deepEqual(timeline.rows.map((r) => r.depth), [0, 1, 1, 1, 0]);
  });

  test('a heading spans its sub-tasks', () => {
    const area = buildTimeline(TASKS, '2026-03-01', '2026-01-15').rows[0]?.bar;
    assert.deepEqual([area?.start, area?.end], ['2026-01-15', '2026-06-30']);
  });

  test('today stays on the span; longer plans tick by quarter, half year or year, never more than 12 labels', () => {
    const late = buildTimeline([task('a', { startDate: '2026-01-01', dueDate: '2026-01-31' })], '2026-05-10', null);
    assert.equal(late.to, '2026-06-01');
    assert.ok(late.today !== null && late.today > 80);
    const twoYears = buildTimeline([task('a', { startDate: '2026-01-01', dueDate: '2027-12-31' })], '2026-01-10', null);
    assert.deepEqual(twoYears.ticks.slice(0, 3).map((tick) => tick.label), ['01/2026', '04/2026', '07/2026']);
    const long = buildTimeline([task('a', { startDate: '2026-01-01', dueDate: '2029-12-31' })], '2026-01-10', null);
    assert.deepEqual(long.ticks.slice(0, 3).map((tick) => tick.label), ['01/2026', '07/2026', '01/2027']);
    assert.equal(long.ticks.length, 8);
    const term = buildTimeline([task('a', { startDate: '2025-01-01', dueDate: '2031-12-31' })], '2026-01-10', null);
    assert.deepEqual(term.ticks.map((tick) => tick.label), ['2025', '2026', '2027', '2028', '2029', '2030', '2031']);
  });

  test('the server\'s today comes from a due date and its days left', () => {
    assert.equal(serverToday([{ dueDate: null, daysLeft: null }, { dueDate: '2026-02-15', daysLeft: -12 }], '2000-01-01'), '2026-02-27');
    assert.equal(serverToday([{ dueDate: null, daysLeft: null }], '2026-01-01'), '2026-01-01');
  });
});
