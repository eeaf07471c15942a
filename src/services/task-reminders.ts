/**
 * The reminders as configured (README: TASK_SCHEDULER, TASK_REMINDER_DAYS, TASK_CHECK_HOUR,
 * SMTP_URL, SMTP_FROM): which notifiers to use, and the server's daily scheduler.
 */
import type { Config } from './config.ts';
import type { ServiceDeps } from './deps.ts';
import { createEmailNotifier } from './email-notifier.ts';
import type { Notifier } from './notifier.ts';
import { startTaskScheduler, type DueCheckResult, type RunningScheduler, type SchedulerTimer } from './task-scheduler.ts';

/** The notifiers beyond in-app (always on): e-mail when SMTP_URL is set. */
export function configuredNotifiers(config: Pick<Config, 'smtpUrl' | 'smtpFrom'>): Notifier[] {
  return config.smtpUrl === undefined ? [] : [createEmailNotifier({ url: config.smtpUrl, from: config.smtpFrom })];
}

/** What the server logs about the check. */
export interface ReminderLog {
  info(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

/** Starts the daily due check in the server (unless TASK_SCHEDULER=false): at start, then daily at TASK_CHECK_HOUR. */
export function startReminders(deps: ServiceDeps, config: Config, log: ReminderLog, timer?: SchedulerTimer): RunningScheduler | null {
  if (!config.taskScheduler) return null;
  const summary = (result: DueCheckResult) => ({ day: result.day, dueSoon: result.dueSoon.length, overdue: result.overdue.length, recorded: result.recorded, delivered: result.delivered, failed: result.failed });
  return startTaskScheduler(deps, {
    days: config.taskReminderDays,
    hour: config.taskCheckHour,
    notifiers: configuredNotifiers(config),
    ...(timer === undefined ? {} : { timer }),
    onRun: (result) => log.info({ taskCheck: summary(result) }, 'task due check'),
    onError: (error, reminder) => log.error({ err: error, notificationId: reminder.notification.id, channel: reminder.notification.channel }, 'task reminder not delivered'),
    onFailure: (error) => log.error({ err: error }, 'task due check failed'),
  });
}
