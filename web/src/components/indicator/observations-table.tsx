/** The figures entered for one indicator: period, figure, estimate or official, workflow state, unit, note, last change. */
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import type { Observation, PeriodStatus } from '../../api/types.ts';
import { formatDateTime, formatFigure, NO_VALUE } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

const STATE_COLOR = { draft: 'default', submitted: 'processing', approved: 'success', returned: 'warning' } as const;

export interface ObservationsTableProps {
  observations: readonly Observation[];
  periods: readonly PeriodStatus[];
  unit: string | null;
  unitName: (id: string | null) => string;
}

/** Observations in period order (as the periods are listed). */
export function ObservationsTable({ observations, periods, unit, unitName }: ObservationsTableProps) {
  const { t } = useI18n();
  const order = new Map(periods.map((period, index) => [period.id, index]));
  const rows = observations.toSorted((a, b) => (order.get(a.periodId) ?? 0) - (order.get(b.periodId) ?? 0));
  const columns: ColumnsType<Observation> = [
    { key: 'period', title: t('col.period'), render: (_, row) => periods.find((period) => period.id === row.periodId)?.label ?? NO_VALUE },
    { key: 'figure', title: t('col.figure'), align: 'right', render: (_, row) => (row.value === null ? (row.valueText ?? NO_VALUE) : formatFigure(row.value, unit)) },
    { key: 'kind', title: t('col.kind'), render: (_, row) => t(`kind.${row.kind}`) },
    {
      key: 'state',
      title: t('col.state'),
      render: (_, row) => (
        <span>
          <Tag color={STATE_COLOR[row.state]}>{t(`obsState.${row.state}`)}</Tag>
          {row.returnReason === null ? null : <div className="muted">{row.returnReason}</div>}
        </span>
      ),
    },
    { key: 'unit', title: t('col.reportingUnit'), render: (_, row) => unitName(row.unitId) },
    { key: 'note', title: t('col.note'), render: (_, row) => row.note ?? '' },
    { key: 'updated', title: t('col.updated'), render: (_, row) => formatDateTime(row.updatedAt) },
  ];
  return <Table<Observation> rowKey={(row) => row.id} columns={columns} dataSource={rows} pagination={false} size="small" scroll={{ x: 760 }} />;
}
