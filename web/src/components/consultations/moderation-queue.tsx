/**
 * The moderation queue of a consultation (tab `queue`): the filters (in the address), the
 * comments page by page ("Xem thêm" asks for the ones before the last), and the moderation of
 * one comment (sent with the version read; the comment is shown in its new state where it was)
 * or of a whole duplicate group. A change by someone else meanwhile (409) reloads the queue
 * and says so. Everything is a native button or link, in reading order, for the keyboard.
 */
import { useQueryClient } from '@tanstack/react-query';
import type { InfiniteData } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import { useState } from 'react';
import type { HiddenReason } from '../../../../src/domain/consultation/types.ts';
import { MODERATION_STATE_WORD } from '../../../../src/domain/vocabulary/consultation.ts';
import { ApiError } from '../../api/client.ts';
import { CONSULTATIONS_KEY, consultationKey, moderateComment, moderateGroup, queueKey, useQueue } from '../../api/consultations.ts';
import type { CommentQueue, ConsultationDetail, QueueItem } from '../../api/consultations.ts';
import { errorText } from '../../app/error-text.ts';
import { Link } from '../../app/link.tsx';
import { navigate } from '../../app/router.ts';
import { formatNumber } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, queryState } from '../page-state.tsx';
import { consultationHref, DEFAULT_QUEUE_FILTER, queueQueryOf } from './consultation-links.ts';
import type { QueueFilterChoice } from './consultation-links.ts';
import { HideDialog } from './hide-dialog.tsx';
import { QueueFilters } from './queue-filters.tsx';
import { QueueActions } from './queue-actions.tsx';
import { QueueItemCard } from './queue-item.tsx';
import { inGroup, loadedItems, replaceItem } from './queue-model.ts';
import type { ModerationAction } from './queue-model.ts';

/** A message about the last action, for the filter it was taken under (another filter does not show it). */
type Message = { type: 'success' | 'error' | 'warning'; text: string; filterKey: string } | null;

export interface ModerationQueueProps {
  detail: ConsultationDetail;
  filter: QueueFilterChoice;
}

/** The queue tab. */
export function ModerationQueue({ detail, filter }: ModerationQueueProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const consultationId = detail.consultation.id;
  const query = queueQueryOf(filter);
  const filterKey = JSON.stringify(query);
  const queue = useQueue(consultationId, query);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [hiding, setHiding] = useState<QueueItem | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const say = (type: 'success' | 'error' | 'warning', text: string): void => setMessage({ type, text, filterKey });
  const shown = message !== null && message.filterKey === filterKey ? message : null;

  const setFilter = (next: QueueFilterChoice): void => {
    navigate(consultationHref(consultationId, 'queue', next), { replace: true });
  };
  const refreshCounts = (): void => {
    void queryClient.invalidateQueries({ queryKey: consultationKey(consultationId), exact: true });
    void queryClient.invalidateQueries({ queryKey: CONSULTATIONS_KEY });
  };
  const reloadQueue = (): void => {
    void queryClient.invalidateQueries({ queryKey: [...consultationKey(consultationId), 'queue'] });
    refreshCounts();
  };
  const failed = (error: unknown): void => {
    if (error instanceof ApiError && error.code === 'conflict') {
      say('warning', t('consultations.queue.conflict'));
      reloadQueue();
    } else {
      say('error', errorText(error, t));
    }
  };

  const moderate = async (item: QueueItem, state: ModerationAction, reason?: HiddenReason, note?: string | null): Promise<void> => {
    setBusyId(item.id);
    setMessage(null);
    try {
      const moderated = await moderateComment(item.id, {
        version: item.version, state, ...(reason === undefined ? {} : { reason }), ...(note === undefined || note === null ? {} : { note }),
      });
      queryClient.setQueryData<InfiniteData<CommentQueue, number | undefined>>(queueKey(consultationId, query), (data) => replaceItem(data, moderated));
      say('success', t('consultations.queue.moderated', { state: MODERATION_STATE_WORD[moderated.moderation.state] }));
      setHiding(null);
      refreshCounts();
    } catch (error) {
      setHiding(null);
      failed(error);
    } finally {
      setBusyId(null);
    }
  };
  const onModerate = (item: QueueItem, action: ModerationAction): void => {
    if (action === 'hidden') setHiding(item);
    else void moderate(item, action);
  };
  const onGroup = async (groupId: string, state: 'published' | 'spam'): Promise<void> => {
    setBusyId(`group:${groupId}`);
    setMessage(null);
    try {
      const { changed } = await moderateGroup(consultationId, { duplicateGroupId: groupId, state });
      say('success', t('consultations.group.done', { count: formatNumber(changed, 0), state: MODERATION_STATE_WORD[state] }));
      reloadQueue();
    } catch (error) {
      failed(error);
    } finally {
      setBusyId(null);
    }
  };

  const items = loadedItems(queue.data?.pages ?? []);
  const canModerate = detail.can.moderate;
  const list = queryState(queue) ?? (items.length === 0 ? <EmptyState text={t('consultations.queue.none')} /> : (
    <>
      <ol className="queue-list">
        {items.map((item) => (
          <QueueItemCard
            key={item.id}
            item={item}
            consultationId={consultationId}
            showingGroup={filter.group !== null}
            actions={canModerate ? (
              <QueueActions
                item={item}
                busy={busyId === item.id || (inGroup(item) && busyId === `group:${item.duplicateGroupId}`)}
                onModerate={onModerate}
                onGroup={(groupId, state) => void onGroup(groupId, state)}
              />
            ) : null}
          />
        ))}
      </ol>
      {queue.hasNextPage ? (
        <div className="queue-more">
          <Button onClick={() => void queue.fetchNextPage()} loading={queue.isFetchingNextPage}>{t('consultations.queue.more')}</Button>
        </div>
      ) : null}
      {queue.isFetchNextPageError ? <Alert type="error" showIcon role="alert" title={errorText(queue.error, t)} /> : null}
    </>
  ));

  return (
    <section className="moderation-queue" aria-labelledby="queue-title">
      <div className="queue-head">
        <h2 id="queue-title">{t('consultations.queue.title')}</h2>
        <Button size="small" onClick={reloadQueue} loading={queue.isRefetching && !queue.isFetchingNextPage}>{t('consultations.queue.reload')}</Button>
      </div>
      <QueueFilters detail={detail} filter={filter} onChange={setFilter} />
      {filter.group === null ? null : (
        <div className="queue-group-bar" role="status">
          <span>{t('consultations.queue.groupShown')}</span>
          <Link to={consultationHref(consultationId, 'queue', { ...filter, group: null, state: DEFAULT_QUEUE_FILTER.state })}>{t('consultations.queue.groupClear')}</Link>
        </div>
      )}
      <div aria-live="polite">
        {shown === null ? null : <Alert type={shown.type} showIcon role={shown.type === 'error' ? 'alert' : 'status'} title={shown.text} />}
      </div>
      {queue.data === undefined ? null : <p className="muted">{t('consultations.queue.shown', { count: formatNumber(items.length, 0) })}</p>}
      {list}
      <HideDialog item={hiding} busy={hiding !== null && busyId === hiding.id} onCancel={() => setHiding(null)} onHide={(reason, note) => { if (hiding !== null) void moderate(hiding, 'hidden', reason, note); }} />
    </section>
  );
}
