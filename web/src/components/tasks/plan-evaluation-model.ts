/**
 * The plan's evaluation card in numbers (issue 6: "5 rõ"): for the plan and for each lead
 * unit, how many tasks are done on time, done late, overdue, in progress, not started or
 * cancelled, and each as a share of the tasks that count (all but the cancelled) written
 * "62,5%"; the units with the most overdue tasks first; how many days a task is late. Pure.
 */
import type { TaskStatus } from '../../api/tasks.ts';
import { formatPercent, NO_VALUE } from '../../format/format.ts';

/** The columns of the evaluation, in this order. */
export const EVALUATION_STATUSES = ['done', 'done_late', 'overdue', 'in_progress', 'not_started', 'cancelled'] as const satisfies readonly TaskStatus[];

/** A tally as the server sends it (only the counts are read: the shares are worked out again to one decimal). */
export interface TallyLike {
  total: number;
  counts: Partial<Record<TaskStatus, number>>;
}

/** One cell: a status's count and its share of the counted tasks ("—" for the cancelled, which do not count, or when none counts). */
export interface EvaluationCell {
  status: TaskStatus;
  count: number;
  share: string;
}

/** One row of the evaluation: the plan or a lead unit. */
export interface EvaluationRow {
  key: string;
  unitId: string | null;
  name: string;
  total: number;
  overdue: number;
  cells: EvaluationCell[];
}

/** The share of `part` in `whole` as a percentage with one decimal ("62,5%"), "—" when `whole` is 0. */
export function shareText(part: number, whole: number): string {
  return whole <= 0 ? NO_VALUE : formatPercent((part / whole) * 100);
}

/** The cells of a tally, in the order of EVALUATION_STATUSES. */
export function evaluationCells(tally: TallyLike): EvaluationCell[] {
  const count = (status: TaskStatus) => tally.counts[status] ?? 0;
  const counted = tally.total - count('cancelled');
  return EVALUATION_STATUSES.map((status) => ({
    status, count: count(status), share: status === 'cancelled' ? NO_VALUE : shareText(count(status), counted),
  }));
}

/** A tally as a row named `name`. */
export function evaluationRow(key: string, unitId: string | null, name: string, tally: TallyLike): EvaluationRow {
  return { key, unitId, name, total: tally.total, overdue: tally.counts.overdue ?? 0, cells: evaluationCells(tally) };
}

/**
 * The lead units' rows, most overdue tasks first (ties: the server's order, which is the
 * plan's); tasks not yet assigned are named `unassigned`, a unit without a name by its id.
 */
export function unitRows(units: readonly { unitId: string | null; unitName: string | null; tally: TallyLike }[], unassigned: string): EvaluationRow[] {
  return units
    .map((unit, index) => ({ index, row: evaluationRow(unit.unitId ?? '', unit.unitId, unit.unitId === null ? unassigned : (unit.unitName ?? unit.unitId), unit.tally) }))
    .sort((a, b) => b.row.overdue - a.row.overdue || a.index - b.index)
    .map(({ row }) => row);
}

/** How many days a task is past its due date (0 when it is not). */
export function daysLate(task: { daysLeft: number | null }): number {
  return task.daysLeft === null ? 0 : Math.max(0, -task.daysLeft);
}
