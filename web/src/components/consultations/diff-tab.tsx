/**
 * The version diff tab (GET /api/consultations/:id/diff): the draft put to consultation against
 * its next version — how many sections were added, removed, changed or kept (Bổ sung, Lược bỏ,
 * Sửa đổi, Giữ nguyên) and, section by section, the change with its word diff (diff-text.tsx),
 * the comments the old section received and the Tiếp thu dispositions that name the new one,
 * each a link to it on the disposition tab. Unchanged sections are collapsed. Before a next
 * version is linked it says how to link one (the action is in the page header).
 */
import Alert from 'antd/es/alert';
import { useVersionDiff } from '../../api/consultations.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { queryState } from '../page-state.tsx';
import { DiffBody } from './diff-body.tsx';
import type { ConsultationTabProps } from './synthesis-tab.tsx';
import './synthesis-review.css';

function Diff({ consultationId }: { consultationId: string }) {
  const diff = useVersionDiff(consultationId);
  const data = diff.data;
  return queryState(diff) ?? (data === undefined ? null : <DiffBody consultationId={consultationId} diff={data} />);
}

/** The version diff tab of a consultation. */
export function DiffTab({ consultationId, detail }: ConsultationTabProps) {
  const { t } = useI18n();
  const linked = detail.consultation.revisedDocumentId !== null;
  return (
    <div className="review-tab diff" data-testid="diff-tab">
      <div className="review-tab-head">
        <h2>{t('diff.title')}</h2>
      </div>
      {linked ? <Diff consultationId={consultationId} /> : (
        <Alert
          type="info"
          showIcon
          title={t('diff.noRevision')}
          description={detail.can.manage ? t('diff.noRevision.manage', { action: t('consultations.revise.button') }) : t('diff.noRevision.ask')}
          data-testid="diff-no-revision"
        />
      )}
    </div>
  );
}
