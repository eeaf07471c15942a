/** The indicators at risk or failed, with their figure, target and % of target. */
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import type { IndicatorResult } from '../../api/types.ts';
import { Link } from '../../app/link.tsx';
import { indicatorHref } from '../../app/links.ts';
import type { Scope } from '../../app/links.ts';
import { formatFigure, formatPercent, NO_VALUE } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { StatusTag } from '../status-tag.tsx';

/** A compact table of the at-risk list. */
export function AtRiskTable({ rows, scope }: { rows: readonly IndicatorResult[]; scope: Scope }) {
  const { t } = useI18n();
  const columns: ColumnsType<IndicatorResult> = [
    {
      key: 'name',
      title: t('col.name'),
      render: (_, row) => (
        <div>
          <Link to={indicatorHref(scope, row.indicator.id)}>{row.indicator.name}</Link>
          <div className="muted">{row.group ?? t('group.none')}</div>
        </div>
      ),
    },
    { key: 'figure', title: t('col.figure'), align: 'right', render: (_, row) => formatFigure(row.value, row.indicator.unit) },
    { key: 'target', title: t('col.target'), render: (_, row) => row.indicator.targetText ?? NO_VALUE },
    { key: 'percent', title: t('col.percent'), align: 'right', render: (_, row) => formatPercent(row.evaluation?.percentOfTarget) },
    { key: 'status', title: t('col.status'), render: (_, row) => <StatusTag status={row.status} /> },
  ];
  return (
    <Table<IndicatorResult>
      rowKey={(row) => row.indicator.id}
      columns={columns}
      dataSource={[...rows]}
      pagination={false}
      size="small"
      scroll={{ x: 560 }}
    />
  );
}
