/**
 * One indicator: its target (as written and as understood), direction, source and lineage
 * across terms; the chart of its figures with the target and the dashed forecast; its status
 * with the explanation; its components; the passage of the document it was read from; the
 * figures entered, with their workflow state; and, for those who may read the audit trail,
 * the history of changes to the indicator and its figures.
 */
import Card from 'antd/es/card';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { readDocument } from '../api/documents.ts';
import { readFramework } from '../api/endpoints.ts';
import { useDashboard, useDirectory, useObservations, useSession } from '../api/queries.ts';
import type { IndicatorResult, Observation } from '../api/types.ts';
import { Link } from '../app/link.tsx';
import { indicatorHref, indicatorsHref } from '../app/links.ts';
import type { Scope } from '../app/links.ts';
import { abilitiesOf } from '../app/permissions.ts';
import { useTermPeriod } from '../app/use-term-period.ts';
import { AuditHistory } from '../components/indicator/audit-history.tsx';
import { EvaluationCard } from '../components/indicator/evaluation-card.tsx';
import { IndicatorFacts } from '../components/indicator/indicator-facts.tsx';
import { ObservationsTable } from '../components/indicator/observations-table.tsx';
import { useLineage } from '../components/indicator/use-lineage.ts';
import { EmptyState, ErrorState, Loading, queryState, selectionState } from '../components/page-state.tsx';
import { SourcePassage } from '../components/source/source-passage.tsx';
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

/** Group names of the term's framework (shared with the lineage's reads of the same framework). */
function useGroupName(termId: string | null): (id: string | null) => string {
  const framework = useQuery({ queryKey: ['framework', termId], queryFn: () => readFramework(termId ?? ''), enabled: termId !== null });
  const names = useMemo(() => new Map((framework.data?.groups ?? []).map((group) => [group.id, group.name])), [framework.data]);
  return (id) => (id === null ? NO_VALUE : (names.get(id) ?? NO_VALUE));
}

/** The source document's title (the same cached read as the source passage). */
function useSourceTitle(documentId: string | null): string | null {
  const document = useQuery({ queryKey: ['document', documentId], queryFn: ({ signal }) => readDocument(documentId ?? '', signal), enabled: documentId !== null, staleTime: 5 * 60_000 });
  return document.data === undefined ? null : (document.data.title ?? document.data.originalName);
}

interface ObservationsProps {
  result: IndicatorResult;
  /** The indicator's figures; undefined while loading. */
  own: Observation[] | undefined;
  query: { isError: boolean; error: unknown; refetch: () => unknown };
}

function Observations({ result, own, query }: ObservationsProps) {
  const { t } = useI18n();
  const selection = useTermPeriod();
  const unitName = useUnitName();
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (own === undefined) return <Loading />;
  if (own.length === 0) return <EmptyState text={t('indicator.observationsNone')} />;
  return <ObservationsTable observations={own} periods={selection.periods.toReversed()} unit={result.indicator.unit} unitName={unitName} />;
}

function IndicatorBody({ result, components, scope }: { result: IndicatorResult; components: IndicatorResult[]; scope: Scope }) {
  const { t } = useI18n();
  const selection = useTermPeriod();
  const session = useSession();
  const mayReadAudit = session.data !== null && session.data !== undefined && abilitiesOf(session.data).readAudit;
  const unitName = useUnitName();
  const groupName = useGroupName(scope.termId);
  const lineage = useLineage(result.indicator, selection.term, selection.terms);
  const { sourceDocumentId, sourceLine } = result.indicator;
  const sourceTitle = useSourceTitle(sourceDocumentId);
  const observations = useObservations(scope.termId);
  const own = useMemo(() => observations.data?.filter((observation) => observation.indicatorId === result.indicator.id), [observations.data, result.indicator.id]);
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
          <IndicatorFacts indicator={result.indicator} unitName={unitName} lineage={lineage} sourceTitle={sourceTitle} />
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
      {sourceDocumentId === null || sourceLine === null ? null : (
        <Card size="small" title={t('source.title')} data-testid="indicator-source">
          <SourcePassage documentId={sourceDocumentId} line={sourceLine} />
        </Card>
      )}
      <Card size="small" title={t('indicator.observations')}>
        <Observations result={result} own={own} query={observations} />
      </Card>
      {!mayReadAudit || own === undefined ? null : (
        <Card size="small" title={t('audit.title')}>
          <AuditHistory indicator={result.indicator} observations={own} periods={selection.periods} unitName={unitName} groupName={groupName} />
        </Card>
      )}
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
