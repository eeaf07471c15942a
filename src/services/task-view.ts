/**
 * What the API and the CLI show of a task: the record with its status at today's date (the
 * clock's day in Vietnam), the days left or past, whether it is a heading (it has sub-tasks,
 * so it is shown but not counted), and the names of its units.
 */
import { daysBetween } from '../domain/due-date.ts';
import type { IsoDate } from '../domain/entities.ts';
import type { Task, TaskStatus } from '../domain/plan.ts';
import { effectiveStatus } from '../domain/task-status.ts';

export interface TaskView extends Task {
  /** The status at today's date: overdue and done_late are derived. */
  effectiveStatus: TaskStatus;
  /** Days from today to the due date (negative once passed); null without a due date. */
  daysLeft: number | null;
  /** It has sub-tasks: an area or a parent task, shown in the tree but not counted. */
  heading: boolean;
  leadUnitName: string | null;
  supportingUnitNames: string[];
}

/** The ids of tasks that have sub-tasks. */
export function parentIds(tasks: readonly Pick<Task, 'parentId'>[]): Set<string> {
  return new Set(tasks.map((task) => task.parentId).filter((id): id is string => id !== null));
}

/** A task as shown at `today`. */
export function viewTask(task: Task, today: IsoDate, heading: boolean, nameOf: (unitId: string | null) => string | null): TaskView {
  return {
    ...task,
    effectiveStatus: effectiveStatus(task, today),
    daysLeft: task.dueDate === null ? null : daysBetween(today, task.dueDate),
    heading,
    leadUnitName: nameOf(task.leadUnitId),
    supportingUnitNames: task.supportingUnitIds.map((id) => nameOf(id) ?? id),
  };
}
