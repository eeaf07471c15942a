/**
 * A signed-in user's own reminders (the in-app channel): list them, mark one read. Nobody
 * reads another user's reminders; the public and the system have none.
 */
import type { Notification } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import { listNotifications as storeNotifications, markNotificationRead } from '../store/index.ts';
import type { Actor } from './actor.ts';
import type { ServiceDeps } from './deps.ts';
import { parseInput } from './parse-input.ts';
import { ListNotificationsInput, NotificationInput } from './task.schemas.ts';

function userOf(actor: Actor): string {
  if (actor.kind !== 'user') throw new ResoluteError('forbidden', 'Only a signed-in user has notifications', { permission: 'notification.read', unitId: '' });
  return actor.userId;
}

/** The actor's in-app reminders, newest first (only the unread ones when asked). */
export async function listMyNotifications(deps: ServiceDeps, actor: Actor, input: ListNotificationsInput): Promise<Notification[]> {
  const args = parseInput(ListNotificationsInput, input);
  return storeNotifications(deps.db, { userId: userOf(actor), channel: 'in_app', unreadOnly: args.unreadOnly, limit: args.limit });
}

/** Marks one of the actor's reminders read (again is harmless); another user's is `record_not_found`. */
export async function markRead(deps: ServiceDeps, actor: Actor, input: NotificationInput): Promise<Notification> {
  const { notificationId } = parseInput(NotificationInput, input);
  const notification = await markNotificationRead(deps.db, userOf(actor), notificationId, deps.clock());
  if (notification === null) throw new ResoluteError('record_not_found', `No notification with id ${notificationId}`, { entity: 'notification', id: notificationId });
  return notification;
}
