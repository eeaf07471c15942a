/**
 * How a task reminder reaches a person: a pluggable `Notifier` per channel. The in-app
 * channel is always there (the stored notification IS the delivery: the inbox reads it);
 * e-mail is added when SMTP is configured (email-notifier.ts). Tests plug in their own.
 */
import type { Notification, NotificationChannel } from '../domain/entities.ts';

/** One reminder to deliver: the stored notification, who gets it, and the task it is about. */
export interface Reminder {
  notification: Notification;
  user: { id: string; displayName: string; email: string | null };
  task: { id: string; title: string };
}

export interface Notifier {
  channel: NotificationChannel;
  /** Whether this user can be reached on the channel (e-mail needs an address). */
  reaches(user: Reminder['user']): boolean;
  /** Delivers the reminder; throws when it could not (the check retries it on its next run that day). */
  deliver(reminder: Reminder): Promise<void>;
  /** Releases connections (an SMTP pool); optional. */
  close?(): Promise<void> | void;
}

/** The in-app channel: recording the notification delivers it. */
export const IN_APP_NOTIFIER: Notifier = {
  channel: 'in_app',
  reaches: () => true,
  deliver: async () => {},
};
