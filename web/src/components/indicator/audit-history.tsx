/**
 * The change history of an indicator and of its figures, newest first: when (dd/mm/yyyy
 * HH:mm), who, what was done to which record, and each changed field "before → after". The
 * page shows it only to those who may read the audit trail (the server refuses the others).
 */
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import { useAuditHistories } from '../../api/audit.ts';
import type { AuditEntry, AuditRecordRef } from '../../api/audit.ts';
import type { Indicator, Observation, PeriodStatus } from '../../api/types.ts';
import { actionKey, changesOf, changeText } from '../../audit/audit-changes.ts';
import type { ValueContext } from '../../audit/audit-changes.ts';
import { formatDateTime, NO_VALUE } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, ErrorState, Loading } from '../page-state.tsx';

export interface AuditHistoryProps {
  indicator: Indicator;
  /** The indicator's figures: their histories are read too. */
  observations: readonly Observation[];
  periods: readonly PeriodStatus[];
  unitName: (id: string | null) => string;
  groupName: (id: string | null) => string;
}

function text(snapshot: Record<string, unknown> | null, key: string): string | null {
  const value = snapshot?.[key];
  return typeof value === 'string' ? value : null;
}

/** The history table. */
export function AuditHistory({ indicator, observations, periods, unitName, groupName }: AuditHistoryProps) {
  const { t } = useI18n();
  const records: AuditRecordRef[] = [
    { entity: 'indicator', entityId: indicator.id },
    ...observations.map((observation) => ({ entity: 'observation' as const, entityId: observation.id })),
  ];
  const histories = useAuditHistories(records, true);
  const failed = histories.find((query) => query.isError);
  if (failed !== undefined) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (histories.some((query) => query.data === undefined)) return <Loading />;
  const entries = histories.flatMap((query) => query.data?.entries ?? []).toSorted((a, b) => b.seq - a.seq);
  if (entries.length === 0) return <EmptyState text={t('audit.none')} />;

  const context: ValueContext = { t, unitName, groupName, unit: indicator.unit };
  const subject = (entry: AuditEntry): string => {
    if (entry.entity !== 'observation') return t('audit.subject.indicator');
    const snapshot = entry.after ?? entry.before;
    const period = periods.find((candidate) => candidate.id === text(snapshot, 'periodId'))?.label ?? NO_VALUE;
    const kind = text(snapshot, 'kind');
    return t('audit.subject.observation', { period, kind: kind === 'estimate' || kind === 'official' ? t(`kind.${kind}`) : NO_VALUE });
  };
  const columns: ColumnsType<AuditEntry> = [
    { key: 'when', title: t('audit.col.when'), width: 140, render: (_, entry) => formatDateTime(entry.at) },
    { key: 'who', title: t('audit.col.who'), width: 160, render: (_, entry) => entry.actorName ?? t('audit.system') },
    {
      key: 'what',
      title: t('audit.col.what'),
      width: 220,
      render: (_, entry) => (
        <span>
          <strong>{t(actionKey(entry))}</strong>
          <div className="muted">{subject(entry)}</div>
        </span>
      ),
    },
    {
      key: 'changes',
      title: t('audit.col.changes'),
      render: (_, entry) => (
        <ul className="audit-changes">
          {changesOf(entry).map((change) => (
            <li key={change.field}>{changeText(change, context)}</li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <div data-testid="audit-history">
      <Table<AuditEntry>
        rowKey={(entry) => entry.seq}
        columns={columns}
        dataSource={entries}
        size="small"
        scroll={{ x: 760 }}
        pagination={entries.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      />
    </div>
  );
}
