/**
 * One indicator: its target (as written and as understood), direction and source; the chart
 * of its figures with the target and the dashed forecast; its status with the explanation;
 * its components; the figures entered, with their workflow state.
 */
import Card from 'antd/es/card';
import { lazy, Suspense, useMemo } from 'react';
import { useDashboard, useDirectory, useObservations } from '../api/queries.ts';
import type { IndicatorResult } from '../api/types.ts';
import { Link } from '../app/link.tsx';
import { indicatorHref, indicatorsHref } from '../app/links.ts';
import type { Scope } from '../app/links.ts';
import { useTermPeriod } from '../app/use-term-period.ts';
import { EvaluationCard } from '../components/indicator/evaluation-card.tsx';
import { IndicatorFacts } from '../components/indicator/indicator-facts.tsx';
import { ObservationsTable } from '../components/indicator/observations-table.tsx';
import { usePreviousIndicator } from '../components/indicator/use-previous-indicator.ts';
import { EmptyState, ErrorState, Loading, queryState, selectionState } from '../components/page-state.tsx';
import { StatusTag } from '../components/status-tag.tsx';
import { TermPeriodSelect } from '../components/term-period-select.tsx';
import { indicatorLabel, NO_VALUE } from '../format/format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

const SeriesChart = lazy(() => import('../charts/series-chart.tsx').then((module) => ({ default: module.SeriesChart })));

function useUnitName(): (id: string | null) => string {
  const directory = useDirectory();
  const names = useMemo(() => new Map((directory.data?.organisations ?? []).map((unit) => [unit.id, unit.name])), [directory.data]);
  return (id) => (id === null ? NO_VALUE : (names.get(id) ?? NO_VALUE));
}

function Observations({ result, scope }: { result: IndicatorResult; scope: Scope }) {
  const { t } = useI18n();
  const selection = useTermPeriod();
  const observations = useObservations(scope.termId);
  const unitName = useUnitName();
  if (observations.isError) return <ErrorState error={observations.error} onRetry={() => void observations.refetch()} />;
  if (observations.data === undefined) return <Loading />;
  const own = observations.data.filter((observation) => observation.indicatorId === result.indicator.id);
  if (own.length === 0) return <EmptyState text={t('indicator.observationsNone')} />;
  return <ObservationsTable observations={own} periods={selection.periods.toReversed()} unit={result.indicator.unit} unitName={unitName} />;
}

function IndicatorBody({ result, components, scope }: { result: IndicatorResult; components: IndicatorResult[]; scope: Scope }) {
  const { t } = useI18n();
  const selection = useTermPeriod();
  const unitName = useUnitName();
  const previous = usePreviousIndicator(result.indicator, selection.term, selection.terms);
  const target = result.indicator.target;
  const points = result.series.filter((entry) => entry.value !== null);
  return (
    <>
      <div className="indicator-title">
        <h1>{indicatorLabel(result.indicator.code, result.indicator.name)}</h1>
        {result.hasComponents ? null : <StatusTag status={result.status} />}
      </div>
      <p className="muted">{result.group ?? t('group.none')}</p>
      <div className="indicator-grid">
        <Card size="small" title={t('indicator.target')}>
          <IndicatorFacts indicator={result.indicator} unitName={unitName} previous={previous} />
        </Card>
        <EvaluationCard result={result} />
      </div>
      <Card size="small" title={t('indicator.series')}>
        {points.length === 0 ? (
          <EmptyState text={t('indicator.seriesEmpty')} />
        ) : (
          <Suspense fallback={<Loading />}>
            <SeriesChart points={result.series} target={target === null ? null : { min: target.min, max: target.max }} forecast={result.forecast} unit={result.indicator.unit} />
          </Suspense>
        )}
      </Card>
      {components.length === 0 ? null : (
        <Card size="small" title={t('indicator.components')}>
          <ul className="component-list">
            {components.map((component) => (
              <li key={component.indicator.id}>
                <Link to={indicatorHref(scope, component.indicator.id)}>{component.indicator.name}</Link> <StatusTag status={component.status} />
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card size="small" title={t('indicator.observations')}>
        <Observations result={result} scope={scope} />
      </Card>
    </>
  );
}

/** The indicator page. */
export default function IndicatorPage({ indicatorId }: { indicatorId: string }) {
  const { t } = useI18n();
  const selection = useTermPeriod();
  const scope = { termId: selection.term?.id ?? null, periodId: selection.period?.id ?? null };
  const dashboard = useDashboard(scope.termId, scope.periodId);
  const result = dashboard.data?.indicators.find((row) => row.indicator.id === indicatorId);
  const components = dashboard.data?.indicators.filter((row) => row.indicator.parentId === indicatorId) ?? [];

  let body;
  const pending = selectionState(selection, t) ?? queryState(dashboard);
  if (pending !== null) body = pending;
  else if (result === undefined) body = <EmptyState text={t('indicator.notFound')} />;
  else body = <IndicatorBody result={result} components={components} scope={scope} />;

  return (
    <div className="page">
      <div className="page-head">
        <Link to={indicatorsHref(scope)}>← {t('indicator.back')}</Link>
        <TermPeriodSelect value={selection} />
      </div>
      {body}
    </div>
  );
}
