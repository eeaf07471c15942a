/**
 * The reporting periods of one term, in time order: kind, state (Mở / Đã đóng), the due date
 * in a date picker (dd/mm/yyyy; cleared with its ×), open, and close after a confirmation.
 */
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Popconfirm from 'antd/es/popconfirm';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect } from 'react';
import { setDueDate, setPeriodState } from '../../api/admin.ts';
import type { Period } from '../../api/admin.ts';
import type { PeriodStatus } from '../../api/types.ts';
import { formatDate, periodYears } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

const KIND_ORDER = { year: 0, mid_term: 1, term_end: 2 } as const;

/** Periods in time order: by last year, then the wider round. */
function inTimeOrder(periods: readonly PeriodStatus[]): PeriodStatus[] {
  return periods.toSorted((a, b) => a.endYear - b.endYear || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.startYear - b.startYear);
}

export interface PeriodsTableProps {
  periods: readonly PeriodStatus[];
  /** Runs a change of a period and reports it (a sentence) or its refusal. */
  act: (change: () => Promise<Period>, done: string) => Promise<void>;
}

/** The periods table of a term. */
export function PeriodsTable({ periods, act }: PeriodsTableProps) {
  const { t, lang } = useI18n();
  useEffect(() => {
    // The date picker's month and weekday names follow the interface language.
    dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  }, [lang]);
  const changeDue = (period: PeriodStatus, date: Dayjs | null): Promise<void> => {
    const dueDate = date === null ? null : date.format('YYYY-MM-DD');
    const done = dueDate === null ? t('admin.periods.dueCleared', { label: period.label }) : t('admin.periods.dueSaved', { label: period.label, date: formatDate(dueDate) });
    return act(() => setDueDate(period.id, { dueDate }), done);
  };
  const columns: ColumnsType<PeriodStatus> = [
    { key: 'label', title: t('admin.periods.label'), render: (_, period) => <strong>{period.label}</strong> },
    { key: 'kind', title: t('admin.periods.kind'), render: (_, period) => `${t(`admin.periodKind.${period.kind}`)} (${periodYears(period)})` },
    {
      key: 'state',
      title: t('admin.periods.state'),
      render: (_, period) => (period.state === 'open' ? <Tag color="green">{t('admin.periods.open')}</Tag> : <Tag>{t('admin.periods.closed')}</Tag>),
    },
    {
      key: 'due',
      title: t('admin.periods.dueDate'),
      render: (_, period) => (
        <span className="admin-row-actions">
          <DatePicker
            value={period.dueDate === null ? null : dayjs(period.dueDate)}
            format="DD/MM/YYYY"
            placeholder="dd/mm/yyyy"
            aria-label={t('admin.periods.dueFor', { label: period.label })}
            onChange={(date) => void changeDue(period, date)}
          />
          {period.overdue ? <Tag color="red">{t('admin.periods.overdue')}</Tag> : null}
        </span>
      ),
    },
    {
      key: 'actions',
      title: t('admin.actions'),
      render: (_, period) =>
        period.state === 'closed' ? (
          <Button size="small" onClick={() => void act(() => setPeriodState(period.id, 'open'), t('admin.periods.openedNow', { label: period.label }))} aria-label={`${t('admin.periods.doOpen')} ${period.label}`}>
            {t('admin.periods.doOpen')}
          </Button>
        ) : (
          <Popconfirm
            title={t('admin.periods.closeConfirm', { label: period.label })}
            okText={t('admin.periods.doClose')}
            okButtonProps={{ danger: true }}
            cancelText={t('admin.cancel')}
            onConfirm={() => act(() => setPeriodState(period.id, 'closed'), t('admin.periods.closedNow', { label: period.label }))}
          >
            <Button size="small" danger aria-label={`${t('admin.periods.doClose')} ${period.label}`}>{t('admin.periods.doClose')}</Button>
          </Popconfirm>
        ),
    },
  ];
  return (
    <Table<PeriodStatus>
      rowKey={(period) => period.id}
      columns={columns}
      dataSource={inTimeOrder(periods)}
      size="small"
      pagination={false}
      scroll={{ x: 760 }}
      data-testid="period-table"
    />
  );
}
