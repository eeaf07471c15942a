/**
 * The moderation queue's filters, kept in the address: the moderation state (with its count),
 * only the comments readers reported, the target (whole draft, a section, an indicator) and the
 * channel. A duplicate group being shown is named, with the way back to the whole queue.
 */
import Checkbox from 'antd/es/checkbox';
import Radio from 'antd/es/radio';
import Select from 'antd/es/select';
import { CHANNELS, MODERATION_STATES } from '../../../../src/domain/consultation/types.ts';
import type { Channel } from '../../../../src/domain/consultation/types.ts';
import { CHANNEL_WORD, MODERATION_STATE_WORD } from '../../../../src/domain/vocabulary/consultation.ts';
import type { ConsultationDetail } from '../../api/consultations.ts';
import { formatNumber } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { QueueFilterChoice, StateChoice } from './consultation-links.ts';
import { indented, targetChoices } from './consultation-model.ts';

/** The Select's value for "all" (antd cannot tell a null value from no value). */
const ALL = '';

export interface QueueFiltersProps {
  detail: ConsultationDetail;
  filter: QueueFilterChoice;
  onChange: (filter: QueueFilterChoice) => void;
}

/** The filter bar of the queue. */
export function QueueFilters({ detail, filter, onChange }: QueueFiltersProps) {
  const { t } = useI18n();
  const set = (change: Partial<QueueFilterChoice>): void => onChange({ ...filter, ...change });
  const states: StateChoice[] = [...MODERATION_STATES, 'all'];
  const targets = targetChoices(detail.sections, detail.indicators);
  return (
    <div className="queue-filters" role="group" aria-label={t('consultations.queue.filters')}>
      <Radio.Group
        aria-label={t('consultations.queue.state')}
        optionType="button"
        value={filter.state}
        onChange={(event) => set({ state: states.find((state) => state === event.target.value) ?? 'new' })}
        options={states.map((state) => ({
          value: state,
          label: state === 'all' ? t('consultations.queue.all') : `${MODERATION_STATE_WORD[state]} (${formatNumber(detail.counts[state], 0)})`,
        }))}
      />
      <div className="queue-filter-row">
        <Checkbox checked={filter.reportedOnly} onChange={(event) => set({ reportedOnly: event.target.checked })}>
          {t('consultations.queue.reportedOnly')}
        </Checkbox>
        <label className="field">
          <span>{t('consultations.queue.target')}</span>
          <Select<string>
            aria-label={t('consultations.queue.target')}
            className="queue-target-select"
            showSearch
            optionFilterProp="label"
            value={filter.target ?? ALL}
            onChange={(value) => set({ target: value === ALL ? null : value })}
            options={[{ value: ALL, label: t('consultations.queue.allTargets') }, ...targets.map((choice) => ({ value: choice.value, label: indented(choice) }))]}
            popupMatchSelectWidth={false}
          />
        </label>
        <label className="field">
          <span>{t('consultations.queue.channel')}</span>
          <Select<string>
            aria-label={t('consultations.queue.channel')}
            className="queue-channel-select"
            value={filter.channel ?? ALL}
            onChange={(value) => set({ channel: CHANNELS.find((channel): channel is Channel => channel === value) ?? null })}
            options={[{ value: ALL, label: t('consultations.queue.allChannels') }, ...CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_WORD[channel] }))]}
            popupMatchSelectWidth={false}
          />
        </label>
      </div>
    </div>
  );
}
