/**
 * The lead unit's progress report on its task: how far it is (0-100%), what was done, and an
 * evidence file backing the report (PDF, DOCX, XLSX, TXT, PNG, JPEG; the server checks type
 * and size). The report is saved first, then the file is attached to it.
 */
import { useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import InputNumber from 'antd/es/input-number';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { attachTaskEvidence, invalidateTasks, reportProgress } from '../../api/tasks.ts';
import type { TaskView } from '../../api/tasks.ts';
import { errorText } from '../../app/error-text.ts';
import { EVIDENCE_ACCEPT } from '../../entry/evidence-model.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { RequiredText } from './required-text.tsx';

type Message = { type: 'success' | 'warning' | 'error'; text: string } | null;

/** The progress form of a task's page (shown to its lead unit). */
export function ProgressForm({ task }: { task: TaskView }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const file = useRef<HTMLInputElement>(null);
  const [percent, setPercent] = useState<number>(task.progressPercent);
  const [text, setText] = useState('');
  const [textMissing, setTextMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const id = (field: string): string => `progress-${field}-${task.id}`;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (text.trim() === '') {
      setTextMissing(true);
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const { update } = await reportProgress(task.id, { percent, text: text.trim() });
      const chosen = file.current?.files?.[0];
      if (chosen === undefined) setMessage({ type: 'success', text: t('task.progressSent') });
      else {
        try {
          await attachTaskEvidence(task.id, chosen, update.id);
          setMessage({ type: 'success', text: t('task.progressSentWithFile', { name: chosen.name }) });
        } catch (error) {
          setMessage({ type: 'warning', text: t('task.evidenceFailed', { message: errorText(error, t) }) });
        }
      }
      setText('');
      if (file.current !== null) file.current.value = '';
      invalidateTasks(queryClient);
    } catch (error) {
      setMessage({ type: 'error', text: errorText(error, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="task-form" onSubmit={(event) => void submit(event)} aria-label={t('task.progressForm')}>
      <div className="task-form-row">
        <label className="field" htmlFor={id('percent')}>
          <span>{t('task.percent')}</span>
          <InputNumber<number> id={id('percent')} min={0} max={100} step={5} value={percent} onChange={(value) => setPercent(value ?? 0)} addonAfter="%" />
        </label>
        <label className="field">
          <span>{t('task.evidenceFile')}</span>
          <input ref={file} type="file" accept={EVIDENCE_ACCEPT} name="file" data-testid="task-evidence-file" disabled={busy} />
        </label>
      </div>
      <RequiredText
        id={id('text')}
        label={t('task.progressText')}
        value={text}
        missing={textMissing}
        rows={{ minRows: 3, maxRows: 8 }}
        onChange={(value) => {
          setText(value);
          setTextMissing(false);
        }}
      />
      <div>
        <Button type="primary" htmlType="submit" loading={busy}>{t('task.send')}</Button>
      </div>
      {message === null ? null : <Alert type={message.type} showIcon role={message.type === 'success' ? 'status' : 'alert'} title={message.text} />}
    </form>
  );
}
