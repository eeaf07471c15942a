/**
 * The plan's evaluation card ("Đánh giá thực hiện", issue 6): how the plan's tasks stand —
 * done on time, done late, overdue, in progress, not started, cancelled, each a count and a
 * share of the counted tasks —, the same per lead unit with the most overdue units first, and
 * the plan's most overdue tasks (a link to each, its unit, its days late). Read from
 * GET /api/plans/:planId/evaluation; the numbers come from plan-evaluation-model.ts.
 */
import Card from 'antd/es/card';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import { usePlanEvaluation } from '../../api/tasks.ts';
import type { PlanEvaluation as PlanEvaluationData } from '../../api/tasks.ts';
import { Link } from '../../app/link.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, queryState } from '../page-state.tsx';
import { daysLate, EVALUATION_STATUSES, evaluationRow, unitRows } from './plan-evaluation-model.ts';
import type { EvaluationCell, EvaluationRow } from './plan-evaluation-model.ts';
import { taskHref } from './task-links.ts';
import { TASK_STATUS_COLOR } from './task-status-tag.tsx';
import './tasks.css';

/** A count over its share ("1" / "50%"). */
function CellValue({ cell }: { cell: EvaluationCell | undefined }) {
  if (cell === undefined) return null;
  return (
    <span className="eval-cell" data-status={cell.status} data-count={cell.count}>
      <span className="eval-count">{cell.count}</span>
      <span className="eval-share">{cell.share}</span>
    </span>
  );
}

function EvaluationBody({ evaluation }: { evaluation: PlanEvaluationData }) {
  const { t } = useI18n();
  const plan = evaluationRow('plan', null, t('eval.plan'), evaluation.tally);
  const units = unitRows(evaluation.units, t('tasks.lead.none'));
  const counted = evaluation.tally.total - (evaluation.tally.counts.cancelled ?? 0);
  const columns: ColumnsType<EvaluationRow> = [
    { key: 'unit', title: t('eval.col.unit'), render: (_, row) => row.name },
    { key: 'total', title: t('eval.col.total'), align: 'right', width: 90, render: (_, row) => row.total },
    ...EVALUATION_STATUSES.map((status) => ({
      key: status,
      title: t(`tasks.status.${status}`),
      align: 'right' as const,
      width: 110,
      render: (_: unknown, row: EvaluationRow) => <CellValue cell={row.cells.find((cell) => cell.status === status)} />,
    })),
  ];
  return (
    <>
      <ul className="eval-tiles" aria-label={t('eval.plan')} data-testid="plan-evaluation-overall">
        {plan.cells.map((cell) => (
          <li key={cell.status} className="eval-tile" style={{ borderTopColor: TASK_STATUS_COLOR[cell.status] }}>
            <span className="eval-tile-word">{t(`tasks.status.${cell.status}`)}</span>
            <CellValue cell={cell} />
          </li>
        ))}
      </ul>
      <p className="muted">{t('eval.counted', { counted })}</p>
      <h3 className="eval-heading">{t('eval.units')}</h3>
      <section aria-label={t('eval.unitsLabel')} data-testid="plan-evaluation-units">
        <Table<EvaluationRow> rowKey={(row) => row.key} columns={columns} dataSource={units} pagination={false} size="small" scroll={{ x: 900 }} />
      </section>
      <h3 className="eval-heading">{t('eval.overdue')}</h3>
      {evaluation.mostOverdue.length === 0 ? <p className="muted">{t('eval.overdue.none')}</p> : (
        <ol className="overdue-board-list" data-testid="plan-evaluation-overdue">
          {evaluation.mostOverdue.map((task) => (
            <li key={task.id} className="overdue-board-item" data-task={task.id}>
              <span>
                <Link to={taskHref(task.id)}>{task.title}</Link>
                <span className="muted">{` · ${task.leadUnitName ?? t('tasks.lead.none')}`}</span>
              </span>
              <span className="overdue-board-late">{t('board.late', { days: daysLate(task) })}</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** The evaluation card of one plan (over the tasks the reader may read). */
export function PlanEvaluationCard({ planId }: { planId: string }) {
  const { t } = useI18n();
  const evaluation = usePlanEvaluation(planId);
  const data = evaluation.data;
  const body = queryState(evaluation) ?? (data === undefined ? null : data.tally.total === 0
    ? <EmptyState text={t('eval.none')} />
    : <EvaluationBody evaluation={data} />);
  return (
    <Card size="small" title={<h2 className="eval-title">{t('eval.title')}</h2>} className="plan-evaluation" data-testid="plan-evaluation">
      {body}
    </Card>
  );
}
