/**
 * The editor of one draft task: title, kind, lead and supporting units, start and due date
 * (dd/mm/yyyy pickers), recurrence and product; saved with the version read (a change by
 * someone else meanwhile is a conflict, not overwritten), or its edits discarded. The line of
 * the source document it was read from is named.
 */
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Input from 'antd/es/input';
import Popconfirm from 'antd/es/popconfirm';
import Select from 'antd/es/select';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { deleteTask, editTask } from '../../api/tasks.ts';
import type { Task, TaskKind, TaskView } from '../../api/tasks.ts';
import type { Organisation } from '../../api/types.ts';
import { errorText } from '../../app/error-text.ts';
import { Link } from '../../app/link.tsx';
import { href } from '../../app/router.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { RecurrenceEvery, TaskEdits } from './task-draft.ts';
import { taskPatch, taskProblems, taskValues } from './task-draft.ts';

const KINDS: readonly TaskKind[] = ['regular', 'project', 'thematic_resolution', 'key_programme', 'breakthrough', 'conclusion', 'report_duty'];
const EVERY: readonly RecurrenceEvery[] = ['month', 'quarter', 'half_year', 'year'];
/** The Select's value for "none" (antd cannot tell a null value from no value). */
const NONE = '';

type Message = { type: 'success' | 'error'; text: string; conflict?: boolean } | null;

export interface DraftTaskEditorProps {
  task: TaskView;
  edits: TaskEdits | undefined;
  units: readonly Organisation[];
  onChange: (edits: TaskEdits | undefined) => void;
  onSaved: (task: Task) => void;
  onReload: () => void;
  /** The task (and its sub-tasks) left out of the plan. */
  onDeleted: () => void;
  /** The stored document the plan was read from (its source line then links to it). */
  sourceDocumentId: string | null;
}

/** The editor panel of the chosen task. */
export function DraftTaskEditor({ task, edits, units, onChange, onSaved, onReload, onDeleted, sourceDocumentId }: DraftTaskEditorProps) {
  const { t, lang } = useI18n();
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  }, [lang]);
  const values = taskValues(task, edits);
  const problems = taskProblems(values);
  const patch = taskPatch(task, edits);
  const set = (change: TaskEdits): void => {
    setMessage(null);
    onChange({ ...edits, ...change });
  };
  const save = async (): Promise<void> => {
    if (patch === null || problems.length > 0) return;
    setBusy(true);
    setMessage(null);
    try {
      onSaved(await editTask(task.id, patch));
      setMessage({ type: 'success', text: t('draft.saved') });
    } catch (error) {
      const conflict = error instanceof ApiError && error.code === 'conflict';
      setMessage({ type: 'error', text: conflict ? t('draft.conflict') : errorText(error, t), conflict });
    } finally {
      setBusy(false);
    }
  };
  const remove = async (): Promise<void> => {
    setBusy(true);
    setMessage(null);
    try {
      await deleteTask(task.id, task.version);
      onDeleted();
    } catch (error) {
      const conflict = error instanceof ApiError && error.code === 'conflict';
      setMessage({ type: 'error', text: conflict ? t('draft.conflict') : errorText(error, t), conflict });
      setBusy(false);
    }
  };
  const id = (field: string): string => `draft-${field}-${task.id}`;
  const unitOptions = units.map((unit) => ({ value: unit.id, label: unit.name }));
  const date = (value: string | null) => (value === null ? null : dayjs(value));

  return (
    <div className="draft-editor" data-testid="draft-task-editor">
      <h2>{task.number === null ? values.title : `${task.number} ${values.title}`}</h2>
      {task.heading ? <p className="muted">{t('draft.headingNote')}</p> : null}
      <div className="draft-fields">
        <label className="field draft-field-wide" htmlFor={id('title')}>
          <span>{t('tasks.field.title')}</span>
          <Input.TextArea id={id('title')} value={values.title} autoSize={{ minRows: 1, maxRows: 4 }} status={problems.includes('titleRequired') ? 'error' : ''} onChange={(event) => set({ title: event.target.value })} />
        </label>
        <label className="field">
          <span>{t('tasks.field.kind')}</span>
          <Select<TaskKind> aria-label={t('tasks.field.kind')} value={values.kind} onChange={(kind) => set({ kind })} options={KINDS.map((kind) => ({ value: kind, label: t(`tasks.kind.${kind}`) }))} popupMatchSelectWidth={false} />
        </label>
        <label className="field">
          <span>{t('tasks.field.lead')}</span>
          <Select<string>
            aria-label={t('tasks.field.lead')}
            showSearch
            optionFilterProp="label"
            value={values.leadUnitId ?? NONE}
            onChange={(value) => set({ leadUnitId: value === NONE ? null : value })}
            options={[{ value: NONE, label: t('tasks.lead.none') }, ...unitOptions]}
            popupMatchSelectWidth={false}
          />
        </label>
        <label className="field draft-field-wide">
          <span>{t('tasks.field.supporting')}</span>
          <Select<string[]>
            aria-label={t('tasks.field.supporting')}
            mode="multiple"
            optionFilterProp="label"
            value={values.supportingUnitIds}
            onChange={(value) => set({ supportingUnitIds: value })}
            options={unitOptions}
          />
        </label>
        <label className="field">
          <span>{t('tasks.field.start')}</span>
          <DatePicker aria-label={t('tasks.field.start')} format="DD/MM/YYYY" placeholder={t('draft.datePlaceholder')} value={date(values.startDate)} onChange={(value) => set({ startDate: value === null ? null : value.format('YYYY-MM-DD') })} />
        </label>
        <label className="field">
          <span>{t('tasks.field.due')}</span>
          <DatePicker
            aria-label={t('tasks.field.due')}
            format="DD/MM/YYYY"
            placeholder={t('draft.datePlaceholder')}
            value={date(values.dueDate)}
            status={problems.includes('dueBeforeStart') ? 'error' : ''}
            onChange={(value) => set({ dueDate: value === null ? null : value.format('YYYY-MM-DD') })}
          />
        </label>
        <label className="field">
          <span>{t('tasks.field.recurrence')}</span>
          <Select<string>
            aria-label={t('tasks.field.recurrence')}
            value={values.recurrence ?? NONE}
            onChange={(value) => set({ recurrence: EVERY.find((every) => every === value) ?? null })}
            options={[{ value: NONE, label: t('draft.recurrence.none') }, ...EVERY.map((every) => ({ value: every, label: t(`tasks.every.${every}`) }))]}
            popupMatchSelectWidth={false}
          />
        </label>
        <label className="field" htmlFor={id('product')}>
          <span>{t('tasks.field.product')}</span>
          <Input id={id('product')} value={values.productText} onChange={(event) => set({ productText: event.target.value })} onPressEnter={() => void save()} />
        </label>
      </div>
      {problems.map((problem) => <p key={problem} className="field-error" role="alert">{t(`draft.problem.${problem}`)}</p>)}
      <div className="draft-actions">
        <Button type="primary" onClick={() => void save()} loading={busy} disabled={patch === null || problems.length > 0}>{t('draft.save')}</Button>
        <Button onClick={() => { setMessage(null); onChange(undefined); }} disabled={edits === undefined}>{t('draft.discard')}</Button>
        <Popconfirm
          title={task.heading ? t('draft.removeHeadingConfirm') : t('draft.removeConfirm')}
          okText={t('draft.remove')}
          cancelText={t('review.cancel')}
          onConfirm={() => void remove()}
        >
          <Button disabled={busy}>{t('draft.remove')}</Button>
        </Popconfirm>
      </div>
      {message === null ? null : (
        <Alert
          className="entry-message"
          type={message.type}
          showIcon
          role={message.type === 'error' ? 'alert' : 'status'}
          title={message.text}
          action={message.conflict === true ? <Button size="small" onClick={onReload}>{t('draft.reload')}</Button> : undefined}
        />
      )}
      {task.sourceLine === null ? null : (
        <p className="muted draft-source">
          {sourceDocumentId === null
            ? t('draft.sourceLine', { line: task.sourceLine })
            : <Link to={href(`/documents/${encodeURIComponent(sourceDocumentId)}`, { line: String(task.sourceLine) })}>{t('draft.sourceLine', { line: task.sourceLine })}</Link>}
        </p>
      )}
    </div>
  );
}
