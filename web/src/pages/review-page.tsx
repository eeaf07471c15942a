/**
 * Review for the secretariat: the figures submitted in a period, by unit; approve several at
 * once (each is checked by the server, and the ones it refuses are named) or return one with
 * a reason, which the reporter then sees on their entry form.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { approveObservations, readFramework, readObservations, returnObservation } from '../api/endpoints.ts';
import { useDirectory } from '../api/queries.ts';
import type { Observation } from '../api/types.ts';
import { errorText } from '../app/error-text.ts';
import { useTermPeriod } from '../app/use-term-period.ts';
import { EmptyState, ErrorState, Loading, selectionState } from '../components/page-state.tsx';
import { ReturnDialog } from '../components/review/return-dialog.tsx';
import { TermPeriodSelect } from '../components/term-period-select.tsx';
import { formatDateTime, formatFigure, NO_VALUE } from '../format/format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

type Notice = { type: 'success' | 'error' | 'warning'; text: string } | null;

/** The review queue page. */
export default function ReviewPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const selection = useTermPeriod('open');
  const termId = selection.term?.id ?? null;
  const periodId = selection.period?.id ?? null;
  const directory = useDirectory();
  const framework = useQuery({ queryKey: ['framework', termId], queryFn: () => readFramework(termId ?? ''), enabled: termId !== null });
  const queue = useQuery({
    queryKey: ['observations', termId, { periodId, state: 'submitted' }],
    queryFn: () => readObservations(termId ?? '', { periodId: periodId ?? '', state: 'submitted' }),
    enabled: termId !== null && periodId !== null,
  });
  const [selected, setSelected] = useState<string[]>([]);
  const [returning, setReturning] = useState<Observation | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  const indicators = useMemo(() => new Map((framework.data?.indicators ?? []).map((indicator) => [indicator.id, indicator])), [framework.data]);
  const units = useMemo(() => new Map((directory.data?.organisations ?? []).map((unit) => [unit.id, unit.name])), [directory.data]);
  const rows = (queue.data ?? []).toSorted((a, b) => (units.get(a.unitId) ?? '').localeCompare(units.get(b.unitId) ?? '', 'vi'));
  const refresh = (): void => {
    setSelected([]);
    void queryClient.invalidateQueries({ queryKey: ['observations'] });
    void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
  };

  const approve = async (): Promise<void> => {
    setBusy(true);
    try {
      const items = rows.filter((row) => selected.includes(row.id)).map((row) => ({ observationId: row.id, version: row.version }));
      const result = await approveObservations({ items });
      const details = result.failed.map((failure) => `${indicators.get(rows.find((row) => row.id === failure.observationId)?.indicatorId ?? '')?.name ?? failure.observationId}: ${failure.message}`);
      setNotice(result.failed.length === 0
        ? { type: 'success', text: t('review.approvedNow', { count: result.approved.length }) }
        : { type: 'warning', text: `${t('review.approvedNow', { count: result.approved.length })} ${t('review.failedSome', { count: result.failed.length, details: details.join('; ') })}` });
      refresh();
    } catch (error) {
      setNotice({ type: 'error', text: errorText(error, t) });
    } finally {
      setBusy(false);
    }
  };

  const sendBack = async (reason: string): Promise<void> => {
    if (returning === null) return;
    setBusy(true);
    try {
      await returnObservation(returning.id, { version: returning.version, reason });
      setNotice({ type: 'success', text: t('review.returnedNow') });
      setReturning(null);
      refresh();
    } catch (error) {
      setNotice({ type: 'error', text: errorText(error, t) });
      setReturning(null);
    } finally {
      setBusy(false);
    }
  };

  const columns: ColumnsType<Observation> = [
    { key: 'unit', title: t('col.reportingUnit'), render: (_, row) => units.get(row.unitId) ?? NO_VALUE },
    { key: 'name', title: t('col.name'), render: (_, row) => indicators.get(row.indicatorId)?.name ?? row.indicatorId },
    { key: 'target', title: t('col.target'), render: (_, row) => indicators.get(row.indicatorId)?.targetText ?? NO_VALUE },
    { key: 'figure', title: t('col.figure'), align: 'right', render: (_, row) => (row.value === null ? (row.valueText ?? NO_VALUE) : formatFigure(row.value, indicators.get(row.indicatorId)?.unit)) },
    { key: 'kind', title: t('col.kind'), render: (_, row) => t(`kind.${row.kind}`) },
    { key: 'note', title: t('col.note'), render: (_, row) => row.note ?? '' },
    { key: 'at', title: t('col.submittedAt'), render: (_, row) => formatDateTime(row.updatedAt) },
    { key: 'action', title: '', render: (_, row) => <Button size="small" onClick={() => setReturning(row)}>{t('review.return')}</Button> },
  ];

  let body;
  const pending = selectionState(selection, t);
  if (pending !== null || termId === null || periodId === null) body = pending;
  else if (queue.isError) body = <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />;
  else if (framework.isError) body = <ErrorState error={framework.error} onRetry={() => void framework.refetch()} />;
  else if (queue.data === undefined || framework.data === undefined) body = <Loading />;
  else if (rows.length === 0) body = <EmptyState text={t('review.none')} />;
  else {
    body = (
      <>
        <div className="review-bar">
          <span className="muted" role="status">{t('review.count', { count: rows.length })}</span>
          <Button type="primary" disabled={selected.length === 0} loading={busy} onClick={() => void approve()}>
            {t('review.approveSelected', { count: selected.length })}
          </Button>
        </div>
        <Table<Observation>
          rowKey={(row) => row.id}
          columns={columns}
          dataSource={rows}
          size="small"
          pagination={false}
          scroll={{ x: 900 }}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
        />
      </>
    );
  }

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('review.title')}</h1>
        <TermPeriodSelect value={selection} />
      </div>
      {notice === null ? null : <Alert type={notice.type} showIcon closable={{ onClose: () => setNotice(null) }} title={notice.text} role="status" />}
      {body}
      <ReturnDialog name={returning === null ? null : (indicators.get(returning.indicatorId)?.name ?? '')} busy={busy} onCancel={() => setReturning(null)} onReturn={(reason) => void sendBack(reason)} />
    </div>
  );
}
