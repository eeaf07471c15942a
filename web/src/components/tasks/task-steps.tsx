/**
 * The status steps the reader may take on a task, as the server lists them: start, mark done
 * (the lead unit, the secretariat), cancel with a reason and reopen (the secretariat). Each
 * step is sent with the version read.
 */
import { useQueryClient } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import { useState } from 'react';
import { cancelTask, invalidateTasks, reopenTask, setTaskStatus } from '../../api/tasks.ts';
import type { Task, TaskDetail } from '../../api/tasks.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { effectiveStatusOf } from './task-step-model.ts';
import { FormNotice, useFormAction } from '../form-notice.tsx';


/** The step buttons and the cancel dialog. */
export function TaskSteps({ detail }: { detail: TaskDetail }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { task } = detail;
  const { busy, message, run } = useFormAction();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);

  const act = (step: () => Promise<Task>): Promise<boolean> =>
    run(async () => {
      const next = await step();
      invalidateTasks(queryClient);
      return t('task.stepSaved', { status: t(`tasks.status.${effectiveStatusOf(next, task)}`) });
    });
  const closed = task.status === 'done' || task.status === 'cancelled';
  const cancel = async (): Promise<void> => {
    if (reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    if (await act(() => cancelTask(task.id, { version: task.version, reason: reason.trim() }))) {
      setCancelling(false);
      setReason('');
    }
  };

  return (
    <div className="task-form">
      <div className="task-steps">
        {detail.transitions.includes('in_progress') ? (
          <Button loading={busy} onClick={() => void act(() => (closed ? reopenTask(task.id, { version: task.version }) : setTaskStatus(task.id, { version: task.version, status: 'in_progress' })))}>
            {closed ? t('task.step.reopen') : t('task.step.in_progress')}
          </Button>
        ) : null}
        {detail.transitions.includes('done') ? (
          <Button type="primary" loading={busy} onClick={() => void act(() => setTaskStatus(task.id, { version: task.version, status: 'done' }))}>{t('task.step.done')}</Button>
        ) : null}
        {detail.transitions.includes('cancelled') ? <Button onClick={() => setCancelling(true)}>{t('task.step.cancel')}</Button> : null}
      </div>
      <FormNotice message={message} />
      <Modal
        open={cancelling}
        title={t('task.cancelTitle', { title: task.title })}
        okText={t('task.cancelConfirm')}
        cancelText={t('task.keep')}
        confirmLoading={busy}
        onOk={() => void cancel()}
        onCancel={() => setCancelling(false)}
      >
        <label className="field" htmlFor={`cancel-reason-${task.id}`}>
          <span>{t('task.cancelReason')}</span>
          <Input.TextArea
            id={`cancel-reason-${task.id}`}
            value={reason}
            autoSize={{ minRows: 2, maxRows: 6 }}
            status={reasonMissing ? 'error' : ''}
            onChange={(event) => {
              setReason(event.target.value);
              setReasonMissing(false);
            }}
          />
        </label>
        {reasonMissing ? <p className="field-error" role="alert">{t('task.cancelReasonRequired')}</p> : null}
      </Modal>
    </div>
  );
}
