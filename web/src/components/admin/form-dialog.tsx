/**
 * A dialog around one form, as every administration change uses it: OK (or Enter) checks the
 * fields inline, sends, and shows a refusal on its field or, when it concerns no field, inside
 * the dialog; Esc or Cancel closes it without a change.
 */
import Alert from 'antd/es/alert';
import Form from 'antd/es/form';
import type { FormInstance } from 'antd/es/form';
import Modal from 'antd/es/modal';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { errorText } from '../../app/error-text.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/translate.ts';
import { showOnField } from './feedback.tsx';

export interface FormDialogProps<V> {
  open: boolean;
  title: string;
  okText: string;
  form: FormInstance<V>;
  initialValues: Partial<V>;
  /** The fields a server refusal may point at. */
  fields: readonly string[];
  /** Our wording for a key already taken, by field. */
  taken?: Partial<Record<string, MessageKey>>;
  /** Where a duplicate that names no field is shown (a key of several fields). */
  duplicateOn?: string;
  /** Sends the change; a rejection is shown, a success closes nothing by itself (the caller does). */
  submit: (values: V) => Promise<void>;
  onCancel: () => void;
  children: ReactNode;
}

/** A modal with a vertical form, its busy state and its refusals. */
export function FormDialog<V extends object>({ open, title, okText, form, initialValues, fields, taken = {}, duplicateOn, submit, onCancel, children }: FormDialogProps<V>) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const finish = async (values: V): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await submit(values);
    } catch (failure) {
      if (!showOnField(form, failure, fields, taken, t, duplicateOn)) setError(errorText(failure, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('admin.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      afterClose={() => setError(null)}
      destroyOnHidden
    >
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => void finish(values)} preserve={false} requiredMark>
        {children}
        {error === null ? null : <Alert type="error" showIcon title={error} role="alert" />}
        {/* Enter in a field submits the form, as in any form; the visible button is the dialog's OK. */}
        <button type="submit" className="visually-hidden" tabIndex={-1} aria-hidden="true" />
      </Form>
    </Modal>
  );
}
