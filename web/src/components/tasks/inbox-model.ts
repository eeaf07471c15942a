/**
 * The unit's inbox in sections, most urgent first: overdue, due within the reminder window,
 * in progress, then the rest still open; and how a task's days to its due date are said.
 * Pure, so it is tested without a browser.
 */
import type { MessageKey } from '../../i18n/translate.ts';
import type { TaskStatus } from '../../api/tasks.ts';

export type InboxSectionKey = 'overdue' | 'due_soon' | 'in_progress' | 'later' | 'closed';

/** The part of an inbox task the sections read. */
export interface InboxLike {
  effectiveStatus: TaskStatus;
  daysLeft: number | null;
}

/** Days ahead that count as "due soon" (the server's reminder window, TASK_REMINDER_DAYS, defaults to 7). */
export const DUE_SOON_DAYS = 7;

/** The section a task belongs to. */
export function inboxSection(task: InboxLike, soonDays = DUE_SOON_DAYS): InboxSectionKey {
  switch (task.effectiveStatus) {
    case 'overdue':
      return 'overdue';
    case 'done':
    case 'done_late':
    case 'cancelled':
      return 'closed';
    case 'in_progress':
    case 'not_started':
      if (task.daysLeft !== null && task.daysLeft >= 0 && task.daysLeft <= soonDays) return 'due_soon';
      return task.effectiveStatus === 'in_progress' ? 'in_progress' : 'later';
  }
}

const ORDER: readonly InboxSectionKey[] = ['overdue', 'due_soon', 'in_progress', 'later', 'closed'];

/** The non-empty sections in order, each soonest due first (no due date last). */
export function inboxSections<T extends InboxLike>(tasks: readonly T[], soonDays = DUE_SOON_DAYS): { key: InboxSectionKey; tasks: T[] }[] {
  const due = (task: T): number => task.daysLeft ?? Number.POSITIVE_INFINITY;
  return ORDER.map((key) => ({ key, tasks: tasks.filter((task) => inboxSection(task, soonDays) === key).toSorted((a, b) => due(a) - due(b)) }))
    .filter((section) => section.tasks.length > 0);
}

/** How the days to the due date are said: "còn 5 ngày", "hạn hôm nay", "quá hạn 12 ngày"; null without a due date or once closed. */
export function daysLeftMessage(task: InboxLike): { key: MessageKey; days: number } | null {
  if (task.daysLeft === null || task.effectiveStatus === 'done' || task.effectiveStatus === 'done_late' || task.effectiveStatus === 'cancelled') return null;
  if (task.daysLeft < 0) return { key: 'tasks.days.late', days: -task.daysLeft };
  if (task.daysLeft === 0) return { key: 'tasks.days.today', days: 0 };
  return { key: 'tasks.days.left', days: task.daysLeft };
}
