/**
 * The disposition tab ("Tiếp thu, giải trình", GET /api/consultations/:id/dispositions): the
 * subjects — main points and single comments — grouped by the unit of the draft they are
 * about, each with its current disposition and, for the secretariat (detail.can.manage), an
 * inline editor (disposition-editor.tsx); how many are still pending, a "pending only" filter,
 * and the disposition report's downloads. A link from the version diff names a subject
 * (`?subject=cluster:ID`): it is shown and brought into view.
 */
import Alert from 'antd/es/alert';
import Checkbox from 'antd/es/checkbox';
import Tag from 'antd/es/tag';
import { useState } from 'react';
import { useDispositions } from '../../api/consultations.ts';
import { useLocation } from '../../app/router.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { queryState } from '../page-state.tsx';
import { DispositionBoardView } from './disposition-board.tsx';
import { DISPOSITION_COLOR, PENDING_COLOR } from './disposition-item.tsx';
import { countText } from './synthesis-model.ts';
import { ConsultationReportLinks } from './synthesis-report-links.tsx';
import type { ConsultationTabProps } from './synthesis-tab.tsx';
import './synthesis-review.css';

/** The disposition tab of a consultation. */
export function DispositionTab({ consultationId, detail }: ConsultationTabProps) {
  const { t } = useI18n();
  const board = useDispositions(consultationId);
  const { params } = useLocation();
  const focus = params.get('subject');
  // A subject named by a link is shown even if it is no longer pending.
  const [pendingOnly, setPendingOnly] = useState(false);
  const [saved, setSaved] = useState('');
  const data = board.data;
  const canManage = detail.can.manage;
  return (
    <div className="review-tab disposition" data-testid="disposition-tab">
      <div className="review-tab-head">
        <h2>{t('disposition.title')}</h2>
        <ConsultationReportLinks consultationId={consultationId} kind="disposition" formats={['docx', 'pdf', 'xlsx']} />
      </div>
      <div className="disposition-toolbar">
        {data === undefined ? null : (
          <Tag color={data.pending > 0 ? PENDING_COLOR : DISPOSITION_COLOR.accepted} data-testid="disposition-pending" data-pending={data.pending}>
            {data.pending > 0 ? t('disposition.pendingCount', { count: countText(data.pending) }) : t('disposition.pendingNone')}
          </Tag>
        )}
        <Checkbox checked={pendingOnly} onChange={(event) => setPendingOnly(event.target.checked)} data-testid="disposition-pending-only">
          {t('disposition.pendingOnly')}
        </Checkbox>
        <span role="status" className="disposition-saved">{saved}</span>
      </div>
      {canManage ? (
        data !== undefined && data.revisedSections === null ? <Alert type="info" showIcon title={t('disposition.noRevision')} /> : null
      ) : <p className="muted">{t('disposition.readOnly')}</p>}
      {queryState(board) ?? (data === undefined ? null : (
        <DispositionBoardView consultationId={consultationId} board={data} canManage={canManage} pendingOnly={pendingOnly} focus={focus} onSaved={setSaved} />
      ))}
    </div>
  );
}
