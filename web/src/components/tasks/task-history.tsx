/**
 * A task's change history from the audit trail, newest first: when, who, what was done, and
 * each changed field "before → after". Shown to those who may read it (secretariat, inspector);
 * the server refuses the others.
 */
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import { useAuditHistories } from '../../api/audit.ts';
import type { AuditEntry } from '../../api/audit.ts';
import { formatDateTime } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, ErrorState, Loading } from '../page-state.tsx';
import { taskActionKey, taskChanges, taskChangeText } from './task-history-model.ts';

/** The history table of one task; `unitName` names units by id. */
export function TaskHistory({ taskId, unitName }: { taskId: string; unitName: (id: string) => string }) {
  const { t } = useI18n();
  const [history] = useAuditHistories([{ entity: 'task', entityId: taskId }], true);
  if (history === undefined) return null;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data === undefined) return <Loading />;
  const entries = history.data.entries.toSorted((a, b) => b.seq - a.seq);
  if (entries.length === 0) return <EmptyState text={t('audit.none')} />;
  const context = { t, unitName };
  const columns: ColumnsType<AuditEntry> = [
    { key: 'when', title: t('audit.col.when'), width: 140, render: (_, entry) => formatDateTime(entry.at) },
    { key: 'who', title: t('audit.col.who'), width: 150, render: (_, entry) => entry.actorName ?? t('audit.system') },
    { key: 'what', title: t('audit.col.what'), width: 150, render: (_, entry) => <strong>{t(taskActionKey(entry))}</strong> },
    {
      key: 'changes',
      title: t('audit.col.changes'),
      render: (_, entry) => (
        <ul className="audit-changes">
          {taskChanges(entry).map((change) => <li key={change.field}>{taskChangeText(change, context)}</li>)}
        </ul>
      ),
    },
  ];
  return (
    <div data-testid="task-history">
      <Table<AuditEntry> rowKey={(entry) => String(entry.seq)} columns={columns} dataSource={entries} pagination={false} size="small" scroll={{ x: 640 }} />
    </div>
  );
}
