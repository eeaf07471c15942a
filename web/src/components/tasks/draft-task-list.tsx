/**
 * The draft plan's tasks as a list in the plan's tree: each row a button (Tab reaches the
 * list, the arrow keys move through it), showing the task's number and title, its lead unit
 * and due date — or that it has none yet — and whether it has unsaved edits.
 */
import { useEffect } from 'react';
import type { KeyboardEvent } from 'react';
import type { Organisation } from '../../api/types.ts';
import type { TaskView } from '../../api/tasks.ts';
import { formatDate } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { TaskEdits } from './task-draft.ts';
import { isEdited, taskValues } from './task-draft.ts';
import { depthsOf } from './timeline-model.ts';

export interface DraftTaskListProps {
  tasks: readonly TaskView[];
  edits: ReadonlyMap<string, TaskEdits>;
  units: readonly Organisation[];
  selectedId: string | null;
  onSelect: (taskId: string) => void;
}

/** The list of the draft's tasks. */
export function DraftTaskList({ tasks, edits, units, selectedId, onSelect }: DraftTaskListProps) {
  const { t } = useI18n();
  const depth = depthsOf(tasks);
  const order = tasks.map((task) => task.id);
  const unitName = (id: string | null): string | null => (id === null ? null : (units.find((unit) => unit.id === id)?.name ?? null));
  useEffect(() => {
    if (selectedId !== null) document.getElementById(`draft-task-${selectedId}`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);
  const move = (event: KeyboardEvent<HTMLButtonElement>, taskId: string): void => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = order[order.indexOf(taskId) + step];
    if (next === undefined) return;
    onSelect(next);
    document.getElementById(`draft-task-${next}`)?.focus();
  };
  return (
    <nav className="draft-task-list" aria-label={t('draft.listLabel')}>
      <ul>
        {tasks.map((task) => {
          const values = taskValues(task, edits.get(task.id));
          const selected = task.id === selectedId;
          const lead = unitName(values.leadUnitId);
          return (
            <li key={task.id} style={{ paddingLeft: `${(depth.get(task.id) ?? 0) * 16}px` }} className={task.heading ? 'draft-task-heading' : undefined}>
              <button
                type="button"
                id={`draft-task-${task.id}`}
                className={selected ? 'draft-row selected' : 'draft-row'}
                aria-current={selected ? 'true' : undefined}
                onClick={() => onSelect(task.id)}
                onKeyDown={(event) => move(event, task.id)}
              >
                <span className="draft-name">{task.number === null ? values.title : `${task.number} ${values.title}`}</span>
                {task.heading ? (
                  <span className="draft-task-meta">{t('tasks.heading')}</span>
                ) : (
                  <span className="draft-task-meta">
                    <span className={lead === null ? 'draft-task-missing' : undefined}>{lead ?? t('tasks.lead.none')}</span>
                    {' · '}
                    <span className={values.dueDate === null && values.recurrence === null ? 'draft-task-missing' : undefined}>
                      {values.dueDate !== null ? formatDate(values.dueDate) : values.recurrence !== null ? t(`tasks.every.${values.recurrence}`) : t('tasks.due.none')}
                    </span>
                  </span>
                )}
                {isEdited(task, edits.get(task.id)) ? <span className="draft-unsaved">{t('draft.unsaved')}</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
