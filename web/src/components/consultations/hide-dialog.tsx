/**
 * Hiding a comment: the reason (the vocabulary's words, required) and an optional note for the
 * other moderators. The comment's own text is quoted so the moderator knows which one it is.
 */
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Radio from 'antd/es/radio';
import { useState } from 'react';
import { HIDDEN_REASONS } from '../../../../src/domain/consultation/types.ts';
import type { HiddenReason } from '../../../../src/domain/consultation/types.ts';
import { HIDDEN_REASON_WORD } from '../../../../src/domain/vocabulary/consultation.ts';
import type { QueueItem } from '../../api/consultations.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

export interface HideDialogProps {
  /** The comment to hide; null: the dialog is closed. */
  item: QueueItem | null;
  busy: boolean;
  onHide: (reason: HiddenReason, note: string | null) => void;
  onCancel: () => void;
}

/** The dialog asking why a comment is hidden. */
export function HideDialog({ item, busy, onHide, onCancel }: HideDialogProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState<HiddenReason | null>(null);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const close = (): void => {
    setReason(null);
    setNote('');
    setMissing(false);
    onCancel();
  };
  const hide = (): void => {
    if (reason === null) {
      setMissing(true);
      return;
    }
    onHide(reason, note.trim() === '' ? null : note.trim());
    setReason(null);
    setNote('');
  };
  return (
    <Modal open={item !== null} title={t('consultations.hide.title')} okText={t('consultations.hide.ok')} cancelText={t('consultations.cancel')} confirmLoading={busy} onOk={hide} onCancel={close}>
      {item === null ? null : <blockquote className="hide-quote">{item.text === '' ? item.targetLabel : item.text}</blockquote>}
      <fieldset className="consultation-fieldset">
        <legend>{t('consultations.hide.reason')}</legend>
        <Radio.Group
          className="hide-reasons"
          value={reason}
          onChange={(event) => {
            setReason(HIDDEN_REASONS.find((code) => code === event.target.value) ?? null);
            setMissing(false);
          }}
          options={HIDDEN_REASONS.map((code) => ({ value: code, label: HIDDEN_REASON_WORD[code] }))}
        />
      </fieldset>
      {missing ? <p className="field-error" role="alert">{t('consultations.hide.reasonRequired')}</p> : null}
      <label className="field" htmlFor="hide-note">
        <span>{t('consultations.hide.note')}</span>
        <Input.TextArea id="hide-note" value={note} maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} onChange={(event) => setNote(event.target.value)} />
      </label>
    </Modal>
  );
}
