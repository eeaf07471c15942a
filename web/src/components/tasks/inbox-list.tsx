/**
 * The unit's tasks as cards in sections — overdue, due soon, in progress, not due yet — each
 * with its title (a link to the task), plan, the unit's role (lead or supporting), due date
 * with the days left or late, status and progress. One column on a phone.
 */
import Tag from 'antd/es/tag';
import type { InboxTask } from '../../api/tasks.ts';
import { Link } from '../../app/link.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { inboxSections } from './inbox-model.ts';
import { TaskDue } from './task-due.tsx';
import { taskHref } from './task-links.ts';
import { TaskProgress } from './task-progress.tsx';
import { TaskStatusTag } from './task-status-tag.tsx';

/** The inbox's sections of tasks. */
export function InboxList({ tasks }: { tasks: readonly InboxTask[] }) {
  const { t } = useI18n();
  return (
    <>
      {inboxSections(tasks).map((section) => (
        <section key={section.key} className="inbox-section" aria-labelledby={`inbox-${section.key}`} data-section={section.key}>
          <h2 id={`inbox-${section.key}`}>{`${t(`inbox.section.${section.key}`)} (${section.tasks.length})`}</h2>
          <ul className="inbox-list">
            {section.tasks.map((task) => (
              <li key={`${task.id}-${task.unitId}`} className={`inbox-card ${section.key}`} data-task={task.id}>
                <Link className="inbox-card-title" to={taskHref(task.id)}>{task.title}</Link>
                <div className="inbox-card-meta">
                  <Tag>{t(`inbox.role.${task.role}`)}</Tag>
                  <TaskStatusTag status={task.effectiveStatus} />
                  <TaskDue task={task} withDays />
                </div>
                <div className="inbox-card-meta">
                  <span className="muted">{task.planTitle}</span>
                </div>
                {task.role === 'lead' ? <TaskProgress percent={task.progressPercent} overdue={task.effectiveStatus === 'overdue'} title={task.title} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
