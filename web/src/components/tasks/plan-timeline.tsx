/**
 * A plan as a timeline (Gantt-style), drawn with plain elements: one row per task with its
 * bar from start to due date in its status colour — overdue in red — under month ticks, with
 * today's line. Each bar says in words what it shows (for screen readers and on hover); the
 * task's title links to its page.
 */
import type { TaskView } from '../../api/tasks.ts';
import { Link } from '../../app/link.tsx';
import { formatDate } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { taskHref } from './task-links.ts';
import { TASK_STATUS_COLOR } from './task-status-tag.tsx';
import { buildTimeline } from './timeline-model.ts';

const LEGEND = ['in_progress', 'not_started', 'done', 'done_late', 'overdue'] as const;

export interface PlanTimelineProps {
  tasks: readonly TaskView[];
  /** Today as the server counts it. */
  today: string;
  planDate: string | null;
}

/** The timeline of a plan's tasks (given parents first). */
export function PlanTimeline({ tasks, today, planDate }: PlanTimelineProps) {
  const { t } = useI18n();
  const timeline = buildTimeline(tasks, today, planDate);
  return (
    <figure className="timeline" aria-label={t('timeline.label')} data-testid="plan-timeline">
      <div className="timeline-grid">
        <div className="timeline-row timeline-head" aria-hidden="true">
          <div />
          <div className="timeline-track">
            {timeline.ticks.map((tick) => (
              <span key={tick.label} className="timeline-tick" style={{ left: `${tick.left}%` }}>
                <span className="timeline-tick-label">{tick.label}</span>
              </span>
            ))}
            {timeline.today === null ? null : (
              <span className="timeline-today" style={{ left: `${timeline.today}%` }}>
                {/* Past the middle, the label sits left of the line so that it stays on the scale. */}
                <span className={timeline.today > 60 ? 'timeline-today-label flip' : 'timeline-today-label'}>{t('timeline.today', { date: formatDate(timeline.todayDate) })}</span>
              </span>
            )}
          </div>
        </div>
        {timeline.rows.map(({ task, depth, bar }) => {
          const status = task.effectiveStatus;
          const label = bar === null
            ? `${task.title}: ${t('tasks.due.none')}`
            : `${t('timeline.bar', { title: task.title, start: formatDate(bar.start), end: formatDate(bar.end), status: task.heading ? t('tasks.heading') : t(`tasks.status.${status}`) })}${bar.startGuessed ? ` (${t('timeline.startGuessed')})` : ''}`;
          return (
            <div key={task.id} className="timeline-row" data-task={task.id} data-status={task.heading ? 'heading' : status}>
              <div className={task.heading ? 'timeline-label heading' : 'timeline-label'} style={{ paddingLeft: `${depth * 14}px` }} title={task.title}>
                {task.number === null ? null : <span className="task-number">{`${task.number} `}</span>}
                {task.heading ? task.title : <Link to={taskHref(task.id)}>{task.title}</Link>}
              </div>
              <div className="timeline-track">
                {timeline.ticks.map((tick) => <span key={tick.label} className="timeline-tick" style={{ left: `${tick.left}%` }} aria-hidden="true" />)}
                {timeline.today === null ? null : <span className="timeline-today" style={{ left: `${timeline.today}%` }} aria-hidden="true" />}
                {bar === null ? (
                  <span className="timeline-none">{t('tasks.due.none')}</span>
                ) : (
                  <span
                    role="img"
                    aria-label={label}
                    title={label}
                    className={`timeline-bar${task.heading ? ' heading' : ''}${bar.startGuessed ? ' guessed' : ''}`}
                    style={{ left: `${bar.left}%`, width: `${bar.width}%`, ...(task.heading ? {} : { background: TASK_STATUS_COLOR[status] }) }}
                  />
                )}
              </div>
            </div>
          );
        })}
      </div>
      <figcaption className="timeline-legend">
        <span>{t('timeline.legend')}:</span>
        {LEGEND.map((status) => (
          <span key={status}>
            <span className="timeline-swatch" style={{ background: TASK_STATUS_COLOR[status] }} />
            {t(`tasks.status.${status}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
