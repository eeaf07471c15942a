/**
 * The moderation buttons of one comment: every state but its own (publish, hide — which asks
 * why —, spam), and for a duplicate group, publish or mark as spam the whole group after a
 * confirmation. Native buttons in reading order, described by the comment's heading.
 */
import Button from 'antd/es/button';
import Popconfirm from 'antd/es/popconfirm';
import type { QueueItem } from '../../api/consultations.ts';
import { formatNumber } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { actionsFor, commentHeadingId, inGroup } from './queue-model.ts';
import type { ModerationAction } from './queue-model.ts';

export interface QueueActionsProps {
  item: QueueItem;
  /** Whether a request for this comment (or its group) is under way. */
  busy: boolean;
  onModerate: (item: QueueItem, action: ModerationAction) => void;
  onGroup: (groupId: string, state: 'published' | 'spam') => void;
}

/** The buttons of one comment. */
export function QueueActions({ item, busy, onModerate, onGroup }: QueueActionsProps) {
  const { t } = useI18n();
  const count = formatNumber(item.groupSize, 0);
  return (
    <div className="queue-actions" role="group" aria-label={t('consultations.item.actions')} aria-describedby={commentHeadingId(item.id)}>
      {actionsFor(item.moderation.state).map((action) => (
        <Button key={action} size="small" type={action === 'published' ? 'primary' : 'default'} danger={action === 'spam'} loading={busy} onClick={() => onModerate(item, action)}>
          {t(`consultations.action.${action}`)}
        </Button>
      ))}
      {inGroup(item) ? (
        <>
          <Popconfirm title={t('consultations.group.publishConfirm', { count })} okText={t('consultations.group.publish')} cancelText={t('consultations.cancel')} onConfirm={() => onGroup(item.duplicateGroupId, 'published')}>
            <Button size="small" disabled={busy}>{t('consultations.group.publish')}</Button>
          </Popconfirm>
          <Popconfirm title={t('consultations.group.spamConfirm', { count })} okText={t('consultations.group.spam')} cancelText={t('consultations.cancel')} onConfirm={() => onGroup(item.duplicateGroupId, 'spam')}>
            <Button size="small" danger disabled={busy}>{t('consultations.group.spam')}</Button>
          </Popconfirm>
        </>
      ) : null}
    </div>
  );
}
