/**
 * The plan's timeline (Gantt-style): one bar per task from its start to its due date, placed
 * as percentages of the plan's span, with month (quarter, half-year or year) ticks and today's line.
 * A task without a start date starts on the plan's date; a heading's bar spans its sub-tasks;
 * a task without a due date gets no bar. Pure, so it is tested without a browser.
 */
import { addDays, addMonths, daysBetween } from '../../../../src/domain/due-date.ts';
import type { TaskStatus } from '../../api/tasks.ts';

/** The part of a task the timeline reads (the API's TaskView has these fields). */
export interface TimelineTask {
  id: string;
  parentId: string | null;
  title: string;
  number: string | null;
  heading: boolean;
  startDate: string | null;
  dueDate: string | null;
  effectiveStatus: TaskStatus;
  daysLeft: number | null;
  leadUnitName: string | null;
}

export interface TimelineRow {
  task: TimelineTask;
  depth: number;
  /** The bar, or null when the task has no due date (nor, for a heading, any sub-task with one). */
  bar: { start: string; end: string; left: number; width: number; startGuessed: boolean } | null;
  /** Past its due date and not done: drawn red. */
  overdue: boolean;
}

export interface Timeline {
  from: string;
  to: string;
  /** Where today falls (0-100), or null when outside the span. */
  today: number | null;
  todayDate: string;
  ticks: { label: string; left: number }[];
  rows: TimelineRow[];
}

/**
 * Today as the server saw it: a task's due date minus its days left (so the line agrees with
 * the statuses); without one, `fallback` (the browser's day).
 */
export function serverToday(tasks: readonly Pick<TimelineTask, 'dueDate' | 'daysLeft'>[], fallback: string): string {
  const dated = tasks.find((task) => task.dueDate !== null && task.daysLeft !== null);
  return dated?.dueDate === null || dated?.dueDate === undefined || dated.daysLeft === null ? fallback : addDays(dated.dueDate, -dated.daysLeft);
}

const monthStart = (date: string): string => `${date.slice(0, 7)}-01`;
const min = (dates: readonly string[]): string | undefined => dates.reduce<string | undefined>((a, b) => (a === undefined || b < a ? b : a), undefined);
const max = (dates: readonly string[]): string | undefined => dates.reduce<string | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);

/** At most this many tick labels fit the scale of a 1366-pixel screen. */
const MAX_TICKS = 12;

/** Ticks over the span: every month, quarter, half year or year, whichever keeps them to MAX_TICKS. */
function ticksOf(from: string, to: string, position: (date: string) => number): { label: string; left: number }[] {
  const months = Math.max(1, Math.round(daysBetween(from, to) / 30.44));
  const step = [1, 3, 6, 12].find((candidate) => months / candidate <= MAX_TICKS) ?? 12;
  const ticks: { label: string; left: number }[] = [];
  for (let at = from; at < to; at = addMonths(at, 1)) {
    const month = Number(at.slice(5, 7));
    if ((month - 1) % step !== 0) continue;
    ticks.push({ label: step === 12 ? at.slice(0, 4) : `${at.slice(5, 7)}/${at.slice(0, 4)}`, left: position(at) });
  }
  return ticks;
}

/** Each task's depth in the tree of those given (parents first); a task whose parent is not among them is at the top. */
export function depthsOf(tasks: readonly { id: string; parentId: string | null }[]): Map<string, number> {
  const depth = new Map<string, number>();
  for (const task of tasks) depth.set(task.id, task.parentId === null ? 0 : (depth.get(task.parentId) ?? -1) + 1);
  return depth;
}

/** The timeline of tasks given parents first (the plan's tree order). */
export function buildTimeline(tasks: readonly TimelineTask[], today: string, planDate: string | null): Timeline {
  const depth = depthsOf(tasks);
  const fallbackStart = planDate ?? min([today, ...tasks.flatMap((t) => (t.dueDate === null ? [] : [t.dueDate]))]) ?? today;
  // Own spans first (tasks with a due date), then headings span their descendants, innermost first.
  const span = new Map<string, { start: string; end: string; startGuessed: boolean }>();
  for (const task of tasks) {
    if (task.heading || task.dueDate === null) continue;
    const start = task.startDate ?? (fallbackStart <= task.dueDate ? fallbackStart : task.dueDate);
    span.set(task.id, { start, end: task.dueDate, startGuessed: task.startDate === null });
  }
  for (const task of [...tasks].reverse()) {
    if (!task.heading) continue;
    const children = tasks.filter((other) => other.parentId === task.id).flatMap((child) => span.get(child.id) ?? []);
    const start = min(children.map((c) => c.start));
    const end = max(children.map((c) => c.end));
    if (start !== undefined && end !== undefined) span.set(task.id, { start, end, startGuessed: children.some((c) => c.startGuessed) });
  }
  const spans = [...span.values()];
  const from = monthStart(min([today, ...spans.map((s) => s.start)]) ?? today);
  const to = addMonths(monthStart(max([today, ...spans.map((s) => s.end)]) ?? today), 1);
  const total = Math.max(1, daysBetween(from, to));
  const position = (date: string): number => Math.min(100, Math.max(0, (daysBetween(from, date) / total) * 100));
  const rows = tasks.map((task): TimelineRow => {
    const own = span.get(task.id);
    // A bar covers its due day: it ends at the start of the next day.
    const bar = own === undefined ? null : { ...own, left: position(own.start), width: Math.max(0.5, position(addDays(own.end, 1)) - position(own.start)) };
    return { task, depth: depth.get(task.id) ?? 0, bar, overdue: task.effectiveStatus === 'overdue' };
  });
  const todayAt = daysBetween(from, today) / total * 100;
  return { from, to, today: todayAt >= 0 && todayAt <= 100 ? todayAt : null, todayDate: today, ticks: ticksOf(from, to, position), rows };
}
