/**
 * The status a task reads right after a step, before the server's views are read again: the
 * status set, with done late and overdue derived from the dates as the server derives them
 * (src/domain/task-status.ts), at the day the view was read.
 */
import { addDays } from '../../../../src/domain/due-date.ts';
import { effectiveStatus } from '../../../../src/domain/task-status.ts';
import type { Task, TaskStatus, TaskView } from '../../api/tasks.ts';

/** The effective status of `next` at the day `view` was read (its due date minus its days left); without one, as set. */
export function effectiveStatusOf(next: Pick<Task, 'status' | 'dueDate' | 'doneAt'>, view: Pick<TaskView, 'dueDate' | 'daysLeft'>): TaskStatus {
  if (view.dueDate === null || view.daysLeft === null) return next.status;
  return effectiveStatus(next, addDays(view.dueDate, -view.daysLeft));
}
