/** The three stances as large radio buttons: Tán thành, Không tán thành, Đồng ý một phần. */
import { STANCES } from '../../../../src/domain/consultation/types.ts';
import type { Stance } from '../../../../src/domain/consultation/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

export interface StanceFieldProps {
  /** Prefix of the radios' ids; the first one is `${id}-agree`. */
  id: string;
  value: Stance | null;
  onChange: (stance: Stance) => void;
  problem: string | null;
  flagged: boolean;
}

export function StanceField({ id, value, onChange, problem, flagged }: StanceFieldProps) {
  const { t } = useI18n();
  const invalid = problem !== null || flagged;
  return (
    <fieldset className={invalid ? 'pc-stances invalid' : 'pc-stances'} aria-describedby={problem === null ? undefined : `${id}-problem`}>
      <legend>{t('pub.form.stance')}</legend>
      <div className="pc-stance-options">
        {STANCES.map((stance) => (
          <label key={stance} className={value === stance ? `pc-stance-option ${stance} checked` : `pc-stance-option ${stance}`} htmlFor={`${id}-${stance}`}>
            <input
              id={`${id}-${stance}`}
              type="radio"
              name={id}
              value={stance}
              checked={value === stance}
              aria-invalid={invalid}
              onChange={() => onChange(stance)}
            />
            <span>{t(`pub.stance.${stance}`)}</span>
          </label>
        ))}
      </div>
      {problem === null ? null : <p id={`${id}-problem`} className="pc-error">{problem}</p>}
    </fieldset>
  );
}
