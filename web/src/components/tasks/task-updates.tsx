/**
 * A task's progress reports and comments, newest first: when (dd/mm/yyyy HH:mm), which unit,
 * the percent of a report, the text, and the evidence files backing it (download links); files
 * attached without a report are listed after.
 */
import type { TaskDetail, TaskEvidence } from '../../api/tasks.ts';
import { taskEvidenceUrl } from '../../api/tasks.ts';
import { formatFileSize } from '../../entry/evidence-model.ts';
import { formatDateTime } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState } from '../page-state.tsx';

function Files({ files }: { files: readonly TaskEvidence[] }) {
  const { t } = useI18n();
  if (files.length === 0) return null;
  return (
    <ul className="task-files" aria-label={t('task.files')}>
      {files.map((file) => (
        <li key={file.id}>
          <a href={taskEvidenceUrl(file.id)} download>{file.fileName}</a> <span className="muted">({formatFileSize(file.size)})</span>
        </li>
      ))}
    </ul>
  );
}

/** The updates of a task; `unitName` names the unit that wrote each. */
export function TaskUpdates({ detail, unitName }: { detail: TaskDetail; unitName: (id: string | null) => string | null }) {
  const { t } = useI18n();
  const updates = detail.updates.toSorted((a, b) => b.createdAt.localeCompare(a.createdAt));
  const loose = detail.evidence.filter((file) => file.updateId === null || !detail.updates.some((update) => update.id === file.updateId));
  if (updates.length === 0 && loose.length === 0) return <EmptyState text={t('task.updates.none')} />;
  return (
    <>
      <ol className="task-updates" data-testid="task-updates">
        {updates.map((update) => (
          <li key={update.id} className={`task-update ${update.kind}`}>
            <div className="task-update-head">
              <strong>{update.kind === 'progress' ? t('task.update.progress', { percent: update.percent ?? 0 }) : t('task.update.comment')}</strong>
              <span>{formatDateTime(update.createdAt)}</span>
              {unitName(update.unitId) === null ? null : <span>{unitName(update.unitId)}</span>}
            </div>
            <p className="task-update-text">{update.text}</p>
            <Files files={detail.evidence.filter((file) => file.updateId === update.id)} />
          </li>
        ))}
      </ol>
      <Files files={loose} />
    </>
  );
}
