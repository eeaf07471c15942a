/**
 * Evaluating task execution ("5 rõ": rõ kết quả, rõ trách nhiệm): counts and shares of tasks
 * done on time, done late, overdue and in progress, for a plan or per lead unit, and the
 * most overdue tasks for a leader. Pure: the statuses are worked out at `today` given.
 */
import type { IsoDate } from './entities.ts';
import type { TaskStatus } from './plan.ts';
import { daysOverdue, effectiveStatus, type TaskTiming } from './task-status.ts';

/** How many tasks are in each effective status, and the shares of the tasks that count. */
export interface TaskTally {
  total: number;
  counts: Record<TaskStatus, number>;
  /**
   * Shares (0-1, rounded to 3 decimals) of the tasks that count: every task but the cancelled
   * ones. Null when none counts.
   */
  shares: { done: number; doneLate: number; overdue: number; inProgress: number; notStarted: number } | null;
}

const EMPTY_COUNTS: Record<TaskStatus, number> = { not_started: 0, in_progress: 0, done: 0, done_late: 0, overdue: 0, cancelled: 0 };

function share(part: number, whole: number): number {
  return Math.round((part / whole) * 1000) / 1000;
}

/** Counts the tasks by effective status at `today`. */
export function tallyTasks(tasks: readonly TaskTiming[], today: IsoDate): TaskTally {
  const counts = { ...EMPTY_COUNTS };
  for (const task of tasks) counts[effectiveStatus(task, today)] += 1;
  const counted = tasks.length - counts.cancelled;
  const shares = counted === 0 ? null : {
    done: share(counts.done, counted),
    doneLate: share(counts.done_late, counted),
    overdue: share(counts.overdue, counted),
    inProgress: share(counts.in_progress, counted),
    notStarted: share(counts.not_started, counted),
  };
  return { total: tasks.length, counts, shares };
}

/** A task with the unit that leads it, for per-unit tallies. */
export interface UnitTask extends TaskTiming {
  leadUnitId: string | null;
}

/** Tallies per lead unit (null: tasks not yet assigned), units in order of first appearance. */
export function tallyByUnit<T extends UnitTask>(tasks: readonly T[], today: IsoDate): { unitId: string | null; tally: TaskTally }[] {
  const groups = new Map<string | null, T[]>();
  for (const task of tasks) {
    const group = groups.get(task.leadUnitId);
    if (group === undefined) groups.set(task.leadUnitId, [task]);
    else group.push(task);
  }
  return [...groups].map(([unitId, group]) => ({ unitId, tally: tallyTasks(group, today) }));
}

/** The overdue tasks, most days overdue first (ties in input order), each with its days. */
export function mostOverdue<T extends TaskTiming>(tasks: readonly T[], today: IsoDate, limit = Infinity): { task: T; days: number }[] {
  return tasks
    .map((task, index) => ({ task, days: daysOverdue(task, today), index }))
    .filter((item) => item.days > 0)
    .sort((a, b) => b.days - a.days || a.index - b.index)
    .slice(0, limit)
    .map(({ task, days }) => ({ task, days }));
}
