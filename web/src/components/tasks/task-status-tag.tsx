/**
 * A task's status as a coloured tag with its word ("Quá hạn"), the same colours on the tree,
 * the timeline's bars, the inbox and the dashboard's board. Dark enough for white text.
 */
import Tag from 'antd/es/tag';
import type { TaskStatus } from '../../api/tasks.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

export const TASK_STATUS_COLOR = {
  not_started: '#595959',
  in_progress: '#0958d9',
  done: '#237804',
  done_late: '#8c6100',
  overdue: '#a8071a',
  cancelled: '#6b6b6b',
} as const satisfies Record<TaskStatus, string>;

/** A plan's state: a draft in dark amber, a published plan in green. */
export const PLAN_STATUS_COLOR = { draft: '#8c6100', published: '#237804' } as const;

/** The tag of a task's status. */
export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={TASK_STATUS_COLOR[status]} className={`task-status task-status-${status}`} data-status={status}>
      {t(`tasks.status.${status}`)}
    </Tag>
  );
}
