/**
 * The unit's work (`/inbox`), for reporters: its tasks of published plans — overdue, due soon,
 * in progress, not due yet — as lead or supporting unit, and the reminders the daily due check
 * recorded for the user, which can be marked read. Works at phone width.
 */
import Card from 'antd/es/card';
import { useInbox, useNotifications } from '../api/tasks.ts';
import { EmptyState, queryState } from '../components/page-state.tsx';
import { InboxList } from '../components/tasks/inbox-list.tsx';
import { NotificationList } from '../components/tasks/notification-list.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import '../components/tasks/tasks.css';

/** The inbox page. */
export default function InboxPage() {
  const { t } = useI18n();
  const inbox = useInbox(true);
  const notifications = useNotifications(true);
  const unread = (notifications.data ?? []).filter((n) => n.channel === 'in_app' && n.readAt === null).length;
  const tasks = inbox.data ?? [];
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('inbox.title')}</h1>
        {inbox.data === undefined ? null : <span className="muted" role="status">{t('inbox.count', { count: tasks.length })}</span>}
      </div>
      <div className="inbox-layout">
        <div className="task-column">
          {queryState(inbox) ?? (tasks.length === 0 ? <EmptyState text={t('inbox.none')} /> : <InboxList tasks={tasks} />)}
        </div>
        <Card size="small" title={`${t('inbox.notifications')}${unread === 0 ? '' : ` · ${t('inbox.notifications.unread', { count: unread })}`}`}>
          {queryState(notifications) ?? <NotificationList notifications={notifications.data ?? []} />}
        </Card>
      </div>
    </div>
  );
}
