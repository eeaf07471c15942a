/**
 * Reminders to users about their tasks. One row per task, user, channel and day (a unique
 * key), so the daily check can run any number of times and records each reminder once.
 * Not audited: they are the system's output, not records a person edits, and they would
 * move the data version (and drop the read caches) on every check.
 */
import type { Selectable } from 'kysely';
import type { Notification, NotificationChannel } from '../domain/entities.ts';
import type { Executor } from './database.ts';
import { nfcDeep } from './nfc.ts';
import type { NotificationsTable } from './tables.ts';
import { newId } from './write-context.ts';

export type NewNotification = Omit<Notification, 'id' | 'createdAt' | 'sentAt' | 'readAt'> & { id?: string };

export interface NotificationFilter {
  userId: string;
  channel?: NotificationChannel;
  unreadOnly?: boolean;
  /** At most this many, newest first (default 100). */
  limit?: number;
}

function toNotification(row: Selectable<NotificationsTable>): Notification {
  return {
    id: row.id, userId: row.user_id, kind: row.kind, taskId: row.task_id, text: row.text, dueDate: row.due_date, days: row.days,
    day: row.day, channel: row.channel, createdAt: row.created_at, sentAt: row.sent_at, readAt: row.read_at,
  };
}

async function findOne(db: Executor, key: Pick<Notification, 'userId' | 'taskId' | 'channel' | 'day'>): Promise<Notification | null> {
  const row = await db.selectFrom('notifications').selectAll()
    .where('user_id', '=', key.userId).where('task_id', '=', key.taskId).where('channel', '=', key.channel).where('day', '=', key.day)
    .executeTakeFirst();
  return row === undefined ? null : toNotification(row);
}

/**
 * Records a reminder unless the user already has one for that task, channel and day; returns
 * the stored row and whether this call created it. Safe under concurrent checks (the insert
 * does nothing on the unique key).
 */
export async function recordNotification(db: Executor, at: Date, given: NewNotification): Promise<{ notification: Notification; created: boolean }> {
  const input = nfcDeep(given);
  const result = await db.insertInto('notifications').values({
    id: newId(input.id), user_id: input.userId, kind: input.kind, task_id: input.taskId, text: input.text, due_date: input.dueDate,
    days: input.days, day: input.day, channel: input.channel, created_at: at.toISOString(), sent_at: null, read_at: null,
  }).onConflict((oc) => oc.columns(['user_id', 'task_id', 'channel', 'day']).doNothing()).executeTakeFirst();
  const stored = await findOne(db, input);
  if (stored === null) throw new Error('notification vanished after insert');
  return { notification: stored, created: Number(result.numInsertedOrUpdatedRows ?? 0n) > 0 };
}

/** Marks a reminder delivered at `at` (a no-op when it already was). */
export async function markNotificationSent(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('notifications').set({ sent_at: at.toISOString() }).where('id', '=', id).where('sent_at', 'is', null).execute();
}

/** Marks a user's reminder read; returns it, or null when the user has no such reminder. */
export async function markNotificationRead(db: Executor, userId: string, id: string, at: Date): Promise<Notification | null> {
  await db.updateTable('notifications').set({ read_at: at.toISOString() }).where('id', '=', id).where('user_id', '=', userId).where('read_at', 'is', null).execute();
  const row = await db.selectFrom('notifications').selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return row === undefined ? null : toNotification(row);
}

/** A user's reminders, newest first. */
export async function listNotifications(db: Executor, filter: NotificationFilter): Promise<Notification[]> {
  let query = db.selectFrom('notifications').selectAll().where('user_id', '=', filter.userId);
  if (filter.channel !== undefined) query = query.where('channel', '=', filter.channel);
  if (filter.unreadOnly === true) query = query.where('read_at', 'is', null);
  const rows = await query.orderBy('created_at', 'desc').orderBy('id').limit(filter.limit ?? 100).execute();
  return rows.map(toNotification);
}

/** Reminders of a day (every user) on a channel, for the check's report and its retries. */
export async function listNotificationsOfDay(db: Executor, day: string, channel?: NotificationChannel): Promise<Notification[]> {
  let query = db.selectFrom('notifications').selectAll().where('day', '=', day);
  if (channel !== undefined) query = query.where('channel', '=', channel);
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  return rows.map(toNotification);
}
