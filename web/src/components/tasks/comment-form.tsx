/** A comment on a task (supporting units, the lead unit, the secretariat). */
import { useQueryClient } from '@tanstack/react-query';
import Button from 'antd/es/button';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { commentTask, invalidateTasks } from '../../api/tasks.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { RequiredText } from './required-text.tsx';
import { FormNotice, useFormAction } from '../form-notice.tsx';


/** The comment form of a task's page. */
export function CommentForm({ taskId }: { taskId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const { busy, message, run } = useFormAction();
  const id = `comment-${taskId}`;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (text.trim() === '') {
      setMissing(true);
      return;
    }
    await run(async () => {
      await commentTask(taskId, { text: text.trim() });
      setText('');
      invalidateTasks(queryClient);
      return t('task.commentSent');
    });
  };

  return (
    <form className="task-form" onSubmit={(event) => void submit(event)}>
      <p className="muted">{t('task.commentHint')}</p>
      <RequiredText
        id={id}
        label={t('task.commentText')}
        value={text}
        missing={missing}
        rows={{ minRows: 2, maxRows: 6 }}
        onChange={(value) => {
          setText(value);
          setMissing(false);
        }}
      />
      <div>
        <Button htmlType="submit" loading={busy}>{t('task.commentSend')}</Button>
      </div>
      <FormNotice message={message} />
    </form>
  );
}
