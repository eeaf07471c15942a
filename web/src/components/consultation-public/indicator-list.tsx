/** The draft's targets (indicators): number, name and the target set, each with its comment actions. */
import type { DraftIndicator } from '../../api/public-consultation.ts';
import { indicatorLabel } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { indicatorKey } from './draft-model.ts';
import { TargetPanel } from './target-panel.tsx';

export function IndicatorList({ indicators }: { indicators: readonly DraftIndicator[] }) {
  const { t } = useI18n();
  return (
    <ul className="pc-indicators">
      {indicators.map((indicator) => {
        const label = indicatorLabel(indicator.code, indicator.name);
        return (
          <li key={indicator.id} className="pc-card">
            <h3 className="pc-indicator-name">{label}</h3>
            {indicator.targetText === null || indicator.targetText.trim() === '' ? null : (
              <p className="pc-indicator-target">{t('pub.indicator.target', { target: indicator.targetText })}</p>
            )}
            <TargetPanel target={{ key: indicatorKey(indicator.id), ref: { kind: 'indicator', indicatorId: indicator.id }, name: t('pub.target.indicator', { name: label }) }} />
          </li>
        );
      })}
    </ul>
  );
}
