/**
 * The daily due check: with the injected clock, find the open tasks of published plans that
 * fall due within N days or are overdue, and remind the people responsible — the task's
 * responsible person and the reporters of its lead unit — through every notifier (in-app
 * always, e-mail when configured). One reminder per task, user, channel and day: the check
 * can run any number of times a day; a reminder not yet delivered (an SMTP server down) is
 * tried again on the next run that day. The server runs it at start and daily at an hour
 * (`startTaskScheduler`, with an injectable timer); `resolute tasks due` runs it once.
 */
import { daysBetween, isDueWithin, isPastDue } from '../domain/due-date.ts';
import type { IsoDate } from '../domain/entities.ts';
import type { Plan, Task } from '../domain/plan.ts';
import { reminderText } from '../domain/vocabulary/index.ts';
import { getUser, listMemberships, listPlans, listTasks, markNotificationSent, recordNotification } from '../store/index.ts';
import { vietnamDate } from './due-date.ts';
import type { ServiceDeps } from './deps.ts';
import { IN_APP_NOTIFIER, type Notifier, type Reminder } from './notifier.ts';
import { parentIds } from './task-view.ts';

export interface DueCheckOptions {
  /** Tasks due within this many days (today included) are "due soon". */
  days: number;
  /** Default: in-app only. The in-app notifier is added when missing. */
  notifiers?: readonly Notifier[];
  /** Called for each reminder that could not be delivered (it is retried on the next run that day). */
  onError?: (error: unknown, reminder: Reminder) => void;
}

/** A task the check found, with who it reminded. */
export interface CheckedTask {
  taskId: string;
  title: string;
  planTitle: string;
  kind: 'due_soon' | 'overdue';
  dueDate: IsoDate;
  /** Days left (due soon) or past (overdue). */
  days: number;
  userIds: string[];
}

export interface DueCheckResult {
  /** The day checked (Vietnam's calendar at the clock's time). */
  day: IsoDate;
  dueSoon: CheckedTask[];
  overdue: CheckedTask[];
  /** Reminders recorded by this run (0 when the day's reminders were already recorded). */
  recorded: number;
  /** Reminders delivered by this run, per channel. */
  delivered: Record<string, number>;
  /** Reminders that could not be delivered this run. */
  failed: number;
}

type Person = Reminder['user'];

/** The people a task reminds: its responsible person and the reporters of its lead unit, active accounts only. */
async function recipients(deps: ServiceDeps, task: Task, cache: Map<string, Person | null>): Promise<Person[]> {
  const ids = new Set<string>(task.responsibleUserId === null ? [] : [task.responsibleUserId]);
  if (task.leadUnitId !== null) for (const m of await listMemberships(deps.db, { unitId: task.leadUnitId, role: 'reporter' })) ids.add(m.userId);
  const people: Person[] = [];
  for (const id of [...ids].sort()) {
    if (!cache.has(id)) {
      const user = await getUser(deps.db, id);
      cache.set(id, user === null || user.disabledAt !== null ? null : { id: user.id, displayName: user.displayName, email: user.email });
    }
    const person = cache.get(id);
    if (person !== undefined && person !== null) people.push(person);
  }
  return people;
}

/** Which reminder a task needs today, if any. */
function reminderKind(task: Task, today: IsoDate, days: number): 'due_soon' | 'overdue' | null {
  if (task.dueDate === null || (task.status !== 'not_started' && task.status !== 'in_progress')) return null;
  if (isPastDue(task.dueDate, today)) return 'overdue';
  return isDueWithin(task.dueDate, today, days) ? 'due_soon' : null;
}

/** The open tasks of published plans that need a reminder today (tasks with sub-tasks are headings: not reminded). */
async function tasksToRemind(deps: ServiceDeps, today: IsoDate, days: number): Promise<{ task: Task; plan: Plan; kind: 'due_soon' | 'overdue' }[]> {
  const plans = new Map((await listPlans(deps.db, { status: 'published' })).map((plan) => [plan.id, plan]));
  const all = await listTasks(deps.db, { planStatus: 'published' });
  const parents = parentIds(all);
  const result: { task: Task; plan: Plan; kind: 'due_soon' | 'overdue' }[] = [];
  for (const task of all) {
    const plan = plans.get(task.planId);
    const kind = reminderKind(task, today, days);
    if (plan !== undefined && kind !== null && !parents.has(task.id)) result.push({ task, plan, kind });
  }
  return result;
}

/** Runs the due check once at the clock's day; see the module comment. */
export async function runDueCheck(deps: ServiceDeps, options: DueCheckOptions): Promise<DueCheckResult> {
  const now = deps.clock();
  const today = vietnamDate(now);
  const notifiers = [IN_APP_NOTIFIER, ...(options.notifiers ?? []).filter((n) => n.channel !== 'in_app')];
  const result: DueCheckResult = { day: today, dueSoon: [], overdue: [], recorded: 0, delivered: {}, failed: 0 };
  const people = new Map<string, Person | null>();
  for (const { task, plan, kind } of await tasksToRemind(deps, today, options.days)) {
    const dueDate = task.dueDate ?? today;
    const days = Math.abs(daysBetween(today, dueDate));
    const users = await recipients(deps, task, people);
    (kind === 'overdue' ? result.overdue : result.dueSoon).push({ taskId: task.id, title: task.title, planTitle: plan.title, kind, dueDate, days, userIds: users.map((u) => u.id) });
    const text = reminderText(kind, task.title, dueDate, days);
    for (const user of users) {
      for (const notifier of notifiers.filter((n) => n.reaches(user))) {
        const { notification, created } = await recordNotification(deps.db, now, { userId: user.id, kind, taskId: task.id, text, dueDate, days, day: today, channel: notifier.channel });
        if (created) result.recorded += 1;
        if (notification.sentAt !== null) continue;
        const reminder: Reminder = { notification, user, task: { id: task.id, title: task.title } };
        try {
          await notifier.deliver(reminder);
          await markNotificationSent(deps.db, notification.id, deps.clock());
          result.delivered[notifier.channel] = (result.delivered[notifier.channel] ?? 0) + 1;
        } catch (error) {
          result.failed += 1;
          options.onError?.(error, reminder);
        }
      }
    }
  }
  return result;
}

/** The timer the scheduler uses: `schedule` runs a callback after `ms` and returns how to cancel it. Tests pass one they drive by hand. */
export interface SchedulerTimer {
  schedule(callback: () => void, ms: number): () => void;
}

const SYSTEM_TIMER: SchedulerTimer = {
  schedule: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // The daily check must not keep a finished process alive.
    handle.unref();
    return () => clearTimeout(handle);
  },
};

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Milliseconds from `now` to the next `hour`:00 in Vietnam (UTC+7): a whole day when it is that time now. */
export function msUntilHour(now: Date, hour: number): number {
  const local = now.getTime() + VIETNAM_OFFSET_MS;
  const dayStart = Math.floor(local / DAY_MS) * DAY_MS;
  let next = dayStart + hour * 60 * 60 * 1000;
  if (next <= local) next += DAY_MS;
  return next - local;
}

export interface SchedulerOptions extends DueCheckOptions {
  /** Hour of the day (Vietnam's time) of the daily run. */
  hour: number;
  timer?: SchedulerTimer;
  /** After each run (for the log). */
  onRun?: (result: DueCheckResult) => void;
  /** A run that failed as a whole (the database down): logged, and the next day's run still comes. */
  onFailure?: (error: unknown) => void;
}

export interface RunningScheduler {
  /** The run in progress or the last one (tests await it). */
  idle(): Promise<void>;
  /** No more runs; the notifiers are closed after the run in progress. */
  stop(): Promise<void>;
}

/** Runs the due check now and then every day at `hour` (Vietnam's time), until stopped. */
export function startTaskScheduler(deps: ServiceDeps, options: SchedulerOptions): RunningScheduler {
  const timer = options.timer ?? SYSTEM_TIMER;
  let cancel: (() => void) | null = null;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const run = (): void => {
    running = running
      .then(() => runDueCheck(deps, options))
      .then((result) => options.onRun?.(result), (error: unknown) => options.onFailure?.(error))
      .finally(() => {
        if (!stopped) cancel = timer.schedule(run, msUntilHour(deps.clock(), options.hour));
      });
  };
  run();
  return {
    idle: () => running,
    async stop() {
      stopped = true;
      cancel?.();
      await running;
      for (const notifier of options.notifiers ?? []) await notifier.close?.();
    },
  };
}
