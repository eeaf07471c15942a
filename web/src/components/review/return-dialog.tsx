/** The dialog that returns a submitted figure to its unit with a reason (required). */
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';

export interface ReturnDialogProps {
  /** The indicator's name, or null when the dialog is closed. */
  name: string | null;
  busy: boolean;
  onCancel: () => void;
  onReturn: (reason: string) => void;
}

/** A modal with one text area. */
export function ReturnDialog({ name, busy, onCancel, onReturn }: ReturnDialogProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const confirm = (): void => {
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    onReturn(reason.trim());
  };
  return (
    <Modal
      open={name !== null}
      title={t('review.returnTitle', { name: name ?? '' })}
      okText={t('review.return')}
      cancelText={t('review.cancel')}
      confirmLoading={busy}
      onOk={confirm}
      onCancel={onCancel}
      afterClose={() => {
        setReason('');
        setMissing(false);
      }}
      destroyOnHidden
    >
      <label className="field" htmlFor="return-reason">
        <span>{t('review.reason')}</span>
      </label>
      <Input.TextArea id="return-reason" rows={3} value={reason} status={missing ? 'error' : ''} onChange={(event) => setReason(event.target.value)} autoFocus />
      {missing ? (
        <div className="field-error" role="alert">
          {t('review.reasonRequired')}
        </div>
      ) : null}
    </Modal>
  );
}
