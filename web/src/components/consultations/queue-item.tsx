/**
 * One comment of the moderation queue: what it is about, its stance and moderation state, its
 * text and reason (React text, line breaks kept by CSS — never markup), who gave it (type,
 * locality, organisation), the channel and date, the private contact (marked "Không công
 * khai"), the spam signal, how often readers reported it and its duplicate group with a link
 * showing the group; then the actions the queue gives it (queue-actions.tsx).
 */
import Tag from 'antd/es/tag';
import type { ReactNode } from 'react';
import { CHANNEL_WORD, HIDDEN_REASON_WORD, RESPONDENT_TYPE_WORD, STANCE_WORD } from '../../../../src/domain/vocabulary/consultation.ts';
import type { QueueItem } from '../../api/consultations.ts';
import { Link } from '../../app/link.tsx';
import { formatDateTime, formatNumber } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { consultationHref, groupFilter } from './consultation-links.ts';
import { REPORTED_COLOR, STANCE_COLOR } from './consultation-model.ts';
import { ModerationTag } from './consultation-state.tsx';
import { commentHeadingId, inGroup } from './queue-model.ts';

const SPAM_SIGNALS = ['honeypot', 'too_fast', 'no_form_time'] as const;

export interface QueueItemCardProps {
  item: QueueItem;
  consultationId: string;
  /** Whether the queue already shows this comment's group (no link to it then). */
  showingGroup: boolean;
  /** The moderation buttons, when the reader may moderate. */
  actions?: ReactNode;
}

/** One comment card. */
export function QueueItemCard({ item, consultationId, showingGroup, actions = null }: QueueItemCardProps) {
  const { t } = useI18n();
  const headingId = commentHeadingId(item.id);
  const { contact, moderation } = item;
  const spam = SPAM_SIGNALS.find((signal) => signal === item.spamSignal);
  return (
    <li className={`queue-item state-${moderation.state}`} data-comment={item.id} data-state={moderation.state}>
      <article aria-labelledby={headingId}>
        <div className="queue-item-head">
          <h3 id={headingId}>{item.targetLabel}</h3>
          <Tag color={STANCE_COLOR[item.stance]}>{STANCE_WORD[item.stance]}</Tag>
          <ModerationTag state={moderation.state} />
          {item.reportCount > 0 ? <Tag color={REPORTED_COLOR}>{t('consultations.item.reported', { count: formatNumber(item.reportCount, 0) })}</Tag> : null}
        </div>
        {item.text === '' ? <p className="muted">{t('consultations.item.noText')}</p> : <p className="queue-text">{item.text}</p>}
        {item.reason === null ? null : (
          <div className="queue-reason">
            <span className="queue-label">{t('consultations.item.reason')}</span>
            <p className="queue-text">{item.reason}</p>
          </div>
        )}
        <dl className="queue-facts">
          <dt>{t('consultations.item.respondent')}</dt>
          <dd>{RESPONDENT_TYPE_WORD[item.respondentType]}</dd>
          {item.localityName === null ? null : (<><dt>{t('consultations.item.locality')}</dt><dd>{item.localityName}</dd></>)}
          {item.organisation === null ? null : (<><dt>{t('consultations.item.organisation')}</dt><dd>{item.organisation}</dd></>)}
          <dt>{t('consultations.item.channel')}</dt>
          <dd>{CHANNEL_WORD[item.channel]}</dd>
          <dt>{t('consultations.item.date')}</dt>
          <dd>{formatDateTime(item.submittedAt, 'Asia/Ho_Chi_Minh')}</dd>
        </dl>
        {contact.name === null && contact.email === null && contact.phone === null ? null : (
          <div className="queue-contact">
            <span className="queue-label">{t('consultations.item.contact')}</span>
            <Tag className="private-tag">{t('consultations.item.private')}</Tag>
            {contact.name === null ? null : <span>{contact.name}</span>}
            {contact.email === null ? null : (
              <span>
                {contact.email}
                {item.emailVerified ? ` (${t('consultations.item.verified')})` : ''}
              </span>
            )}
            {contact.phone === null ? null : <span>{contact.phone}</span>}
          </div>
        )}
        {item.spamSignal === null ? null : (
          <p className="queue-signal">{t('consultations.item.spamSignal', { signal: spam === undefined ? item.spamSignal : t(`consultations.spam.${spam}`) })}</p>
        )}
        {moderation.state === 'hidden' && moderation.reason !== null ? (
          <p className="queue-signal">
            {t('consultations.item.hiddenBecause', { reason: HIDDEN_REASON_WORD[moderation.reason] })}
            {moderation.note === null ? null : <span className="queue-note">{` — ${moderation.note}`}</span>}
          </p>
        ) : null}
        {inGroup(item) ? (
          <p className="queue-group">
            {showingGroup ? (
              <span>{t('consultations.item.group', { count: formatNumber(item.groupSize, 0) })}</span>
            ) : (
              <Link to={consultationHref(consultationId, 'queue', groupFilter(item.duplicateGroupId))}>{t('consultations.item.group', { count: formatNumber(item.groupSize, 0) })}</Link>
            )}
            {item.duplicateMatch === 'none' ? null : <span className="muted">{` · ${t(`consultations.item.match.${item.duplicateMatch}`)}`}</span>}
          </p>
        ) : null}
        {actions}
      </article>
    </li>
  );
}
