/**
 * The dashboard's overdue board: how many tasks of the organisation's published plans are
 * past their due date, and the most overdue ones with their lead unit and days late, each a
 * link to the task.
 */
import Card from 'antd/es/card';
import { useOverdue } from '../../api/tasks.ts';
import { Link } from '../../app/link.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, queryState } from '../page-state.tsx';
import { plansHref, taskHref } from './task-links.ts';
import './tasks.css';

/** How many of the most overdue tasks the board lists. */
const SHOWN = 5;

/** The board of one organisation (its subtree's tasks the reader may read). */
export function OverdueBoard({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const overdue = useOverdue(organisationId);
  const tasks = overdue.data ?? [];
  const body = queryState(overdue) ?? (tasks.length === 0 ? <EmptyState text={t('board.none')} /> : (
    <>
      <p className="overdue-board-count" data-testid="overdue-count">{t('board.count', { count: tasks.length })}</p>
      <ol className="overdue-board-list">
        {tasks.slice(0, SHOWN).map((task) => (
          <li key={task.id} className="overdue-board-item" data-task={task.id}>
            <span>
              <Link to={taskHref(task.id)}>{task.title}</Link>
              <span className="muted">{` · ${task.leadUnitName ?? t('tasks.lead.none')}`}</span>
            </span>
            <span className="overdue-board-late">{t('board.late', { days: Math.max(0, -(task.daysLeft ?? 0)) })}</span>
          </li>
        ))}
      </ol>
      {tasks.length > SHOWN ? <p className="muted">{t('board.more', { count: tasks.length - SHOWN })}</p> : null}
    </>
  ));
  return (
    <Card size="small" title={t('board.title')} extra={<Link to={plansHref(null)}>{t('board.plans')}</Link>} data-testid="overdue-board">
      {body}
    </Card>
  );
}
