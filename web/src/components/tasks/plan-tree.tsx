/**
 * A plan as a tree: areas, tasks and sub-tasks indented under their parents (headings shaded),
 * each with its number, title (a link to the task), lead unit, due date dd/mm/yyyy, status tag
 * and progress.
 */
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import type { TaskView } from '../../api/tasks.ts';
import { Link } from '../../app/link.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { TaskDue } from './task-due.tsx';
import { TaskProgress } from './task-progress.tsx';
import { taskHref } from './task-links.ts';
import { TaskStatusTag } from './task-status-tag.tsx';
import { depthsOf } from './timeline-model.ts';

/** The tree table of a plan's tasks (given parents first). */
export function PlanTree({ tasks }: { tasks: readonly TaskView[] }) {
  const { t } = useI18n();
  const depth = depthsOf(tasks);
  const columns: ColumnsType<TaskView> = [
    {
      key: 'title',
      title: t('tasks.col.title'),
      render: (_, task) => (
        <span className="task-tree-title" style={{ paddingLeft: `${(depth.get(task.id) ?? 0) * 20}px` }}>
          {task.number === null ? null : <span className="task-number">{task.number}</span>}
          {task.heading ? <span>{task.title}</span> : <Link to={taskHref(task.id)}>{task.title}</Link>}
        </span>
      ),
    },
    { key: 'lead', title: t('tasks.col.lead'), width: 190, render: (_, task) => (task.heading ? null : (task.leadUnitName ?? t('tasks.lead.none'))) },
    { key: 'due', title: t('tasks.col.due'), width: 170, render: (_, task) => (task.heading ? null : <TaskDue task={task} withDays />) },
    { key: 'status', title: t('tasks.col.status'), width: 140, render: (_, task) => (task.heading ? null : <TaskStatusTag status={task.effectiveStatus} />) },
    {
      key: 'progress',
      title: t('tasks.col.progress'),
      width: 140,
      render: (_, task) => (task.heading ? null : (
        <TaskProgress percent={task.progressPercent} overdue={task.effectiveStatus === 'overdue'} title={task.title} />
      )),
    },
  ];
  return (
    <section aria-label={t('plan.treeLabel')} data-testid="plan-tree">
      <Table<TaskView>
        rowKey={(task) => task.id}
        rowClassName={(task) => (task.heading ? 'task-heading-row' : '')}
        columns={columns}
        dataSource={[...tasks]}
        pagination={false}
        size="small"
        scroll={{ x: 900 }}
      />
    </section>
  );
}
