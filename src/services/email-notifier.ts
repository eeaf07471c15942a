/**
 * Task reminders by e-mail, through an SMTP server named by SMTP_URL (nodemailer; why:
 * docs/decisions/009-task-reminders.md). Plain text in Vietnamese, one message per reminder.
 */
import nodemailer from 'nodemailer';
import { reminderSubject } from '../domain/vocabulary/index.ts';
import type { Notifier, Reminder } from './notifier.ts';

export interface EmailSettings {
  /** smtp://user:pass@host:port or smtps://… */
  url: string;
  /** The From header: "resolute <no-reply@example.org>". */
  from: string;
}

/** The message of a reminder: to the user's address, the reminder's sentence as the body. */
export function reminderMessage(reminder: Reminder, from: string): { from: string; to: string; subject: string; text: string } {
  return {
    from,
    to: reminder.user.email ?? '',
    subject: reminderSubject(reminder.notification.kind),
    text: `${reminder.user.displayName},\n\n${reminder.notification.text}\n\n— resolute`,
  };
}

/** A notifier that sends each reminder as an e-mail through the SMTP server at `settings.url`. */
export function createEmailNotifier(settings: EmailSettings): Notifier {
  const transport = nodemailer.createTransport(settings.url);
  return {
    channel: 'email',
    reaches: (user) => user.email !== null && user.email.trim() !== '',
    async deliver(reminder) {
      await transport.sendMail(reminderMessage(reminder, settings.from));
    },
    close: () => transport.close(),
  };
}
