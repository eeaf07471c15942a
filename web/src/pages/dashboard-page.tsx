/**
 * The dashboard of a term as of a period: counts overall and per group, the chart of statuses
 * per group, the at-risk list with figures, and the rollup sentence as the report writes it.
 * Every number links to the indicators behind it.
 */
import Card from 'antd/es/card';
import { lazy, Suspense, useDeferredValue } from 'react';
import type { StatusCode } from '../../../src/domain/vocabulary/index.ts';
import { useDashboard } from '../api/queries.ts';
import type { Dashboard } from '../api/types.ts';
import { indicatorsHref } from '../app/links.ts';
import type { Scope } from '../app/links.ts';
import { navigate } from '../app/router.ts';
import { useTermPeriod } from '../app/use-term-period.ts';
import { AtRiskTable } from '../components/dashboard/at-risk-table.tsx';
import { GroupTable } from '../components/dashboard/group-table.tsx';
import { StatusCounts } from '../components/dashboard/status-counts.tsx';
import { EmptyState, Loading, queryState, selectionState } from '../components/page-state.tsx';
import { TermPeriodSelect } from '../components/term-period-select.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

// ECharts is the largest library of the page: the numbers show while it loads.
const StatusChart = lazy(() => import('../charts/status-chart.tsx').then((module) => ({ default: module.StatusChart })));
// The overdue board of the plans (below the fold) loads with its own chunk.
const OverdueBoard = lazy(() => import('../components/tasks/overdue-board.tsx').then((module) => ({ default: module.OverdueBoard })));

function RollupCard({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useI18n();
  const { rollup } = dashboard;
  const evaluated = rollup.total - rollup.unevaluated;
  return (
    <Card size="small" title={t('dashboard.rollup')} className="rollup-card">
      <p className="rollup-sentence" lang="vi" data-testid="rollup-sentence">
        {evaluated === 0 ? t('dashboard.rollupNone') : t('dashboard.rollupSentence', { total: rollup.total, sentence: rollup.sentence })}
      </p>
      <p className="muted">
        {dashboard.asOf.label} · {t('dashboard.values', { values: t(`dashboard.values.${dashboard.values}`), method: t(`method.${dashboard.forecastMethod}`) })}
      </p>
    </Card>
  );
}

function DashboardDetails({ dashboard, scope }: { dashboard: Dashboard; scope: Scope }) {
  const { t } = useI18n();
  const groups = dashboard.rollup.groups.map((group) => ({ name: group.group ?? t('group.none'), counts: group.counts }));
  const openGroupStatus = (index: number, status: StatusCode): void => {
    const group = dashboard.rollup.groups[index];
    if (group !== undefined) navigate(indicatorsHref(scope, { group: group.group, status }));
  };
  return (
    <>
      <div className="dashboard-grid">
        <Card size="small" title={t('dashboard.chart')}>
          <Suspense fallback={<Loading />}>
            <StatusChart groups={groups} onSelect={openGroupStatus} />
          </Suspense>
        </Card>
        <Card size="small" title={`${t('dashboard.atRisk')} (${dashboard.atRisk.length})`}>
          {dashboard.atRisk.length === 0 ? <EmptyState text={t('dashboard.atRiskNone')} /> : <AtRiskTable rows={dashboard.atRisk} scope={scope} />}
        </Card>
      </div>
      <Card size="small" title={t('dashboard.byGroup')}>
        <GroupTable groups={dashboard.rollup.groups} scope={scope} />
      </Card>
    </>
  );
}

function DashboardBody({ dashboard, scope }: { dashboard: Dashboard; scope: Scope }) {
  // The counts and the sentence paint first; the tables and the chart follow in the
  // background (their first render costs several hundred milliseconds on slow machines).
  const details = useDeferredValue<Dashboard | null>(dashboard, null);
  return (
    <>
      <StatusCounts rollup={dashboard.rollup} scope={scope} />
      <RollupCard dashboard={dashboard} />
      {details === null ? <Loading /> : <DashboardDetails dashboard={details} scope={scope} />}
    </>
  );
}

/** The dashboard page. */
export default function DashboardPage() {
  const { t } = useI18n();
  const selection = useTermPeriod();
  const scope = { termId: selection.term?.id ?? null, periodId: selection.period?.id ?? null };
  const dashboard = useDashboard(scope.termId, scope.periodId);

  const body = selectionState(selection, t) ?? queryState(dashboard) ?? (dashboard.data && <DashboardBody dashboard={dashboard.data} scope={scope} />);

  return (
    <div className="page" data-term={scope.termId ?? ''} data-period={scope.periodId ?? ''}>
      <div className="page-head">
        <h1>{t('dashboard.title')}</h1>
        <TermPeriodSelect value={selection} />
      </div>
      {body}
      {selection.term === null ? null : (
        <Suspense fallback={<Loading />}>
          <OverdueBoard organisationId={selection.term.organisationId} />
        </Suspense>
      )}
    </div>
  );
}
