/** The columns of the indicator list: group, name, unit, target, latest value, % of target, status, forecast, lead unit. */
import type { ColumnsType } from 'antd/es/table';
import type { IndicatorResult } from '../api/types.ts';
import { Link } from '../app/link.tsx';
import { indicatorHref } from '../app/links.ts';
import type { Scope } from '../app/links.ts';
import { formatFigure, formatNumber, formatPercent, NO_VALUE } from '../format/format.ts';
import type { I18n } from '../i18n/i18n-context.tsx';
import { StatusTag } from './status-tag.tsx';

/** The forecast as "Theo lộ trình · 12,5". */
function forecastText(row: IndicatorResult, t: I18n['t']): string {
  const forecast = row.forecast;
  if (forecast === null) return NO_VALUE;
  const word = forecast.status === null ? t('status.none') : t(`status.${forecast.status}`);
  return forecast.projectedValue === null ? word : `${word} · ${formatFigure(forecast.projectedValue, row.indicator.unit)}`;
}

/** Columns for `antd` Table; `unitName` names a lead unit by id. */
export function indicatorColumns(t: I18n['t'], scope: Scope, unitName: (id: string | null) => string): ColumnsType<IndicatorResult> {
  return [
    { key: 'code', title: t('col.code'), width: 56, render: (_, row) => row.indicator.code ?? '' },
    { key: 'group', title: t('col.group'), width: 160, ellipsis: true, render: (_, row) => row.group ?? t('group.none') },
    {
      key: 'name',
      title: t('col.name'),
      width: 280,
      render: (_, row) => (
        <Link to={indicatorHref(scope, row.indicator.id)} className={row.indicator.parentId === null ? 'indicator-name' : 'indicator-name component'}>
          {row.indicator.name}
        </Link>
      ),
    },
    { key: 'unit', title: t('col.unit'), width: 90, render: (_, row) => row.indicator.unit ?? '' },
    { key: 'target', title: t('col.target'), width: 110, render: (_, row) => row.indicator.targetText ?? NO_VALUE },
    { key: 'value', title: t('col.value'), width: 100, align: 'right', render: (_, row) => formatNumber(row.value, 4) },
    {
      key: 'percent',
      title: t('col.percent'),
      width: 90,
      align: 'right',
      sorter: (a, b) => (a.evaluation?.percentOfTarget ?? -Infinity) - (b.evaluation?.percentOfTarget ?? -Infinity),
      render: (_, row) => formatPercent(row.evaluation?.percentOfTarget),
    },
    { key: 'status', title: t('col.status'), width: 120, render: (_, row) => (row.hasComponents ? '' : <StatusTag status={row.status} />) },
    { key: 'forecast', title: t('col.forecast'), width: 150, render: (_, row) => forecastText(row, t) },
    { key: 'lead', title: t('col.lead'), width: 170, ellipsis: true, render: (_, row) => unitName(row.indicator.leadUnitId) },
  ];
}
