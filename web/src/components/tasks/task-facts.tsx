/** What a task is: kind, plan, lead and supporting units, dates or recurrence, product, progress, and why it was cancelled. */
import type { ReactNode } from 'react';
import type { TaskDetail } from '../../api/tasks.ts';
import { Link } from '../../app/link.tsx';
import { formatDate, NO_VALUE } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { TaskDue } from './task-due.tsx';
import { planHref } from './task-links.ts';
import { TaskProgress } from './task-progress.tsx';

/** The facts of a task as a definition list. */
export function TaskFacts({ detail }: { detail: TaskDetail }) {
  const { t } = useI18n();
  const { task, plan } = detail;
  const facts: [string, ReactNode][] = [
    [t('tasks.field.kind'), t(`tasks.kind.${task.kind}`)],
    [t('task.planOf'), <Link key="plan" to={planHref(plan.id)}>{plan.title}</Link>],
    [t('tasks.field.lead'), task.leadUnitName ?? t('tasks.lead.none')],
    [t('tasks.field.supporting'), task.supportingUnitNames.length === 0 ? NO_VALUE : task.supportingUnitNames.join(', ')],
    [t('tasks.field.start'), formatDate(task.startDate)],
    [t('tasks.field.due'), <TaskDue key="due" task={task} withDays />],
    [t('tasks.field.product'), task.productText ?? NO_VALUE],
    [t('task.progress'), <TaskProgress key="progress" percent={task.progressPercent} overdue={task.effectiveStatus === 'overdue'} title={task.title} />],
  ];
  if (task.doneAt !== null) facts.push([t('tasks.field.doneAt'), formatDate(task.doneAt)]);
  if (task.cancelReason !== null) facts.push([t('tasks.field.cancelReason'), task.cancelReason]);
  return (
    <dl className="task-facts">
      {facts.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
