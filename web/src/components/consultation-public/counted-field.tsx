/** A labelled text field (one line or several) with its character counter against the limit and its problem, if any. */
import type { ReactNode } from 'react';
import { formatNumber } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { counter } from './comment-form-model.ts';

export interface CountedFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  limit: number;
  onChange: (value: string) => void;
  /** The problem to show under the field; the field is marked invalid with it. */
  problem: string | null;
  /** Marked invalid without a message of its own (the server named it). */
  flagged?: boolean;
  required?: boolean;
  /** Rows of a multi-line field; a single line without. */
  rows?: number;
  type?: 'text' | 'email';
  autoComplete?: string;
}

export function CountedField({ id, label, value, limit, onChange, problem, flagged = false, required = false, rows, type = 'text', autoComplete }: CountedFieldProps) {
  const { t } = useI18n();
  const count = counter(value, limit);
  const invalid = problem !== null || flagged || count.over;
  const describedBy = [`${id}-count`, ...(problem === null ? [] : [`${id}-problem`])].join(' ');
  const common = {
    id,
    value,
    className: invalid ? 'pc-input invalid' : 'pc-input',
    'aria-invalid': invalid,
    'aria-required': required,
    'aria-describedby': describedBy,
  };
  return (
    <div className="pc-field">
      <label htmlFor={id}>{label}</label>
      {rows === undefined ? (
        <input {...common} type={type} autoComplete={autoComplete ?? 'off'} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      )}
      <span id={`${id}-count`} className={count.over ? 'pc-count over' : 'pc-count'}>
        {t('pub.form.counter', { count: formatNumber(count.count, 0), limit: formatNumber(count.limit, 0) })}
      </span>
      {problem === null ? null : <p id={`${id}-problem`} className="pc-error">{problem}</p>}
    </div>
  );
}
