/**
 * The user's reminders, newest first: what the due check wrote ("Nhiệm vụ … đã quá hạn 12
 * ngày"), its day, due soon or overdue, a link to the task, and "mark as read" for unread ones.
 */
import { useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Tag from 'antd/es/tag';
import { useState } from 'react';
import { markNotificationRead, NOTIFICATIONS_KEY } from '../../api/tasks.ts';
import type { Notification } from '../../api/tasks.ts';
import { errorText } from '../../app/error-text.ts';
import { Link } from '../../app/link.tsx';
import { formatDate } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState } from '../page-state.tsx';
import { taskHref } from './task-links.ts';

/** The reminders list. */
export function NotificationList({ notifications }: { notifications: readonly Notification[] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const read = async (notification: Notification): Promise<void> => {
    setBusy(notification.id);
    setError(null);
    try {
      const updated = await markNotificationRead(notification.id);
      queryClient.setQueryData<Notification[]>(NOTIFICATIONS_KEY, (old) => old?.map((n) => (n.id === updated.id ? updated : n)));
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setBusy(null);
    }
  };
  // In-app reminders only: an e-mailed copy of the same reminder is not shown twice.
  const shown = notifications.filter((n) => n.channel === 'in_app');
  if (shown.length === 0) return <EmptyState text={t('inbox.notifications.none')} />;
  return (
    <>
      {error === null ? null : <Alert type="error" showIcon role="alert" title={error} />}
      <ul className="notification-list" data-testid="notifications">
        {shown.map((notification) => (
          <li key={notification.id} className={notification.readAt === null ? 'notification unread' : 'notification'} data-kind={notification.kind}>
            <p className="notification-text">{notification.text}</p>
            <div className="notification-meta">
              <Tag color={notification.kind === 'overdue' ? '#a8071a' : '#ad4e00'}>{t(`inbox.notification.${notification.kind}`)}</Tag>
              <span>{formatDate(notification.day)}</span>
              <Link to={taskHref(notification.taskId)}>{t('inbox.openTask')}</Link>
              {notification.readAt === null ? (
                <Button size="small" loading={busy === notification.id} onClick={() => void read(notification)}>{t('inbox.markRead')}</Button>
              ) : (
                <span>{t('inbox.read')}</span>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
