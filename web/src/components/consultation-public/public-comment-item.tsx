/**
 * One published comment: stance, text and reason (plain text, line breaks kept), who gave it
 * (respondent type, organisation, locality — never a name), the day, how many identical
 * comments it stands for, and "Báo cáo vi phạm" (once per comment in this browser).
 */
import { useState } from 'react';
import { vietnamParts } from '../../../../src/domain/consultation/consultation-window.ts';
import { reportPublicComment } from '../../api/public-consultation.ts';
import type { PublicCommentItem as Item } from '../../api/public-consultation.ts';
import { errorText } from '../../app/error-text.ts';
import { formatDate, formatNumber } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { rememberReported, wasReported } from './reported-comments.ts';

type ReportState = 'idle' | 'confirm' | 'sending' | 'thanks' | 'done';

function ReportControl({ commentId }: { commentId: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<ReportState>(() => (wasReported(commentId) ? 'done' : 'idle'));
  const [error, setError] = useState<string | null>(null);
  const send = async (): Promise<void> => {
    setState('sending');
    setError(null);
    try {
      await reportPublicComment(commentId);
      rememberReported(commentId);
      setState('thanks');
    } catch (failure) {
      setError(errorText(failure, t));
      setState('confirm');
    }
  };
  switch (state) {
    case 'done':
      return <p className="pc-muted">{t('pub.report.done')}</p>;
    case 'thanks':
      return <p className="pc-report-thanks" role="status">{t('pub.report.thanks')}</p>;
    case 'idle':
      return <button type="button" className="pc-button link small" onClick={() => setState('confirm')}>{t('pub.report')}</button>;
    case 'confirm':
    case 'sending':
      return (
        <div className="pc-report-confirm" role="group" aria-label={t('pub.report')}>
          <span>{t('pub.report.confirm')}</span>
          <button type="button" className="pc-button danger small" disabled={state === 'sending'} onClick={() => void send()}>{t('pub.report.send')}</button>
          <button type="button" className="pc-button small" disabled={state === 'sending'} onClick={() => setState('idle')}>{t('pub.cancel')}</button>
          {error === null ? null : <p className="pc-error" role="alert">{error}</p>}
        </div>
      );
  }
}

export function PublicCommentItem({ item }: { item: Item }) {
  const { t } = useI18n();
  const who = [t(`pub.respondent.${item.respondentType}`), item.organisation, item.localityName].filter((part): part is string => part !== null && part !== '');
  return (
    <li className={`pc-comment ${item.stance}`}>
      <p className="pc-comment-head">
        <span className={`pc-stance ${item.stance}`}>{t(`pub.stance.${item.stance}`)}</span>
        {item.groupSize > 1 ? <span className="pc-group">{t('pub.group', { count: formatNumber(item.groupSize, 0) })}</span> : null}
      </p>
      {item.text === '' ? null : <p className="pc-comment-text">{item.text}</p>}
      {item.reason === null || item.reason === '' ? null : (
        <p className="pc-comment-text reason"><strong>{t('pub.reasonLabel')}</strong> {item.reason}</p>
      )}
      <p className="pc-comment-meta">
        {who.join(' · ')} · <time dateTime={item.submittedAt}>{formatDate(vietnamParts(item.submittedAt).date)}</time>
      </p>
      <ReportControl commentId={item.id} />
    </li>
  );
}
