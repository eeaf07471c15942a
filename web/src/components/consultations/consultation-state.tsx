/**
 * Small parts shared by the consultation screens: the state tag (Sắp mở / Đang lấy ý kiến /
 * Đã kết thúc), the comment counts by moderation state with the waiting ones ("Chờ duyệt")
 * standing out, and a moderation state's tag in the vocabulary's words.
 */
import Tag from 'antd/es/tag';
import { MODERATION_STATES } from '../../../../src/domain/consultation/types.ts';
import type { ModerationStateCode } from '../../../../src/domain/consultation/types.ts';
import { MODERATION_STATE_WORD } from '../../../../src/domain/vocabulary/consultation.ts';
import type { ConsultationState, StateCounts } from '../../api/consultations.ts';
import { formatNumber } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { MODERATION_COLOR, STATE_COLOR } from './consultation-model.ts';

/** Sắp mở / Đang lấy ý kiến / Đã kết thúc. */
export function ConsultationStateTag({ state }: { state: ConsultationState }) {
  const { t } = useI18n();
  return <Tag color={STATE_COLOR[state]} className="consultation-state">{t(`consultations.state.${state}`)}</Tag>;
}

/** A comment's moderation state as the vocabulary words it. */
export function ModerationTag({ state }: { state: ModerationStateCode }) {
  return <Tag color={MODERATION_COLOR[state]} className="moderation-tag">{MODERATION_STATE_WORD[state]}</Tag>;
}

/** The counts by moderation state; the waiting count first and large. */
export function ModerationCounts({ counts }: { counts: StateCounts }) {
  const { t } = useI18n();
  return (
    <dl className="moderation-counts" aria-label={t('consultations.counts')}>
      {MODERATION_STATES.map((state) => (
        <div key={state} className={state === 'new' ? `moderation-count pending${counts.new > 0 ? ' waiting' : ''}` : 'moderation-count'}>
          <dt>{MODERATION_STATE_WORD[state]}</dt>
          <dd>{formatNumber(counts[state], 0)}</dd>
        </div>
      ))}
    </dl>
  );
}
