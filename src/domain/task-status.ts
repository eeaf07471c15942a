/**
 * Where a task stands, and the steps people may take. A person sets `not_started`,
 * `in_progress`, `done` (with the day it was done) or `cancelled` (with a reason); the clock
 * derives the rest: a task still open after its due date is `overdue`, one done after its due
 * date is `done_late`. Which steps are allowed (README: "Tasks"):
 *
 * - the lead unit: not_started → in_progress → done (or straight to done);
 * - the manager (the secretariat): the same, cancel with a reason from any state, and reopen
 *   (done or cancelled → in_progress): a closed task counts in the evaluation, so a unit does
 *   not reopen its own record;
 * - nobody moves a task back to not_started: its history says it was started.
 */
import type { IsoDate } from './entities.ts';
import type { Task, TaskStatus } from './plan.ts';
import { daysBetween } from './due-date.ts';

/** The status a person sets. */
export type SetTaskStatus = Task['status'];

/** Who takes a step: the task's lead unit, or the secretariat that manages the plan. */
export type TaskActorRole = 'lead' | 'manager';

/** What the effective status needs to know of a task. */
export type TaskTiming = Pick<Task, 'status' | 'dueDate' | 'doneAt'>;

/**
 * The status at `today`: cancelled and done stay; done after the due date is done_late; an
 * open task (not started or in progress) is overdue from the day after its due date.
 */
export function effectiveStatus(task: TaskTiming, today: IsoDate): TaskStatus {
  switch (task.status) {
    case 'cancelled':
      return 'cancelled';
    case 'done':
      return task.dueDate !== null && task.doneAt !== null && task.doneAt > task.dueDate ? 'done_late' : 'done';
    case 'not_started':
    case 'in_progress':
      return task.dueDate !== null && today > task.dueDate ? 'overdue' : task.status;
    default: {
      const unknown: never = task.status;
      throw new Error(`Unhandled task status: ${String(unknown)}`);
    }
  }
}

/** Days past the due date at `today` for an overdue task; 0 otherwise. */
export function daysOverdue(task: TaskTiming, today: IsoDate): number {
  if (effectiveStatus(task, today) !== 'overdue' || task.dueDate === null) return 0;
  return daysBetween(task.dueDate, today);
}

/** Why a step is refused. */
export type TransitionRefusal =
  /** The task is already in that status. */
  | 'same_status'
  /** Only the manager (secretariat) may take this step: cancel, reopen. */
  | 'manager_only'
  /** The step does not exist (e.g. back to not started). */
  | 'not_allowed';

export type TransitionCheck = { ok: true } | { ok: false; refusal: TransitionRefusal };

const OK: TransitionCheck = { ok: true };
const refuse = (refusal: TransitionRefusal): TransitionCheck => ({ ok: false, refusal });

/**
 * Whether `role` may move a task from `from` to `to`. Nobody moves a task back to not
 * started (its history says it was started); cancelling and reopening are the manager's.
 */
export function checkTransition(from: SetTaskStatus, to: SetTaskStatus, role: TaskActorRole): TransitionCheck {
  if (from === to) return refuse('same_status');
  if (to === 'not_started') return refuse('not_allowed');
  if (to === 'cancelled') return role === 'manager' ? OK : refuse('manager_only');
  const reopening = from === 'done' || from === 'cancelled';
  if (reopening) return to === 'in_progress' && role === 'manager' ? OK : refuse(to === 'in_progress' ? 'manager_only' : 'not_allowed');
  // not_started → in_progress | done, in_progress → done: the lead unit's own steps.
  return OK;
}

/** The steps `role` may take from `from`, for a screen's buttons. */
export function allowedTransitions(from: SetTaskStatus, role: TaskActorRole): SetTaskStatus[] {
  const all: SetTaskStatus[] = ['not_started', 'in_progress', 'done', 'cancelled'];
  return all.filter((to) => checkTransition(from, to, role).ok);
}
