/** The status of an indicator with the rule's explanation, and the forecast to the term end with its method. */
import Card from 'antd/es/card';
import type { IndicatorResult } from '../../api/types.ts';
import { formatFigure, formatPercent } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { StatusTag } from '../status-tag.tsx';

/** The evaluation card. Explanations are the evaluation's own Vietnamese sentences, as in the reports. */
export function EvaluationCard({ result }: { result: IndicatorResult }) {
  const { t } = useI18n();
  const forecast = result.forecast;
  return (
    <Card size="small" title={t('indicator.status')}>
      <div className="evaluation-line">
        <StatusTag status={result.hasComponents ? null : result.status} />
        <span className="evaluation-figure">{formatFigure(result.value, result.indicator.unit)}</span>
        <span className="muted">
          {t('col.percent')}: {formatPercent(result.evaluation?.percentOfTarget)}
        </span>
      </div>
      <p className="explanation" lang="vi" data-testid="explanation">
        {result.explanation}
      </p>
      {forecast === null ? null : (
        <div className="forecast">
          <h3>{t('indicator.forecast')}</h3>
          <div className="evaluation-line">
            <StatusTag status={forecast.status} />
            <span>
              {t('indicator.forecastValue', {
                value: formatFigure(forecast.projectedValue, result.indicator.unit),
                year: forecast.projectedYear,
                method: t(`method.${forecast.method}`),
              })}
            </span>
          </div>
          <p className="explanation" lang="vi">
            {forecast.explanation}
          </p>
        </div>
      )}
    </Card>
  );
}
