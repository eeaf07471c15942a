/**
 * One task (`/tasks/:id`): what it is (kind, plan, units, dates, product, progress), its
 * status, and what the reader may do — the secretariat changes its status or cancels it with
 * a reason, the lead unit reports progress with a percent, a text and an evidence file,
 * supporting units comment — then its progress reports and comments, and for the secretariat
 * and inspectors its change history.
 */
import Card from 'antd/es/card';
import { useDirectory, useSession } from '../api/queries.ts';
import { useTask } from '../api/tasks.ts';
import type { TaskDetail } from '../api/tasks.ts';
import { Link } from '../app/link.tsx';
import { abilitiesOf } from '../app/permissions.ts';
import { queryState } from '../components/page-state.tsx';
import { CommentForm } from '../components/tasks/comment-form.tsx';
import { ProgressForm } from '../components/tasks/progress-form.tsx';
import { TaskFacts } from '../components/tasks/task-facts.tsx';
import { TaskHistory } from '../components/tasks/task-history.tsx';
import { planHref } from '../components/tasks/task-links.ts';
import { TaskStatusTag } from '../components/tasks/task-status-tag.tsx';
import { TaskSteps } from '../components/tasks/task-steps.tsx';
import { TaskUpdates } from '../components/tasks/task-updates.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import '../components/tasks/tasks.css';
import '../framework/framework.css';

function TaskBody({ detail, showHistory }: { detail: TaskDetail; showHistory: boolean }) {
  const { t } = useI18n();
  const directory = useDirectory();
  const unitName = (id: string | null): string | null => (id === null ? null : (directory.data?.organisations.find((unit) => unit.id === id)?.name ?? null));
  const { task, can } = detail;
  const open = task.status !== 'done' && task.status !== 'cancelled';
  return (
    <div className="task-layout">
      <div className="task-column">
        <Card size="small" title={t('task.facts')}>
          <TaskFacts detail={detail} />
        </Card>
        <Card size="small" title={t('task.updates')}>
          <TaskUpdates detail={detail} unitName={unitName} />
        </Card>
        {showHistory ? (
          <Card size="small" title={t('task.history')}>
            <TaskHistory taskId={task.id} unitName={(id) => unitName(id) ?? id} />
          </Card>
        ) : null}
      </div>
      <div className="task-column">
        {detail.transitions.length > 0 ? (
          <Card size="small" title={t('task.steps')}>
            <TaskSteps detail={detail} />
          </Card>
        ) : null}
        {can.update && open ? (
          <Card size="small" title={t('task.progressForm')}>
            <ProgressForm task={task} />
          </Card>
        ) : null}
        {can.comment ? (
          <Card size="small" title={t('task.commentForm')}>
            <CommentForm taskId={task.id} />
          </Card>
        ) : null}
        {!can.update && !can.comment && !can.manage ? <p className="muted">{t('task.readOnly')}</p> : null}
        {!open ? <p className="muted">{t('task.closed', { status: t(`tasks.status.${task.effectiveStatus}`) })}</p> : null}
      </div>
    </div>
  );
}

/** The task page. */
export default function TaskPage({ taskId }: { taskId: string }) {
  const { t } = useI18n();
  const session = useSession();
  const task = useTask(taskId);
  const showHistory = session.data !== null && session.data !== undefined && abilitiesOf(session.data).readTaskHistory;
  const detail = task.data;
  return (
    <div className="page" data-task={taskId} data-status={detail?.task.effectiveStatus ?? ''}>
      <div className="page-head">
        <div className="plan-head">
          {detail === undefined ? null : <Link to={planHref(detail.plan.id)}>{`← ${detail.plan.title}`}</Link>}
          <h1>
            {detail === undefined ? t('tasks.field.title') : `${detail.task.number === null ? '' : `${detail.task.number} `}${detail.task.title}`}
          </h1>
          {detail === undefined ? null : <span><TaskStatusTag status={detail.task.effectiveStatus} /></span>}
        </div>
      </div>
      {queryState(task) ?? (detail === undefined ? null : <TaskBody detail={detail} showHistory={showHistory} />)}
    </div>
  );
}
