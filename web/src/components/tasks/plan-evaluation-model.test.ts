import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { daysLate, evaluationCells, evaluationRow, shareText, unitRows } from './plan-evaluation-model.ts';

const tally = (counts: Record<string, number>) => ({ total: Object.values(counts).reduce((sum, n) => sum + n, 0), counts });

describe('the plan\'s evaluation', () => {
  test('shares of the counted tasks with one decimal, the Vietnamese way', () => {
    assert.equal(shareText(5, 8), '62,5%');
    assert.equal(shareText(1, 3), '33,3%');
    assert.equal(shareText(2, 4), '50%');
    assert.equal(shareText(0, 7), '0%');
    assert.equal(shareText(0, 0), '—', 'nothing counts');
  });

  test('cells in the order done, done late, overdue, in progress, not started, cancelled; cancelled tasks do not count', () => {
    const cells = evaluationCells(tally({ done: 5, done_late: 1, overdue: 1, in_progress: 1, cancelled: 2 }));
    assert.deepEqual(cells.map((cell) => [cell.status, cell.count, cell.share]), [
      ['done', 5, '62,5%'], ['done_late', 1, '12,5%'], ['overdue', 1, '12,5%'], ['in_progress', 1, '12,5%'], ['not_started', 0, '0%'], ['cancelled', 2, '—'],
    ]);
  });

  test('a plan whose tasks are all cancelled has no shares', () => {
    const row = evaluationRow('plan', null, 'Kế hoạch', tally({ cancelled: 3 }));
    assert.deepEqual(row.cells.map((cell) => cell.share), ['—', '—', '—', '—', '—', '—']);
    assert.equal(row.total, 3);
  });

  test('units with the most overdue tasks first, ties in the server\'s order, unassigned tasks named', () => {
    const rows = unitRows([
      { unitId: 'u1', unitName: 'Sở Nông nghiệp', tally: tally({ in_progress: 1 }) },
      { unitId: null, unitName: null, tally: tally({ not_started: 4 }) },
      { unitId: 'u2', unitName: 'Sở Y tế', tally: tally({ overdue: 1, done: 1 }) },
      { unitId: 'u3', unitName: null, tally: tally({ overdue: 2 }) },
      { unitId: 'u4', unitName: 'Sở Tài chính', tally: tally({ done: 1 }) },
    ], 'Chưa giao');
    assert.deepEqual(rows.map((row) => [row.name, row.overdue]), [['u3', 2], ['Sở Y tế', 1], ['Sở Nông nghiệp', 0], ['Chưa giao', 0], ['Sở Tài chính', 0]]);
    assert.deepEqual(rows[1]?.cells.find((cell) => cell.status === 'overdue'), { status: 'overdue', count: 1, share: '50%' });
  });

  test('days late: the days past the due date, none for a task not yet due or undated', () => {
    assert.equal(daysLate({ daysLeft: -3 }), 3);
    assert.equal(daysLate({ daysLeft: 0 }), 0);
    assert.equal(daysLate({ daysLeft: 12 }), 0);
    assert.equal(daysLate({ daysLeft: null }), 0);
  });
});
