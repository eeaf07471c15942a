/** The plans of a term: title (a link to the plan), number, date, draft or published, tasks, and how they stand. */
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import type { PlanSummary, TaskStatus } from '../../api/tasks.ts';
import { Link } from '../../app/link.tsx';
import { formatDate, NO_VALUE } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { planHref } from './task-links.ts';
import { PLAN_STATUS_COLOR, TASK_STATUS_COLOR } from './task-status-tag.tsx';

/** Statuses shown in a plan's tally, in this order; zero counts are left out. */
export const TALLY_ORDER: readonly TaskStatus[] = ['overdue', 'in_progress', 'not_started', 'done', 'done_late', 'cancelled'];

/** A tally as small tags: "2 Quá hạn", "5 Đang thực hiện", … */
export function TallyTags({ counts }: { counts: Partial<Record<TaskStatus, number>> }) {
  const { t } = useI18n();
  return (
    <span className="plan-tally">
      {TALLY_ORDER.filter((status) => (counts[status] ?? 0) > 0).map((status) => (
        <Tag key={status} color={TASK_STATUS_COLOR[status]} data-status={status}>{`${counts[status] ?? 0} ${t(`tasks.status.${status}`)}`}</Tag>
      ))}
    </span>
  );
}

/** The plans table. */
export function PlansTable({ plans }: { plans: readonly PlanSummary[] }) {
  const { t } = useI18n();
  const columns: ColumnsType<PlanSummary> = [
    { key: 'title', title: t('plans.col.title'), render: (_, plan) => <Link to={planHref(plan.id)}>{plan.title}</Link> },
    { key: 'number', title: t('plans.col.number'), width: 130, render: (_, plan) => plan.number ?? NO_VALUE },
    { key: 'date', title: t('plans.col.date'), width: 120, render: (_, plan) => formatDate(plan.date) },
    {
      key: 'status',
      title: t('plans.col.status'),
      width: 130,
      render: (_, plan) => <Tag color={PLAN_STATUS_COLOR[plan.status]}>{t(`tasks.planStatus.${plan.status}`)}</Tag>,
    },
    { key: 'tasks', title: t('plans.col.tasks'), width: 100, align: 'right', render: (_, plan) => plan.tally.total },
    { key: 'tally', title: t('plans.col.tally'), render: (_, plan) => <TallyTags counts={plan.tally.counts} /> },
  ];
  return <Table<PlanSummary> rowKey={(plan) => plan.id} columns={columns} dataSource={[...plans]} pagination={false} size="small" scroll={{ x: 800 }} />;
}
