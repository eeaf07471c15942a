/**
 * The synthesis tab of a consultation (GET /api/consultations/:id/synthesis): what it counts
 * (published comments; those awaiting moderation are said apart), the synthesis report's
 * downloads (DOCX, PDF, XLSX, CSV), and the counts themselves (synthesis-body.tsx: overall,
 * per unit with main points, per locality). Its props are those of the three review tabs.
 */
import type { ConsultationDetail } from '../../api/consultations.ts';
import { useSynthesis } from '../../api/consultations.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { queryState } from '../page-state.tsx';
import { SynthesisBody } from './synthesis-body.tsx';
import { countText } from './synthesis-model.ts';
import { ConsultationReportLinks } from './synthesis-report-links.tsx';
import './synthesis-review.css';

export interface ConsultationTabProps {
  consultationId: string;
  detail: ConsultationDetail;
}

/** The synthesis tab: what the published comments say, counted; the report to download. */
export function SynthesisTab({ consultationId, detail }: ConsultationTabProps) {
  const { t } = useI18n();
  const synthesis = useSynthesis(consultationId);
  const data = synthesis.data;
  const waiting = detail.counts.new;
  return (
    <div className="review-tab synthesis" data-testid="synthesis-tab">
      <div className="review-tab-head">
        <h2>{t('synthesis.title')}</h2>
        <ConsultationReportLinks consultationId={consultationId} kind="synthesis" formats={['docx', 'pdf', 'xlsx', 'csv']} />
      </div>
      <p className="muted">
        {detail.state === 'closed' ? t('synthesis.scope.closed') : t('synthesis.scope.open')}
        {waiting > 0 ? ` ${t('synthesis.scope.waiting', { count: countText(waiting) })}` : ''}
      </p>
      {queryState(synthesis) ?? (data === undefined ? null : <SynthesisBody synthesis={data} />)}
    </div>
  );
}
