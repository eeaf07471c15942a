/** A task's deadline as users read it: "30/06/2026", "hằng quý, kỳ tới 20/03/2026", or "no due date"; with the days left or late. */
import type { Recurrence } from '../../api/tasks.ts';
import { formatDate } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { daysLeftMessage } from './inbox-model.ts';
import type { InboxLike } from './inbox-model.ts';

export interface TaskDueProps {
  task: InboxLike & { dueDate: string | null; recurrence: Recurrence | null };
  /** Also say the days left or late. */
  withDays?: boolean;
}

/** The due date (or recurrence) of a task. */
export function TaskDue({ task, withDays = false }: TaskDueProps) {
  const { t } = useI18n();
  const date = task.dueDate === null ? null : formatDate(task.dueDate);
  let text: string;
  if (task.recurrence !== null) text = date === null ? t(`tasks.every.${task.recurrence.every}`) : t('tasks.due.recurring', { every: t(`tasks.every.${task.recurrence.every}`), date });
  else text = date ?? t('tasks.due.none');
  const days = withDays ? daysLeftMessage(task) : null;
  return (
    <span className="task-due">
      {text}
      {days === null ? null : <span className={days.key === 'tasks.days.late' ? 'task-days task-days-late' : 'task-days'}>{` · ${t(days.key, { days: days.days })}`}</span>}
    </span>
  );
}
