/** A labelled text area that must not be left empty, with its inline message (task comments and progress). */
import Input from 'antd/es/input';
import { useI18n } from '../../i18n/i18n-context.tsx';

export interface RequiredTextProps {
  id: string;
  label: string;
  value: string;
  /** Whether the user sent the form with the text empty. */
  missing: boolean;
  rows: { minRows: number; maxRows: number };
  /** A new text; the caller clears `missing`. */
  onChange: (text: string) => void;
}

export function RequiredText({ id, label, value, missing, rows, onChange }: RequiredTextProps) {
  const { t } = useI18n();
  return (
    <>
      <label className="field" htmlFor={id}>
        <span>{label}</span>
        <Input.TextArea id={id} value={value} autoSize={rows} status={missing ? 'error' : ''} onChange={(event) => onChange(event.target.value)} />
      </label>
      {missing ? <p className="field-error" role="alert">{t('task.textRequired')}</p> : null}
    </>
  );
}
