/** A task's reported progress as a bar with its percentage, named for screen readers; red once the task is overdue. */
import Progress from 'antd/es/progress';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { TASK_STATUS_COLOR } from './task-status-tag.tsx';

/** The progress bar of one task. */
export function TaskProgress({ percent, overdue, title }: { percent: number; overdue: boolean; title: string }) {
  const { t } = useI18n();
  return (
    <Progress
      className="task-progress"
      percent={percent}
      size="small"
      // The percentage stays written (no icon) for done and overdue tasks alike.
      format={(value) => `${value ?? 0}%`}
      strokeColor={overdue ? TASK_STATUS_COLOR.overdue : undefined}
      aria-label={t('tasks.progressOf', { title })}
    />
  );
}
