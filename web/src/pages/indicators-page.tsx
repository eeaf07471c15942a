/**
 * The indicators of a term as of a period: a table with group, name, unit, target, latest
 * value, % of target, status, forecast and lead unit; filters by group, status and lead unit;
 * a search that ignores diacritics. The filters live in the address (links from the dashboard).
 */
import Table from 'antd/es/table';
import { useMemo } from 'react';
import { useDashboard, useDirectory } from '../api/queries.ts';
import type { IndicatorResult } from '../api/types.ts';
import { href, navigate, useLocation } from '../app/router.ts';
import { useTermPeriod } from '../app/use-term-period.ts';
import { indicatorColumns } from '../components/indicator-columns.tsx';
import { IndicatorFilterBar } from '../components/indicator-filter-bar.tsx';
import { EmptyState, queryState, selectionState } from '../components/page-state.tsx';
import { TermPeriodSelect } from '../components/term-period-select.tsx';
import { NO_VALUE } from '../format/format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { matchesFilters, parseFilters, writeFilters } from '../search/indicator-filters.ts';
import type { IndicatorFacts, IndicatorFilters } from '../search/indicator-filters.ts';

function factsOf(row: IndicatorResult): IndicatorFacts {
  return { code: row.indicator.code, name: row.indicator.name, group: row.group, status: row.status, leadUnitId: row.indicator.leadUnitId };
}

/** The indicator list page. */
export default function IndicatorsPage() {
  const { t } = useI18n();
  const { pathname, params } = useLocation();
  const selection = useTermPeriod();
  const scope = { termId: selection.term?.id ?? null, periodId: selection.period?.id ?? null };
  const dashboard = useDashboard(scope.termId, scope.periodId);
  const directory = useDirectory();
  const filters = parseFilters(params);
  const rows = useMemo(() => dashboard.data?.indicators ?? [], [dashboard.data]);

  const unitNames = useMemo(() => new Map((directory.data?.organisations ?? []).map((unit) => [unit.id, unit.name])), [directory.data]);
  const unitName = (id: string | null): string => (id === null ? NO_VALUE : (unitNames.get(id) ?? NO_VALUE));
  const groups = [...new Set(rows.map((row) => row.group).filter((group): group is string => group !== null))];
  const leadUnits = [...new Set(rows.map((row) => row.indicator.leadUnitId).filter((id): id is string => id !== null))]
    .map((id) => ({ id, name: unitName(id) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const shown = rows.filter((row) => matchesFilters(factsOf(row), filters));

  const setFilters = (next: IndicatorFilters): void => {
    const search = writeFilters(new URLSearchParams(params), next);
    navigate(href(pathname, Object.fromEntries(search)), { replace: true });
  };

  let body = selectionState(selection, t) ?? queryState(dashboard);
  if (body === null && rows.length === 0) body = <EmptyState text={t('state.empty')} />;
  else if (body === null) {
    body = (
      <>
        <IndicatorFilterBar filters={filters} groups={groups} units={leadUnits} onChange={setFilters} />
        <p className="muted" role="status" data-testid="indicator-count">
          {t('indicators.count', { shown: shown.length, total: rows.length })}
        </p>
        <Table<IndicatorResult>
          rowKey={(row) => row.indicator.id}
          columns={indicatorColumns(t, scope, unitName)}
          dataSource={shown}
          size="small"
          pagination={{ defaultPageSize: 50, showSizeChanger: true, hideOnSinglePage: true }}
          scroll={{ x: 1300 }}
          locale={{ emptyText: <EmptyState text={t('indicators.noMatch')} /> }}
        />
      </>
    );
  }

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('indicators.title')}</h1>
        <TermPeriodSelect value={selection} />
      </div>
      {body}
    </div>
  );
}
